/**
 * How a date is drawn: `point`, a known day; `range`, known first and last days; `uncertain`,
 * the month(s) or year(s) the event falls in somewhere (drawn soft-edged).
 */
import type { TimelineEvent } from '../data/types.ts';

export type MarkShape = 'point' | 'range' | 'uncertain';

export function markShape(event: TimelineEvent): MarkShape {
	if (event.date.precision !== 'day') return 'uncertain';
	return event.date.end ? 'range' : 'point';
}
