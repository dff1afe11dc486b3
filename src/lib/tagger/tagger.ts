/**
 * The temporal tagger: finds the date expressions of an English news text and normalizes each
 * against the document's date to a TimeML-style value ("2020", "2024-01", "2024-09-23",
 * "2019-Q4", "2023-SU", "199X", "2024-W26", "PRESENT_REF"), with a modifier for "early/mid/late",
 * an approximate flag, the precision, the character range, and the reasoning in words. Each
 * mention also carries its date in the dataset's terms and, when `resolveDateExpression` reads
 * the same date from its text, the expression to store as the derivation.
 *
 * Pure: no Node or DOM API, no `Date`; civil dates are integers (see `civil-date.ts`), so the
 * result is the same in every time zone. A document date known only to the month or the year
 * never yields an invented day: an expression that needs the day keeps the document's precision
 * and may become a span ("yesterday" in a September article: August or September).
 */
import {
	formatPartialDate,
	isValidCivilDate,
	monthName,
	parsePartialDate,
	precisionOf,
	spanOf,
	type CivilDate,
	type CivilDay,
	type Precision,
	type Qualifier
} from '../data/civil-date.ts';
import { resolveDateExpression, type ResolvedDate } from '../data/resolve-date.ts';
import { recognize, type Core, type Recognized, type ReferenceValue } from './recognize.ts';
import { guessDirection, type Direction, type Tense } from './tense.ts';
import {
	addDays,
	civilOf,
	dayNumberOf,
	dayPoint,
	formatTimex,
	isFinerThan,
	isoWeekday,
	samePoint,
	spanOfPoint,
	truncateDay,
	weekPoint,
	weekendPoint,
	type TimexPoint,
	type TimexUnit
} from './timex.ts';
import { WEEKDAYS } from './lexicon.ts';

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

/** TimeML `mod`: part of the unit ("late 2019" is END), or before the value ("more than … ago"). */
export type TimexMod = 'START' | 'MID' | 'END' | 'BEFORE';

/** A mention's date as the dataset stores event dates (`docs/dataset-format.md`). */
export interface MentionDate {
	start: CivilDate;
	end?: CivilDate;
	precision: Precision;
	approximate: boolean;
	qualifier?: Qualifier;
}

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
}

/** The date a text is read against: a civil date, or its ISO form ("2024-07-01", "2024-07"). */
export type DocumentDate = CivilDate | string;

/** A date other expressions are read against, with its first and last possible day. */
interface Anchor {
	date: CivilDate;
	precision: Precision;
	first: CivilDay;
	last: CivilDay;
	/** How the reasoning names it: "the article's 2024-07-01". */
	label: string;
}

interface Reading {
	point: TimexPoint | ReferenceValue;
	end?: TimexPoint;
	mod?: TimexMod;
	approximate: boolean;
	relative: boolean;
	/** Read against an earlier date of the text rather than the document date. */
	anaphoric?: boolean;
	explanation: string;
}

interface Context {
	text: string;
	document: Anchor;
	/** The date last mentioned, for "the same day", "a month later". */
	reference: Anchor | null;
}

const MODS: Record<Qualifier, TimexMod> = { early: 'START', mid: 'MID', late: 'END' };

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

function anchorOf(date: CivilDate, label: string): Anchor {
	const { first, last } = spanOf(date);
	return { date, precision: precisionOf(date), first, last, label };
}

function capitalize(word: string): string {
	return word[0].toUpperCase() + word.slice(1);
}

// --- Stepping from an anchor ---------------------------------------------------------------

interface Stepped {
	point: TimexPoint;
	end?: TimexPoint;
	/** Set when the anchor was too coarse for the expression. */
	note?: string;
}

/**
 * Applies `step` to the anchor day. Against a coarser anchor, `span` applies it to the first and
 * last day the anchor may be and cuts finer results down to the anchor's precision (so no day is
 * invented); `latest`/`earliest` use the anchor's last/first day, as the dataset's resolver does
 * for "in January" or "Oct. 7".
 */
