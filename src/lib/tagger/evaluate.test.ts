import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	evaluate,
	formatReport,
	locateExpected,
	parseDevSet,
	scoreItem,
	type DevItem,
	type FoundMention,
	type Tagger
} from './evaluate.ts';
import { tagDates } from './tagger.ts';
import devSet from './dev-set.json';

function item(
	sentence: string,
	expected: DevItem['expected'],
	overrides: Partial<DevItem> = {}
): DevItem {
	return {
		id: 'item',
		origin: 'written',
		kind: 'test',
		documentDate: '2024-07-01',
		sentence,
		expected,
		...overrides
	};
}

/** A found mention of `text` in `sentence`. */
function found(
	sentence: string,
	text: string,
	value: string,
	extra: Partial<FoundMention> = {}
): FoundMention {
	const start = sentence.indexOf(text);
	return { start, end: start + text.length, text, value, approximate: false, ...extra };
}

describe('scoreItem', () => {
	const sentence = 'Protests erupted in late 2019 and again last year.';

	it('counts a mention found with the right value as matched and correct', () => {
		const { tally, failures } = scoreItem(
			item(sentence, [{ text: 'late 2019', value: '2019', mod: 'END' }]),
			[found(sentence, 'late 2019', '2019', { mod: 'END' })]
		);
		expect(tally).toMatchObject({
			expected: 1,
			found: 1,
			matched: 1,
			valueCorrect: 1,
			fullyCorrect: 1
		});
		expect(failures).toEqual([]);
	});

	it('matches by overlap, so a shorter or longer extent still counts', () => {
		const { tally } = scoreItem(item(sentence, [{ text: 'late 2019', value: '2019' }]), [
			found(sentence, '2019', '2019')
		]);
		expect(tally).toMatchObject({ matched: 1, valueCorrect: 1 });
	});

	it('reports a wrong value, a missed mention and a spurious one', () => {
		const expected = [
			{ text: 'late 2019', value: '2019' },
			{ text: 'last year', value: '2023' }
		];
		const { tally, failures } = scoreItem(item(sentence, expected), [
			found(sentence, 'late 2019', '2018'),
			found(sentence, 'Protests', '2000')
		]);
		expect(tally).toMatchObject({ expected: 2, found: 2, matched: 1, valueCorrect: 0 });
		expect(failures.map((failure) => failure.type)).toEqual(['wrong-value', 'missed', 'spurious']);
	});

	it('counts a right value with a wrong end, mod or approximate flag as a detail failure only', () => {
		const { tally, failures } = scoreItem(
			item(sentence, [{ text: 'late 2019', value: '2019', mod: 'END', approximate: false }]),
			[found(sentence, 'late 2019', '2019', { approximate: true })]
		);
		expect(tally).toMatchObject({ valueCorrect: 1, fullyCorrect: 0 });
		expect(failures).toHaveLength(1);
		expect(failures[0].type).toBe('wrong-detail');
		expect(failures[0].detail).toContain('mod none, expected END');
		expect(failures[0].detail).toContain('approximate true, expected false');
	});

	it('does not check the approximate flag when the item does not give it', () => {
		const { tally } = scoreItem(item(sentence, [{ text: 'last year', value: '2023' }]), [
			found(sentence, 'last year', '2023', { approximate: true })
		]);
		expect(tally.fullyCorrect).toBe(1);
	});

	it('pairs mentions one to one, the largest overlap first', () => {
		const text = 'From March to May 2024, aid stopped.';
		const { tally, failures } = scoreItem(
			item(text, [{ text: 'From March to May 2024', value: '2024-03', endValue: '2024-05' }]),
			[found(text, 'March', '2024-03'), found(text, 'May 2024', '2024-05')]
		);
		expect(tally).toMatchObject({ matched: 1, valueCorrect: 0 });
		expect(failures.map((failure) => failure.type)).toEqual(['wrong-value', 'spurious']);
	});
});

