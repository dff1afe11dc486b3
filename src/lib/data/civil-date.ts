/**
 * Civil (calendar) dates as plain integers with a precision. A civil date names a day, month or
 * year on the proleptic Gregorian calendar; it is never an instant and never carries a time zone.
 * All day arithmetic goes through `dayNumber`/`fromDayNumber`, which are pure integer arithmetic,
 * so results do not depend on the process time zone and stay right for years 0–99 and BCE years
 * (which `new Date(y, m, d)` silently moves into the 1900s).
 */

/** The precisions a civil date can have, finest first (problem messages list them in this order). */
export const PRECISIONS = ['day', 'month', 'year'] as const;

/** How much of a civil date is known: the day, only the month, or only the year. */
export type Precision = (typeof PRECISIONS)[number];

/**
 * A civil date truncated to its precision. `year` uses astronomical numbering (0 = 1 BCE,
 * -43 = 44 BCE); `month` is 1–12; `day` is 1–31 and is only meaningful when `month` is set.
 */
export interface CivilDate {
	year: number;
	month?: number;
	day?: number;
}

/** A full civil day: year (astronomical), month 1–12, day 1–31. */
export interface CivilDay {
	year: number;
	month: number;
	day: number;
}

/** The qualifiers a year or month date can carry, in the order of the unit's parts. */
export const QUALIFIERS = ['early', 'mid', 'late'] as const;

/** Which part of the date's unit is meant: "early 2020", "mid-January", "late 2019". */
export type Qualifier = (typeof QUALIFIERS)[number];

const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** Days in a 400-year Gregorian cycle. */
const DAYS_PER_ERA = 146097;
/** Day number of 0000-03-01 relative to 1970-01-01; the algorithm counts from March 1 of year 0. */
const EPOCH_SHIFT = 719468;

/**
 * The most digits an expanded year may have: years up to ±999 999 999 999, enough for the age of
 * the universe (13.8 billion years) and its cosmology timelines. Day numbers of such years stay
 * exact integers (about 3.7e14 days, far below 2^53). A JavaScript Date holds only ±275 760 years:
 * nothing that handles dates may build one from a dataset's year without checking that range.
 */
export const MAX_YEAR_DIGITS = 12;