function stepFrom(
	anchor: Anchor,
	step: (day: CivilDay) => TimexPoint,
	how: 'span' | 'latest' | 'earliest'
): Stepped {
	if (anchor.precision === 'day') return { point: step(anchor.first) };
	if (how === 'latest') return { point: step(anchor.last) };
	if (how === 'earliest') return { point: step(anchor.first) };
	let first = step(anchor.first);
	let last = step(anchor.last);
	let note: string | undefined;
	if (isFinerThan(first.unit, anchor.precision) || isFinerThan(last.unit, anchor.precision)) {
		first = truncateDay(spanOfPoint(first).first, anchor.precision);
		last = truncateDay(spanOfPoint(last).last, anchor.precision);
		note = `${anchor.label} is only known to the ${anchor.precision}, so the result keeps that precision`;
	}
	return samePoint(first, last) ? { point: first, note } : { point: first, end: last, note };
}

function monthShift(day: CivilDay, offset: number): TimexPoint {
	const index = day.year * 12 + day.month - 1 + offset;
	const year = Math.floor(index / 12);
	return { unit: 'month', year, month: index - year * 12 + 1 };
}

function quarterShift(day: CivilDay, offset: number): TimexPoint {
	const index = day.year * 4 + Math.floor((day.month - 1) / 3) + offset;
	const year = Math.floor(index / 4);
	return { unit: 'quarter', year, quarter: index - year * 4 + 1 };
}

/** The latest (or, looking forward, earliest) `month`-`day` not after (not before) `from`. */
function nearestMonthDay(
	month: number,
	day: number,
	from: CivilDay,
	direction: Direction
): TimexPoint | null {
	const sign = direction === 'past' ? -1 : 1;
	const onOrBefore = month < from.month || (month === from.month && day <= from.day);
	const onOrAfter = month > from.month || (month === from.month && day >= from.day);
	let year =
		direction === 'past'
			? onOrBefore
				? from.year
				: from.year - 1
			: onOrAfter
				? from.year
				: from.year + 1;
	// February 29 exists only in leap years, at most 8 years apart.
	for (let tries = 0; tries < 8 && !isValidCivilDate({ year, month, day }); tries++) year += sign;
	return isValidCivilDate({ year, month, day }) ? dayPoint({ year, month, day }) : null;
}

function nearestMonth(month: number, from: CivilDay, direction: Direction): TimexPoint {
	const year =
		direction === 'past'
			? month <= from.month
				? from.year
				: from.year - 1
			: month >= from.month
				? from.year
				: from.year + 1;
	return { unit: 'month', year, month };
}

/** The latest weekday not after `from` (looking back) or the earliest not before it. */
function nearestWeekday(
	weekday: number,
	from: CivilDay,
	direction: Direction,
	strict = false
): CivilDay {
	const today = isoWeekday(from);
	if (direction === 'past') {
		let back = (today - weekday + 7) % 7;
		if (strict && back === 0) back = 7;
		return addDays(from, -back);
	}
	let ahead = (weekday - today + 7) % 7;
	if (strict && ahead === 0) ahead = 7;
	return addDays(from, ahead);
}

/** How a sentence places a bare date: its tense, and the word that shows it. */
interface Way {
	tense: Tense;
	cue?: string;
}

interface Placed extends Stepped {
	direction: Direction;
}

function wayOf(context: Context, recognized: Recognized): Way {
	if (recognized.signal === 'since') return { tense: 'past', cue: 'since' };
	const guess = guessDirection(context.text, recognized.start, recognized.end);
	// "adjourned the case until Jan. 15": the past verb does not place the day it waits for.
	if ((recognized.signal === 'until' || recognized.signal === 'till') && guess.tense === 'past') {
		return { tense: 'present', cue: recognized.signal };
	}
	return guess;
}

/** The past or the future reading by the tense; in the present tense, the nearer of the two. */
function placeByTense(
	anchor: Anchor,
	way: Way,
	past: () => Stepped | null,
	future: () => Stepped | null
): Placed | null {
	const before = way.tense === 'future' ? null : past();
	const after = way.tense === 'past' ? null : future();
	if (!after) return before && { ...before, direction: 'past' };
	if (!before) return { ...after, direction: 'future' };
	const back =
		dayNumberOf(anchor.first) - dayNumberOf(spanOfPoint(before.end ?? before.point).last);
	const ahead = dayNumberOf(spanOfPoint(after.point).first) - dayNumberOf(anchor.last);
	return ahead < back ? { ...after, direction: 'future' } : { ...before, direction: 'past' };
}

