import { describe, expect, it } from 'vitest';
import type { DatasetFile, EventRecord } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { perform, ReviewError, startHistory, undo, undoLabel, isSharperDate } from './review.ts';
import type { Working } from './working.ts';

const TEXT = 'On 3 March 2024 the council met. In March 2024 the council met again and voted.';

function event(id: string, start: string, fields: Partial<EventRecord> = {}): EventRecord {
	const precision = start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year';
	return {
		id,
		title: `Title of ${id}`,
		summary: 'A summary.',
		date: { start, precision, approximate: false, basis: 'Stated.' },
		topic: 'town',
		kind: 'meeting',
		actors: [],
		places: [],
		importance: 2,
		citations: [{ source: 'paper', start: 0, end: 32, quote: TEXT.slice(0, 32) }],
		...fields
	};
}

function working(events: EventRecord[]): Working {
	const dataset: DatasetFile = {
		format: 'evidence-timeline',
		version: 1,
		title: 'Town',
		sourceBase: 'sources/',
		topics: [{ id: 'town', label: 'Town' }],
		actors: [{ id: 'council', name: 'Council' }],
		sources: [
			{
				id: 'paper',
				file: 'paper.txt',
				title: 'Paper',
				outlet: 'Paper',
				published: { date: '2024-03-10', precision: 'day', basis: 'Given.', confidence: 'given' },
				segments: [{ start: 0, end: TEXT.length, topic: 'town' }]
			}
		],
		events
	};
	return { dataset, texts: { 'paper.txt': TEXT } };
}

const second = { source: 'paper', start: 33, end: TEXT.length, quote: TEXT.slice(33) };
const base = () =>
	startHistory(
		working([
			event('met', '2024-03'),
			event('draft-a', '2024-03-03', { draft: true, kind: 'draft', citations: [second] }),
			event('draft-b', '2024', { draft: true, kind: 'draft' })
		])
	);

function problemsOf(w: Working): string[] {
	return validateDataset(w.dataset, {
		file: 'events.json',
		sourceTexts: new Map(Object.entries(w.texts))
	}).problems.map((p) => `${p.path}: ${p.message}`);
}

