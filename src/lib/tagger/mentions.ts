/**
 * A read expression as a mention: its TIMEX value, precision and reasoning, its date in the
 * dataset's terms, and the expression to store when the dataset's resolver reads the same date.
 */
import {
	formatPartialDate,
	precisionOf,
	type CivilDate,
	type Precision,
	type Qualifier
} from '../data/civil-date.ts';
import { resolveDateExpression, type ResolvedDate } from '../data/resolve-date.ts';
import type { Recognized } from './expression.ts';
import { anchorOf, type Anchor, type Context, type Reading, type TimexMod } from './reading.ts';
import { civilOf, formatTimex, spanOfPoint, type TimexUnit } from './timex.ts';

/** How precisely a mention's value is known. */
export type MentionPrecision =
	| 'day'
	| 'week'
	| 'month'
	| 'season'
	| 'quarter'
	| 'half'
	| 'year'
	| 'decade'
	| 'century'
	| 'reference';

/** A mention's date as the dataset stores event dates (`docs/dataset-format.md`). */
export interface MentionDate {
	start: CivilDate;
	end?: CivilDate;
	precision: Precision;
	approximate: boolean;
	qualifier?: Qualifier;
}

/** A date expression found in a text, with its value and its date in the dataset's terms. */
export interface DateMention {
	/** Character range [start, end) in the text (UTF-16 indexes): `text.slice(start, end)`. */
	start: number;
	end: number;
	/** The expression as written. */
	text: string;
	/** TimeML-style value of the date, or of the first date of a range. */
	value: string;
	/** TimeML-style value of the last date of a range. */
	endValue?: string;
	precision: MentionPrecision;
	mod?: TimexMod;
	/** Vague: "about", "nearly", "less than two weeks ago", "recent days", counts of units ago. */
	approximate: boolean;
	/** Whether the value depends on the document date or on a date mentioned before. */
	relative: boolean;
	/** The preposition just before the expression ("in", "since", "on"), lower case. */
	signal?: string;
	/** The date in the dataset's terms ("since" makes it a span to the document date); null for
	 * PRESENT_REF and the like. */
	date: MentionDate | null;
	/**
	 * The text to store as `derivation.expression` (with "in"/"since" when that is what the
	 * dataset's resolver needs), present only when `resolveDateExpression` against the document
	 * date gives exactly `date`.
	 */
	expression?: string;
	/** One readable sentence: ‘last year’: the year before the article's 2024-07-01 → 2023. */
	reasoning: string;
	/**
	 * Set when the expression counts from an earlier date of the text ("a day after the attack",
	 * "later in the day") and the text gave none before it: `date` is then read against the
	 * document date, a guess that a draft must not present as known.
	 */
	unanchored?: true;
}

/** The TimeML `mod` of each qualifier. */
const MODS: Record<Qualifier, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

/** The precision a value in each TIMEX unit is known to. */
const PRECISION_OF_UNIT: Record<TimexUnit, MentionPrecision> = {
	day: 'day',
	week: 'week',
	weekend: 'week',
	month: 'month',
	season: 'season',
	quarter: 'quarter',
	half: 'half',
	year: 'year',
	decade: 'decade',
	century: 'century'
};

// The dataset stores a qualifier only on a month or a year; on another unit but a day, the
// qualifier makes the date approximate instead.
const QUALIFIABLE_UNITS = new Set<TimexUnit>(['month', 'year']);

/** The mention's date in the dataset's terms. */
function dateOf(reading: Reading, recognized: Recognized, document: Anchor): MentionDate | null {
	if (typeof reading.point === 'string') return null;
	const first = civilOf(reading.point);
	const last = reading.end ? civilOf(reading.end) : first;
	const start = first.start;
	let end = reading.end ? (last.end ?? last.start) : first.end;
	let approximate = reading.approximate || reading.mod === 'BEFORE';
	let qualifier: Qualifier | undefined;
	if (recognized.qualifier) {
		if (QUALIFIABLE_UNITS.has(reading.point.unit)) qualifier = recognized.qualifier;
		else if (reading.point.unit !== 'day') approximate = true;
	}
	if (recognized.signal === 'since' && !reading.end) {
		end = { ...document.date };
		if (formatPartialDate(end) === formatPartialDate(start)) end = undefined;
	}
	const date: MentionDate = { start, precision: precisionOf(start), approximate };
	if (end && formatPartialDate(end) !== formatPartialDate(start)) date.end = end;
	if (qualifier) date.qualifier = qualifier;
	return date;
}

