import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../data/types.ts';
import { assessDrafts } from './confidence.ts';
import { SCORER_TABLE } from './add-article.ts';
import {
	FEATURES,
	assessCandidates,
	candidateFeatures,
	fitLogistic,
	scoreCandidate,
	type Candidate,
	type ScorerTable
} from './learned.ts';
import table from './scorer-table.json' with { type: 'json' };

/** A candidate of `sentence` dated by `words` on `day`, in an article published on 2021-03-05. */
function candidate(
	sentence: string,
	words: string | undefined,
	options: { day?: string; at?: number; before?: EventRecord[] } = {}
): Candidate {
	return {
		sentence,
		dateWords: words === undefined ? undefined : { text: words, at: sentence.indexOf(words) },
		otherDateWords: [],
		date: { start: options.day ?? '2021-03-04', precision: 'day', approximate: false, basis: '' },
		earlier: [],
		at: options.at ?? 500,
		textLength: 2000,
		published: '2021-03-05',
		before: options.before ?? [],
		citationOf: false
	};
}

/** A draft of `quote` on `day`, dated by `words`, at `start` in its article. */
function draft(quote: string, words: string, day: string, start: number, n: number): EventRecord {
	return {
		id: `draft-x-${n}`,
		title: quote.slice(0, 40),
		summary: quote,
		date: { start: day, precision: 'day', approximate: false, basis: `‘${words}’ read as ${day}.` },
		topic: 't',
		kind: 'draft',
		actors: [],
		places: [],
		importance: 1,
		draft: true,
		citations: [{ source: 'x', quote, start, end: start + quote.length }]
	};
}

const feature = (c: Candidate, id: string) => {
	const i = FEATURES.findIndex((f) => f.id === id);
	if (i < 0) throw new Error(`no feature ${id}`);
	return candidateFeatures(c)[i];
};

describe('candidateFeatures on invented passages', () => {
	it('reads the rules of confidence.ts as inputs', () => {
		const remark = candidate(
			'The harbour master told reporters Tuesday that the week had been long.',
			'Tuesday'
		);
		expect(feature(remark, 'signal:remark')).toBe(1);
		expect(feature(remark, 'signals:any')).toBe(1);
		const happening = candidate('A cargo ship ran aground off the cape on Wednesday.', 'Wednesday');
		expect(feature(happening, 'signals:any')).toBe(0);
	});

	it('reads the date’s kind, its place against the publication and the clause’s tense', () => {
		const c = candidate('The ferry sank in the strait on Wednesday.', 'Wednesday');
		expect(feature(c, 'date words:weekday')).toBe(1);
		expect(feature(c, 'date words:year')).toBe(0);
		expect(feature(c, 'before publication:within a week')).toBe(1);
		expect(feature(c, 'before publication:years')).toBe(0);
		expect(feature(c, 'clause:tells a happening')).toBe(1);
		const old = candidate('The mill closed in March 1998 after a fire.', 'March 1998', {
			day: '1998-03'
		});
		expect(feature(old, 'before publication:years')).toBe(1);
		const plan = candidate('The council will vote on the budget on Friday.', 'Friday', {
			day: '2021-03-12'
		});
		expect(feature(plan, 'clause:modal or plan')).toBe(1);
		expect(feature(plan, 'after publication')).toBe(1);
	});

	it('tells a caption, a quote, a saying verb and a passage with no date words apart', () => {
		const caption = candidate(
			'Fishermen are seen near a flooded pier in a coastal village, March 3, 2021.',
			'March 3, 2021',
			{ day: '2021-03-03' }
		);
		expect(feature(caption, 'sentence:caption wording')).toBe(1);
		const said = candidate('“We lost everything,” a farmer said on Monday.', 'Monday');
		expect(feature(said, 'sentence:quotes')).toBe(1);
		expect(feature(said, 'sentence:saying verb')).toBe(1);
		const news = candidate('The water board has shut the reservoir.', undefined);
		expect(feature(news, 'date:by publication')).toBe(1);
	});

	it('reads the passage’s place in the article and what came before it', () => {
		const first = candidate('A storm struck the coast on Monday.', 'Monday', { at: 10 });
		expect(feature(first, 'place:first tenth')).toBe(1);
		expect(feature(first, 'place:first candidate')).toBe(1);
		const again = candidate('The storm struck the coast on Monday, cutting power.', 'Monday', {
			at: 1900,
			before: [draft('A storm struck the coast on Monday.', 'Monday', '2021-03-04', 10, 1)]
		});
		expect(feature(again, 'place:last fifth')).toBe(1);
		expect(feature(again, 'repeat:same day earlier')).toBe(1);
		expect(feature(again, 'repeat:words of an earlier candidate')).toBe(1);
	});

	it('keeps every feature in [0, 1], so one L2 strength fits them all', () => {
		const c = candidate('Troops entered the town at 10:30 on Monday, the army said.', 'Monday');
		for (const v of candidateFeatures(c)) expect(v >= 0 && v <= 1).toBe(true);
		expect(candidateFeatures(c)).toHaveLength(FEATURES.length);
	});
});