function describePlacement(
	what: string,
	anchor: Anchor,
	way: Way,
	direction: Direction,
	begun = false
): string {
	const atEnd = anchor.precision === 'day' ? anchor.label : `the end of ${anchor.label}`;
	const atStart = anchor.precision === 'day' ? anchor.label : `the start of ${anchor.label}`;
	const reading =
		direction === 'past'
			? `the latest ${what} ${begun ? 'begun by' : 'not after'} ${atEnd}`
			: `the first ${what} ${begun ? 'ending on or after' : 'on or after'} ${atStart}`;
	if (way.tense === 'present') {
		return `‘${way.cue}’ does not say which way, so the nearer one: ${reading}`;
	}
	if (way.tense === 'future') return `the sentence looks ahead (‘${way.cue}’), so ${reading}`;
	if (way.cue && way.cue !== 'since') return `${reading} (‘${way.cue}’ looks back)`;
	return `in a dated report, ${reading}`;
}

function asStepped(point: TimexPoint | null): Stepped | null {
	return point ? { point } : null;
}

// --- Reading each kind of expression -------------------------------------------------------

function readCalendar(
	core: Extract<Core, { kind: 'calendar' }>,
	context: Context,
	recognized: Recognized
): Reading | null {
	const { year, month, day } = core;
	if (year !== undefined) {
		const date: CivilDate = { year };
		if (month !== undefined) date.month = month;
		if (day !== undefined) date.day = day;
		if (!isValidCivilDate(date) || (day !== undefined && month === undefined)) return null;
		const point: TimexPoint =
			day !== undefined
				? dayPoint({ year, month: month!, day })
				: month !== undefined
					? { unit: 'month', year, month }
					: { unit: 'year', year };
		const what =
			day !== undefined
				? 'a full date'
				: month !== undefined
					? 'a month and year'
					: year <= 0
						? 'a year BCE'
						: 'a year';
		return { point, approximate: false, relative: false, explanation: `${what} as written` };
	}
	if (month === undefined) return null;
	const anchor = context.document;
	const name = day !== undefined ? `${monthName(month)} ${day}` : monthName(month);
	if (core.yearOffset !== undefined) {
		// "June 1 last year": the named day of the year before the document's.
		const offset = core.yearOffset;
		const shifted = readCalendar(
			{ kind: 'calendar', month, day, year: anchor.date.year + offset },
			context,
			recognized
		);
		if (!shifted) return null;
		const which = offset === 0 ? 'the year of' : offset < 0 ? 'the year before' : 'the year after';
		return { ...shifted, relative: true, explanation: `${name} of ${which} ${anchor.label}` };
	}
	const way = wayOf(context, recognized);
	const placed =
		day !== undefined
			? placeByTense(
					anchor,
					way,
					() => asStepped(nearestMonthDay(month, day, anchor.last, 'past')),
					() => asStepped(nearestMonthDay(month, day, anchor.first, 'future'))
				)
			: placeByTense(
					anchor,
					way,
					() => stepFrom(anchor, (from) => nearestMonth(month, from, 'past'), 'latest'),
					() => stepFrom(anchor, (from) => nearestMonth(month, from, 'future'), 'earliest')
				);
	if (!placed) return null;
	return {
		point: placed.point,
		approximate: false,
		relative: true,
		explanation: describePlacement(name, anchor, way, placed.direction)
	};
}

function readRange(
	core: Extract<Core, { kind: 'range' }>,
	context: Context,
	recognized: Recognized
): Reading | null {
	const { from, to } = core;
	if (from.kind !== 'calendar' || to.kind !== 'calendar') return null;
	const end = readCalendar(to, context, recognized);
	if (!end || typeof end.point === 'string') return null;
	let startCore = from;
	if (from.year === undefined && from.month !== undefined) {
		// "from March to May 2024", "June 28 to July 2, 2023": the start takes the end's year.
		const endFirst = spanOfPoint(end.point).first;
		const later =
			from.month > endFirst.month ||
			(from.month === endFirst.month && (from.day ?? 1) > endFirst.day);
		startCore = { ...from, year: later ? endFirst.year - 1 : endFirst.year };
	}
	const start = readCalendar(startCore, context, recognized);
	if (!start || typeof start.point === 'string') return null;
	if (dayNumberOf(spanOfPoint(start.point).first) > dayNumberOf(spanOfPoint(end.point).first))
		return null;
	return {
		point: start.point,
		end: end.point,
		approximate: false,
		relative: end.relative,
		explanation: end.relative ? `a range whose end is ${end.explanation}` : 'a range as written'
	};
}

