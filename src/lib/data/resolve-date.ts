/**
 * Resolves a date expression quoted from a text ("last year", "in January", "Oct. 7") against an
 * anchor date (usually the article's publication date). This is the contract `check:data` holds
 * every dataset to (docs/dataset-format.md, "Date expressions and how they resolve"), so it only
 * understands what it can resolve without guessing and returns null for everything else.
 */
import {
	dayNumber,
	daysInMonth,
	formatPartialDate,
	fromDayNumber,
	isValidCivilDate,
	monthName,
	parsePartialDate,
	precisionOf,
	spanOf,
	type CivilDate,
	type CivilDay,
	type Precision,
	type Qualifier
} from './civil-date.ts';
import { COUNT_WORDS, MONTH_NUMBERS, QUALIFIER_WORDS } from './date-words.ts';

/** What an expression means against an anchor. */
export interface ResolvedDate {
	/** The date, or the first date of a span. */
	start: CivilDate;
	/** The last date of a span (inclusive); absent for a single date. */
	end?: CivilDate;
	/** The precision of `start`. */
	precision: Precision;
	/** True for vague expressions: "about", "two weeks ago", "this week", "in recent hours". */
	approximate: boolean;
	/** The part of `start`'s unit the text names ("late 2019"); it narrows `start` only. */
	qualifier?: Qualifier;
	/** One readable fragment for a reader: `'last year' relative to 2024-07-01 → 2023`. */
	reasoning: string;
}

/** A resolution before it is described. */
interface Resolution {
	start: CivilDate;
	end?: CivilDate;
	approximate: boolean;
	qualifier?: Qualifier;
	/** Whether the anchor was needed; absolute dates are reported "as written". */
	relative: boolean;
	/** How the anchor was used, when that is not obvious from the expression. */
	note?: string;
}

const MONTH = `(${Object.keys(MONTH_NUMBERS)
	.sort((a, b) => b.length - a.length)
	.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
const COUNT = `(${Object.keys(COUNT_WORDS).join('|')}|\\d{1,3})`;
const UNIT = '(day|week|month|year)s?';

const MONTH_YEAR = new RegExp(`^${MONTH}(?: of)? ${YEAR}$`);
const DAY_MONTH_YEAR = new RegExp(`^(?:the )?${DAY}(?: of)? ${MONTH}(?: of)? ${YEAR}$`);
const MONTH_DAY_YEAR = new RegExp(`^${MONTH} (?:the )?${DAY} ${YEAR}$`);
const DAY_MONTH = new RegExp(`^(?:the )?${DAY}(?: of)? ${MONTH}$`);
const MONTH_DAY = new RegExp(`^${MONTH} (?:the )?${DAY}$`);
const BARE_MONTH = new RegExp(`^${MONTH}$`);
/** "the Oct. 7 attack" is quoted as "the Oct. 7": the article adds nothing to the date. */
const THE_MONTH = new RegExp(`^the (${MONTH} .+|${MONTH})$`);
const WEEKDAY = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)$/;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNITS_AGO = new RegExp(`^${COUNT} ${UNIT} ago$`);
const LESS_THAN_UNITS_AGO = new RegExp(`^less than ${COUNT} ${UNIT} ago$`);
const BCE_YEAR = /^(\d{1,4}) ?bce?$/;
const CE_YEAR = /^(?:ad ?(\d{1,4})|(\d{1,4}) ?(?:ad|ce))$/;
const QUALIFIER_PREFIX = /^(early|mid|late)[- ](.+)$/;
const QUALIFIER_PHRASE = /^(?:the )?(beginning|start|middle|end) of (.+)$/;
// Words that may precede an expression without changing it, and words that make it vague.
const NEUTRAL_PREFIX = /^(in|on|during|by|at) (.+)$/;
const APPROXIMATE_PREFIX = /^(about|around|circa|c|approximately|roughly|some) (.+)$/;
const SINCE_PREFIX = /^since (.+)$/;

/** Lower case, plain apostrophes and hyphens, no commas, no abbreviation dots, single spaces. */
function normalize(expression: string): string {
	return expression
		.toLowerCase()
		.replace(/[\u2018\u2019\u02bc`]/g, "'")
		.replace(/[\u2010-\u2015\u2212]/g, '-')
		.replace(/,/g, ' ')
		.replace(/([a-z])\./g, '$1')
		.replace(/[.;:!?]+\s*$/, '')
		.replace(/\s+/g, ' ')
		.trim();
}

