/**
 * The TimelineJS3 Google Sheets template saved as CSV, read into TimelineJS3's JSON shape. The
 * columns are TimelineJS3's own (`SHEET_COLUMNS`, in the template's order); the older template's
 * `Start Date`, `End Date` and `Tag` are read too. A row of `Type` "title" gives the timeline's
 * title slide, "era" a period; other rows are slides. Rows are named as a spreadsheet numbers
 * them: the header is row 1. Parsed with papaparse, which handles quoted fields with commas,
 * quotes and line breaks (TimelineJS3's own test sheet has all three).
 */
import Papa from 'papaparse';
import { readDateText } from './date-text.ts';
import type { Converted } from './converted.ts';
import type { ImportNote, ImportProblem } from './timelinejs-import.ts';
import type { TimelineJsDate } from './timelinejs.ts';

/** The template's 18 columns, in its order: what the sheet export writes, exactly. */
export const SHEET_COLUMNS = [
	'Year',
	'Month',
	'Day',
	'Time',
	'End Year',
	'End Month',
	'End Day',
	'End Time',
	'Display Date',
	'Headline',
	'Text',
	'Media',
	'Media Credit',
	'Media Caption',
	'Media Thumbnail',
	'Type',
	'Group',
	'Background'
] as const;

/** The older template's columns that the current one names otherwise. */
const OLD_COLUMNS = ['Start Date', 'End Date', 'Tag'] as const;
const KNOWN = new Set<string>([...SHEET_COLUMNS, ...OLD_COLUMNS].map((c) => c.toLowerCase()));

type Row = Record<string, string>;

/**
 * The sheet's delimiter, read from its header row: a comma, unless the header has more semicolons
 * or tabs (spreadsheets in some locales save CSV with ";"). papaparse's own guess reads the rows
 * too, and HTML entities in a slide's text ("&#39;") made it take ";" for a comma-separated sheet.
 */
export function sheetDelimiter(text: string): string {
	const header = text.slice(0, text.search(/\r?\n|$/));
	const count = (c: string) => header.split(c).length - 1;
	const [best] = [',', ';', '\t'].sort((a, b) => count(b) - count(a));
	return count(best) > 0 ? best : ',';
}

/** Whether a header row is a TimelineJS3 sheet's: a Headline column and a date column. */
export function isSheetHeader(fields: readonly string[]): boolean {
	const names = new Set(fields.map((f) => f.trim().toLowerCase()));
	return names.has('headline') && (names.has('year') || names.has('start date'));
}