function readSeason(
	core: Extract<Core, { kind: 'season' }>,
	context: Context,
	recognized: Recognized
): Reading {
	const { season, year, relation } = core;
	const name = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' }[season];
	if (year !== undefined) {
		return {
			point: { unit: 'season', year, season },
			approximate: false,
			relative: false,
			explanation: `a season and year as written${season === 'WI' ? ' (a winter is named by the year of its December)' : ''}`
		};
	}
	const anchor = context.document;
	if (core.yearOffset !== undefined) {
		const offset = core.yearOffset;
		const stepped = stepFrom(
			anchor,
			(day) => ({ unit: 'season', year: day.year + offset, season }),
			'span'
		);
		const which = offset === 0 ? 'the year of' : offset < 0 ? 'the year before' : 'the year after';
		return {
			point: stepped.point,
			end: stepped.end,
			approximate: false,
			relative: true,
			explanation: `the ${name} of ${which} ${anchor.label}`
		};
	}
	/** The instances of the season around `day`, in order, with their first and last day. */
	const around = (day: CivilDay) => {
		const instances: { point: TimexPoint; first: number; last: number }[] = [];
		for (let year = day.year - 2; year <= day.year + 1; year++) {
			const point: TimexPoint = { unit: 'season', year, season };
			const { first, last } = spanOfPoint(point);
			instances.push({ point, first: dayNumberOf(first), last: dayNumberOf(last) });
		}
		return { instances, day: dayNumberOf(day) };
	};
	type Test = (instance: { first: number; last: number }, day: number) => boolean;
	const latest = (test: Test) => (day: CivilDay) => {
		const { instances, day: n } = around(day);
		return [...instances].reverse().find((instance) => test(instance, n))!.point;
	};
	const earliest = (test: Test) => (day: CivilDay) => {
		const { instances, day: n } = around(day);
		return instances.find((instance) => test(instance, n))!.point;
	};
	let stepped: Stepped;
	let explanation: string;
	if (relation === 'last') {
		stepped = stepFrom(
			anchor,
			latest(({ last }, n) => last < n),
			'span'
		);
		explanation = `the last ${name} to end before ${anchor.label}`;
	} else if (relation === 'next') {
		stepped = stepFrom(
			anchor,
			earliest(({ first }, n) => first > n),
			'span'
		);
		explanation = `the first ${name} to begin after ${anchor.label}`;
	} else if (relation === 'this') {
		// The season the date is in, else the one of its year.
		const containing = latest(({ first, last }, n) => first <= n && n <= last);
		const thisOne = (day: CivilDay): TimexPoint =>
			around(day).instances.some(
				({ first, last }) => first <= dayNumberOf(day) && dayNumberOf(day) <= last
			)
				? containing(day)
				: { unit: 'season', year: day.year, season };
		stepped = stepFrom(anchor, thisOne, 'span');
		explanation = `the ${name} of ${anchor.label}`;
	} else {
		const way = wayOf(context, recognized);
		const placed = placeByTense(
			anchor,
			way,
			() =>
				stepFrom(
					anchor,
					latest(({ first }, n) => first <= n),
					'latest'
				),
			() =>
				stepFrom(
					anchor,
					earliest(({ last }, n) => last >= n),
					'earliest'
				)
		)!;
		stepped = placed;
		explanation = describePlacement(name, anchor, way, placed.direction, true);
	}
	return {
		point: stepped.point,
		end: stepped.end,
		approximate: false,
		relative: true,
		explanation: explanation + (stepped.note ? `; ${stepped.note}` : '')
	};
}