function parseCount(word: string): number {
	return COUNT_WORDS[word] ?? Number(word);
}

function truncate(day: CivilDay, precision: Precision): CivilDate {
	if (precision === 'year') return { year: day.year };
	if (precision === 'month') return { year: day.year, month: day.month };
	return { year: day.year, month: day.month, day: day.day };
}

function isSameDate(a: CivilDate, b: CivilDate): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

function dayNumberOf(day: CivilDay): number {
	return dayNumber(day.year, day.month, day.day);
}

function describeCoarseAnchor(anchor: CivilDate): string | undefined {
	const precision = precisionOf(anchor);
	return precision === 'day'
		? undefined
		: `the anchor is only known to the ${precision}, so the result keeps that precision`;
}

/**
 * Days `fromOffset`…`toOffset` relative to the anchor day. Against a coarser anchor the offsets
 * apply to its first and last day and the result keeps the anchor's precision, so it may span
 * two units ("yesterday" against 2024-09 is 2024-08 → 2024-09).
 */
function shiftDays(
	anchor: CivilDate,
	fromOffset: number,
	toOffset: number,
	approximate: boolean
): Resolution {
	const { first, last } = spanOf(anchor);
	const precision = precisionOf(anchor);
	const start = truncate(fromDayNumber(dayNumberOf(first) + fromOffset), precision);
	const end = truncate(fromDayNumber(dayNumberOf(last) + toOffset), precision);
	return {
		start,
		end: isSameDate(start, end) ? undefined : end,
		approximate,
		relative: true,
		note: describeCoarseAnchor(anchor)
	};
}

/** Months counted from year 0: one integer per month, so month arithmetic is subtraction. */
function monthIndex(year: number, month: number): number {
	return year * 12 + month - 1;
}

function fromMonthIndex(index: number): { year: number; month: number } {
	const year = Math.floor(index / 12);
	return { year, month: index - year * 12 + 1 };
}

/** Like `shiftDays`, in whole months; a year-precise anchor keeps the result year-precise. */
function shiftMonths(
	anchor: CivilDate,
	fromOffset: number,
	toOffset: number,
	approximate: boolean
): Resolution {
	const yearOnly = anchor.month === undefined;
	const firstIndex = monthIndex(anchor.year, anchor.month ?? 1);
	const lastIndex = monthIndex(anchor.year, anchor.month ?? 12);
	const toDate = (index: number): CivilDate => {
		const { year, month } = fromMonthIndex(index);
		return yearOnly ? { year } : { year, month };
	};
	const start = toDate(firstIndex + fromOffset);
	const end = toDate(lastIndex + toOffset);
	return {
		start,
		end: isSameDate(start, end) ? undefined : end,
		approximate,
		relative: true,
		note: yearOnly ? describeCoarseAnchor(anchor) : undefined
	};
}

function shiftYears(anchor: CivilDate, offset: number): Resolution {
	return { start: { year: anchor.year + offset }, approximate: false, relative: true };
}

function describeNotAfter(what: string, anchor: CivilDate): string {
	return `the latest ${what} not after ${precisionOf(anchor) === 'day' ? 'it' : 'its end'}`;
}

/** The latest `month` (1–12) that begins no later than the anchor's last day. */
function resolveBareMonth(month: number, anchor: CivilDate): Resolution {
	const last = spanOf(anchor).last;
	const year = month <= last.month ? last.year : last.year - 1;
	return {
		start: { year, month },
		approximate: false,
		relative: true,
		note: describeNotAfter(monthName(month), anchor)
	};
}

/** The latest `month`-`day` no later than the anchor's last day, or null if it never exists. */
function resolveBareMonthDay(month: number, day: number, anchor: CivilDate): Resolution | null {
	// February 29 is the only day missing in some years; check against a leap year first.
	if (day < 1 || day > daysInMonth(2000, month)) return null;
	const last = spanOf(anchor).last;
	let year =
		month < last.month || (month === last.month && day <= last.day) ? last.year : last.year - 1;
	// Leap years are at most 8 years apart (e.g. 1896 → 1904).
	for (let tries = 0; tries < 8 && day > daysInMonth(year, month); tries++) year--;
	if (day > daysInMonth(year, month)) return null;
	return {
		start: { year, month, day },
		approximate: false,
		relative: true,
		note: describeNotAfter(`${monthName(month)} ${day}`, anchor)
	};
}

