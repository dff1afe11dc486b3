/**
 * Faceted filtering and free-text search of timeline events. Pure functions over the validated
 * dataset: no DOM, no Svelte, so the list, the timeline and the URL state can all share them.
 */
import type { ActorRecord, TimelineEvent } from '../data/types.ts';

/** A dimension events can be filtered on. */
export type Facet = 'topic' | 'kind' | 'actor' | 'source';

/** Every facet, in the order the UI and the URL list them. */
export const FACETS: readonly Facet[] = Object.freeze(['topic', 'kind', 'actor', 'source']);

/** What the reader has chosen to see. */
export interface EventFilter {
	/**
	 * Selected values per facet (ids for topic/actor/source, the kind string for kind).
	 * Empty = no constraint.
	 */
	topic: readonly string[];
	kind: readonly string[];
	actor: readonly string[];
	source: readonly string[];
	/** Free text; see `normalizeForSearch` for how it is compared. */
	query: string;
}

/** The filter that lets every event through. Frozen: copy it to change a field. */
export const EMPTY_FILTER: EventFilter = Object.freeze({
	topic: Object.freeze([]),
	kind: Object.freeze([]),
	actor: Object.freeze([]),
	source: Object.freeze([]),
	query: ''
});

/**
 * Whether the filter lets every event through: no facet value selected and a query with no words
 * (blank, or only whitespace and combining marks).
 */
export function isEmptyFilter(f: EventFilter): boolean {
	return FACETS.every((facet) => f[facet].length === 0) && queryWords(f.query).length === 0;
}

// Typographic variants of quotes, apostrophes and dashes, folded to their ASCII form so that a
// query typed on a plain keyboard finds text set with curly quotes ("Kata'ib" finds "Kata’ib").
const PUNCTUATION_FOLDS: ReadonlyArray<[RegExp, string]> = [
	[/[\u2018\u2019\u201A\u201B\u2032\u2035\u02BC\u02B9\u00B4\u0060\uFF07]/g, "'"],
	[/[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\uFF02]/g, '"'],
	[/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-']
];
function foldPunctuation(text: string): string {
	let folded = text;
	for (const [pattern, replacement] of PUNCTUATION_FOLDS)
		folded = folded.replace(pattern, replacement);
	return folded;
}

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE = /\s+/g;

/**
 * Folds text for search: quote, apostrophe and dash variants to ASCII, compatibility
 * decomposition (NFKD, so ligatures and full-width letters match their plain forms) with the
 * combining marks stripped (accent-insensitive: "cafe" finds "café"), lower case, and runs of
 * whitespace collapsed to one space, trimmed. Apply it to both the query and the text searched.
 */
export function normalizeForSearch(text: string): string {
	// Folded before decomposition (which splits ´ into a space and a mark) and after it (which
	// turns some symbols, such as ‷, into ones folded here).
	const decomposed = foldPunctuation(foldPunctuation(text).normalize('NFKD'));
	return decomposed.replace(COMBINING_MARKS, '').toLowerCase().replace(WHITESPACE, ' ').trim();
}

/** The normalized words of a query; every one must occur in an event's text for it to match. */
export function queryWords(query: string): string[] {
	const normalized = normalizeForSearch(query);
	return normalized === '' ? [] : normalized.split(' ');
}

// Haystacks are cached per event because filtering reruns on every keystroke while the dataset
// stays the same; weak maps let a replaced dataset be collected. Events are treated as immutable,
// as the app does (the dataset is held in `$state.raw`). The actor list is part of the key because
// actor names are searched only when it is given, and a new dataset brings a new list.
const plainHaystacks = new WeakMap<TimelineEvent, string>();
const haystacksByActors = new WeakMap<readonly ActorRecord[], WeakMap<TimelineEvent, string>>();
const actorIndexes = new WeakMap<readonly ActorRecord[], Map<string, ActorRecord>>();

function actorIndex(actors: readonly ActorRecord[]): Map<string, ActorRecord> {
	let index = actorIndexes.get(actors);
	if (!index) {
		index = new Map(actors.map((actor) => [actor.id, actor]));
		actorIndexes.set(actors, index);
	}
	return index;
}

/** The normalized searchable text of an event, fields separated so no word spans two of them. */
function haystack(event: TimelineEvent, actors: readonly ActorRecord[] | undefined): string {
	let cache = plainHaystacks;
	if (actors) {
		let byActors = haystacksByActors.get(actors);
		if (!byActors) {
			byActors = new WeakMap();
			haystacksByActors.set(actors, byActors);
		}
		cache = byActors;
	}
	let text = cache.get(event);
	if (text === undefined) {
		const parts = [event.title, event.summary, ...event.places];
		for (const citation of event.citations) parts.push(citation.quote);
		if (actors) {
			const index = actorIndex(actors);
			for (const id of event.actors) {
				const actor = index.get(id);
				if (actor) parts.push(actor.name, ...(actor.aliases ?? []));
			}
		}
		// A newline never survives normalization inside a part, so it is a safe separator.
		text = parts.map(normalizeForSearch).join('\n');
		cache.set(event, text);
	}
	return text;
}

/** Whether `event`'s searchable text holds every one of `words` (see `queryWords`). */
export function matchesQuery(
	event: TimelineEvent,
	words: readonly string[],
	actors: readonly ActorRecord[] | undefined
): boolean {
	if (words.length === 0) return true;
	const text = haystack(event, actors);
	return words.every((word) => text.includes(word));
}

/** The filter's selections as sets, built once per call rather than once per event. */
export type Selections = Record<Facet, ReadonlySet<string>>;

/** `filter`'s selections as sets, one per facet. */
export function selectionsOf(filter: EventFilter): Selections {
	return {
		topic: new Set(filter.topic),
		kind: new Set(filter.kind),
		actor: new Set(filter.actor),
		source: new Set(filter.source)
	};
}

/** Whether `event` has one of a facet's `selected` values (any event does when none is). */
export function matchesFacet(
	event: TimelineEvent,
	facet: Facet,
	selected: ReadonlySet<string>
): boolean {
	if (selected.size === 0) return true;
	switch (facet) {
		case 'topic':
			return selected.has(event.topic);
		case 'kind':
			return selected.has(event.kind);
		case 'actor':
			return event.actors.some((id) => selected.has(id));
		case 'source':
			return event.citations.some((citation) => selected.has(citation.source));
	}
}

/**
 * Events passing all facets (OR within a facet, AND across facets) and the query, in input order.
 * An event with no actors (or no citations) fails any actor (or source) selection. Always returns
 * a new array. `actors` (the dataset's actor list) makes actor names and aliases searchable.
 */
export function filterEvents(
	events: readonly TimelineEvent[],
	filter: EventFilter,
	actors?: readonly ActorRecord[]
): TimelineEvent[] {
	const selections = selectionsOf(filter);
	const words = queryWords(filter.query);
	return events.filter(
		(event) =>
			FACETS.every((facet) => matchesFacet(event, facet, selections[facet])) &&
			matchesQuery(event, words, actors)
	);
}
