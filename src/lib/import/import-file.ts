/**
 * `importTimelineFile`: any file the import reads, detected by its content, as a draft dataset.
 * TimelineJS3 JSON goes to the importer as it is; a TimelineJS3 sheet (CSV), a vis-timeline item
 * array and SIMILE Timeline JSON are first read into TimelineJS3's shape (`sheet-csv.ts`,
 * `vis-simile.ts`), so that every format follows the one set of rules in `timelinejs.ts`.
 * Pure: no file system, so the app can use it too.
 */
import Papa from 'papaparse';
import type { Converted } from './converted.ts';
import { isSheetHeader, readSheetCsv, sheetDelimiter } from './sheet-csv.ts';
import {
	fromTimelineJs,
	type ImportNote,
	type ImportProblem,
	type TimelineJsImport,
	type TimelineJsImportOptions
} from './timelinejs-import.ts';
import { isObject } from './timelinejs-read.ts';
import { isSimile, isVisItems, readSimile, readVisItems } from './vis-simile.ts';

/** The formats the import reads: their names as the report says them, and the default outlet. */
export const IMPORT_FORMATS = {
	timelinejs: { name: 'TimelineJS3 JSON', outlet: 'TimelineJS3 file' },
	'sheet-csv': { name: 'TimelineJS3 sheet (CSV)', outlet: 'TimelineJS3 sheet' },
	'vis-timeline': { name: 'vis-timeline items (JSON)', outlet: 'vis-timeline items' },
	simile: { name: 'SIMILE Timeline JSON', outlet: 'SIMILE Timeline file' }
} as const;

/** One of `IMPORT_FORMATS`' keys. */
export type ImportFormat = keyof typeof IMPORT_FORMATS;

const WHAT_IS_READ =
	'a TimelineJS3 JSON file, a TimelineJS3 sheet saved as CSV (with its Year and Headline columns), a vis-timeline item array or a SIMILE Timeline JSON file';

/** The format of a file's text, or why it is none the import reads. */
export function detectFormat(
	text: string
): { format: ImportFormat; json?: unknown } | { error: string } {
	const trimmed = text.replace(/^\uFEFF/, '').trimStart();
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		let json: unknown;
		try {
			json = JSON.parse(trimmed);
		} catch (error) {
			return { error: `is not valid JSON (${(error as Error).message})` };
		}
		if (isVisItems(json)) return { format: 'vis-timeline', json };
		if (isSimile(json)) return { format: 'simile', json };
		if (
			isObject(json) &&
			(Array.isArray(json.events) || isObject(json.title) || Array.isArray(json.eras))
		)
			return { format: 'timelinejs', json };
		return { error: `is JSON but none of the formats the import reads: ${WHAT_IS_READ}` };
	}
	const header =
		Papa.parse<string[]>(trimmed, { preview: 1, delimiter: sheetDelimiter(trimmed) }).data[0] ?? [];
	if (isSheetHeader(header)) return { format: 'sheet-csv' };
	return { error: `is not ${WHAT_IS_READ}` };
}

/** The import of one file: its format, and the dataset with every problem and note. */
export interface FileImport extends TimelineJsImport {
	format: ImportFormat;
}

/**
 * Imports a file's text as a draft dataset. Returns an error (to say with the file's name) when
 * the text is in no format the import reads; otherwise never throws, and every slide, row or item
 * is either imported or in `problems`, and every field not carried over is in `notes`.
 */
export function importTimelineFile(
	text: string,
	options: TimelineJsImportOptions
): FileImport | { error: string } {
	const detected = detectFormat(text);
	if ('error' in detected) return detected;
	const { format } = detected;
	const outlet = options.outlet ?? IMPORT_FORMATS[format].outlet;
	if (format === 'timelinejs')
		return { format, ...fromTimelineJs(detected.json, { ...options, outlet }) };
	const converted: Converted =
		format === 'sheet-csv'
			? readSheetCsv(text)
			: format === 'vis-timeline'
				? readVisItems(detected.json as unknown[])
				: readSimile(detected.json as Record<string, unknown>);
	const result = fromTimelineJs(converted.timeline, {
		...options,
		outlet,
		locate: converted.locate
	});
	const problems: ImportProblem[] = [...converted.problems, ...result.problems];
	const notes: ImportNote[] = [...converted.notes, ...result.notes];
	return { format, ...result, problems, notes };
}