describe('evaluate', () => {
	const items: DevItem[] = [
		item('It happened in 2020.', [{ text: '2020', value: '2020' }], { id: 'a', kind: 'year' }),
		item('They met last year.', [{ text: 'last year', value: '2023' }], {
			id: 'b',
			kind: 'relative'
		}),
		item('About 1,000 fighters.', [], { id: 'c', kind: 'negative', origin: 'article' })
	];

	it('scores value accuracy over all expected mentions and detection by overlap', () => {
		// A tagger that gets 2020 right, misses "last year" and invents a date in the negative item.
		const tagger: Tagger = (text) =>
			text.includes('2020')
				? [found(text, '2020', '2020')]
				: text.includes('1,000')
					? [found(text, '1,000', '1000')]
					: [];
		const report = evaluate(items, tagger);
		expect(report).toMatchObject({ items: 3, expected: 2, found: 2, matched: 1, valueCorrect: 1 });
		expect(report.valueAccuracy).toBe(0.5);
		expect(report.precision).toBe(0.5);
		expect(report.recall).toBe(0.5);
		expect(report.f1).toBe(0.5);
		expect(report.byKind.relative.valueAccuracy).toBe(0);
		expect(report.byKind.year.valueAccuracy).toBe(1);
		expect(report.byOrigin.article).toMatchObject({ expected: 0, found: 1, precision: 0 });
		expect(report.failures.map((failure) => failure.id)).toEqual(['b', 'c']);
	});

	it('gives a perfect score to a perfect tagger, and 1 for ratios over nothing', () => {
		const report = evaluate([items[2]], () => []);
		expect(report).toMatchObject({ valueAccuracy: 1, precision: 1, recall: 1, failures: [] });
	});

	it('formats the figures and every failure', () => {
		const report = evaluate(items, () => []);
		const text = formatReport(report).join('\n');
		expect(text).toContain('Value accuracy 0.0 % (0/2)');
		expect(text).toContain('missed: missed ‘last year’ (2023)');
	});
});

describe('parseDevSet', () => {
	it('accepts items and finds each expected text in its sentence', () => {
		const parsed = parseDevSet({ items: [item('in 2020', [{ text: '2020', value: '2020' }])] });
		expect(parsed).toHaveLength(1);
		expect(locateExpected('2020 and 2020', { text: '2020', value: '2020', occurrence: 2 })).toEqual(
			{
				start: 9,
				end: 13
			}
		);
	});

	it('lists every problem', () => {
		expect(() =>
			parseDevSet({
				items: [
					item('in 2020', [{ text: '2021', value: '2021' }]),
					{ id: 'item', sentence: 3, expected: 'none' }
				]
			})
		).toThrow(/‘2021’ is not in the sentence[\s\S]*sentence must be a string[\s\S]*duplicate id/);
		expect(() => parseDevSet('nothing')).toThrow(/items array/);
	});
});

describe('the development set', () => {
	const items = parseDevSet(devSet);
	// Paths from the repository root, where the tests run.
	const events = JSON.parse(readFileSync('events.json', 'utf8'));

	it('is large and varied: every kind, negatives, and the articles', () => {
		const written = items.filter((entry) => entry.origin !== 'article');
		expect(written.length).toBeGreaterThanOrEqual(120);
		const kinds = new Set(items.map((entry) => entry.kind));
		for (const kind of [
			'full-date',
			'month-year',
			'bare-month',
			'year',
			'relative',
			'weekday',
			'season',
			'quarter',
			'decade',
			'qualifier',
			'range',
			'approximate',
			'anaphoric',
			'negative'
		]) {
			expect(kinds).toContain(kind);
		}
		expect(items.filter((entry) => entry.kind === 'negative').length).toBeGreaterThanOrEqual(20);
	});

	it('quotes the articles verbatim, from every source of events.json', () => {
		const articleItems = items.filter((entry) => entry.origin === 'article');
		const sources = new Map<string, { file: string; published: { date: string } }>(
			events.sources.map((source: { id: string; file: string; published: { date: string } }) => [
				source.id,
				source
			])
		);
		expect(new Set(articleItems.map((entry) => entry.source))).toEqual(new Set(sources.keys()));
		for (const entry of articleItems) {
			const source = sources.get(entry.source!)!;
			const text = readFileSync(`sources/${source.file}`, 'utf8');
			expect(text, entry.id).toContain(entry.sentence);
			// The document date is the source's, except for the AP story appended to one page.
			if (entry.documentDate !== source.published.date)
				expect(entry.note, entry.id).toMatch(/AP story/);
		}
	});

	it('is tagged with at least 95 % value accuracy', () => {
		const report = evaluate(items, (text, documentDate) => tagDates(text, documentDate));
		expect(report.valueAccuracy).toBeGreaterThanOrEqual(0.95);
		expect(report.precision).toBeGreaterThanOrEqual(0.95);
		expect(report.recall).toBeGreaterThanOrEqual(0.95);
	});
});
