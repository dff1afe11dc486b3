/**
 * Review at scale: the drafts of many articles as candidate events (the pipeline already joins a
 * happening told by several articles into one draft citing each), the most reported first,
 * narrowed by article and by date span.
 */
import type { TimelineEvent } from '../data/types.ts';
import { sourceIdsOf } from '../data/sources-of.ts';

/** Which drafts to list. */
export interface GroupFilter {
	/** Only drafts citing this source. */
	source?: string;
	/** Only drafts that may fall in this span of years, inclusive. */
	fromYear?: number;
	toYear?: number;
}

/** A candidate event: a draft and how many sources report it. */
export interface DraftGroup {
	event: TimelineEvent;
	sources: string[];
}

/** The drafts as candidate events, most reported first, then in date order. */
export function draftGroups(
	events: readonly TimelineEvent[],
	filter: GroupFilter = {}
): DraftGroup[] {
	const groups: DraftGroup[] = [];
	for (const event of events) {
		if (!event.draft) continue;
		const sources = sourceIdsOf(event);
		if (filter.source && !sources.includes(filter.source)) continue;
		const first = event.when.start.year;
		const last = (event.when.end ?? event.when.start).year;
		if (filter.fromYear !== undefined && last < filter.fromYear) continue;
		if (filter.toYear !== undefined && first > filter.toYear) continue;
		groups.push({ event, sources });
	}
	// Stable: events come in canonical (date) order, so ties stay in date order.
	return groups.sort((a, b) => b.sources.length - a.sources.length);
}

/** The events with the given ids, in their order. */
export function eventsWithIds(
	events: readonly TimelineEvent[],
	ids: readonly string[]
): TimelineEvent[] {
	const wanted = new Set(ids);
	return events.filter((e) => wanted.has(e.id));
}