function readPart(
	core: Extract<Core, { kind: 'part' }>,
	context: Context,
	recognized: Recognized
): Reading {
	const { unit, n } = core;
	const make = (year: number): TimexPoint =>
		unit === 'quarter' ? { unit, year, quarter: n } : { unit, year, half: n };
	const name = `${['first', 'second', 'third', 'fourth'][n - 1]} ${unit}`;
	if (core.year !== undefined) {
		return {
			point: make(core.year),
			approximate: false,
			relative: false,
			explanation: `the ${name} of a year as written`
		};
	}
	const anchor = context.document;
	if (core.yearOffset !== undefined) {
		const offset = core.yearOffset;
		const stepped = stepFrom(anchor, (day) => make(day.year + offset), 'span');
		const which = offset === 0 ? 'the year of' : offset < 0 ? 'the year before' : 'the year after';
		return {
			point: stepped.point,
			end: stepped.end,
			approximate: false,
			relative: true,
			explanation: `the ${name} of ${which} ${anchor.label}`
		};
	}
	const way = wayOf(context, recognized);
	const pastStep = (day: CivilDay): TimexPoint => {
		const candidate = make(day.year);
		return dayNumberOf(spanOfPoint(candidate).first) <= dayNumberOf(day)
			? candidate
			: make(day.year - 1);
	};
	const futureStep = (day: CivilDay): TimexPoint => {
		const candidate = make(day.year);
		return dayNumberOf(spanOfPoint(candidate).last) >= dayNumberOf(day)
			? candidate
			: make(day.year + 1);
	};
	const placed = placeByTense(
		anchor,
		way,
		() => stepFrom(anchor, pastStep, 'latest'),
		() => stepFrom(anchor, futureStep, 'earliest')
	)!;
	return {
		point: placed.point,
		approximate: false,
		relative: true,
		explanation: describePlacement(name, anchor, way, placed.direction, true)
	};
}

const UNIT_WORDS: Record<string, [string, string]> = {
	day: ['the day', 'days'],
	week: ['the week', 'weeks'],
	weekend: ['the weekend', 'weekends'],
	month: ['the month', 'months'],
	quarter: ['the quarter', 'quarters'],
	year: ['the year', 'years'],
	decade: ['the decade', 'decades'],
	century: ['the century', 'centuries']
};

function describeOffset(unit: string, offset: number, anchor: Anchor): string {
	const [single] = UNIT_WORDS[unit];
	if (offset === 0) return `${single} of ${anchor.label}`;
	if (offset === -1) return `${single} before ${anchor.label}`;
	if (offset === 1) return `${single} after ${anchor.label}`;
	const count = Math.abs(offset);
	return `${count} ${UNIT_WORDS[unit][1]} ${offset < 0 ? 'before' : 'after'} ${anchor.label}`;
}

function shiftStep(unit: string, offset: number, partOfDay?: 'MO' | 'AF' | 'EV' | 'NI') {
	return (day: CivilDay): TimexPoint => {
		switch (unit) {
			case 'day':
				return dayPoint(addDays(day, offset), partOfDay);
			case 'week':
				return weekPoint(addDays(day, 7 * offset));
			case 'weekend':
				return weekendPoint(addDays(day, 7 * offset - isoWeekday(day) + 5));
			case 'month':
				return monthShift(day, offset);
			case 'quarter':
				return quarterShift(day, offset);
			case 'decade':
				return { unit: 'decade', decade: Math.floor(day.year / 10) + offset };
			case 'century':
				return { unit: 'century', century: Math.floor(day.year / 100) + offset };
			default:
				return { unit: 'year', year: day.year + offset };
		}
	};
}

function readShift(core: Extract<Core, { kind: 'shift' }>, context: Context): Reading {
	const anchor = context.document;
	const stepped = stepFrom(anchor, shiftStep(core.unit, core.offset, core.partOfDay), 'span');
	const weekNote =
		core.unit === 'week' || core.unit === 'weekend' ? ' (ISO weeks, Monday to Sunday)' : '';
	return {
		point: stepped.point,
		end: stepped.end,
		approximate: false,
		relative: true,
		explanation:
			describeOffset(core.unit, core.offset, anchor) +
			weekNote +
			(stepped.note ? `; ${stepped.note}` : '')
	};
}

