/**
 * A TimelineJS3 timeline as the TimelineJS3 sheet template's CSV: exactly its 18 columns, in its
 * order, a title row, one row per slide, and an `era` row per era, ready to paste into the Google
 * Sheets template or to import again. Written with papaparse, which quotes what needs quoting.
 */
import Papa from 'papaparse';
import { SHEET_COLUMNS } from './sheet-csv.ts';
import type {
	TimelineJsDate,
	TimelineJsEra,
	TimelineJsFile,
	TimelineJsSlide
} from './timelinejs.ts';

type SheetRow = Record<(typeof SHEET_COLUMNS)[number], string>;

/**
 * Spreadsheet apps evaluate a cell starting with =, +, -, @, a tab or a return as a formula; such
 * cells get a leading apostrophe (OWASP's advice), which the sheet reader takes off again. A whole
 * negative number (a BCE year) is left as it is: it is a number, not a formula.
 */
const FORMULA = /^[=+@\t\r]|^-(?!\d+$)/;

function part(value: string | number | undefined): string {
	return value === undefined ? '' : String(value);
}

function dateCells(date: TimelineJsDate | undefined, prefix: '' | 'End ') {
	return {
		[`${prefix}Year`]: part(date?.year),
		[`${prefix}Month`]: part(date?.month),
		[`${prefix}Day`]: part(date?.day),
		[`${prefix}Time`]: ''
	};
}

function rowOf(slide: TimelineJsSlide | TimelineJsEra, type: '' | 'title' | 'era'): SheetRow {
	const media = 'media' in slide ? slide.media : undefined;
	return {
		...dateCells(slide.start_date, ''),
		...dateCells(slide.end_date, 'End '),
		'Display Date': slide.display_date ?? '',
		Headline: slide.text?.headline ?? '',
		Text: slide.text?.text ?? '',
		Media: media?.url ?? '',
		'Media Credit': media?.credit ?? '',
		'Media Caption': media?.caption ?? '',
		'Media Thumbnail': '',
		Type: type,
		Group: slide.group ?? '',
		Background: ''
	} as SheetRow;
}

/** The timeline as sheet CSV text (CRLF line ends, as spreadsheet apps write). */
export function toSheetCsv(timeline: TimelineJsFile): string {
	const rows: SheetRow[] = [
		...(timeline.title ? [rowOf(timeline.title, 'title')] : []),
		...timeline.events.map((slide) => rowOf(slide, '')),
		...(timeline.eras ?? []).map((era) => rowOf(era, 'era'))
	];
	return `${Papa.unparse(
		{ fields: [...SHEET_COLUMNS], data: rows.map((row) => SHEET_COLUMNS.map((c) => row[c])) },
		{ newline: '\r\n', escapeFormulae: FORMULA }
	)}\r\n`;
}
