import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActorRecord, Dataset, TimelineEvent } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import {
	EMPTY_FILTER,
	FACETS,
	filterEvents,
	isEmptyFilter,
	normalizeForSearch,
	type EventFilter,
	type Facet
} from './filter.ts';
import { facetCounts } from './facet-counts.ts';

function mini(): Dataset {
	const dataset = validateDataset(miniDataset(), { file: 'mini.json' });
	expect(dataset.problems).toEqual([]);
	return dataset;
}

function ids(events: readonly TimelineEvent[]): string[] {
	return events.map((event) => event.id);
}

function filterOf(partial: Partial<EventFilter>): EventFilter {
	return { ...EMPTY_FILTER, ...partial };
}

let fakeCount = 0;

/** A made-up event with only the fields filtering reads set meaningfully. */
function fakeEvent(fields: {
	title?: string;
	summary?: string;
	topic?: string;
	kind?: string;
	actors?: string[];
	places?: string[];
	sources?: string[];
	quotes?: string[];
}): TimelineEvent {
	fakeCount += 1;
	const sources = fields.sources ?? ['src'];
	const quotes = fields.quotes ?? sources.map(() => 'quoted');
	return {
		id: `fake-${fakeCount}`,
		title: fields.title ?? 'Untitled',
		summary: fields.summary ?? 'No summary.',
		date: { start: '2024', precision: 'year', approximate: false, basis: 'Made up.' },
		topic: fields.topic ?? 'topic',
		kind: fields.kind ?? 'kind',
		actors: fields.actors ?? [],
		places: fields.places ?? [],
		importance: 2,
		citations: sources.map((source, i) => ({
			source,
			quote: quotes[i] ?? 'quoted',
			start: 0,
			end: 1
		})),
		when: {
			start: { year: 2024 },
			firstDay: 19723,
			lastDay: 20088,
			label: '2024'
		}
	};
}

describe('normalizeForSearch', () => {
	it('folds case, accents, quotes, dashes, compatibility forms and whitespace', () => {
		expect(normalizeForSearch('  Café\u00A0 \uFB01le — “Kata’ib”\n\tZÜRICH  ')).toBe(
			'cafe file - "kata\'ib" zurich'
		);
	});

	it('treats precomposed and decomposed accents alike', () => {
		expect(normalizeForSearch('cafe\u0301')).toBe(normalizeForSearch('caf\u00E9'));
	});

	it('makes curly and straight apostrophes and quotes equivalent', () => {
		for (const variant of ['Kata’ib', "Kata'ib", 'Kata‘ib', 'Kataʼib', 'Kata´ib'])
			expect(normalizeForSearch(variant)).toBe("kata'ib");
		expect(normalizeForSearch('“x” „y“')).toBe('"x" "y"');
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (text) => {
				const once = normalizeForSearch(text);
				expect(normalizeForSearch(once)).toBe(once);
			})
		);
	});
});

describe('isEmptyFilter', () => {
	it('is true only when nothing is selected and the query has no words', () => {
		expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
		expect(isEmptyFilter(filterOf({ query: ' \t ' }))).toBe(true);
		expect(isEmptyFilter(filterOf({ query: 'x' }))).toBe(false);
		for (const facet of FACETS) expect(isEmptyFilter(filterOf({ [facet]: ['a'] }))).toBe(false);
	});
});

