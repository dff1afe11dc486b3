/**
 * A time index over events so that each frame touches only the visible ones: events sorted by
 * their first possible day, and the longest span, so a binary search finds every event that
 * overlaps a window without scanning the dataset.
 */
import { DAY_MS } from '../data/civil-date.ts';
import type { TimelineEvent } from '../data/types.ts';
import { markShape, type MarkShape } from './mark-shape.ts';

export interface TimeIndex {
	/** Events by first possible day (then last day, then id: the canonical order). */
	events: readonly TimelineEvent[];
	/** The longest event, in days (lastDay − firstDay). */
	maxSpanDays: number;
	/** The first day of each event: what the binary searches read. */
	firstDays: Float64Array;
	/**
	 * Positions in `events` of the events drawn as points (a known day), ascending, and of all the
	 * others (drawn from their first day), ascending. On screen, each of the two runs left to right
	 * in its own order, so the layout merges them instead of sorting every visible event per frame.
	 */
	points: Int32Array;
	spans: Int32Array;
	/** The first day of each of `points`, and of each of `spans`: what their binary searches read. */
	pointDays: Float64Array;
	spanDays: Float64Array;
	/** The last day of each of `points` (a known day: its first, unless a record says otherwise). */
	pointLastDays: Float64Array;
	/**
	 * The spans by length, in classes of powers of two: which spans that start before a window may
	 * last into it is a short scan per class rather than a scan of every span that starts within
	 * `maxSpanDays` of it (at 100 000 events, tens of thousands on every frame).
	 */
	spanClasses: SpanClass[];
	/**
	 * How each event is drawn, by position in `events` (see `LOOK`): its shape and flags, read
	 * once here rather than from each drawn event's date on every frame, where the reads of
	 * scattered event objects cost more than laying them out.
	 */
	looks: Uint8Array;
}

/** Bits of a `TimeIndex.looks` entry: the shape (two bits), approximate, draft. */
export const LOOK = { range: 1, uncertain: 2, shape: 3, approximate: 4, draft: 8 } as const;
const SHAPE_OF_LOOK: readonly MarkShape[] = ['point', 'range', 'uncertain'];

/** The look of an event, as `TimeIndex.looks` holds it. */
export function lookOf(event: TimelineEvent): number {
	const shape = markShape(event);
	return (
		(shape === 'point' ? 0 : LOOK[shape]) |
		(event.date.approximate ? LOOK.approximate : 0) |
		(event.draft ? LOOK.draft : 0)
	);
}

/** The shape a look stands for. */
export function shapeOfLook(look: number): MarkShape {
	return SHAPE_OF_LOOK[look & LOOK.shape];
}

/** The spans of at most `maxDays` days (lastDay − firstDay) and more than half that. */
export interface SpanClass {
	maxDays: number;
	/** Positions in the index's `spans`, ascending, and the first and last day of each. */
	spans: Int32Array;
	days: Float64Array;
	lastDays: Float64Array;
}

/** Builds the index; `events` must already be in canonical order (the validator's output is). */
export function createTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
	let maxSpanDays = 0;
	let pointCount = 0;
	const looks = new Uint8Array(events.length);
	events.forEach((event, position) => {
		maxSpanDays = Math.max(maxSpanDays, event.when.lastDay - event.when.firstDay);
		looks[position] = lookOf(event);
		if ((looks[position] & LOOK.shape) === 0) pointCount++;
	});
	const points = new Int32Array(pointCount);
	const spans = new Int32Array(events.length - pointCount);
	const pointDays = new Float64Array(pointCount);
	const pointLastDays = new Float64Array(pointCount);
	const spanDays = new Float64Array(events.length - pointCount);
	let p = 0;
	let s = 0;
	events.forEach((event, position) => {
		if ((looks[position] & LOOK.shape) === 0) {
			pointDays[p] = event.when.firstDay;
			pointLastDays[p] = event.when.lastDay;
			points[p++] = position;
		} else {
			spanDays[s] = event.when.firstDay;
			spans[s++] = position;
		}
	});
	return {
		events,
		maxSpanDays,
		firstDays: Float64Array.from(events, (event) => event.when.firstDay),
		points,
		spans,
		pointDays,
		spanDays,
		pointLastDays,
		spanClasses: classifySpans(events, spans),
		looks
	};
}

function classifySpans(events: readonly TimelineEvent[], spans: Int32Array): SpanClass[] {
	const lengthClass = (s: number) => {
		const when = events[spans[s]].when;
		return Math.ceil(Math.log2(when.lastDay - when.firstDay + 1));
	};
	const members: number[][] = [];
	for (let s = 0; s < spans.length; s++) (members[lengthClass(s)] ??= []).push(s);
	return members.flatMap((list, c) =>
		list
			? [
					{
						maxDays: 2 ** c,
						spans: Int32Array.from(list),
						days: Float64Array.from(list, (s) => events[spans[s]].when.firstDay),
						lastDays: Float64Array.from(list, (s) => events[spans[s]].when.lastDay)
					}
				]
			: []
	);
}

