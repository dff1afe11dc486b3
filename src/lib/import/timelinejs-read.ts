/**
 * Reading the values of a TimelineJS3 file as parsed JSON, which may hold anything: date objects
 * and their parts, a slide's text and media captions. Faults are returned, never thrown, so that
 * one bad slide costs only itself.
 */
import {
	daysInMonth,
	formatPartialDate,
	MAX_YEAR_DIGITS,
	monthName,
	parsePartialDate,
	type CivilDate
} from '../data/civil-date.ts';
import { htmlToLine, htmlToText } from './html-text.ts';
import { astronomicalYearOf, READ_AS } from './timelinejs.ts';

const WHOLE_NUMBER = /^-?\d+$/;
const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;

/** A JSON object as parsed: any field may hold anything. */
export type Json = Record<string, unknown>;
type PartName = (typeof DATE_PARTS)[number];

/** Whether `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `value` as a problem message quotes it: JSON, cut to 40 characters; never throws. */
export function describe(value: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = `a ${typeof value}`;
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

// ————————————————————————————————————————————————————————————————— reading dates

type PartReading = { given: false } | { given: true; value: number } | { given: true; bad: true };

/** One date part: absent, null or "" is not given; a whole number (or numeric string) is. */
function readPart(value: unknown): PartReading {
	if (value === undefined || value === null) return { given: false };
	if (typeof value === 'number')
		return Number.isSafeInteger(value) ? { given: true, value } : { given: true, bad: true };
	if (typeof value !== 'string') return { given: true, bad: true };
	const text = value.trim();
	if (text === '') return { given: false };
	const number = Number(text);
	return WHOLE_NUMBER.test(text) && Number.isSafeInteger(number)
		? { given: true, value: number === 0 ? 0 : number }
		: { given: true, bad: true };
}

/** A well-formed TimelineJS date, as our civil date and what the import leaves out of it. */
export interface DateReading {
	date: CivilDate;
	/** The TimelineJS year as written (negative for BCE). */
	timelineJsYear: number;
	/** The time parts given, e.g. "hour 14, minute 30", which the import drops. */
	droppedTime?: string;
	/** Month and day ignored on the cosmological scale, which TimelineJS reads to the year only. */
	droppedForScale?: boolean;
	displayDate?: string;
	/** How a converter read the date from text, when the text allowed two readings. */
	readAs?: string;
}

/** A date that is absent, faulty (with the field at fault) or read. */
export type DateResult =
	| { kind: 'absent' }
	| { kind: 'fault'; field: string; message: string; noYear?: boolean }
	| ({ kind: 'ok' } & DateReading);

/** Reads a TimelineJS date object; `field` is its name (`start_date`) for problem paths. */
export function readDate(raw: unknown, field: string, cosmological: boolean): DateResult {
	if (raw === undefined || raw === null) return { kind: 'absent' };
	if (!isObject(raw))
		return { kind: 'fault', field, message: `must be a date object (got ${describe(raw)})` };
	const parts: Partial<Record<PartName, number>> = {};
	for (const name of DATE_PARTS) {
		const reading = readPart(raw[name]);
		if (!reading.given) continue;
		if ('bad' in reading)
			return {
				kind: 'fault',
				field: `${field}.${name}`,
				message: `is not a whole number (got ${describe(raw[name])})`
			};
		parts[name] = reading.value;
	}
	const displayDate =
		typeof raw.display_date === 'string' ? htmlToLine(raw.display_date) || undefined : undefined;
	if (Object.keys(parts).length === 0) return { kind: 'absent' };
	const { year, month, day } = parts;
	if (year === undefined)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message: 'is missing, but other parts of the date are given',
			noYear: true
		};
	// On the cosmological scale TimelineJS reads years as plain numbers and draws year 0 as "0"
	// (its cosmology example puts "Today" there): it is taken as written, astronomical year 0.
	if (year === 0 && !cosmological)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message:
				'is 0, which is no year: TimelineJS writes 1 BCE as -1 (and shows 0 as "0"); write -1 or 1'
		};
	const date: CivilDate = { year: year === 0 ? 0 : astronomicalYearOf(year) };
	const reading: DateReading = { date, timelineJsYear: year, displayDate };
	const readAs = (raw as { [READ_AS]?: unknown })[READ_AS];
	if (typeof readAs === 'string') reading.readAs = readAs;
	if (cosmological) {
		reading.droppedForScale = month !== undefined || day !== undefined;
	} else {
		if (month !== undefined && (month < 1 || month > 12))
			return {
				kind: 'fault',
				field: `${field}.month`,
				message: `must be 1–12 (got ${describe(raw.month)})`
			};
		if (day !== undefined && month === undefined)
			return { kind: 'fault', field: `${field}.day`, message: 'is given without a month' };
		if (month !== undefined) date.month = month;
		if (day !== undefined && month !== undefined) {
			const last = daysInMonth(date.year, month);
			if (day < 1 || day > last)
				return {
					kind: 'fault',
					field: `${field}.day`,
					message: `must be 1–${last} in ${monthName(month)} of that year (got ${describe(raw.day)})`
				};
			date.day = day;
		}
	}
	if (parsePartialDate(formatPartialDate(date)) === null)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message: `${year} is beyond the years the dataset format can write (up to ${MAX_YEAR_DIGITS} digits)`
		};
	const time = TIME_PARTS.filter((name) => parts[name] !== undefined);
	if (time.length > 0)
		reading.droppedTime = time.map((name) => `${name} ${parts[name]}`).join(', ');
	return { kind: 'ok', ...reading };
}

// ————————————————————————————————————————————————————————————————— reading slide text

function stringField(obj: Json, key: string): string {
	return typeof obj[key] === 'string' ? (obj[key] as string) : '';
}

/** A slide's headline (one line) and text (lines), as plain text. */
export function textOf(slide: Json): { headline: string; text: string } {
	const text = isObject(slide.text) ? slide.text : {};
	return {
		headline: htmlToLine(stringField(text, 'headline')),
		text: htmlToText(stringField(text, 'text'))
	};
}

/** The caption and credit of a slide's media: text a reader sees under the picture. */
export function mediaLinesOf(slide: Json): string[] {
	if (!isObject(slide.media)) return [];
	const caption = htmlToLine(stringField(slide.media, 'caption'));
	const credit = htmlToLine(stringField(slide.media, 'credit'));
	if (!caption && !credit) return [];
	return [`Media: ${[caption, credit && `(${credit})`].filter(Boolean).join(' ')}`];
}
