import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/types.ts';
import { actorNames, indexEvents, joinDraft, JoinError, proposeCitation } from './merge.ts';

const ACTORS = [{ id: 'militia', name: 'The Militia', aliases: ['the group'] }];

function event(id: string, fields: Partial<EventRecord> = {}): EventRecord {
	return {
		id,
		title: 'Drone strikes a base in Jordan',
		summary: 'A drone killed three soldiers at a base near the Syrian border.',
		date: { start: '2024-01', precision: 'month', approximate: false, basis: 'January 2024' },
		topic: 'militias',
		kind: 'attack',
		actors: ['militia'],
		places: ['Jordan'],
		importance: 3,
		citations: [{ source: 'old', quote: 'In January, a drone struck', start: 0, end: 26 }],
		...fields
	};
}

function draft(summary: string, date: Partial<EventRecord['date']> = {}): EventRecord {
	return event('draft-new-1', {
		title: summary,
		summary,
		draft: true,
		date: {
			start: '2024-01-28',
			precision: 'day',
			approximate: false,
			basis: "'Jan. 28' → 28 January 2024",
			derivation: { expression: 'Jan. 28', anchor: { source: 'new' } },
			...date
		},
		actors: [],
		places: [],
		citations: [{ source: 'new', quote: summary, start: 10, end: 10 + summary.length }]
	});
}

const names = actorNames(ACTORS);

describe('proposeCitation', () => {
	const existing = [
		event('strike-jordan'),
		event('halt', { title: 'The group halts attacks', summary: 'A halt.', places: [] })
	];

	it('proposes a draft that tells an existing event as its citation, with a sharper day for its month', () => {
		const proposal = proposeCitation(
			draft('On Jan. 28, a drone struck a US base in Jordan and killed three soldiers.'),
			indexEvents(existing),
			names
		);
		expect(proposal?.event.id).toBe('strike-jordan');
		expect(proposal?.sharper).toBe(true);
		expect(proposal?.reason.places).toEqual(['Jordan']);
		expect(proposal?.reason.words).toEqual(expect.arrayContaining(['drone', 'base', 'soldiers']));
	});

	it('finds the actor by an alias in the sentence', () => {
		const proposal = proposeCitation(
			draft(
				'The group said on Jan. 28 that it had launched the drone that killed three soldiers at the base.'
			),
			indexEvents([event('strike-jordan', { places: [] })]),
			names
		);
		expect(proposal?.event.id).toBe('strike-jordan');
		expect(proposal?.reason.actors).toEqual(['militia']);
	});

	it('proposes nothing when the dates do not overlap', () => {
		const text = 'On Feb. 28, a drone struck a US base in Jordan and killed three soldiers.';
		expect(
			proposeCitation(draft(text, { start: '2024-02-28' }), indexEvents(existing), names)
		).toBeUndefined();
	});

	it('proposes nothing for another happening on an overlapping date that only names the same place', () => {
		const text = 'On Jan. 28, Jordan hosted a trade fair for farmers.';
		expect(proposeCitation(draft(text), indexEvents(existing), names)).toBeUndefined();
	});

	it('never proposes a draft, nor an event of another topic, as the one to join', () => {
		const text = 'On Jan. 28, a drone struck a US base in Jordan and killed three soldiers.';
		const others = [event('a-draft', { draft: true }), event('other-topic', { topic: 'ukraine' })];
		expect(proposeCitation(draft(text), indexEvents(others), names)).toBeUndefined();
	});

	it('does not join a day’s event from a coarser date whose own clause tells another happening', () => {
		const text =
			'Last year, the militia claimed 150 attacks, after a drone struck a base in Jordan and killed three soldiers.';
		const day = [
			event('strike-day', { date: { ...event('x').date, start: '2023-01-28', precision: 'day' } })
		];
		const coarse = {
			...draft(text, { start: '2023', precision: 'year' }),
			title: 'Last year, the militia claimed 150 attacks'
		};
		expect(proposeCitation(coarse, indexEvents(day), names)).toBeUndefined();
		const told = { ...coarse, title: 'In 2023, a drone strikes a base in Jordan' };
		expect(proposeCitation(told, indexEvents(day), names)?.event.id).toBe('strike-day');
	});

	it('keeps the date as it is when the draft is not finer than the event', () => {
		const text = 'In January a drone struck a US base in Jordan, killing three soldiers.';
		const proposal = proposeCitation(
			draft(text, { start: '2024-01', precision: 'month' }),
			indexEvents(existing),
			names
		);
		expect(proposal?.event.id).toBe('strike-jordan');
		expect(proposal?.sharper).toBe(false);
	});
});

describe('joinDraft', () => {
	const text = 'On Jan. 28, a drone struck a US base in Jordan and killed three soldiers.';

	it('adds the draft’s citation to the event, takes its sharper date, and removes the draft', () => {
		const proposed = { ...draft(text), citationOf: 'strike-jordan' };
		const events = [event('strike-jordan'), proposed];
		const joined = joinDraft(events, proposed.id);
		expect(joined.map((e) => e.id)).toEqual(['strike-jordan']);
		expect(joined[0].citations.map((c) => c.source)).toEqual(['old', 'new']);
		expect(joined[0].date).toEqual(proposed.date);
		expect(joined[0].title).toBe('Drone strikes a base in Jordan');
		expect(events[0].citations).toHaveLength(1); // the input is left as it was
	});

	it('keeps the event’s date when the draft’s is not inside it or not finer', () => {
		const proposed = {
			...draft(text, { start: '2024', precision: 'year' }),
			citationOf: 'strike-jordan'
		};
		const joined = joinDraft([event('strike-jordan'), proposed], proposed.id);
		expect(joined[0].date.start).toBe('2024-01');
	});

	it('refuses a draft that proposes nothing or names an event that is not there', () => {
		expect(() => joinDraft([event('strike-jordan'), draft(text)], 'draft-new-1')).toThrow(
			JoinError
		);
		const lost = { ...draft(text), citationOf: 'gone' };
		expect(() => joinDraft([event('strike-jordan'), lost], lost.id)).toThrow(
			/"gone", which is not in the dataset/
		);
	});
});
