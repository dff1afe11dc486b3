/**
 * Dates written as text by vis-timeline items, SIMILE files and old TimelineJS sheets, read into
 * TimelineJS3's date parts so that one importer (`timelinejs-import.ts`) checks them all. Only the
 * forms these tools write are read; anything else is returned as a fault naming what was found,
 * never guessed. Written by hand because the libraries that parse dates (dayjs, the Date
 * constructor) go through a JavaScript Date, which cannot hold BCE or deep-time years as written
 * and shifts a day by the time zone.
 */
import { READ_AS, type TimelineJsDate } from './timelinejs.ts';

const MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec'
] as const;

/** A date read, or why not. `zone` is an offset or "Z" the text gave, which a civil day drops. */
export type DateTextResult =
	{ ok: true; date: TimelineJsDate; zone?: string } | { ok: false; message: string };

const YEAR_ONLY = /^([+-]?\d+)$/;
const ERA_YEAR = /^(\d+)\s*(BCE|BC|B\.C\.|CE|AD|A\.D\.)$/i;
const ISO =
	/^([+-]?\d{1,12})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?\s*(Z|[+-]\d{2}:?\d{2}|GMT|UTC)?$/i;
const US_SLASHES = /^(\d{1,2})\/(\d{1,2})\/(-?\d+)$/;
const COMMAS = /^(-?\d+),\s*(\d{1,2})(?:,\s*(\d{1,2}))?$/;
/** "Jun 28 2006 00:00:00 GMT-0600", "Fri Nov 22 1963 12:30:00 GMT", "June 28, 2006". */
const MONTH_FIRST =
	/^(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(-?\d{1,6})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?(?:\s*((?:GMT|UTC)?\s*[+-]\d{2}:?\d{2}|GMT|UTC|Z))?$/;
/** "28 June 2006". */
const DAY_FIRST = /^(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(-?\d{1,6})$/;

function monthOf(name: string): number | undefined {
	const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
	return index < 0 ? undefined : index + 1;
}

function parts(
	year: string,
	month?: string,
	day?: string,
	hour?: string,
	minute?: string,
	second?: string,
	millisecond?: string
): TimelineJsDate {
	const date: TimelineJsDate = { year: year.replace(/^\+/, '') };
	if (month !== undefined) date.month = String(Number(month));
	if (day !== undefined) date.day = String(Number(day));
	if (hour !== undefined) date.hour = String(Number(hour));
	if (minute !== undefined) date.minute = String(Number(minute));
	if (second !== undefined) date.second = String(Number(second));
	if (millisecond !== undefined) date.millisecond = String(Number(millisecond));
	return date;
}

/**
 * A date written with slashes. Old TimelineJS sheets (and TimelineJS3 itself) read it month first,
 * as in the US; a sheet saved where the day comes first writes "13/2/2003". So: a first number
 * over 12 can only be the day, a second over 12 only the day; when both could be the month
 * ("1/2/2003"), it is read month first, as TimelineJS3 reads it, and the date says so.
 */
function slashed(text: string, first: string, second: string, year: string): TimelineJsDate {
	const [a, b] = [Number(first), Number(second)];
	if (a > 12 && b <= 12) return parts(year, second, first);
	const date = parts(year, first, second);
	if (a !== b && a <= 12 && b <= 12) {
		const asWritten = formatDay(year, a, b);
		const otherWay = formatDay(year, b, a);
		date[READ_AS] =
			`"${text}" was read month first, as TimelineJS3 reads it: ${asWritten}; day first it would be ${otherWay}, so if that is meant, write it as ${otherWay}.`;
	}
	return date;
}

function formatDay(year: string, month: number, day: number): string {
	return `${year.replace(/^\+/, '')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads a date as these tools write it, in TimelineJS's year numbering (-44 is 44 BCE): a year
 * ("2014", "-500"), a year with an era ("776 BCE", "500 BC"), ISO 8601 with or without a time and
 * zone ("2006-06-28T00:00:00Z"), slashes ("1/2/2013", month first as old TimelineJS sheets and
 * TimelineJS3 read it, unless the first number can only be a day: "13/2/2013"), year,
 * month, day with commas ("1865,4,14"), month names ("Jun 28 2006 00:00:00 GMT", "28 June 2006"),
 * or a number of milliseconds since 1970 in UTC (vis-timeline's numbers). The parts are checked by
 * the importer (month 13, 30 February), not here.
 */
export function readDateText(value: unknown): DateTextResult {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) return { ok: false, message: `is not a date (got ${value})` };
		// A timestamp names an instant; read in UTC, the day it falls on there.
		const instant = new Date(value);
		if (Number.isNaN(instant.getTime()))
			return { ok: false, message: `is a timestamp beyond what a date can hold (${value})` };
		return {
			ok: true,
			date: parts(
				String(instant.getUTCFullYear()),
				String(instant.getUTCMonth() + 1),
				String(instant.getUTCDate()),
				String(instant.getUTCHours()),
				String(instant.getUTCMinutes()),
				String(instant.getUTCSeconds()),
				String(instant.getUTCMilliseconds())
			),
			zone: 'UTC (a timestamp)'
		};
	}
	if (typeof value !== 'string')
		return { ok: false, message: `is not a date (got ${typeof value})` };
	const text = value.trim();
	let m: RegExpExecArray | null;
	if ((m = YEAR_ONLY.exec(text))) return { ok: true, date: parts(m[1]) };
	if ((m = ERA_YEAR.exec(text))) {
		const bce = /^B/i.test(m[2]);
		return { ok: true, date: parts(bce ? `-${m[1]}` : m[1]) };
	}
	if ((m = ISO.exec(text))) {
		const date = parts(m[1], m[2], m[3], m[4], m[5], m[6], m[7]);
		return m[8] ? { ok: true, date, zone: m[8] } : { ok: true, date };
	}
	if ((m = US_SLASHES.exec(text))) return { ok: true, date: slashed(text, m[1], m[2], m[3]) };
	if ((m = COMMAS.exec(text))) return { ok: true, date: parts(m[1], m[2], m[3]) };
	if ((m = MONTH_FIRST.exec(text))) {
		const month = monthOf(m[1]);
		if (month !== undefined) {
			const date = parts(m[3], String(month), m[2], m[4], m[5], m[6]);
			return m[7] ? { ok: true, date, zone: m[7].trim() } : { ok: true, date };
		}
	}
	if ((m = DAY_FIRST.exec(text))) {
		const month = monthOf(m[2]);
		if (month !== undefined) return { ok: true, date: parts(m[3], String(month), m[1]) };
	}
	return {
		ok: false,
		message: `is not a date this import reads (got ${JSON.stringify(text.slice(0, 40))}); write it as 2024-07-01, 2024 or 44 BCE`
	};
}