/** Whether the resolver's date is exactly the mention's. */
function sameDate(resolved: ResolvedDate, date: MentionDate): boolean {
	return (
		formatPartialDate(resolved.start) === formatPartialDate(date.start) &&
		(resolved.end ? formatPartialDate(resolved.end) : undefined) ===
			(date.end ? formatPartialDate(date.end) : undefined) &&
		resolved.precision === date.precision &&
		resolved.approximate === date.approximate &&
		resolved.qualifier === date.qualifier
	);
}

/** The text (with its preposition if needed) from which the dataset's resolver gets `date`. */
function expressionFor(
	text: string,
	signal: string | undefined,
	date: MentionDate,
	document: Anchor
): string | undefined {
	const tries =
		signal === 'since' ? [`since ${text}`] : signal ? [text, `${signal} ${text}`] : [text];
	for (const expression of tries) {
		const resolved = resolveDateExpression(expression, document.date);
		if (resolved && sameDate(resolved, date)) return expression;
	}
	return undefined;
}

/** The value as the reasoning ends: "2019 (late part), approximate". */
function describeResult(
	value: string,
	endValue: string | undefined,
	mod: TimexMod | undefined,
	approximate: boolean
): string {
	let result = endValue ? `${value} to ${endValue}` : value;
	if (mod)
		result += ` (${{ START: 'early part', MID: 'middle part', END: 'late part', BEFORE: 'or before' }[mod]})`;
	return approximate ? `${result}, approximate` : result;
}

/** The mention of `recognized`, read as `reading`, in the text of `context`. */
export function toMention(recognized: Recognized, reading: Reading, context: Context): DateMention {
	const text = context.text.slice(recognized.start, recognized.end);
	const value = typeof reading.point === 'string' ? reading.point : formatTimex(reading.point);
	const endValue = reading.end ? formatTimex(reading.end) : undefined;
	const mod = recognized.qualifier ? MODS[recognized.qualifier] : reading.mod;
	const approximate = reading.approximate || recognized.vagueness !== undefined;
	const precision: MentionPrecision =
		typeof reading.point === 'string' ? 'reference' : PRECISION_OF_UNIT[reading.point.unit];
	const qualified = recognized.qualifier ? `, ${recognized.qualifier} in it` : '';
	const vague = recognized.vagueness === 'about' && !reading.approximate ? ', approximately' : '';
	const since =
		recognized.signal === 'since' && !reading.end
			? `; ‘since’ makes the date a span up to ${context.document.label}`
			: '';
	const mention: DateMention = {
		start: recognized.start,
		end: recognized.end,
		text,
		value,
		precision,
		approximate,
		relative: reading.relative,
		date: null,
		reasoning: `‘${text}’: ${reading.explanation}${qualified}${vague}${since} → ${describeResult(value, endValue, mod, approximate)}`
	};
	if (endValue) mention.endValue = endValue;
	if (mod) mention.mod = mod;
	if (recognized.signal) mention.signal = recognized.signal;
	if (reading.unanchored) mention.unanchored = true;
	mention.date = dateOf({ ...reading, approximate, mod }, recognized, context.document);
	if (mention.date && !reading.anaphoric) {
		const expression = expressionFor(text, recognized.signal, mention.date, context.document);
		if (expression) mention.expression = expression;
	}
	return mention;
}

/** The date a later "the same day" or "a month later" counts from. */
export function referenceAfter(reading: Reading, text: string): Anchor | null {
	const point = reading.end ?? reading.point;
	if (typeof point === 'string') return null;
	const span = spanOfPoint(point);
	const date: CivilDate =
		point.unit === 'day'
			? { year: point.year, month: point.month, day: point.day }
			: point.unit === 'month'
				? { year: point.year, month: point.month }
				: point.unit === 'week' || point.unit === 'weekend'
					? { ...span.first }
					: { year: span.last.year };
	return anchorOf(date, `the date last mentioned (‘${text}’, ${formatPartialDate(date)})`);
}
