/**
 * A time index over events so that each frame touches only the visible ones: events sorted by
 * their first possible day, and the longest span, so a binary search finds every event that
 * overlaps a window without scanning the dataset.
 */
import { bisector } from 'd3-array';
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
