import { describe, expect, it } from 'vitest';
import { findEvents } from './pipeline.ts';
import { newTimeline } from './working.ts';

const EMPTY = newTimeline('Test timeline').dataset;

// Invented text, written for this test; not a real report.
const ARTICLE = [
	'Road closed after convoy attack',
	'',
	'Two soldiers died a day after the attack on the convoy, officials said.',
	'The army reopened the road on 1 March 2021.'
].join('\n');

describe('findEvents', () => {
	it('drafts the dated happening and lists the one whose date the text does not give', () => {
		const result = findEvents({
			dataset: EMPTY,
			texts: {},
			articles: [{ name: 'pasted text', text: ARTICLE }],
			fields: { published: '2021-03-03', outlet: 'Test outlet' }
		});
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		const drafts = result.dataset.events.filter((e) => result.draftIds.includes(e.id));
		expect(drafts.map((d) => d.date.start)).toContain('2021-03-01');
		expect(result.added[0].needsDate.map((n) => n.citation.quote)).toEqual([
			'Two soldiers died a day after the attack on the convoy, officials said.'
		]);
	});

	it("says what is missing in the panel's words", () => {
		const result = findEvents({ dataset: EMPTY, texts: {}, articles: [], fields: {} });
		expect(result).toEqual({ ok: false, problems: ['Paste an article, or choose a file'] });
	});
});
