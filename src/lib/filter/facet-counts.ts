/**
 * The filter bar's counts per facet value. Only the filter bar (loaded on its first use) shows
 * them, so they live apart from the filtering itself, which the first view runs.
 */
import type { ActorRecord, TimelineEvent } from '../data/types.ts';
import {
	FACETS,
	matchesFacet,
	matchesQuery,
	queryWords,
	selectionsOf,
	type EventFilter,
	type Facet
} from './filter.ts';

/** The distinct values an event has for a facet (an event may have several actors or sources). */
function valuesOf(event: TimelineEvent, facet: Facet): readonly string[] {
	switch (facet) {
		case 'topic':
			return [event.topic];
		case 'kind':
			return [event.kind];
		case 'actor':
			return event.actors.length > 1 ? [...new Set(event.actors)] : event.actors;
		case 'source':
			return [...new Set(event.citations.map((citation) => citation.source))];
	}
}

/**
 * For each facet value, how many events would match if that facet's selection were ignored but
 * all the other facets and the query applied (standard faceted-search counts, so a reader sees
 * what adding a value to a selection would bring). An event counts once per distinct value it
 * has. Returns Map<Facet, Map<value, count>> with every facet; each inner map holds every value
 * present in `events` (in order of first appearance), including those with count 0, followed by
 * any selected value no event has (count 0) so that a stale selection from a URL can be shown and
 * cleared.
 */
export function facetCounts(
	events: readonly TimelineEvent[],
	filter: EventFilter,
	actors?: readonly ActorRecord[]
): Map<Facet, Map<string, number>> {
	const selections = selectionsOf(filter);
	const words = queryWords(filter.query);
	const counts = new Map<Facet, Map<string, number>>(
		FACETS.map((facet) => [facet, new Map<string, number>()])
	);
	for (const event of events) {
		// Register every value first, so values the filter excludes still appear with 0.
		for (const facet of FACETS) {
			const tally = counts.get(facet)!;
			for (const value of valuesOf(event, facet)) if (!tally.has(value)) tally.set(value, 0);
		}
		if (!matchesQuery(event, words, actors)) continue;
		// An event failing no facet counts for all of them; failing exactly one, it counts only
		// for that one (ignoring it would let the event through); failing two, for none.
		const failing = FACETS.filter((facet) => !matchesFacet(event, facet, selections[facet]));
		if (failing.length > 1) continue;
		for (const facet of failing.length === 1 ? failing : FACETS) {
			const tally = counts.get(facet)!;
			for (const value of valuesOf(event, facet)) tally.set(value, tally.get(value)! + 1);
		}
	}
	for (const facet of FACETS) {
		const tally = counts.get(facet)!;
		for (const value of selections[facet]) if (!tally.has(value)) tally.set(value, 0);
	}
	return counts;
}