/** The value of `column` in a row, whatever the case and spacing of the header. */
function cell(row: Row, column: string): string {
	// A leading apostrophe before a formula character is a spreadsheet's "this is text" mark, as
	// the sheet export (`sheet-csv-write.ts`) writes it: the text is what follows.
	return (row[column.toLowerCase()] ?? '').trim().replace(/^'(?=[=+\-@\t\r])/, '');
}

/** "14:30", "2:30 PM", "14:30:05" as TimelineJS date parts; undefined when empty. */
function timeParts(text: string): Partial<TimelineJsDate> | string | undefined {
	if (!text) return undefined;
	const m = /^(\d{1,2})(?::(\d{2}))?(?::(\d{2}))?\s*(am|pm)?$/i.exec(text);
	if (!m) return `is not a time such as 14:30 or 2:30 PM (got ${JSON.stringify(text)})`;
	let hour = Number(m[1]);
	if (m[4]) hour = (hour % 12) + (/pm/i.test(m[4]) ? 12 : 0);
	return {
		hour: String(hour),
		...(m[2] !== undefined && { minute: String(Number(m[2])) }),
		...(m[3] !== undefined && { second: String(Number(m[3])) })
	};
}

/**
 * A date of the row: the Year/Month/Day/Time columns (with `prefix` "End " for the end), else the
 * older single column. Faults go to the importer as the text found, so that it names them.
 */
function dateOf(
	row: Row,
	prefix: '' | 'End ',
	old: 'Start Date' | 'End Date',
	fault: (column: string, message: string) => void
): TimelineJsDate | undefined {
	const year = cell(row, `${prefix}Year`);
	const month = cell(row, `${prefix}Month`);
	const day = cell(row, `${prefix}Day`);
	const time = timeParts(cell(row, `${prefix}Time`));
	if (typeof time === 'string') fault(`${prefix}Time`, `${time}; the time is left out`);
	const timeOk = typeof time === 'object' ? time : {};
	if (year || month || day) return { year, month, day, ...timeOk };
	const single = cell(row, old);
	if (!single) return undefined;
	const read = readDateText(single);
	if (!read.ok) return { year: single }; // the importer names the fault, on the right row
	return read.date;
}

/** The date columns a spreadsheet may fill with its serial day numbers. */
const SERIAL_COLUMNS = ['Start Date', 'End Date', 'Year', 'End Year'] as const;

/**
 * Whether a date cell holds what a spreadsheet writes for a date cell saved as a number: its
 * serial day count, five digits for every day from 1927 to 2173. A year that far ahead is
 * written with its sign; a date is never guessed from the count.
 */
function isSerialDay(value: string): boolean {
	return /^[1-9]\d{4}$/.test(value);
}

/** Reads a sheet's CSV text. Never throws. */
export function readSheetCsv(text: string): Converted {
	const problems: ImportProblem[] = [];
	const notes: ImportNote[] = [];
	const body = text.replace(/^\uFEFF/, '');
	const parsed = Papa.parse<Row>(body, {
		delimiter: sheetDelimiter(body),
		header: true,
		skipEmptyLines: 'greedy',
		transformHeader: (header) => header.trim().toLowerCase()
	});
	// A quote left open swallows the rest of the file: that is a fault of the file, not a row.
	for (const error of parsed.errors)
		problems.push({
			path: error.row === undefined ? 'CSV' : `row ${error.row + 2}`,
			message: `${error.message} (${error.code})`,
			skipped: error.type === 'Quotes'
		});
	const rows = parsed.data;
	const unknown = (parsed.meta.fields ?? []).filter((f) => f && !KNOWN.has(f));

	const events: unknown[] = [];
	const eras: unknown[] = [];
	const eventRows: number[] = [];
	const eraRows: number[] = [];
	let title: unknown;
	rows.forEach((row, i) => {
		const where = `row ${i + 2}`;
		const headline = cell(row, 'Headline');
		const note = (field: string, message: string) =>
			notes.push({ where, ...(headline && { headline }), field, outcome: 'dropped', message });
		for (const column of unknown)
			if ((row[column] ?? '').trim())
				note(column, `column not carried over: ${JSON.stringify(row[column].trim().slice(0, 60))}`);
		const type = cell(row, 'Type').toLowerCase();
		const background = cell(row, 'Background');
		const slide: Record<string, unknown> = {
			text: { headline, text: cell(row, 'Text') },
			...(cell(row, 'Display Date') && { display_date: cell(row, 'Display Date') }),
			...((cell(row, 'Group') || cell(row, 'Tag')) && {
				group: cell(row, 'Group') || cell(row, 'Tag')
			}),
			media: {
				url: cell(row, 'Media'),
				credit: cell(row, 'Media Credit'),
				caption: cell(row, 'Media Caption'),
				thumbnail: cell(row, 'Media Thumbnail')
			},
			...(background && {
				background: /^#|^rgb|^[a-z]+$/i.test(background)
					? { color: background }
					: { url: background }
			})
		};
		if (type === 'title') {
			if (title === undefined) title = slide;
			else note('Type', 'a second title row; only the first gives the title, this one is left out');
			return;
		}
		if (type && type !== 'era')
			note('Type', `type ${JSON.stringify(type)} is not one TimelineJS3 knows; read as a slide`);
		const serial = SERIAL_COLUMNS.find((column) => isSerialDay(cell(row, column)));
		if (serial) {
			const value = cell(row, serial);
			problems.push({
				path: `${where} › ${serial}`,
				...(headline && { headline }),
				message: `${value} looks like a spreadsheet's serial day number (Excel counts 45292 as 1 January 2024), not a year; format the column as text and write the date as 2024-01-01, or write a year that far ahead with its sign (+${value}); the row is skipped`,
				skipped: true
			});
			return;
		}
		const start = dateOf(row, '', 'Start Date', note);
		const end = dateOf(row, 'End ', 'End Date', note);
		if (start) slide.start_date = start;
		if (end) slide.end_date = end;
		if (type === 'era') {
			eras.push(slide);
			eraRows.push(i + 2);
		} else {
			events.push(slide);
			eventRows.push(i + 2);
		}
	});
	return {
		timeline: { ...(title !== undefined && { title }), events, eras },
		locate: (list, index) => `row ${(list === 'eras' ? eraRows : eventRows)[index]}`,
		problems,
		notes
	};
}
