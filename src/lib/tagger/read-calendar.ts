/**
 * Reading expressions that name a calendar date, whole or in part: "2024-09-23", "May 2024",
 * "in May" (placed by the tense), "2005-2007", "last summer", "the first quarter of 2024".
 */
import { isValidCivilDate, monthName, type CivilDate, type CivilDay } from '../data/civil-date.ts';
import type { Core, Recognized } from './expression.ts';
import type { Context, Reading } from './reading.ts';
import {
	asStepped,
	describePlacement,
	nearestMonth,
	nearestMonthDay,
	placeByTense,
	stepFrom,
	wayOf,
	type Stepped
} from './step-anchor.ts';
import { dayNumberOf, dayPoint, isoWeekday, spanOfPoint, type TimexPoint } from './timex.ts';

const WEEKDAY_NAMES = [
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
];

/**
 * The year, of the document's, the one before or the one after, in which `month` `day` falls on
 * `weekday` (0 Monday … 6 Sunday); the document's first. Undefined when none does.
 */
export function yearOfWeekday(
	month: number,
	day: number,
	weekday: number,
	documentYear: number
): number | undefined {
	for (const year of [documentYear, documentYear - 1, documentYear + 1]) {
		if (!isValidCivilDate({ year, month, day })) continue;
		if (isoWeekday({ year, month, day }) === weekday) return year;
	}
	return undefined;
}

/** How the reasoning names the year `offset` years from the anchor's ("the year before"). */
function whichYear(offset: number): string {
	return offset === 0 ? 'the year of' : offset < 0 ? 'the year before' : 'the year after';
}

/**
 * A calendar date as written, or a month (and day) without a year: of the year the text names
 * relative to the document ("June 1 last year"), else the nearest one the tense points to.
 */
export function readCalendar(
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
		const which = whichYear(offset);
		return { ...shifted, relative: true, explanation: `${name} of ${which} ${anchor.label}` };
	}
	if (day !== undefined && core.weekday !== undefined) {
		// "Friday 24 September" without a year: the weekday says which year, when one near the
		// document's has that day on that weekday (the tense would guess, and may guess wrong).
		const year = yearOfWeekday(month, day, core.weekday, anchor.date.year);
		if (year !== undefined) {
			const dated = readCalendar({ kind: 'calendar', month, day, year }, context, recognized);
			if (dated)
				return {
					...dated,
					relative: true,
					explanation: `${name}, a ${WEEKDAY_NAMES[core.weekday]}: the year next to ${anchor.label} in which it is one`
				};
		}
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

/** A range of calendar dates; a start without a year takes the end's ("from March to May 2024"). */
export function readRange(
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

/** A season: of a year as written, "last", "next" or "this" one, or the nearest by the tense. */
export function readSeason(
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
		const which = whichYear(offset);
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

/** A quarter or half of a year: as written, of a year relative to the document, or by the tense. */
export function readPart(
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
		const which = whichYear(offset);
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
