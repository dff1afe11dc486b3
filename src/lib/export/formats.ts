/**
 * The export formats, one table for the app's download menu and `npm run export`: this project's
 * dataset (JSON), a CSV of citations, a TimelineJS3 file and the TimelineJS3 sheet's CSV. Pure:
 * each returns the file's text; the caller downloads or writes it.
 */
import type { Dataset, TimelineEvent } from '../data/types.ts';
import { toSheetCsv } from '../import/sheet-csv-write.ts';
import { toTimelineJs } from '../import/timelinejs-export.ts';
import { exportCsv, exportDatasetFile, exportFileName, exportJson } from './export.ts';

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

/**
 * `events` (the shown ones) of `dataset` in `format`. The TimelineJS3 file has one slide per
 * event with the date as stated, the cited passages and their sources in its text, and the
 * dataset's periods as eras; the sheet CSV is the same timeline in the template's 18 columns.
 */
export function exportAs(
	format: ExportFormat,
	dataset: Dataset,
	events: readonly TimelineEvent[]
): string {
	switch (format) {
		case 'json':
			return exportJson(dataset, events);
		case 'csv':
			return exportCsv(dataset, events);
		case 'timelinejs':
			return `${JSON.stringify(toTimelineJs(exportDatasetFile(dataset, events), { evidence: true }), null, '\t')}\n`;
		case 'sheet-csv':
			return toSheetCsv(toTimelineJs(exportDatasetFile(dataset, events), { evidence: true }));
	}
}

/** The file name of an export: the title's slug and the format's ending. */
export function exportFileNameAs(title: string, format: ExportFormat): string {
	return exportFileName(title, 'json').replace(/events\.json$/, EXPORT_FORMATS[format].suffix);
}
