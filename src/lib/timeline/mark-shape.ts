/**
 * How a date is drawn: `point`, a known day; `range`, known first and last days; `uncertain`,
 * the month(s) or year(s) the event falls in somewhere (drawn soft-edged).
 */
import type { TimelineEvent } from '../data/types.ts';
import { DAY_MS } from '../data/civil-date.ts';

export type MarkShape = 'point' | 'range' | 'uncertain';

export function markShape(event: TimelineEvent): MarkShape {
	if (event.date.precision !== 'day') return 'uncertain';
	return event.date.end ? 'range' : 'point';
}

/** Where an event's mark is drawn from, in UTC ms: a day's point at its middle, a bar at its start. */
export function markAnchorMs(event: TimelineEvent): number {
	const start = event.when.firstDay * DAY_MS;
	return markShape(event) === 'point' ? start + DAY_MS / 2 : start;
}