/**
 * Positions in the index's `spans` of the spans that start before `fromDay` and last into it, in
 * ascending order. Cost: per length class, a binary search and the spans starting within that
 * class's length of the window, at most about twice as many as are found.
 */
export function spansLastingInto(index: TimeIndex, fromDay: number): Int32Array {
	const found: number[] = [];
	for (const { maxDays, spans, days, lastDays } of index.spanClasses) {
		const end = searchSorted(days, fromDay);
		for (let k = searchSorted(days, fromDay - maxDays); k < end; k++)
			if (lastDays[k] >= fromDay) found.push(spans[k]);
	}
	// A typed array sorts numerically without a comparator.
	return Int32Array.from(found).sort();
}

/** The first position in the ascending `values` whose value is ≥ `value` (or > with `after`). */
export function searchSorted(values: ArrayLike<number>, value: number, after = false): number {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid] < value || (after && values[mid] === value)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The events that overlap the days [fromDay, toDay] (inclusive), in canonical order: the plain
 * answer the streaming layout (`layoutTimeline`) is tested against; the app itself no longer lists
 * every event in view. Cost:
 * two binary searches plus the events whose first day lies within `maxSpanDays` of the window.
 */
export function eventsInWindow(index: TimeIndex, fromDay: number, toDay: number): TimelineEvent[] {
	const lo = searchSorted(index.firstDays, fromDay - index.maxSpanDays);
	const hi = searchSorted(index.firstDays, toDay, true);
	const visible: TimelineEvent[] = [];
	for (let i = lo; i < hi; i++)
		if (index.events[i].when.lastDay >= fromDay) visible.push(index.events[i]);
	return visible;
}

/** The instant a jump centres on for an event: the middle of its first possible day (UTC ms). */
export function jumpTarget(event: TimelineEvent): number {
	return (event.when.firstDay + 0.5) * DAY_MS;
}

/**
 * The events of the nearest day that has any, strictly after (`direction` 1) or before (-1)
 * the instant `ms` (UTC ms): what "next event" and "previous event" move to. Empty at either end.
 * Cost: one binary search plus the events of that day.
 */
export function adjacentEvents(index: TimeIndex, ms: number, direction: 1 | -1): TimelineEvent[] {
	const events = index.events;
	// Day numbers whose target lies strictly beyond `ms` (targets sit at mid-day).
	const day = ms / DAY_MS - 0.5;
	const i =
		direction === 1
			? searchSorted(index.firstDays, Math.floor(day), true)
			: searchSorted(index.firstDays, Math.ceil(day)) - 1;
	if (i < 0 || i >= events.length) return [];
	const target = events[i].when.firstDay;
	const lo = searchSorted(index.firstDays, target);
	const hi = searchSorted(index.firstDays, target, true);
	return events.slice(lo, hi);
}

/**
 * The largest number of events that share a day: how many lanes it takes for every event to be
 * drawn on its own at the deepest zoom. A sweep over sorted ends, O(n log n), once per dataset.
 */
export function maxOverlap(events: readonly TimelineEvent[]): number {
	const ends = events.map((e) => e.when.lastDay).sort((a, b) => a - b);
	const starts = events.map((e) => e.when.firstDay).sort((a, b) => a - b);
	let open = 0;
	let best = 0;
	let j = 0;
	for (const start of starts) {
		// Events that ended before this one's first day no longer overlap it.
		while (ends[j] < start) {
			j++;
			open--;
		}
		open++;
		if (open > best) best = open;
	}
	return best;
}

/** Where a jump goes and what the status line says of it. */
export interface Jump {
	/** The instant to centre on (UTC ms); undefined at either end. */
	target?: number;
	status: string;
}

/**
 * The jump to the next (1) or previous (-1) event from the window `visible` (UTC ms). With
 * everything in view (`whole`), stepping starts from the first (or the last) event.
 */
export function jumpFrom(
	index: TimeIndex,
	visible: readonly [number, number],
	whole: boolean,
	direction: 1 | -1
): Jump {
	const origin = whole ? (direction === 1 ? -Infinity : Infinity) : (visible[0] + visible[1]) / 2;
	const found = adjacentEvents(index, origin, direction);
	if (found.length === 0)
		return { status: direction === 1 ? 'No later events.' : 'No earlier events.' };
	const more = found.length > 1 ? ` and ${found.length - 1} more` : '';
	return {
		target: jumpTarget(found[0]),
		status: `${found[0].when.label}: ${found[0].title}${more}`
	};
}
