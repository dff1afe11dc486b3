import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPartialDate, parsePartialDate } from '../data/civil-date.ts';
import { tagDates } from '../tagger/tagger.ts';
import { findFurniture } from './furniture.ts';
import { dateOfUrl, inferPublication } from './published.ts';

const DEV = 'tests/fixtures/drafts-dev';
const EXPECTED = JSON.parse(readFileSync(`${DEV}/expected.json`, 'utf8')).articles as Record<
	string,
	{ url: string; published: { date: string; confidence: string } }
>;

function infer(text: string, options: { given?: string; url?: string } = {}) {
	return inferPublication(text, findFurniture(text), tagDates(text, '2000'), {
		given: options.given ? parsePartialDate(options.given)! : undefined,
		url: options.url
	});
}

describe('inferPublication on the development set', () => {
	it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
		const text = readFileSync(`${DEV}/${file}`, 'utf8');
		const found = infer(text, { url: expected.url })!;
		expect({ date: formatPartialDate(found.date), confidence: found.confidence }).toEqual(
			expected.published
		);
		for (const passage of found.evidence)
			expect(text.slice(passage.start, passage.end)).toBe(passage.quote);
		if (found.confidence === 'stated') expect(found.evidence).toHaveLength(1);
	});
});

describe('inferPublication', () => {
	const BYLINE =
		'Strikes resume\nBy Jane Doe, Jan. 29, 2024\nTroops withdrew on Monday, officials said.';

	it('reads a stored copy’s metadata line as strong evidence, never as stated in the article', () => {
		const text =
			' date 2022-06-14 Floods close the valley road\nRiver levels rose on Monday, officials said.';
		expect(infer(text)).toMatchObject({
			date: { year: 2022, month: 6, day: 14 },
			how: 'inferred',
			confidence: 'high',
			evidence: [{ quote: ' date 2022-06-14', start: 0, end: 16 }]
		});
		// The article's own line still states it, and wins.
		expect(infer(`${text}\nPublished: June 14, 2022 10:02 AM`)).toMatchObject({
			confidence: 'stated',
			how: 'stated'
		});
	});

	it('reads weekdays the text names after a photo’s date as days after it, when nothing else dates the page', () => {
		const text = [
			'A girl waits at a clinic in Dunmore on Monday, May 2, 2022. (AP Photo/Jane Doe)',
			'The toll rose to 412, officials said Wednesday.',
			'Aid flights resumed on Thursday morning.'
		].join('\n');
		const found = infer(text)!;
		expect(found).toMatchObject({
			date: { year: 2022, month: 5, day: 5 },
			how: 'inferred',
			confidence: 'low'
		});
		expect(found.basis).toMatch(/a photo's, 2022-05-02 .* Wednesday and Thursday after it/);
		for (const p of found.evidence) expect(text.slice(p.start, p.end)).toBe(p.quote);
		// A date in the body is no photo's: the weekdays may be before it.
		expect(
			infer('Troops left on Monday, May 2, 2022.\nThe toll rose, officials said Wednesday.')
		).toMatchObject({ date: { year: 2022, month: 5, day: 2 } });
	});

	it('reads a wire credit’s date in digits as stated, over the page date shown above it', () => {
		const text = [
			'Friday 9 March 2018',
			'Court upholds ban on rally',
			'(AFP (eng) 11/16/17)',
			'A court upheld a ban on an opposition rally, a lawyer said Thursday.'
		].join('\n');
		const found = infer(text)!;
		expect(found).toMatchObject({
			date: { year: 2017, month: 11, day: 16 },
			how: 'stated',
			evidence: [{ quote: '(AFP (eng) 11/16/17)' }]
		});
		expect(found.basis).toBe('Stated in its byline: “(AFP (eng) 11/16/17)”.');
	});

	it('prefers a labelled publication line to the page date a page shows above it', () => {
		const text =
			'Saturday, September 21, 2024\nStrikes resume\nPublished on: November 17, 2018 18:30 IST\nJets struck on Saturday.';
		expect(infer(text)).toMatchObject({
			date: { year: 2018, month: 11, day: 17 },
			confidence: 'stated'
		});
	});

	it('records a given date as given, and warns when the article says otherwise, naming both', () => {
		const found = infer(BYLINE, { given: '2024-02-28' })!;
		expect(found).toMatchObject({
			how: 'given',
			confidence: 'given',
			date: { year: 2024, month: 2, day: 28 }
		});
		expect(found.warnings).toEqual([
			"--published 2024-02-28 contradicts the article's “By Jane Doe, Jan. 29, 2024” (2024-01-29); the given date is kept"
		]);
	});

	it('records a given date the article states as stated, with its passage', () => {
		const found = infer(BYLINE, { given: '2024-01-29' })!;
		expect(found).toMatchObject({ how: 'stated', warnings: [] });
		expect(found.evidence[0].quote).toBe('By Jane Doe, Jan. 29, 2024');
	});

	it('never calls a date stated when the text states none', () => {
		const text = 'Troops withdrew on Monday, officials said. The deal was signed on March 3, 2015.';
		const fromUrl = infer(text, { url: 'https://example.org/news/2015/03/09/withdrawal' })!;
		expect(fromUrl).toMatchObject({
			how: 'inferred',
			confidence: 'high',
			date: { year: 2015, month: 3, day: 9 }
		});
		const latest = infer(text)!;
		expect(latest).toMatchObject({
			how: 'inferred',
			confidence: 'low',
			date: { year: 2015, month: 3, day: 3 }
		});
		expect(latest.evidence[0].quote).toBe('March 3, 2015');
		expect(infer('Troops withdrew on Monday, officials said.')).toBeUndefined();
	});
});

describe('dateOfUrl', () => {
	it.each([
		['https://example.org/2024/01/29/strikes', '2024-01-29'],
		['https://example.org/2013/apr/22/in-brief/', '2013-04-22'],
		['https://example.org/news/2014/07/rebels-ceasefire', '2014-07'],
		['https://example.org/2008/08/28-civilians-killed.html', '2008-08'],
		['https://example.org/story-2019-04-09-libya', '2019-04-09'],
		['https://example.org/sports/2011-03/07/content_1234567.htm', '2011-03-07'],
		['https://example.org/article/1729960', undefined],
		['https://example.org/2024/13/40/x', undefined]
	])('%s → %s', (url, date) => {
		const found = dateOfUrl(url);
		expect(found ? formatPartialDate(found.date) : undefined).toBe(date);
	});
});
