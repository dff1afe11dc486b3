/**
 * The export formats' table alone: what the download menu shows. It is apart from `formats.ts`
 * so that the menu can be drawn without loading the exporters (and the CSV writer they use),
 * which load when a download is asked for.
 */

/** What each format is called in the menu, its file name's ending and its media type. */
export const EXPORT_FORMATS = {
	json: { label: 'Download JSON', suffix: 'events.json', type: 'application/json' },
	csv: { label: 'Download CSV', suffix: 'events.csv', type: 'text/csv;charset=utf-8' },
	timelinejs: {
		label: 'Download TimelineJS3',
		suffix: 'timelinejs.json',
		type: 'application/json'
	},
	'sheet-csv': {
		label: 'Download TimelineJS3 sheet (CSV)',
		suffix: 'sheet.csv',
		type: 'text/csv;charset=utf-8'
	}
} as const;

/** One of `EXPORT_FORMATS`' keys. */
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** Whether `name` is an export format's key (for the command line). */
export function isExportFormat(name: string): name is ExportFormat {
	return Object.hasOwn(EXPORT_FORMATS, name);
}