describe('fitLogistic', () => {
	// Feature 0 tells the label; feature 1 is noise.
	const rows = [
		[1, 0],
		[1, 1],
		[0, 0],
		[0, 1],
		[1, 0],
		[0, 1]
	];
	const labels = [1, 1, 0, 0, 1, 0];

	it('is deterministic: the same rows give the same weights', () => {
		const a = fitLogistic(rows, labels, { lambda: 0.01, steps: 500 });
		const b = fitLogistic(rows, labels, { lambda: 0.01, steps: 500 });
		expect(b).toEqual(a);
	});

	it('learns the feature that tells the label, and shrinks the weights with a stronger L2', () => {
		const weak = fitLogistic(rows, labels, { lambda: 0.001, steps: 2000 });
		const strong = fitLogistic(rows, labels, { lambda: 1, steps: 2000 });
		expect(weak.weights[0]).toBeGreaterThan(2);
		expect(Math.abs(weak.weights[1])).toBeLessThan(weak.weights[0] / 2);
		expect(Math.abs(strong.weights[0])).toBeLessThan(weak.weights[0] / 4);
	});

	it('leaves out a row of weight 0 (an optional happening)', () => {
		const flipped = fitLogistic([...rows, [1, 0]], [...labels, 0], {
			lambda: 0.01,
			steps: 500,
			weights: [...labels.map(() => 1), 0]
		});
		expect(flipped).toEqual(fitLogistic(rows, labels, { lambda: 0.01, steps: 500 }));
	});
});

describe('the scorer table the pipeline reads', () => {
	it('is scorer-table.json, with a weight for every feature', () => {
		expect(SCORER_TABLE).toEqual(table);
		for (const f of FEATURES) expect(SCORER_TABLE.weights[f.id]).toBeTypeOf('number');
	});

	it('refuses a table that lacks a feature’s weight, naming it', () => {
		const stale: ScorerTable = { ...SCORER_TABLE, weights: {} };
		expect(() => scoreCandidate(stale, candidateFeatures(candidate('A', undefined)))).toThrow(
			/no weight for signal:/
		);
	});

	const drafts = [
		draft('A cargo ship ran aground off the cape on Wednesday.', 'Wednesday', '2021-03-03', 0, 1),
		draft(
			'The harbour master told reporters Thursday that the week had been long.',
			'Thursday',
			'2021-03-04',
			60,
			2
		)
	];
	const context = { textLength: 200, published: '2021-03-05' };

	it('decides as the rules do while it is not adopted', () => {
		const rules = assessDrafts(drafts, () => []);
		const split = assessCandidates(drafts, () => [], {
			...context,
			table: { ...SCORER_TABLE, adopted: false }
		});
		expect(split.proposed).toEqual(rules.proposed);
		expect(split.setApart).toEqual(rules.setApart);
		expect(split.candidates.map((c) => c.rule?.signal)).toEqual([undefined, 'remark']);
	});

	it('decides by the probability once adopted, saying why it set a passage apart', () => {
		// A table that weighs only a verb of saying against a passage.
		const weights = Object.fromEntries(FEATURES.map((f) => [f.id, 0]));
		weights['sentence:saying verb'] = -4;
		const adopted: ScorerTable = {
			...SCORER_TABLE,
			adopted: true,
			threshold: 0.5,
			bias: 2,
			weights
		};
		const said = draft(
			'The pilot said Friday the ship had run aground.',
			'Friday',
			'2021-03-05',
			140,
			3
		);
		const split = assessCandidates([...drafts, said], () => [], { ...context, table: adopted });
		expect(split.proposed.map((d) => d.id)).toEqual(['draft-x-1']);
		// The rule's reason when a rule applies, else the scorer's own.
		expect(split.setApart.map((s) => s.signal)).toEqual(['remark', 'learned']);
		expect(split.setApart[1].reason).toBe(
			'the learned scorer rates it 12 % likely an event (proposed from 50 %)'
		);
		expect(split.candidates[0].probability).toBeCloseTo(1 / (1 + Math.exp(-2)));
		// The rules alone propose it: the scorer, not the rules, set it apart.
		expect(assessDrafts([said], () => []).proposed).toHaveLength(1);
	});
});