function resolveAbsolute(date: CivilDate): Resolution | null {
	return isValidCivilDate(date) ? { start: date, approximate: false, relative: false } : null;
}

type PhraseResolver = (anchor: CivilDate) => Resolution;

/** Fixed phrases. Week expressions are approximate because the text does not name the day. */
const PHRASES: Record<string, PhraseResolver> = {
	today: (a) => shiftDays(a, 0, 0, false),
	'earlier today': (a) => shiftDays(a, 0, 0, false),
	'recent hours': (a) => shiftDays(a, 0, 0, true),
	yesterday: (a) => shiftDays(a, -1, -1, false),
	'the previous day': (a) => shiftDays(a, -1, -1, false),
	'the day before': (a) => shiftDays(a, -1, -1, false),
	tomorrow: (a) => shiftDays(a, 1, 1, false),
	'the next day': (a) => shiftDays(a, 1, 1, false),
	'the following day': (a) => shiftDays(a, 1, 1, false),
	'the day after': (a) => shiftDays(a, 1, 1, false),
	'this week': (a) => shiftDays(a, 0, 0, true),
	'last week': (a) => shiftDays(a, -7, -7, true),
	'the previous week': (a) => shiftDays(a, -7, -7, true),
	'next week': (a) => shiftDays(a, 7, 7, true),
	'the following week': (a) => shiftDays(a, 7, 7, true),
	'this month': (a) => shiftMonths(a, 0, 0, false),
	'earlier this month': (a) => shiftMonths(a, 0, 0, false),
	'later this month': (a) => shiftMonths(a, 0, 0, false),
	'last month': (a) => shiftMonths(a, -1, -1, false),
	'the previous month': (a) => shiftMonths(a, -1, -1, false),
	'next month': (a) => shiftMonths(a, 1, 1, false),
	'the following month': (a) => shiftMonths(a, 1, 1, false),
	'this year': (a) => shiftYears(a, 0),
	'earlier this year': (a) => shiftYears(a, 0),
	'later this year': (a) => shiftYears(a, 0),
	'last year': (a) => shiftYears(a, -1),
	'the previous year': (a) => shiftYears(a, -1),
	'next year': (a) => shiftYears(a, 1),
	'the following year': (a) => shiftYears(a, 1)
};

/**
 * A bare weekday in a dated report ("said on Thursday") is the latest such day not after the
 * anchor, the anchor's own day included. Without a day-precise anchor the day is unknowable.
 */
function resolveWeekday(weekday: string, anchor: CivilDate): Resolution | null {
	if (precisionOf(anchor) !== 'day') return null;
	const anchorDay = dayNumber(anchor.year, anchor.month!, anchor.day!);
	// Day number 0 (1970-01-01) was a Thursday (index 4, counting from Sunday).
	const anchorWeekday = (((anchorDay + 4) % 7) + 7) % 7;
	const back = (anchorWeekday - WEEKDAYS.indexOf(weekday) + 7) % 7;
	const day = fromDayNumber(anchorDay - back);
	return {
		start: { year: day.year, month: day.month, day: day.day },
		approximate: false,
		relative: true,
		note: `the latest ${weekday[0].toUpperCase()}${weekday.slice(1)} not after it`
	};
}

/** "two weeks ago" and the like: approximate, because such counts are usually rounded. */
function resolveUnitsAgo(count: number, unit: string, anchor: CivilDate): Resolution | null {
	if (!Number.isInteger(count) || count < 1) return null;
	if (unit === 'day') return shiftDays(anchor, -count, -count, true);
	if (unit === 'week') return shiftDays(anchor, -7 * count, -7 * count, true);
	const months = unit === 'month' ? count : 12 * count;
	return shiftMonths(anchor, -months, -months, true);
}

/** A span from `start` to the anchor itself, at the anchor's precision. */
function spanToAnchor(start: Resolution, anchor: CivilDate): Resolution | null {
	const startFirst = spanOf(start.start, start.qualifier).first;
	if (dayNumberOf(startFirst) > dayNumberOf(spanOf(anchor).last)) return null;
	const end = { ...anchor };
	const sameAsAnchor = !start.qualifier && isSameDate(start.start, end);
	return {
		start: start.start,
		end: sameAsAnchor ? undefined : end,
		approximate: start.approximate,
		qualifier: start.qualifier,
		relative: true,
		note: start.note
	};
}