function readNamedMonth(core: Extract<Core, { kind: 'named-month' }>, context: Context): Reading {
	const { month, relation } = core;
	const anchor = context.document;
	const step = (day: CivilDay): TimexPoint => {
		if (relation === 'this') return { unit: 'month', year: day.year, month };
		if (relation === 'last')
			return { unit: 'month', year: month < day.month ? day.year : day.year - 1, month };
		return { unit: 'month', year: month > day.month ? day.year : day.year + 1, month };
	};
	const stepped = stepFrom(anchor, step, 'span');
	const what =
		relation === 'this'
			? `the ${monthName(month)} of the year of ${anchor.label}`
			: relation === 'last'
				? `the last ${monthName(month)} before the month of ${anchor.label}`
				: `the first ${monthName(month)} after the month of ${anchor.label}`;
	return {
		point: stepped.point,
		end: stepped.end,
		approximate: false,
		relative: true,
		explanation: what
	};
}

function readWeekday(
	core: Extract<Core, { kind: 'weekday' }>,
	context: Context,
	recognized: Recognized
): Reading {
	const anchor = context.document;
	const name = capitalize(WEEKDAYS[core.weekday]);
	const onDay = (day: CivilDay) => dayPoint(day, core.partOfDay);
	let placed: Placed;
	let what: string;
	if (core.relation === 'this') {
		const stepped = stepFrom(
			anchor,
			(day) => onDay(addDays(day, core.weekday - isoWeekday(day))),
			'span'
		);
		placed = { ...stepped, direction: 'past' };
		what = `the ${name} of the week of ${anchor.label}`;
	} else if (core.relation) {
		const way: Direction = core.relation === 'last' ? 'past' : 'future';
		const stepped = stepFrom(
			anchor,
			(day) => onDay(nearestWeekday(core.weekday, day, way, true)),
			'span'
		);
		placed = { ...stepped, direction: way };
		what = `the ${way === 'past' ? 'last' : 'next'} ${name} ${way === 'past' ? 'before' : 'after'} ${anchor.label}`;
	} else {
		const way = wayOf(context, recognized);
		placed = placeByTense(
			anchor,
			way,
			() => stepFrom(anchor, (day) => onDay(nearestWeekday(core.weekday, day, 'past')), 'span'),
			() => stepFrom(anchor, (day) => onDay(nearestWeekday(core.weekday, day, 'future')), 'span')
		)!;
		what = describePlacement(name, anchor, way, placed.direction);
	}
	return {
		point: placed.point,
		end: placed.end,
		approximate: false,
		relative: true,
		explanation: what + (placed.note ? `; ${placed.note}, and the ${name} cannot be known` : '')
	};
}

function readCount(
	core: Extract<Core, { kind: 'count' }>,
	context: Context,
	recognized: Recognized
): Reading {
	const anchor = core.anaphoric ? (context.reference ?? context.document) : context.document;
	const { count, unit, sign } = core;
	const step = (day: CivilDay): TimexPoint => {
		switch (unit) {
			case 'hour':
				return dayPoint(addDays(day, sign * Math.floor(count / 24)));
			case 'day':
				return dayPoint(addDays(day, sign * count));
			case 'week':
				return dayPoint(addDays(day, sign * 7 * count));
			case 'month':
				return monthShift(day, sign * count);
			case 'year':
				return { unit: 'year', year: day.year + sign * count };
			case 'decade':
				return { unit: 'year', year: day.year + sign * 10 * count };
		}
	};
	const stepped = stepFrom(anchor, step, 'span');
	const units = count === 1 ? unit : `${unit}s`;
	let explanation = `${count} ${units} ${sign < 0 ? 'before' : 'after'} ${anchor.label}, approximately`;
	if (stepped.note) explanation += `; ${stepped.note}`;
	const reading: Reading = {
		point: stepped.point,
		end: stepped.end,
		approximate: true,
		relative: true,
		anaphoric: core.anaphoric && context.reference !== null,
		explanation
	};
	if (recognized.vagueness === 'less-than' && !core.anaphoric) {
		// Less than N units ago: any time from then until the document date.
		const unitOfPoint = stepped.point.unit;
		const until =
			unitOfPoint === 'year'
				? ({ unit: 'year', year: anchor.last.year } as TimexPoint)
				: truncateDay(anchor.last, unitOfPoint === 'month' ? 'month' : anchor.precision);
		reading.end = until;
		reading.explanation =
			`less than ${count} ${units} before ${anchor.label}: from then until ${anchor.label}` +
			(stepped.note ? `; ${stepped.note}` : '');
	} else if (recognized.vagueness === 'more-than') {
		reading.mod = 'BEFORE';
		reading.explanation =
			`more than ${count} ${units} before ${anchor.label}: before then` +
			(stepped.note ? `; ${stepped.note}` : '');
	}
	return reading;
}