describe('filterEvents on the mini dataset', () => {
	const dataset = mini();
	const { events, actors } = dataset;
	const all = ids(events);

	it('returns every event, in order, for the empty filter (as a new array)', () => {
		const result = filterEvents(events, EMPTY_FILTER);
		expect(ids(result)).toEqual(all);
		expect(result).not.toBe(events);
		expect(ids(filterEvents(events, filterOf({ query: '   ' })))).toEqual(all);
	});

	it('ORs values within a facet', () => {
		expect(ids(filterEvents(events, filterOf({ topic: ['ukraine'] })))).toEqual([
			'kharkiv-school-shelled'
		]);
		expect(ids(filterEvents(events, filterOf({ topic: ['militias', 'ukraine'] })))).toEqual(all);
		expect(ids(filterEvents(events, filterOf({ kind: ['attack', 'training'] })))).toEqual([
			'training-in-lebanon',
			'drone-strike-jordan',
			'kharkiv-school-shelled'
		]);
	});

	it('ANDs facets', () => {
		expect(ids(filterEvents(events, filterOf({ topic: ['militias'], kind: ['attack'] })))).toEqual([
			'drone-strike-jordan'
		]);
		expect(ids(filterEvents(events, filterOf({ topic: ['ukraine'], actor: ['militia'] })))).toEqual(
			[]
		);
	});

	it('filters by actor (events without actors fail) and by cited source', () => {
		expect(ids(filterEvents(events, filterOf({ actor: ['militia'] })))).toEqual([
			'training-in-lebanon',
			'halt-to-attacks'
		]);
		expect(ids(filterEvents(events, filterOf({ source: ['mini'] })))).toEqual(all);
		expect(ids(filterEvents(events, filterOf({ source: ['elsewhere'] })))).toEqual([]);
	});

	it('requires every query word, in any order and any field', () => {
		expect(ids(filterEvents(events, filterOf({ query: 'jordan drone' })))).toEqual([
			'drone-strike-jordan'
		]);
		expect(ids(filterEvents(events, filterOf({ query: 'drone kharkiv' })))).toEqual([]);
	});

	it('searches summaries and citation quotes', () => {
		// "killed" is only in the summary, "struck" only in the quote.
		expect(ids(filterEvents(events, filterOf({ query: 'killed' })))).toEqual([
			'drone-strike-jordan'
		]);
		expect(ids(filterEvents(events, filterOf({ query: 'STRUCK' })))).toEqual([
			'drone-strike-jordan'
		]);
		// The quote has curly quotes; the query is typed with a straight one.
		expect(ids(filterEvents(events, filterOf({ query: '"shelling yesterday,"' })))).toEqual([
			'kharkiv-school-shelled'
		]);
	});

	it('searches actor names and aliases only when the actors are given', () => {
		const query = filterOf({ query: 'militia' });
		// With the actor list, "The Militia" is the name of the actor of the halt.
		expect(ids(filterEvents(events, query, actors))).toEqual([
			'training-in-lebanon',
			'halt-to-attacks'
		]);
		// Without it, only the quote that says "Militia" matches (the cache must not leak).
		expect(ids(filterEvents(events, query))).toEqual(['training-in-lebanon']);
		const renamed: ActorRecord[] = [{ id: 'militia', name: 'Brigade', aliases: ['the unit'] }];
		expect(ids(filterEvents(events, filterOf({ query: 'unit' }), renamed))).toEqual([
			'training-in-lebanon',
			'halt-to-attacks'
		]);
		expect(ids(filterEvents(events, query, renamed))).toEqual(['training-in-lebanon']);
	});

	it('does not let a word span two fields', () => {
		// The title ends "Jordan" and the summary starts "A drone".
		expect(ids(filterEvents(events, filterOf({ query: 'jordana' })))).toEqual([]);
	});
});

describe('search folding on made-up events', () => {
	const cafe = fakeEvent({ title: 'Café shelled', summary: 'Owners fled.' });
	const militia = fakeEvent({ title: 'Statement', summary: 'Kata’ib Hezbollah denied it.' });
	const straight = fakeEvent({ title: "Kata'ib statement", quotes: ['ÉCOLE FERMÉE'] });
	const events = [cafe, militia, straight];

	it('is accent- and case-insensitive both ways', () => {
		expect(filterEvents(events, filterOf({ query: 'cafe' }))).toEqual([cafe]);
		expect(filterEvents(events, filterOf({ query: 'CAFÉ' }))).toEqual([cafe]);
		expect(filterEvents(events, filterOf({ query: 'école fermée' }))).toEqual([straight]);
		expect(filterEvents(events, filterOf({ query: 'ecole' }))).toEqual([straight]);
	});

	it('treats curly and straight apostrophes alike', () => {
		expect(filterEvents(events, filterOf({ query: "Kata'ib" }))).toEqual([militia, straight]);
		expect(filterEvents(events, filterOf({ query: 'kata’ib' }))).toEqual([militia, straight]);
	});

	it('searches places', () => {
		const placed = fakeEvent({ places: ['Zürich'] });
		expect(filterEvents([cafe, placed], filterOf({ query: 'zurich' }))).toEqual([placed]);
	});
});

// ---------------------------------------------------------------------------------------------
// Properties against brute-force definitions, over random events and random filters.

const TOPICS = ['t1', 't2', 't3'];
const KINDS = ['attack', 'talks'];
const ACTOR_IDS = ['a1', 'a2', 'a3'];
const SOURCES = ['s1', 's2', 's3'];
const WORDS = ['drone', 'Café', 'Kata’ib', 'school', 'strike', 'talks', 'Zürich'];
const QUERY_WORDS = ['drone', 'cafe', "kata'ib", 'SCHOOL', 'stri', 'zurich', 'brigade', 'none'];
const ACTORS: ActorRecord[] = [
	{ id: 'a1', name: 'The Brigade' },
	{ id: 'a2', name: 'Ministry', aliases: ['the school board'] },
	{ id: 'a3', name: 'Kata’ib Hezbollah' }
];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }).map((words) => words.join(' '));

const eventArb = fc
	.record({
		title: text,
		summary: text,
		topic: fc.constantFrom(...TOPICS),
		kind: fc.constantFrom(...KINDS),
		// Repeats allowed: counts must count an event once per distinct value.
		actors: fc.array(fc.constantFrom(...ACTOR_IDS), { maxLength: 3 }),
		sources: fc.array(fc.constantFrom(...SOURCES), { minLength: 1, maxLength: 3 }),
		quotes: fc.array(text, { maxLength: 3 })
	})
	.map((fields) => fakeEvent(fields));