/** "late 2019", "mid-2021", "the end of last year": the qualifier and the expression it narrows. */
function parseQualifier(text: string): { qualifier: Qualifier; inner: string } | null {
	const match = QUALIFIER_PREFIX.exec(text) ?? QUALIFIER_PHRASE.exec(text);
	return match ? { qualifier: QUALIFIER_WORDS[match[1]], inner: match[2] } : null;
}

/** A single date (or, against a coarse anchor, the span a single date may fall in). */
function resolvePoint(text: string, anchor: CivilDate): Resolution | null {
	const qualified = parseQualifier(text);
	if (qualified) {
		const inner = resolvePoint(qualified.inner, anchor);
		// A qualifier names part of one month or year; it cannot narrow a day or a span.
		if (!inner || inner.end || inner.qualifier || precisionOf(inner.start) === 'day') return null;
		return { ...inner, qualifier: qualified.qualifier };
	}

	const iso = parsePartialDate(text);
	if (iso) return resolveAbsolute(iso);

	let match: RegExpExecArray | null;
	if ((match = BCE_YEAR.exec(text))) {
		const year = Number(match[1]);
		return year >= 1 ? resolveAbsolute({ year: 1 - year }) : null;
	}
	if ((match = CE_YEAR.exec(text))) {
		const year = Number(match[1] ?? match[2]);
		return year >= 1 ? resolveAbsolute({ year }) : null;
	}
	if ((match = MONTH_YEAR.exec(text))) {
		return resolveAbsolute({ year: Number(match[2]), month: MONTH_NUMBERS[match[1]] });
	}
	if ((match = DAY_MONTH_YEAR.exec(text))) {
		const [, day, month, year] = match;
		return resolveAbsolute({ year: Number(year), month: MONTH_NUMBERS[month], day: Number(day) });
	}
	if ((match = MONTH_DAY_YEAR.exec(text))) {
		const [, month, day, year] = match;
		return resolveAbsolute({ year: Number(year), month: MONTH_NUMBERS[month], day: Number(day) });
	}
	if ((match = DAY_MONTH.exec(text))) {
		return resolveBareMonthDay(MONTH_NUMBERS[match[2]], Number(match[1]), anchor);
	}
	if ((match = MONTH_DAY.exec(text))) {
		return resolveBareMonthDay(MONTH_NUMBERS[match[1]], Number(match[2]), anchor);
	}
	if ((match = BARE_MONTH.exec(text))) return resolveBareMonth(MONTH_NUMBERS[match[1]], anchor);
	if ((match = THE_MONTH.exec(text))) return resolvePoint(match[1], anchor);
	if ((match = WEEKDAY.exec(text))) return resolveWeekday(match[1], anchor);

	const phrase = Object.hasOwn(PHRASES, text) ? PHRASES[text] : undefined;
	if (phrase) return phrase(anchor);

	if ((match = UNITS_AGO.exec(text))) {
		return resolveUnitsAgo(parseCount(match[1]), match[2], anchor);
	}
	if ((match = LESS_THAN_UNITS_AGO.exec(text))) {
		const earliest = resolveUnitsAgo(parseCount(match[1]), match[2], anchor);
		const span = earliest ? spanToAnchor(earliest, anchor) : null;
		return span ? { ...span, approximate: true } : null;
	}
	return null;
}

/** Whether the start of a range names a month (and day) without a year ("from January to …"). */
function isYearlessMonth(text: string): boolean {
	const bare = parseQualifier(text)?.inner ?? text;
	return BARE_MONTH.test(bare) || MONTH_DAY.test(bare) || DAY_MONTH.test(bare);
}

function resolveRangeParts(
	startText: string,
	endText: string,
	anchor: CivilDate,
	allowQualifiedStart: boolean
): Resolution | null {
	const end = resolvePoint(endText, anchor);
	// A qualifier on the end could not be stored: the dataset's qualifier narrows the start only.
	if (!end || end.end || end.qualifier) return null;
	// "from November to March 2025": a yearless start belongs to the end's year (or the one before).
	const endLast = spanOf(end.start).last;
	const startAnchor = isYearlessMonth(startText) ? endLast : anchor;
	const start = resolvePoint(startText, startAnchor);
	if (!start || start.end || (start.qualifier && !allowQualifiedStart)) return null;
	const startFirst = dayNumberOf(spanOf(start.start, start.qualifier).first);
	if (startFirst >= dayNumberOf(spanOf(end.start).first)) return null;
	return {
		start: start.start,
		end: end.start,
		approximate: start.approximate || end.approximate,
		qualifier: start.qualifier,
		relative: end.relative || (start.relative && startAnchor === anchor),
		note: startAnchor === anchor ? (end.note ?? start.note) : end.note
	};
}