// Sign-less years are exactly 4 digits; expanded years carry a sign and 4–12 digits.
const PARTIAL_DATE = /^(?:([+-])(\d{4,12})|(\d{4}))(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `year` is a leap year on the proleptic Gregorian calendar (year 0 is a leap year). */
export function isLeapYear(year: number): boolean {
	// `%` keeps the sign of the dividend, but -0 === 0, so negative years work unchanged.
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Number of days (28–31) in `month` (1–12) of `year` (astronomical), proleptic Gregorian.
 * @throws RangeError when `month` is not an integer from 1 to 12.
 */
export function daysInMonth(year: number, month: number): number {
	if (!Number.isInteger(month) || month < 1 || month > 12) {
		throw new RangeError(`month must be 1–12, got ${month}`);
	}
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `d` is a well-formed civil date: integer year, month 1–12 if present, and a day that
 * exists in that month if present (a day without a month is not well-formed).
 */
export function isValidCivilDate(d: CivilDate): boolean {
	if (!Number.isSafeInteger(d.year)) return false;
	if (d.month === undefined) return d.day === undefined;
	if (!Number.isInteger(d.month) || d.month < 1 || d.month > 12) return false;
	if (d.day === undefined) return true;
	return Number.isInteger(d.day) && d.day >= 1 && d.day <= daysInMonth(d.year, d.month);
}

/**
 * The years the timeline can draw: every year the format can write (`MAX_YEAR_DIGITS`), so the
 * parser's refusal is the only check needed. Beyond the ±271 800 years a JavaScript Date holds,
 * the axis counts years by day arithmetic (deep time, `timeline/deep-ticks.ts`); a property test
 * builds the whole page at any year in this range.
 */
export const DRAWABLE_YEARS = {
	min: -(10 ** MAX_YEAR_DIGITS - 1),
	max: 10 ** MAX_YEAR_DIGITS - 1
} as const;

/**
 * Parses an ISO 8601 calendar date truncated to its precision: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`,
 * or the expanded forms with a sign and 4–12 year digits (`-0043`, `+12000`, `-0043-03-15`,
 * `-13797999999`).
 * Returns null for anything else, including days that do not exist (`2023-02-29`), month 00 or
 * 13, unsigned years that are not 4 digits, `-0000`, and surrounding text. Never throws.
 */
export function parsePartialDate(text: string): CivilDate | null {
	if (typeof text !== 'string') return null;
	const match = PARTIAL_DATE.exec(text);
	if (!match) return null;
	const [, sign, signedDigits, plainDigits, monthText, dayText] = match;
	if (sign === '-' && /^0+$/.test(signedDigits)) return null;
	const magnitude = Number(signedDigits ?? plainDigits);
	const year = sign === '-' ? -magnitude : magnitude;
	// Each shape made whole in one literal: a date grown a field at a time gets a separate
	// property store in V8, which at 100 000 events was 2 MB of the heap.
	const date: CivilDate =
		monthText === undefined
			? { year }
			: dayText === undefined
				? { year, month: Number(monthText) }
				: { year, month: Number(monthText), day: Number(dayText) };
	return isValidCivilDate(date) ? date : null;
}

function padNumber(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/** The ISO year as the dataset writes it: 4 digits for 0–9999, else sign plus at least 4 digits. */
function formatIsoYear(year: number): string {
	if (year < 0) return `-${padNumber(-year, 4)}`;
	if (year > 9999) return `+${year}`;
	return padNumber(year, 4);
}

/**
 * Formats a civil date as the dataset stores it (`2020`, `2024-01`, `2024-09-23`, `-0043-03-15`,
 * `+12000`): the inverse of `parsePartialDate`. A day without a month is ignored.
 */
export function formatPartialDate(d: CivilDate): string {
	let text = formatIsoYear(d.year);
	if (d.month === undefined) return text;
	text += `-${padNumber(d.month, 2)}`;
	if (d.day === undefined) return text;
	return `${text}-${padNumber(d.day, 2)}`;
}

/** The precision of a civil date: `day` when month and day are set, `month` when only the month is. */
export function precisionOf(d: CivilDate): Precision {
	if (d.month === undefined) return 'year';
	return d.day === undefined ? 'month' : 'day';
}

/**
 * Days from 1970-01-01 to the civil day `year`-`month`-`day` (an integer, negative before 1970).
 * Pure integer arithmetic on the proleptic Gregorian calendar, valid for BCE years.
 */
export function dayNumber(year: number, month: number, day: number): number {
	// Counting years from March puts the leap day at the end of the year, so the day of the
	// year follows from the month alone (Howard Hinnant's days_from_civil).
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const monthFromMarch = (month + 9) % 12;
	const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
	const dayOfEra =
		yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

/** The civil day that is `n` days after 1970-01-01 (`n` an integer; the inverse of `dayNumber`). */
export function fromDayNumber(n: number): CivilDay {
	const z = n + EPOCH_SHIFT;
	const era = Math.floor(z / DAYS_PER_ERA);
	const dayOfEra = z - era * DAYS_PER_ERA;
	const yearOfEra = Math.floor(
		(dayOfEra -
			Math.floor(dayOfEra / 1460) +
			Math.floor(dayOfEra / 36524) -
			Math.floor(dayOfEra / 146096)) /
			365
	);
	const dayOfYear =
		dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
	const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
	const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
	const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
	const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
	return { year, month, day };
}

/** The [first, last] months (1–12) of a year qualifier; the parts are thirds of the year. */
const YEAR_PARTS: Record<Qualifier, [number, number]> = {
	early: [1, 4],
	mid: [5, 8],
	late: [9, 12]
};

/**
 * The first and last civil day (inclusive) a partial date may fall on. A qualifier narrows a
 * year to Jan–Apr (early), May–Aug (mid) or Sep–Dec (late), and a month to days 1–10 (early),
 * 11–20 (mid) or 21–end (late); it does not change a day.
 */
export function spanOf(d: CivilDate, qualifier?: Qualifier): { first: CivilDay; last: CivilDay } {
	const { year, month, day } = d;
	if (month === undefined) {
		const [firstMonth, lastMonth] = qualifier ? YEAR_PARTS[qualifier] : [1, 12];
		return {
			first: { year, month: firstMonth, day: 1 },
			last: { year, month: lastMonth, day: daysInMonth(year, lastMonth) }
		};
	}
	if (day !== undefined) {
		return { first: { year, month, day }, last: { year, month, day } };
	}
	const monthEnd = daysInMonth(year, month);
	const [firstDay, lastDay] =
		qualifier === 'early'
			? [1, 10]
			: qualifier === 'mid'
				? [11, 20]
				: qualifier === 'late'
					? [21, monthEnd]
					: [1, monthEnd];
	return { first: { year, month, day: firstDay }, last: { year, month, day: lastDay } };
}

/** Orders two full civil days: negative when `a` is earlier, 0 when equal, positive when later. */
export function compareCivil(a: CivilDay, b: CivilDay): number {
	if (a.year !== b.year) return a.year < b.year ? -1 : 1;
	if (a.month !== b.month) return a.month < b.month ? -1 : 1;
	if (a.day !== b.day) return a.day < b.day ? -1 : 1;
	return 0;
}

/**
 * Milliseconds since the Unix epoch of midnight UTC starting the civil day `year`-`month`-`day`.
 * Independent of the process time zone; right for years 0–99 and BCE years.
 */
export function toUtcMs(year: number, month: number, day: number): number {
	// Date.UTC maps years 0–99 to 1900–1999, so set the full year afterwards.
	const date = new Date(Date.UTC(2000, 0, 1));
	date.setUTCFullYear(year, month - 1, day);
	return date.getTime();
}

/** The English month name of `month` (1–12). */
export function monthName(month: number): string {
	return MONTH_NAMES[month - 1] ?? `month ${month}`;
}

/**
 * A year as a reader expects it: `2024`, `44 CE` (years below 1000), `44 BCE`, `1 BCE` for 0, and
 * with thousands separators from a million years on (`13,798,000,000 BCE`).
 */
function formatHumanYear(year: number): string {
	const grouped = (n: number) => (n >= 1_000_000 ? n.toLocaleString('en-US') : String(n));
	if (year <= 0) return `${grouped(1 - year)} BCE`;
	if (year >= 1_000_000) return grouped(year);
	// Short years read like abbreviations ("March 99") unless marked as Common Era.
	return year < 1000 ? `${year} CE` : String(year);
}

/** The date without a qualifier or approximation: `2020`, `January 2024`, `23 September 2024`. */
function formatPlainHumanDate(d: CivilDate, withYear = true): string {
	const parts: string[] = [];
	if (d.month !== undefined) {
		if (d.day !== undefined) parts.push(String(d.day));
		parts.push(monthName(d.month));
	}
	if (withYear || parts.length === 0) parts.push(formatHumanYear(d.year));
	return parts.join(' ');
}

/** The date with its qualifier: `late 2019`, `mid-2021`, `early January 2024`, `mid-January 2024`. */
function formatQualifiedHumanDate(d: CivilDate, qualifier: Qualifier | undefined): string {
	const plain = formatPlainHumanDate(d);
	if (!qualifier || precisionOf(d) === 'day') return plain;
	return qualifier === 'mid' ? `mid-${plain}` : `${qualifier} ${plain}`;
}

/** Display options: `approximate` prefixes "c.", `qualifier` names a part of the date's unit. */
export interface HumanDateOptions {
	approximate?: boolean;
	qualifier?: Qualifier;
}

/**
 * The date in English as a text would state it: `2020`, `January 2024`, `23 September 2024`,
 * `c. June 2024` (approximate), `late 2019`, `mid-2021`, `early January 2024`, `44 BCE`.
 */
export function formatHumanDate(d: CivilDate, opts: HumanDateOptions = {}): string {
	const text = formatQualifiedHumanDate(d, opts.qualifier);
	return opts.approximate ? `c. ${text}` : text;
}

function isSameCivilDate(a: CivilDate, b: CivilDate): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day;
}

/**
 * A span in English, compact but unambiguous, joined by an en dash: `2005–2007`,
 * `3–17 June 2024`, `February – 1 July 2024`, `late 2019 – 2021`, `c. 2005–2007`. The qualifier
 * narrows the start only; without an end (or with an end equal to the start) this is
 * `formatHumanDate`.
 */
export function formatHumanRange(
	start: CivilDate,
	end: CivilDate | undefined,
	opts: HumanDateOptions = {}
): string {
	if (!end || isSameCivilDate(start, end)) return formatHumanDate(start, opts);
	const endText = formatPlainHumanDate(end);
	let startText: string;
	if (opts.qualifier && precisionOf(start) !== 'day') {
		startText = formatQualifiedHumanDate(start, opts.qualifier);
	} else if (start.year === end.year && start.month !== undefined && end.month !== undefined) {
		// Within one year the year is written once, at the end.
		startText =
			start.month === end.month && start.day !== undefined && end.day !== undefined
				? String(start.day)
				: formatPlainHumanDate(start, false);
	} else {
		startText = formatPlainHumanDate(start);
	}
	// "2005–2007" and "3–17 June 2024" read best unspaced; multi-word parts need a spaced dash.
	const tight = !opts.qualifier && isTightPair(start, end);
	const range = tight ? `${startText}–${endText}` : `${startText} – ${endText}`;
	return opts.approximate ? `c. ${range}` : range;
}

/** Pairs whose start is a bare number that binds to the end: two years, or two days of one month. */
function isTightPair(start: CivilDate, end: CivilDate): boolean {
	const bothYears = start.month === undefined && end.month === undefined;
	const daysOfOneMonth =
		start.year === end.year &&
		start.month === end.month &&
		start.day !== undefined &&
		end.day !== undefined;
	return (bothYears && start.year >= 1000 && end.year >= 1000) || daysOfOneMonth;
}

/** Milliseconds in a civil day: day numbers and UTC ms convert by multiplication alone. */
export const DAY_MS = 86_400_000;

// The day forms `Date.prototype.toISOString` writes: 4 digits for years 0–9999, else a sign and
// 6 digits (ECMAScript's expanded years).
const ISO_DAY = /^(?:(\d{4})|([+-])(\d{6}))-(\d{2})-(\d{2})$/;

/**
 * The ISO day (UTC) containing the instant `ms`: 'YYYY-MM-DD', or ±YYYYYY-MM-DD for years outside
 * 0000–9999 (year 0 is 1 BCE). Reads the day with UTC getters only, so the process time zone
 * never matters.
 * @throws RangeError when `ms` is not a time a Date can hold (not finite, or beyond ±8.64e15).
 */
export function msToIsoDay(ms: number): string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) throw new RangeError(`not a representable time: ${ms}`);
	const year = date.getUTCFullYear();
	const yearText =
		year >= 0 && year <= 9999
			? padNumber(year, 4)
			: `${year < 0 ? '-' : '+'}${padNumber(Math.abs(year), 6)}`;
	return `${yearText}-${padNumber(date.getUTCMonth() + 1, 2)}-${padNumber(date.getUTCDate(), 2)}`;
}

/**
 * The day containing the instant `ms` as the dataset writes dates (`2024-01-31`, `-0043-03-15`,
 * `-13797999999-01-01`), for any finite `ms`: by day-number arithmetic, so beyond the range of a
 * Date too (deep time), where `msToIsoDay` throws. "" for a time that is not finite.
 */
export function msToPartialDay(ms: number): string {
	if (!Number.isFinite(ms)) return '';
	return formatPartialDate(fromDayNumber(Math.floor(ms / DAY_MS)));
}

/**
 * The day containing `ms` as `msToIsoDay` writes it (`-003180-12-31`, ECMAScript's form) within
 * the range of a Date, and as `msToPartialDay` beyond it; never throws.
 */
export function msToDayText(ms: number): string {
	return Math.abs(ms) <= 8.64e15 ? msToIsoDay(ms) : msToPartialDay(ms);
}

/**
 * The start (UTC midnight, in ms) of an ISO day as `msToIsoDay` writes it; also accepts the
 * expanded form for years 0–9999 (`+002024-01-01`). Undefined for anything else: other shapes,
 * days that do not exist (`2023-02-29`), `-000000` (which ECMAScript forbids), and days outside
 * the range a Date can hold.
 */
export function isoDayToMs(day: string): number | undefined {
	if (typeof day !== 'string') return undefined;
	const match = ISO_DAY.exec(day);
	if (!match) return undefined;
	const [, plainYear, sign, signedYear, monthText, dayText] = match;
	if (sign === '-' && signedYear === '000000') return undefined;
	const year = plainYear !== undefined ? Number(plainYear) : Number(sign + signedYear);
	const month = Number(monthText);
	const dayOfMonth = Number(dayText);
	if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month))
		return undefined;
	// toUtcMs sets the full year itself (Date.UTC would move years 0–99 into the 1900s) and gives
	// NaN past the Date range.
	const ms = toUtcMs(year, month, dayOfMonth);
	return Number.isNaN(ms) ? undefined : ms;
}