function readAnaphoric(core: Extract<Core, { kind: 'anaphoric' }>, context: Context): Reading {
	const anchor = context.reference ?? context.document;
	const stepped = stepFrom(anchor, shiftStep(core.unit, core.offset), 'span');
	return {
		point: stepped.point,
		end: stepped.end,
		approximate: false,
		relative: true,
		anaphoric: context.reference !== null,
		explanation:
			describeOffset(core.unit, core.offset, anchor) + (stepped.note ? `; ${stepped.note}` : '')
	};
}

function readVague(core: Extract<Core, { kind: 'vague' }>, context: Context): Reading {
	const anchor = context.document;
	const { unit, sign } = core;
	const steps: Record<
		string,
		[(day: CivilDay) => TimexPoint, (day: CivilDay) => TimexPoint, string]
	> = {
		hours: [(d) => dayPoint(d), (d) => dayPoint(d), 'the day of'],
		days: [(d) => dayPoint(addDays(d, -7)), (d) => dayPoint(addDays(d, 7)), 'about a week around'],
		weeks: [
			(d) => monthShift(addDays(d, -42), 0),
			(d) => monthShift(addDays(d, 42), 0),
			'about six weeks around'
		],
		months: [(d) => monthShift(d, -6), (d) => monthShift(d, 6), 'about six months around'],
		years: [
			(d) => ({ unit: 'year', year: d.year - 5 }),
			(d) => ({ unit: 'year', year: d.year + 5 }),
			'about five years around'
		]
	};
	const [back, ahead, width] = steps[unit];
	const same = (d: CivilDay): TimexPoint =>
		unit === 'hours' || unit === 'days'
			? dayPoint(d)
			: unit === 'years'
				? { unit: 'year', year: d.year }
				: monthShift(d, 0);
	let first = sign < 0 ? back(anchor.first) : same(anchor.first);
	let last = sign < 0 ? same(anchor.last) : ahead(anchor.last);
	if (unit === 'hours') {
		first = dayPoint(anchor.first);
		last = dayPoint(anchor.last);
	}
	if (isFinerThan(first.unit, anchor.precision))
		first = truncateDay(spanOfPoint(first).first, anchor.precision);
	if (isFinerThan(last.unit, anchor.precision))
		last = truncateDay(spanOfPoint(last).last, anchor.precision);
	const side = sign < 0 ? 'up to' : 'from';
	return {
		point: first,
		end: samePoint(first, last) ? undefined : last,
		approximate: true,
		relative: true,
		explanation:
			unit === 'hours'
				? `the day of ${anchor.label}, approximately`
				: `${width.replace(' around', '')} ${side} ${anchor.label}, approximately`
	};
}

/** "the new year" and "the weekend": the coming one when the sentence looks ahead. */
function readTensed(
	kind: 'new-year' | 'weekend',
	context: Context,
	recognized: Recognized
): Reading {
	const anchor = context.document;
	const way = wayOf(context, recognized);
	const steps =
		kind === 'new-year'
			? [
					(day: CivilDay): TimexPoint => ({ unit: 'year', year: day.year }),
					(day: CivilDay): TimexPoint => ({ unit: 'year', year: day.year + 1 })
				]
			: [
					(day: CivilDay): TimexPoint => weekendPoint(nearestWeekday(5, day, 'past')),
					(day: CivilDay): TimexPoint => weekendPoint(nearestWeekday(6, day, 'future'))
				];
	const placed = placeByTense(
		anchor,
		way,
		() => stepFrom(anchor, steps[0], 'span'),
		() => stepFrom(anchor, steps[1], 'span')
	)!;
	const what =
		kind === 'new-year'
			? placed.direction === 'future'
				? `the year after ${anchor.label}, which the sentence looks ahead to (‘${way.cue}’)`
				: `the year of ${anchor.label}`
			: describePlacement('weekend', anchor, way, placed.direction, true);
	return {
		point: placed.point,
		end: placed.end,
		approximate: false,
		relative: true,
		explanation: what + (placed.note ? `; ${placed.note}` : '')
	};
}

