/**
 * Reading expressions that count from a date rather than name one: "yesterday", "last week",
 * "next March", "Friday", "two years ago", "the same day", "recent days", "the weekend", "in two
 * weeks".
 */
import { monthName, type CivilDay } from '../data/civil-date.ts';
import type { Core, Recognized } from './expression.ts';
import { WEEKDAYS } from './lexicon.ts';
import type { Anchor, Context, Reading } from './reading.ts';
import {
	describePlacement,
	monthShift,
	nearestWeekday,
	placeByTense,
	quarterShift,
	stepFrom,
	wayOf,
	type Placed
} from './step-anchor.ts';
import type { Direction } from './tense.ts';
import {
	addDays,
	dayPoint,
	isFinerThan,
	isoWeekday,
	samePoint,
	spanOfPoint,
	truncateDay,
	weekPoint,
	weekendPoint,
	type PartOfDay,
	type TimexPoint
} from './timex.ts';

function capitalize(word: string): string {
	return word[0].toUpperCase() + word.slice(1);
}

/** How the reasoning names one unit ("the week") and several ("weeks"). */
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

/** The reasoning for a step of `offset` units: "the week before the article's 2024-07-01". */
function describeOffset(unit: string, offset: number, anchor: Anchor): string {
	const [single] = UNIT_WORDS[unit];
	if (offset === 0) return `${single} of ${anchor.label}`;
	if (offset === -1) return `${single} before ${anchor.label}`;
	if (offset === 1) return `${single} after ${anchor.label}`;
	const count = Math.abs(offset);
	return `${count} ${UNIT_WORDS[unit][1]} ${offset < 0 ? 'before' : 'after'} ${anchor.label}`;
}

/** The step of `offset` units from a day, for `stepFrom`. */
function shiftStep(unit: string, offset: number, partOfDay?: PartOfDay) {
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

/** A step from the document date: "yesterday", "last week", "this decade". */
export function readShift(core: Extract<Core, { kind: 'shift' }>, context: Context): Reading {
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

/** "last May", "next March", "this June": a named month relative to the document's month. */
export function readNamedMonth(
	core: Extract<Core, { kind: 'named-month' }>,
	context: Context
): Reading {
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

/** A weekday: of the document's week ("this"), strictly before or after it, or by the tense. */
export function readWeekday(
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

/** "two years ago" from the document date, "a month later" from the date last mentioned. */
export function readCount(
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
		...(core.anaphoric && context.reference === null ? { unanchored: true } : {}),
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

/** "the same day", "the following year": a step from the date last mentioned. */
export function readAnaphoric(
	core: Extract<Core, { kind: 'anaphoric' }>,
	context: Context
): Reading {
	const anchor = context.reference ?? context.document;
	const stepped = stepFrom(anchor, shiftStep(core.unit, core.offset), 'span');
	return {
		point: stepped.point,
		end: stepped.end,
		approximate: false,
		relative: true,
		anaphoric: context.reference !== null,
		...(context.reference === null ? { unanchored: true } : {}),
		explanation:
			describeOffset(core.unit, core.offset, anchor) + (stepped.note ? `; ${stepped.note}` : '')
	};
}

/** "recent days", "the coming months": an approximate span before or after the document date. */
export function readVague(core: Extract<Core, { kind: 'vague' }>, context: Context): Reading {
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
export function readTensed(
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
export function readAhead(
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
