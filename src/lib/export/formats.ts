/**
 * The export formats, one table for the app's download menu and `npm run export`: this project's
 * dataset (JSON), a CSV of citations, a TimelineJS3 file and the TimelineJS3 sheet's CSV. Pure:
 * each returns the file's text; the caller downloads or writes it.
 */
import type { Dataset, TimelineEvent } from '../data/types.ts';
import { toSheetCsv } from '../import/sheet-csv-write.ts';
import { toTimelineJs } from '../import/timelinejs-export.ts';
import { exportCsv, exportDatasetFile, exportFileName, exportJson } from './export.ts';
import { EXPORT_FORMATS, type ExportFormat } from './format-table.ts';

export { EXPORT_FORMATS, isExportFormat, type ExportFormat } from './format-table.ts';

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