/** Values to pick from for a facet, including one no event has. */
const POOLS: Record<Facet, string[]> = {
	topic: [...TOPICS, 'absent'],
	kind: [...KINDS, 'absent'],
	actor: [...ACTOR_IDS, 'absent'],
	source: [...SOURCES, 'absent']
};

const selection = (facet: Facet) =>
	fc.oneof(
		fc.constant([] as string[]),
		fc.uniqueArray(fc.constantFrom(...POOLS[facet]), { maxLength: 3 })
	);

const filterArb: fc.Arbitrary<EventFilter> = fc.record({
	topic: selection('topic'),
	kind: selection('kind'),
	actor: selection('actor'),
	source: selection('source'),
	query: fc.oneof(
		fc.constant(''),
		fc
			.array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 2 })
			.map((w) => w.join(' '))
	)
});

const eventsArb = fc.array(eventArb, { maxLength: 12 });
const actorsArb = fc.option(fc.constant(ACTORS), { nil: undefined });

/** All values an event has for a facet, as plainly as possible. */
function bruteValues(event: TimelineEvent, facet: Facet): string[] {
	if (facet === 'topic') return [event.topic];
	if (facet === 'kind') return [event.kind];
	if (facet === 'actor') return event.actors;
	return event.citations.map((citation) => citation.source);
}

function bruteMatches(
	event: TimelineEvent,
	filter: EventFilter,
	actors: readonly ActorRecord[] | undefined
): boolean {
	for (const facet of FACETS) {
		const selected = filter[facet];
		if (selected.length > 0 && !bruteValues(event, facet).some((v) => selected.includes(v)))
			return false;
	}
	const fields = [event.title, event.summary, ...event.places];
	for (const citation of event.citations) fields.push(citation.quote);
	for (const actor of actors ?? [])
		if (event.actors.includes(actor.id)) fields.push(actor.name, ...(actor.aliases ?? []));
	const words = normalizeForSearch(filter.query).split(' ').filter(Boolean);
	return words.every((word) => fields.some((field) => normalizeForSearch(field).includes(word)));
}

describe('filterEvents and facetCounts properties', () => {
	it('filterEvents keeps exactly the events the brute-force definition keeps, in order', () => {
		fc.assert(
			fc.property(eventsArb, filterArb, actorsArb, (events, filter, actors) => {
				expect(filterEvents(events, filter, actors)).toEqual(
					events.filter((event) => bruteMatches(event, filter, actors))
				);
			}),
			{ numRuns: 500 }
		);
	});

	it('facet counts ignore their own facet and apply the others and the query', () => {
		fc.assert(
			fc.property(eventsArb, filterArb, actorsArb, (events, filter, actors) => {
				const counts = facetCounts(events, filter, actors);
				expect([...counts.keys()]).toEqual([...FACETS]);
				for (const facet of FACETS) {
					const without = { ...filter, [facet]: [] };
					const passing = events.filter((event) => bruteMatches(event, without, actors));
					const values = new Set([
						...events.flatMap((event) => bruteValues(event, facet)),
						...filter[facet]
					]);
					const expected = new Map(
						[...values].map((value) => [
							value,
							passing.filter((event) => bruteValues(event, facet).includes(value)).length
						])
					);
					expect(new Map([...counts.get(facet)!].sort())).toEqual(new Map([...expected].sort()));
				}
			}),
			{ numRuns: 500 }
		);
	});

	it('a selected value’s count is how many events selecting only it would show', () => {
		fc.assert(
			fc.property(eventsArb, filterArb, (events, filter) => {
				const counts = facetCounts(events, filter);
				for (const facet of FACETS)
					for (const [value, count] of counts.get(facet)!)
						expect(filterEvents(events, { ...filter, [facet]: [value] })).toHaveLength(count);
			})
		);
	});
});

describe('facetCounts on the mini dataset', () => {
	const { events } = mini();

	it('counts every value present, including zeros, and keeps stale selections', () => {
		const counts = facetCounts(events, filterOf({ topic: ['ukraine', 'gone'], kind: ['attack'] }));
		// Topic counts ignore the topic selection but apply kind = attack.
		expect(counts.get('topic')).toEqual(
			new Map([
				['militias', 1],
				['ukraine', 1],
				['gone', 0]
			])
		);
		// Kind counts ignore the kind selection but apply the topic selection.
		expect(counts.get('kind')).toEqual(
			new Map([
				['training', 0],
				['attack', 1],
				['ceasefire', 0]
			])
		);
		expect(counts.get('actor')).toEqual(new Map([['militia', 0]]));
		expect(counts.get('source')).toEqual(new Map([['mini', 1]]));
	});
});
