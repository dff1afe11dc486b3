/**
 * A time index over events so that each frame touches only the visible ones: events sorted by
 * their first possible day, and the longest span, so a binary search finds every event that
 * overlaps a window without scanning the dataset.
 */
import { bisector } from 'd3-array';
import { DAY_MS } from '../data/civil-date.ts';
import type { TimelineEvent } from '../data/types.ts';

export interface TimeIndex {
	/** Events by first possible day (then last day, then id: the canonical order). */
	events: readonly TimelineEvent[];
	/** The longest event, in days (lastDay − firstDay). */
	maxSpanDays: number;
}

const byFirstDay = bisector((event: TimelineEvent) => event.when.firstDay);

/** Builds the index; `events` must already be in canonical order (the validator's output is). */
export function createTimeIndex(events: readonly TimelineEvent[]): TimeIndex {
	let maxSpanDays = 0;
	for (const event of events)
		maxSpanDays = Math.max(maxSpanDays, event.when.lastDay - event.when.firstDay);
	return { events, maxSpanDays };
}

/**
 * The events that overlap the days [fromDay, toDay] (inclusive), in canonical order. Cost:
 * two binary searches plus the events whose first day lies within `maxSpanDays` of the window.
 */
export function eventsInWindow(index: TimeIndex, fromDay: number, toDay: number): TimelineEvent[] {
	const lo = byFirstDay.left(index.events, fromDay - index.maxSpanDays);
	const hi = byFirstDay.right(index.events, toDay);
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
			? byFirstDay.right(events, Math.floor(day))
			: byFirstDay.left(events, Math.ceil(day)) - 1;
	if (i < 0 || i >= events.length) return [];
	const target = events[i].when.firstDay;
	const lo = byFirstDay.left(events, target);
	const hi = byFirstDay.right(events, target);
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