/** "will be announced in two weeks": a date ahead, only when the sentence looks ahead. */
function readAhead(
	core: Extract<Core, { kind: 'ahead' }>,
	context: Context,
	recognized: Recognized
): Reading | null {
	const way = wayOf(context, recognized);
	if (way.tense !== 'future') return null;
	return readCount(
		{ kind: 'count', count: core.count, unit: core.unit, sign: 1, anaphoric: false },
		context,
		recognized
	);
}

function read(recognized: Recognized, context: Context): Reading | null {
	const { core } = recognized;
	switch (core.kind) {
		case 'calendar':
			return readCalendar(core, context, recognized);
		case 'range':
			return readRange(core, context, recognized);
		case 'season':
			return readSeason(core, context, recognized);
		case 'part':
			return readPart(core, context, recognized);
		case 'decade':
			return {
				point: { unit: 'decade', decade: core.decade },
				approximate: false,
				relative: false,
				explanation: `the decade of the ${core.decade * 10}s`
			};
		case 'century':
			return {
				point: { unit: 'century', century: core.century },
				approximate: false,
				relative: false,
				explanation: `the century of the years ${core.century * 100}–${core.century * 100 + 99}`
			};
		case 'shift':
			return readShift(core, context);
		case 'named-month':
			return readNamedMonth(core, context);
		case 'weekday':
			return readWeekday(core, context, recognized);
		case 'count':
			return readCount(core, context, recognized);
		case 'anaphoric':
			return readAnaphoric(core, context);
		case 'reference':
			return {
				point: core.value,
				approximate: false,
				relative: true,
				explanation:
					core.value === 'PRESENT_REF'
						? 'the present of the report, not a datable point'
						: core.value === 'PAST_REF'
							? 'an unspecified past before the report'
							: 'an unspecified future after the report'
			};
		case 'vague':
			return readVague(core, context);
		case 'new-year':
		case 'weekend':
			return readTensed(core.kind, context, recognized);
		case 'ahead':
			return readAhead(core, context, recognized);
	}
}

// --- Mentions ------------------------------------------------------------------------------

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

function toMention(recognized: Recognized, reading: Reading, context: Context): DateMention {
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
	mention.date = dateOf({ ...reading, approximate, mod }, recognized, context.document);
	if (mention.date && !reading.anaphoric) {
		const expression = expressionFor(text, recognized.signal, mention.date, context.document);
		if (expression) mention.expression = expression;
	}
	return mention;
}

/** The date a later "the same day" or "a month later" counts from. */
function referenceAfter(reading: Reading, text: string): Anchor | null {
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

function parseDocumentDate(documentDate: DocumentDate): CivilDate {
	const date = typeof documentDate === 'string' ? parsePartialDate(documentDate) : documentDate;
	if (!date || !isValidCivilDate(date)) {
		throw new RangeError(`not a document date: ${JSON.stringify(documentDate)}`);
	}
	return date;
}

/**
 * Every date expression in `text`, in order, normalized against `documentDate` (the article's
 * publication date; a month- or year-only date is fine).
 * @throws RangeError when `documentDate` is not a valid (partial) ISO date or civil date.
 */
export function tagDates(text: string, documentDate: DocumentDate): DateMention[] {
	const date = parseDocumentDate(documentDate);
	const document = anchorOf(date, `the article's ${formatPartialDate(date)}`);
	const context: Context = { text, document, reference: null };
	const mentions: DateMention[] = [];
	for (const recognized of recognize(text)) {
		const reading = read(recognized, context);
		if (!reading) continue;
		const mention = toMention(recognized, reading, context);
		mentions.push(mention);
		if (recognized.core.kind !== 'reference' && recognized.core.kind !== 'vague') {
			context.reference = referenceAfter(reading, mention.text) ?? context.reference;
		}
	}
	return mentions;
}
