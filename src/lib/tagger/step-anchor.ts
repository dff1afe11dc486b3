/**
 * Stepping from an anchor date, and placing a date the text leaves open ("in May", "Friday") in
 * the past or the future by the sentence's tense. An anchor known only to the month or the year
 * never yields an invented day: results finer than it are cut to its precision.
 */
import { isValidCivilDate, type CivilDay } from '../data/civil-date.ts';
import type { Recognized } from './expression.ts';
import type { Anchor, Context } from './reading.ts';
import { guessDirection, type Direction, type Tense } from './tense.ts';
import {
	addDays,
	dayNumberOf,
	dayPoint,
	isFinerThan,
	isoWeekday,
	samePoint,
	spanOfPoint,
	truncateDay,
	type TimexPoint
} from './timex.ts';

/** The result of a step: a point, or a span of points when the anchor was too coarse. */
export interface Stepped {
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
export function stepFrom(
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

/** The month `offset` months from the month of `day`. */
export function monthShift(day: CivilDay, offset: number): TimexPoint {
	const index = day.year * 12 + day.month - 1 + offset;
	const year = Math.floor(index / 12);
	return { unit: 'month', year, month: index - year * 12 + 1 };
}

/** The quarter `offset` quarters from the quarter of `day`. */
export function quarterShift(day: CivilDay, offset: number): TimexPoint {
	const index = day.year * 4 + Math.floor((day.month - 1) / 3) + offset;
	const year = Math.floor(index / 4);
	return { unit: 'quarter', year, quarter: index - year * 4 + 1 };
}

/** The latest (or, looking forward, earliest) `month`-`day` not after (not before) `from`. */
export function nearestMonthDay(
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

/** The latest (looking forward, earliest) `month` not after (not before) the month of `from`. */
export function nearestMonth(month: number, from: CivilDay, direction: Direction): TimexPoint {
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
export function nearestWeekday(
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
export interface Way {
	tense: Tense;
	cue?: string;
}

/** A step placed in the past or the future, and which. */
export interface Placed extends Stepped {
	direction: Direction;
}

/** How the sentence around `recognized` places it: "since" looks back, else the tense. */
export function wayOf(context: Context, recognized: Recognized): Way {
	if (recognized.signal === 'since') return { tense: 'past', cue: 'since' };
	const guess = guessDirection(context.text, recognized.start, recognized.end);
	// "adjourned the case until Jan. 15": the past verb does not place the day it waits for.
	if ((recognized.signal === 'until' || recognized.signal === 'till') && guess.tense === 'past') {
		return { tense: 'present', cue: recognized.signal };
	}
	return guess;
}

/** The past or the future reading by the tense; in the present tense, the nearer of the two. */
export function placeByTense(
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

/** The reasoning for a placed date: the latest `what` before the anchor, or the first after. */
export function describePlacement(
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

/** A point as a step result; null stays null. */
export function asStepped(point: TimexPoint | null): Stepped | null {
	return point ? { point } : null;
}