describe('review commands', () => {
	it('accepts a draft as an event of its own, and undo brings the draft back', () => {
		const h = perform(base(), { type: 'accept', ids: ['draft-b'] });
		const b = h.present.dataset.events.find((e) => e.id === 'draft-b')!;
		expect(b.draft).toBeUndefined();
		expect(undoLabel(h)).toBe('accept “Title of draft-b”');
		expect(undo(h).present.dataset.events.find((e) => e.id === 'draft-b')!.draft).toBe(true);
	});

	it('drops drafts but never an accepted event', () => {
		const h = perform(base(), { type: 'drop', ids: ['draft-a', 'met'] });
		expect(h.present.dataset.events.map((e) => e.id)).toEqual(['draft-b', 'met']);
		expect(undoLabel(h)).toBe('drop 2 drafts');
	});

	it('adds a draft as a citation of an event, offering its sharper day', () => {
		const w = base().present;
		const draft = w.dataset.events.find((e) => e.id === 'draft-a')!;
		const met = w.dataset.events.find((e) => e.id === 'met')!;
		expect(isSharperDate(draft.date, met.date)).toBe(true);
		const sharp = perform(base(), {
			type: 'cite',
			id: 'draft-a',
			target: 'met',
			sharperDate: true
		});
		const joined = sharp.present.dataset.events.find((e) => e.id === 'met')!;
		expect(joined.citations).toHaveLength(2);
		expect(joined.date.start).toBe('2024-03-03');
		expect(sharp.present.dataset.events.some((e) => e.id === 'draft-a')).toBe(false);
		const kept = perform(base(), {
			type: 'cite',
			id: 'draft-a',
			target: 'met',
			sharperDate: false
		});
		expect(kept.present.dataset.events.find((e) => e.id === 'met')!.date.start).toBe('2024-03');
		expect(problemsOf(kept.present)).toEqual([]);
	});

	it('accepting a proposed citation joins the event it names', () => {
		const h0 = startHistory(
			working([
				event('met', '2024-03'),
				event('draft-a', '2024-03-03', { draft: true, citationOf: 'met', citations: [second] })
			])
		);
		const h = perform(h0, { type: 'accept', ids: ['draft-a'] });
		expect(h.present.dataset.events.map((e) => e.id)).toEqual(['met']);
		expect(h.present.dataset.events[0].citations).toHaveLength(2);
	});

	it('edits title, date and precision, kind, actors (a new one too), places and importance', () => {
		const h = perform(base(), {
			type: 'edit',
			id: 'draft-b',
			edit: {
				title: '  The vote  ',
				start: '2024-03-05',
				precision: 'month',
				kind: 'Council vote',
				actors: ['council'],
				newActors: ['Mayor of the Town'],
				places: ['Town hall', ' '],
				importance: 1
			}
		});
		const e = h.present.dataset.events.find((x) => x.id === 'draft-b')!;
		expect(e).toMatchObject({
			title: 'The vote',
			kind: 'council-vote',
			actors: ['council', 'mayor-of-the-town'],
			places: ['Town hall'],
			importance: 1,
			draft: true
		});
		expect(e.date).toMatchObject({ start: '2024-03', precision: 'month', approximate: false });
		expect(e.date.basis).toMatch(/^Set by the reviewer; the text gave 2024 /);
		expect(h.present.dataset.actors.map((a) => a.id)).toEqual(['council', 'mayor-of-the-town']);
		const accepted = perform(h, { type: 'accept', ids: ['draft-a', 'draft-b'] });
		expect(problemsOf(accepted.present)).toEqual([]);
	});

	it('refuses a bad edit naming each field, and changes nothing', () => {
		const attempt = () =>
			perform(base(), {
				type: 'edit',
				id: 'draft-b',
				edit: { title: ' ', start: '2024', precision: 'day', importance: 7 as 1 }
			});
		expect(attempt).toThrow(ReviewError);
		try {
			attempt();
		} catch (error) {
			expect((error as ReviewError).problems).toEqual([
				'Title: must not be empty',
				'Importance: must be 1, 2 or 3',
				'Date: a day needs the month (YYYY-MM-DD)'
			]);
		}
	});

	it('keeps events in canonical order after a date edit', () => {
		const h = perform(base(), {
			type: 'edit',
			id: 'draft-b',
			edit: { start: '2023', precision: 'year' }
		});
		expect(h.present.dataset.events.map((e) => e.id)).toEqual(['draft-b', 'met', 'draft-a']);
	});
});

describe('promote: a passage set apart made a draft', () => {
	const passage = event('draft-c', '2024-03-03', {
		draft: true,
		kind: 'draft',
		title: 'The council met',
		citations: [{ source: 'paper', start: 0, end: 32, quote: TEXT.slice(0, 32) }]
	});

	it('adds it as a draft in date order, valid with drafts allowed, and undoes it', () => {
		const history = perform(base(), { type: 'promote', draft: passage });
		expect(history.present.dataset.events.map((e) => e.id)).toEqual([
			'draft-b',
			'met',
			'draft-a',
			'draft-c'
		]);
		expect(problemsOf(history.present)).toEqual([]);
		expect(undoLabel(history)).toBe('propose “The council met” as a draft');
		expect(undo(history).present.dataset.events.some((e) => e.id === 'draft-c')).toBe(false);
	});

	it('refuses a second promotion, one that is no draft, and one whose article is gone', () => {
		const once = perform(base(), { type: 'promote', draft: passage });
		expect(() => perform(once, { type: 'promote', draft: passage })).toThrow(
			/draft-c: an event with this id is in the dataset already/
		);
		expect(() =>
			perform(base(), { type: 'promote', draft: { ...passage, draft: undefined } })
		).toThrow(ReviewError);
		const gone = {
			...passage,
			citations: [{ ...passage.citations[0], source: 'another-paper' }]
		};
		expect(() => perform(base(), { type: 'promote', draft: gone })).toThrow(
			/its article is no longer in the dataset/
		);
	});
});
