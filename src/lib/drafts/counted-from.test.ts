import { describe, expect, it } from 'vitest';
import { draftEvents } from './add-article.ts';
import { countDate, findCountedSteps, newsComesAfter, tellsAnchor } from './counted-from.ts';

// Every sentence here is invented for these tests; none is taken from a held-out article.

describe('findCountedSteps', () => {
	it.each([
		[
			'The mayor was fined in May, two months after leaving office.',
			'two months after',
			'leaving office',
			'gerund'
		],
		[
			'The plant closes just three weeks after a fire gutted its warehouse.',
			'just three weeks after',
			'a fire gutted its warehouse',
			'phrase'
		],
		[
			'He returned 10 days before the hearing began; nobody noticed.',
			'10 days before',
			'the hearing began',
			'phrase'
		]
	])('reads the duration and its anchor in %j', (sentence, words, anchor, kind) => {
		const [step] = findCountedSteps(sentence);
		expect(step.text).toBe(words);
		expect(sentence.slice(step.start, step.end)).toBe(words);
		expect(step.anchor.text).toBe(anchor);
		expect(sentence.slice(step.anchor.start, step.anchor.end)).toBe(anchor);
		expect(step.anchorKind).toBe(kind);
	});

	it('takes no -ing word that is not a happening, nor a count of zero', () => {
		expect(findCountedSteps('It opened two days after morning prayers.')).toEqual([]);
		expect(findCountedSteps('It rained three days during spring.')).toEqual([]);
		expect(findCountedSteps('The bridge reopened 0 days after the flood.')).toEqual([]);
	});
});

describe('countDate', () => {
	it.each([
		// from, count, unit, direction → start, end, precision, approximate
		[
			'day back over a month end',
			{ year: 2021, month: 3, day: 2 },
			3,
			'day',
			-1,
			{ year: 2021, month: 2, day: 27 },
			undefined,
			'day',
			false
		],
		[
			'weeks from a day: a day, approximate',
			{ year: 2023, month: 10, day: 27 },
			3,
			'week',
			-1,
			{ year: 2023, month: 10, day: 6 },
			undefined,
			'day',
			true
		],
		[
			'months back over a year end',
			{ year: 2016, month: 6 },
			9,
			'month',
			-1,
			{ year: 2015, month: 9 },
			undefined,
			'month',
			true
		],
		[
			'months from a day: a month',
			{ year: 2020, month: 1, day: 31 },
			1,
			'month',
			1,
			{ year: 2020, month: 2 },
			undefined,
			'month',
			true
		],
		[
			'days from a month may reach the next',
			{ year: 2022, month: 4 },
			10,
			'day',
			1,
			{ year: 2022, month: 4 },
			{ year: 2022, month: 5 },
			'month',
			true
		],
		['years from a year', { year: 1999 }, 2, 'year', 1, { year: 2001 }, undefined, 'year', true]
	] as const)('%s', (_, from, count, unit, direction, start, end, precision, approximate) => {
		expect(countDate(from, count, unit, direction)).toEqual({
			start,
			...(end ? { end } : {}),
			precision,
			approximate
		});
	});
});

describe('tellsAnchor and newsComesAfter', () => {
	it('tells the same happening by a shared stem, not by common words', () => {
		expect(tellsAnchor('resigning from the board', 'She resigned on 4 March 2019.')).toBe(true);
		expect(tellsAnchor('the flooding of the valley', 'The storm hit on Monday.')).toBe(false);
	});
	it('reads "comes" before the count as the news of the day', () => {
		const sentence = 'The closure comes two weeks after a leak was found.';
		expect(newsComesAfter(sentence, findCountedSteps(sentence)[0])).toBe(true);
		const past = 'The closure came two weeks after a leak was found.';
		expect(newsComesAfter(past, findCountedSteps(past)[0])).toBe(false);
	});
});

describe('draftEvents with counted steps', () => {
	const source = { id: 'paper', topic: 'harbour' };
	const draftsOf = (text: string, published = { year: 2024, month: 6, day: 12 }) =>
		draftEvents(text, published, source);

	it('dates a gerund anchor back from the date of the sentence’s own happening', () => {
		const text =
			'The director was charged in March 2023, nine months after resigning from the port board.';
		const events = draftsOf(text).flatMap((s) => s.events);
		const resigned = events.find((e) => e.date.start === '2022-06');
		expect(resigned?.date).toMatchObject({ precision: 'month', approximate: true });
		expect(resigned?.date.basis).toContain('nine months after');
		expect(resigned?.date.basis).toContain('March 2023');
		expect(events.some((e) => e.date.start === '2023-03')).toBe(true);
	});

	it('dates what the news "comes" after by the publication, to an approximate day', () => {
		const text = 'The closure comes just three weeks after a gas leak forced the terminal to shut.';
		const events = draftsOf(text).flatMap((s) => s.events);
		expect(events.map((e) => [e.date.start, e.date.precision, e.date.approximate])).toEqual([
			['2024-05-22', 'day', true]
		]);
		expect(events[0].date.basis).toContain('published 2024-06-12');
	});

	it('counts the sentence’s own happening from an anchor an earlier sentence dates', () => {
		const text =
			'The harbour master resigned on 3 May 2024. An inquiry was opened two weeks after resigning was announced.';
		const events = draftsOf(text).flatMap((s) => s.events);
		const opened = events.find((e) => e.summary.startsWith('An inquiry'));
		expect(opened?.date).toMatchObject({
			start: '2024-05-17',
			precision: 'day',
			approximate: true
		});
		expect(opened?.date.basis).toContain('an earlier sentence dates');
	});

	it('lists a step nothing dates as needing a date, never drops it', () => {
		const text = 'Two clerks quit a week after the merger talks collapsed.';
		const sentences = draftsOf(text);
		expect(sentences.flatMap((s) => s.events)).toEqual([]);
		expect(sentences.flatMap((s) => s.needsDate ?? []).map((n) => n.dateWords.text)).toEqual([
			'a week after'
		]);
	});
});
