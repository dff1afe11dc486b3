import { describe, expect, it } from 'vitest';
import { findNewsVerb, publicationWindow } from './news.ts';

describe('findNewsVerb', () => {
	it.each([
		['The coalition has declared an end to the ceasefire with the US.', 'has declared', 'perfect'],
		['Rebels have now seized the airport in the north.', 'have now seized', 'perfect'],
		[
			'The ministry said in a statement that two soldiers were wounded.',
			'said in a statement',
			'statement'
		],
		[
			'The group announced on its channels that it would widen its attacks.',
			'announced on its channels',
			'statement'
		],
		// A regular verb the list of happenings lacks: proposed, and weighed by the confidence.
		['The observatory has raised the alert level to orange.', 'has raised', 'perfect'],
		[
			'The water board posted a statement to its website that the supply was cut.',
			'posted a statement',
			'statement'
		]
	])('finds the news in %j', (sentence, words, shape) => {
		expect(findNewsVerb(sentence)).toMatchObject({ words, shape, at: sentence.indexOf(words) });
	});

	it.each([
		['a relative clause', 'The group, which has claimed dozens of attacks, is based in Baghdad.'],
		['a subordinate clause', 'If the army has seized the town, the road is cut.'],
		['a modal', 'Officials fear the militia could have launched more drones.'],
		['a quotation', '“We have declared war on corruption,” the minister said.'],
		[
			'a quotation after a conjunction',
			'But "the dam has held so far," the agency said in a statement, without giving figures.'
		],
		['a question', 'Has the truce ended?'],
		['a state, not a happening', 'The town has been quiet for weeks.'],
		['an attempt, not a happening', 'The ferry crew have tried to reach the harbour.'],
		['a remark, not a happening', 'The mayor has called for calm in the old town.'],
		['a past verb outside the lede', 'Militants attacked a small town in central Libya.']
	])('finds none in %s', (_, sentence) => {
		expect(findNewsVerb(sentence)).toBeUndefined();
	});

	it('reads the lede’s reporting or past happening verb as the news, but only in the lede', () => {
		const lede =
			'BENGHAZI, Libya — A lawmaker says militants attacked a small town, killing three.';
		expect(findNewsVerb(lede, true)).toMatchObject({ words: 'says', shape: 'lede' });
		expect(findNewsVerb(lede, false)).toBeUndefined();
		expect(findNewsVerb('Insiders have told reporters the jury may sit late.')).toBeUndefined();
		expect(findNewsVerb('The judge has told jurors to take their time.', true)).toMatchObject({
			words: 'told'
		});
	});

	it('reads no participle after “being” nor an infinitive as the lede’s verb', () => {
		// A caption without its credit, first on the page: no finite verb, no news.
		expect(
			findNewsVerb('A young heron, being released into the reeds on Ormont Island, Veldavia.', true)
		).toBeUndefined();
		expect(findNewsVerb('Forty hostages are to be released from the camp.', true)).toBeUndefined();
		// A passive perfect is finite: "have been released" is the news.
		expect(findNewsVerb('Forty hostages have been released from the camp.', true)).toMatchObject({
			words: 'released',
			shape: 'lede'
		});
	});

	it('reads an attribution that closes the lede as the news, even after a subordinate clause', () => {
		const lede =
			'A bakery chain is withdrawing three breads from its shops after they were found to hold glass, the food agency announced.';
		expect(findNewsVerb(lede, true)).toMatchObject({
			words: 'announced',
			shape: 'lede',
			at: lede.lastIndexOf('announced')
		});
		expect(findNewsVerb(lede, false)).toBeUndefined();
		// A forecast closed by its attribution has not happened.
		expect(
			findNewsVerb(
				'The river will crest at noon after the rain stops, the weather office said.',
				true
			)
		).toBeUndefined();
	});
});

describe('publicationWindow', () => {
	it('dates the news to the week that ends on a day-precise publication, approximate, saying why', () => {
		expect(publicationWindow({ year: 2024, month: 3, day: 4 }, { words: 'has declared' })).toEqual({
			start: '2024-02-27',
			end: '2024-03-04',
			precision: 'day',
			approximate: true,
			basis:
				'No date word of its own: reported as just happened (‘has declared’) in an article published on 2024-03-04 → the week up to its publication, 2024-02-27 to 2024-03-04.'
		});
	});

	it('keeps a publication known to the month at the month', () => {
		expect(
			publicationWindow({ year: 2014, month: 7 }, { words: 'said in a statement' })
		).toMatchObject({
			start: '2014-07',
			precision: 'month',
			approximate: true
		});
		expect(publicationWindow({ year: 2014 }, { words: 'has ended' }).precision).toBe('year');
	});
});