/** "2005-2007", "2005 – 2007", "from 2005 to 2007", "between 2005 and 2007", "January-March 2024". */
function resolveRange(text: string, anchor: CivilDate): Resolution | null {
	const from = /^from (.+)$/.exec(text);
	if (from) return resolveAtSeparators(from[1], / (?:to|until|till|through|thru) /g, anchor, true);
	const between = /^between (.+)$/.exec(text);
	if (between) return resolveAtSeparators(between[1], / and /g, anchor, true);
	// "early 2005-2007" might mean early in each year, so a dash range takes no qualifier.
	return resolveAtSeparators(text, / ?- ?/g, anchor, false);
}

/** Tries each occurrence of `separator` as the split between start and end. */
function resolveAtSeparators(
	text: string,
	separator: RegExp,
	anchor: CivilDate,
	allowQualifiedStart: boolean
): Resolution | null {
	for (const found of text.matchAll(separator)) {
		const index = found.index;
		if (index === 0) continue;
		const resolved = resolveRangeParts(
			text.slice(0, index),
			text.slice(index + found[0].length),
			anchor,
			allowQualifiedStart
		);
		if (resolved) return resolved;
	}
	return null;
}

function resolveNormalized(text: string, anchor: CivilDate): Resolution | null {
	let rest = text;
	let since = false;
	let approximate = false;
	for (;;) {
		let match: RegExpExecArray | null;
		if (!since && (match = SINCE_PREFIX.exec(rest))) {
			since = true;
			rest = match[1];
		} else if ((match = NEUTRAL_PREFIX.exec(rest))) {
			rest = match[2];
		} else if ((match = APPROXIMATE_PREFIX.exec(rest))) {
			approximate = true;
			rest = match[2];
		} else break;
	}
	let resolved: Resolution | null;
	if (since) {
		const start = resolvePoint(rest, anchor);
		resolved = start ? spanToAnchor(start, anchor) : null;
	} else {
		resolved = resolvePoint(rest, anchor) ?? resolveRange(rest, anchor);
	}
	if (!resolved) return null;
	return approximate ? { ...resolved, approximate: true } : resolved;
}

function describeResolution(resolution: Resolution): string {
	const start = formatPartialDate(resolution.start);
	const qualified = resolution.qualifier ? `${resolution.qualifier} ${start}` : start;
	const span = resolution.end ? `${qualified} to ${formatPartialDate(resolution.end)}` : qualified;
	return resolution.approximate ? `${span}, approximate` : span;
}

/**
 * Resolves a date expression quoted from a text against an anchor date (the source's publication
 * date, or another date the sentence refers to). Case-insensitive; tolerates surrounding spaces,
 * a leading "in"/"on"/"during"/"by"/"at", "about"/"around"/"circa" (which make it approximate),
 * "since" (a span ending at the anchor), curly apostrophes, abbreviation dots and commas.
 * Returns null when the expression is not understood; it never guesses and never throws.
 */
export function resolveDateExpression(expression: string, anchor: CivilDate): ResolvedDate | null {
	if (typeof expression !== 'string' || !anchor || !isValidCivilDate(anchor)) return null;
	const text = normalize(expression);
	if (!text) return null;
	const resolution = resolveNormalized(text, anchor);
	if (!resolution) return null;
	const shown = expression.trim().replace(/\s+/g, ' ');
	const result = describeResolution(resolution);
	const note = resolution.note ? ` (${resolution.note})` : '';
	const resolved: ResolvedDate = {
		start: resolution.start,
		precision: precisionOf(resolution.start),
		approximate: resolution.approximate,
		reasoning: resolution.relative
			? `'${shown}' relative to ${formatPartialDate(anchor)}${note} → ${result}`
			: `'${shown}' as written → ${result}`
	};
	if (resolution.end) resolved.end = resolution.end;
	if (resolution.qualifier) resolved.qualifier = resolution.qualifier;
	return resolved;
}
