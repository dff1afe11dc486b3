/**
 * add-article on the drafting development set (`tests/fixtures/drafts-dev/`): real pages with
 * their furniture, given only their URL. Tune on these; the held-out set is for eval:drafts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../src/lib/data/civil-date.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { findFurniture } from '../src/lib/drafts/furniture.ts';
import { addArticle, draftEvents } from './add-article-lib.ts';

const DEV = 'tests/fixtures/drafts-dev';
const EXPECTED = JSON.parse(readFileSync(`${DEV}/expected.json`, 'utf8')).articles as Record<
	string,
	{ url: string; published: { date: string; confidence: string }; drafts: string[]; title?: string }
>;
const DATASET = readFileSync('events.json', 'utf8');
const SOURCE_TEXTS = new Map(
	readdirSync('sources')
		.filter((name) => !name.startsWith('.'))
		.map((name) => [name, readFileSync(join('sources', name), 'utf8')])
);

describe('add-article on the development set, with no --published', () => {
	it.each(Object.entries(EXPECTED))(
		'%s: the publication date, and one draft per dated happening',
		(file, expected) => {
			const text = readFileSync(`${DEV}/${file}`, 'utf8');
			const result = addArticle(JSON.parse(DATASET) as DatasetFile, text, {
				url: expected.url,
				sourceTexts: SOURCE_TEXTS
			});
			expect(result.source.published).toMatchObject(expected.published);
			// The default title is the first line that is not furniture (the headline, on most pages).
			if (expected.title) expect(result.source.title).toBe(expected.title);
			expect(result.drafts.map((d) => d.date.start).sort()).toEqual([...expected.drafts].sort());
			const furniture = findFurniture(text);
			for (const draft of result.drafts) {
				const quote = draft.citations[0];
				expect(text.slice(quote.start, quote.end)).toBe(quote.quote);
				// No draft is only furniture: its sentence says more than the page's own date.
				expect(furniture.some((f) => f.start <= quote.start && quote.end <= f.end)).toBe(false);
				// A title ends on a word of the text (or a closing quote), never on a cut-off fragment.
				expect(draft.title).toMatch(/[\p{L}\p{N}"”’)]…?$/u);
				const lastWord = /([\p{L}\p{N}]+)\W*…?$/u.exec(draft.title)![1];
				expect(quote.quote).toMatch(new RegExp(`\\b${lastWord}\\b`, 'u'));
			}
		}
	);
});

describe('one happening, one draft', () => {
	const text = [
		'Rebels shelled the port of Alvara on Monday, killing four fishermen.',
		'A fisherman mends a net in Alvara, where rebels shelled the port on Monday, killing four fishermen. (Photo: J. Doe)',
		'The governor visited the port on Monday and promised aid.'
	].join('\n');

	it('makes a caption that restates the body a second citation of the body’s draft', () => {
		const drafts = draftEvents(
			text,
			{ year: 2021, month: 3, day: 3 },
			{ id: 'x', topic: 't' }
		).flatMap((s) => s.events);
		expect(drafts).toHaveLength(2);
		expect(drafts[0].citations.map((c) => c.quote)).toEqual([
			'Rebels shelled the port of Alvara on Monday, killing four fishermen.',
			'A fisherman mends a net in Alvara, where rebels shelled the port on Monday, killing four fishermen.'
		]);
		for (const c of drafts[0].citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
		// Another happening of the same day stays a draft of its own.
		expect(drafts[1].citations[0].quote).toBe(
			'The governor visited the port on Monday and promised aid.'
		);
	});
});

describe('one happening named twice, in other words', () => {
	const drafts = (text: string) =>
		draftEvents(text, { year: 2021, month: 3, day: 3 }, { id: 'x', topic: 't' }).flatMap(
			(s) => s.events
		);

	it('is one draft, dated by the finer of its two dates', () => {
		const found = drafts(
			[
				'The general was ousted from power last year after weeks of protests.',
				'Unions that backed his ouster last May now call for new elections.'
			].join('\n')
		);
		expect(found).toHaveLength(1);
		expect(found[0].date).toMatchObject({ start: '2020-05', precision: 'month' });
		expect(found[0].citations.map((c) => c.quote.slice(0, 20))).toEqual([
			'Unions that backed h',
			'The general was oust'
		]);
	});

	it('is one draft when two sentences name the same day’s vote', () => {
		const found = drafts(
			[
				'Counting began after the vote on Monday, officials said.',
				'Long queues formed before the polls closed on Monday evening.'
			].join('\n')
		);
		expect(found).toHaveLength(1);
		expect(found[0].citations).toHaveLength(2);
	});

	it('stays two drafts for two kinds of happening, or two candidates', () => {
		expect(
			drafts('The quake struck on Monday.\nA strong aftershock hit the valley on Monday.')
		).toHaveLength(2);
		expect(
			drafts(
				'A storm hit the north coast on Monday.\nA second storm reached the south on Monday.\nThe storm on Monday cut power.'
			)
		).toHaveLength(3);
	});
});

describe('a lede and a later sentence that dates its happening', () => {
	const drafts = (text: string) =>
		draftEvents(text, { year: 2021, month: 3, day: 3 }, { id: 'x', topic: 't' }).flatMap(
			(s) => s.events
		);
	const LEDE = 'Rebels attacked the port of Alvara, killing four fishermen, officials say.';

	it('are one draft with two citations, dated by the later sentence', () => {
		const found = drafts(`${LEDE}\nThe governor said on Monday that the attack began at dawn.`);
		expect(found).toHaveLength(1);
		expect(found[0].date.start).toBe('2021-03-01');
		expect(found[0].citations.map((c) => c.quote)).toEqual([
			'The governor said on Monday that the attack began at dawn.',
			LEDE
		]);
	});

	it('stay apart when the dated sentence lies outside the week of the publication', () => {
		const found = drafts(`${LEDE}\nRebels had also attacked the town in October.`);
		expect(found.map((d) => d.date.start)).toEqual(['2021-02-25', '2020-10']);
	});

	it('stay apart when two dated sentences could be the one', () => {
		const found = drafts(
			`${LEDE}\nThe attack began on Monday.\nA second attack on the harbour followed on Tuesday.`
		);
		expect(found).toHaveLength(3);
	});
});

describe('the publication date of an article with no furniture and no URL', () => {
	it('is inferred from the latest date it reports, with low confidence, never stated', () => {
		const text =
			'Troops withdrew from the town on March 3, 2015, officials said.\nThe deal was signed on 1 February 2015.';
		const result = addArticle(JSON.parse(DATASET) as DatasetFile, text, {
			sourceTexts: SOURCE_TEXTS
		});
		expect(result.source.published).toMatchObject({
			date: '2015-03-03',
			precision: 'day',
			confidence: 'low'
		});
		expect(result.source.published.evidence).toEqual([
			{ quote: 'March 3, 2015', start: 33, end: 46 }
		]);
	});

	it('is refused with a clear reason when nothing tells it', () => {
		expect(() =>
			addArticle(JSON.parse(DATASET) as DatasetFile, 'Troops withdrew on Monday.', {
				sourceTexts: SOURCE_TEXTS
			})
		).toThrow(/states no publication date .* give one with --published/);
	});
});

describe('what is no happening, and what needs a date', () => {
	const add = (text: string, published = '2021-03-05') =>
		addArticle(JSON.parse(DATASET) as DatasetFile, text, {
			published,
			sourceTexts: SOURCE_TEXTS
		});

	it('surfaces a happening dated from a moment the text never dates as needing a date, not as a guess', () => {
		const text =
			'Two soldiers died a day after the attack on the convoy, the army said.\nThe road was reopened on Wednesday.';
		const result = add(text);
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-03-03']);
		expect(result.needsDate).toHaveLength(1);
		const [needing] = result.needsDate;
		expect(needing.citation.quote).toBe(
			'Two soldiers died a day after the attack on the convoy, the army said.'
		);
		expect(text.slice(needing.citation.start, needing.citation.end)).toBe(needing.citation.quote);
		expect(text.slice(needing.dateWords.start, needing.dateWords.end)).toBe(needing.dateWords.text);
		expect(needing.dateWords.text).toMatch(/^a day after/);
		expect(result.report.join('\n')).toMatch(
			/1 happening that needs a date[^\n]*\n {2}‘a day after[^\n]*\n {4}“Two soldiers died a day after the attack/
		);
	});

	it('dates it when the text gives the moment before', () => {
		const result = add(
			'The convoy was attacked on Monday.\nTwo soldiers died a day after the attack, the army said.'
		);
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-03-01', '2021-03-02']);
		expect(result.needsDate).toEqual([]);
	});

	it('drafts no plan for after the publication and no statistic over a period, and says so', () => {
		const result = add(
			[
				'Rebels shelled the port on Monday, killing 14 fishermen.',
				'The trial of the commanders opens on March 22.',
				'The province recorded 1,524 violent deaths in 2020.'
			].join('\n')
		);
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-03-01']);
		const report = result.report.join('\n');
		expect(report).toMatch(/‘March 22’ is after the publication[^;]*\(future\)/);
		expect(report).toMatch(/‘2020’ dates a count over a period[^;]*\(statistic\)/);
	});

	it('ends "earlier this week" before the publication, without a derivation the words no longer give', () => {
		const [draft] = add(
			'Earlier this week, gunmen fired at a vaccination team.',
			'2021-03-03'
		).drafts;
		expect(draft.date).toMatchObject({ start: '2021-03-01', end: '2021-03-02', precision: 'day' });
		expect(draft.date.derivation).toBeUndefined();
		expect(draft.date.basis).toMatch(/before the publication/);
	});

	it('drafts no news from a photo caption: the body reports what it restates', () => {
		const result = add(
			[
				'Floods cut off the valley',
				'Soldiers have closed the bridge to the village, where a man wades through the water. Photo by Jane Doe/Agency',
				'Rescuers reached the village on Thursday, officials said.'
			].join('\n')
		);
		expect(result.drafts.map((d) => d.citations[0].quote)).toEqual([
			'Rescuers reached the village on Thursday, officials said.'
		]);
	});

	it('dates a happening by its own date, not by the day it was reported, and drafts no toll', () => {
		const result = add(
			[
				'Storm batters the coast',
				'The storm hit the coast at the weekend, flattening the harbour wall, officials said Wednesday.',
				'Officials have said at least 40 people have died in the storm.',
				'The storm has killed at least 40 people, the ministry said on Thursday.'
			].join('\n')
		);
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-02-27']);
		const report = result.report.join('\n');
		expect(report).toMatch(
			/‘Wednesday’ dates when it was reported[^;]*‘the weekend’ \(report date\)/
		);
		expect(report).toMatch(/‘Thursday’ is when a toll was reported[^;]*\(toll\)/);
	});

	it('shows every passage of a draft that joins two in its report', () => {
		const result = add(
			[
				'Cyclone nears the coast',
				'The cyclone struck the coast at the weekend, officials said.',
				'Its cyclonic winds smashed into the port on Sunday.'
			].join('\n')
		);
		expect(result.drafts).toHaveLength(1);
		expect(result.report.join('\n')).toMatch(
			/2021-02-28 \(day\)\n {4}“Its cyclonic winds smashed into the port on Sunday\.”\n {4}and “The cyclone struck the coast at the weekend, officials said\.”/
		);
	});

	it('drafts no forecast as the news of the day', () => {
		const result = add(
			'Storm to hit coast\n\nOfficials say the storm will continue to wreak havoc along the coast for hours.'
		);
		expect(result.drafts).toEqual([]);
	});

	it('cites a lede without the page date glued before it', () => {
		const text =
			' date 2021-03-05 Peshawar: Seven soldiers killed in an attack on a checkpoint in the north. The army said the attackers fled.';
		const result = addArticle(JSON.parse(DATASET) as DatasetFile, text, {
			sourceTexts: SOURCE_TEXTS
		});
		expect(result.drafts).toHaveLength(1);
		expect(result.drafts[0].citations[0].quote).toBe(
			'Peshawar: Seven soldiers killed in an attack on a checkpoint in the north.'
		);
		expect(result.drafts[0].date).toMatchObject({ start: '2021-02-27', end: '2021-03-05' });
	});
});

describe('two happenings in one sentence: a report and what it reports', () => {
	const drafts = (text: string, published: CivilDate) =>
		draftEvents(text, published, { id: 'x', topic: 't' }).flatMap((s) => s.events);

	it('keeps two days the text names apart where the publication, known to the month, dates both to it', () => {
		const found = drafts(
			'A rebel spokesman said Tuesday that his fighters were shelled Sunday near the river port.',
			{ year: 2019, month: 5 }
		);
		expect(found.map((d) => [d.date.start, d.date.precision])).toEqual([
			['2019-05', 'month'],
			['2019-05', 'month']
		]);
		expect(found[0].title).not.toBe(found[1].title);
	});

	it('dates a happening by its report when the sentence’s only other date names another happening', () => {
		const text =
			'A third miner has died of injuries from Monday’s collapse at the quarry, the county coroner said Wednesday.';
		const found = drafts(text, { year: 2019, month: 5, day: 9 });
		expect(found.map((d) => d.date.start).sort()).toEqual(['2019-05-06', '2019-05-08']);
		// A date that dates the verb itself still wins over the report's day.
		expect(
			drafts('The quarry collapsed on Monday, the county coroner said Wednesday.', {
				year: 2019,
				month: 5,
				day: 9
			}).map((d) => d.date.start)
		).toEqual(['2019-05-06']);
	});
});

describe('a step in apposition to a date', () => {
	it('dates what the step names, counting back from the date before it', () => {
		const found = draftEvents(
			'The inspector spoke to reporters in Vale on Thursday, a day after the collapse of the bridge.',
			{ year: 2021, month: 3, day: 5 },
			{ id: 'x', topic: 't' }
		).flatMap((s) => s.events);
		const collapse = found.find((d) => d.date.start === '2021-03-03');
		expect(collapse?.date.basis).toMatch(
			/‘a day after’ in apposition to ‘Thursday’ \(2021-03-04\)/
		);
		// Never the day after Thursday, which the tagger counts forward to.
		expect(found.map((d) => d.date.start)).not.toContain('2021-03-05');
	});
});

describe('a wire story that opens on its lede, with no headline', () => {
	it('takes the first line ending on a full stop for the lede, and drafts no news from the next', () => {
		const result = addArticle(
			JSON.parse(DATASET) as DatasetFile,
			[
				'VALE, Norland - The league has banned its top scorer for two years for a failed test, its chairman said on Tuesday.',
				'The league’s counsel said a disciplinary panel had banned the striker.'
			].join('\n'),
			{ published: '2021-03-05', sourceTexts: SOURCE_TEXTS }
		);
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-03-02']);
	});
});
