/**
 * Time ↔ pixel math for the timeline. Civil days become UTC milliseconds by multiplication alone
 * (a day number is days since 1970-01-01), so no time zone or `Date` constructor can move a day.
 */
import { scaleTime, type TimeScale } from './time-scale.ts';
import type { TimelineEvent } from '../data/types.ts';

import { DAY_MS } from '../data/civil-date.ts';

export { DAY_MS };

/** UTC ms of the start of a civil day number. */
export function dayToMs(day: number): number {
	return day * DAY_MS;
}

/** The time span an event covers, in UTC ms: [first day 00:00, last day + 1 00:00). */
export function eventSpanMs(event: TimelineEvent): [number, number] {
	return [dayToMs(event.when.firstDay), dayToMs(event.when.lastDay + 1)];
}

/**
 * The full extent of the events and periods in UTC ms, padded by `padding` of its length on each
 * side (at least 30 days) so that marks at the ends are not cut. Nothing gives the current year.
 */
export function timeExtent(
	events: readonly TimelineEvent[],
	padding = 0.03,
	periods: readonly Pick<TimelineEvent, 'when'>[] = []
): [number, number] {
	if (events.length === 0 && periods.length === 0) {
		const year = new Date().getUTCFullYear();
		return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
	}
	let min = Infinity;
	let max = -Infinity;
	for (const item of [...events, ...periods]) {
		const start = dayToMs(item.when.firstDay);
		const end = dayToMs(item.when.lastDay + 1);
		if (start < min) min = start;
		if (end > max) max = end;
	}
	const pad = Math.max((max - min) * padding, 30 * DAY_MS);
	return [min - pad, max + pad];
}

/** The untransformed time scale: the whole extent over [0, width] px. Zoom derives from it. */
export function createBaseScale(extent: [number, number], width: number): TimeScale {
	return scaleTime(extent, [0, Math.max(1, width)]);
}
