import { describe, expect, it } from 'vitest';
import {
	AnnotationError,
	FLOORS,
	formatReport,
	parseAnnotation,
	scoreArticle,
	totalScores,
	type ArticleRun,
	type DraftToScore
} from './score.ts';

// An invented article: a page header, a dated event, a second one, and news dated by publication.
const TEXT = [
	'Posted March 3, 2021 10:00 AM',
	'Rebels shelled the port city of Alvara on Monday, killing four people.',
	'The ministry said the talks collapsed in 2019.',
	'The governor has declared a state of emergency.',
	'Four died when rebels shelled the port city of Alvara, officials said.'
].join('\n');

const at = (quote: string) => {
	const start = TEXT.indexOf(quote);
	if (start < 0) throw new Error(`not in TEXT: ${quote}`);
	return { quote, start, end: start + quote.length };
};

const ANNOTATION = {
	format: 'heldout-annotation',
	version: 1,
	id: 'invented',
	file: 'articles/invented.txt',
	url: 'https://example.org/2021/03/03/alvara',
	outlet: 'Invented',
	published: {
		stated: true,
		where: 'the Posted line',
		evidence: 'Posted March 3, 2021 10:00 AM',
		urlDate: '2021-03-03',
		expected: { start: '2021-03-03', precision: 'day' },
		supportedBy: 'text'
	},
	events: [
		{
			id: 'alvara-shelling',
			title: 'Rebels shell Alvara',
			date: { start: '2021-03-01', precision: 'day' },
			datedBy: "'on Monday'",
			quotes: ['Rebels shelled the port city of Alvara on Monday']
		},
		{
			id: 'talks-collapse',
			title: 'Talks collapse',
			date: { start: '2019', precision: 'year' },
			datedBy: "'in 2019'",
			quotes: ['the talks collapsed in 2019']
		}
	],
	publicationDated: [
		{ id: 'emergency', title: 'State of emergency', quotes: ['has declared a state of emergency'] }
	],
	optional: [],
	furniture: [{ text: 'Posted March 3, 2021 10:00 AM', why: 'posted line' }]
};

const annotation = parseAnnotation(ANNOTATION, 'invented.json', TEXT);

function draft(
	id: string,
	start: string,
	quote: string,
	extra: Partial<DraftToScore> = {}
): DraftToScore {
	const precision = start.length === 4 ? 'year' : start.length === 7 ? 'month' : 'day';
	return {
		id,
		title: quote.slice(0, 30),
		date: { start, precision },
		citations: [at(quote)],
		...extra
	};
}

function run(drafts: DraftToScore[], published: Partial<ArticleRun['published']> = {}): ArticleRun {
	return {
		annotation,
		text: TEXT,
		drafts,
		published: { date: '2021-03-03', precision: 'day', confidence: 'stated', ...published },
		ms: 12
	};
}

describe('scoreArticle', () => {
	it('scores only the proposed drafts, and counts the events only a set-apart one finds as recall lost', () => {
		const shelling = draft(
			'd1',
			'2021-03-01',
			'Rebels shelled the port city of Alvara on Monday, killing four people.'
		);
		const talks = draft('d2', '2019', 'The ministry said the talks collapsed in 2019.');
		const s = scoreArticle({ ...run([shelling]), setApart: [talks] });
		expect(s.found).toBe(1);
		expect(s.right).toBe(1);
		expect(s.counted).toBe(1);
		expect(s.missed).toEqual(['talks-collapse']);
		expect(s.setApart).toBe(1);
		expect(s.lostToSetApart).toEqual(['talks-collapse']);
		expect(s.setApartVerdicts).toEqual([
			{ draft: 'd2', date: '2019 (year)', verdict: 'right', event: 'talks-collapse' }
		]);
		const totals = totalScores([s]);
		expect([totals.setApart, totals.lostToSetApart]).toEqual([1, 1]);
		expect(formatReport([s], totals, { totalsOnly: true }).join('\n')).toContain(
			'set apart              1 draft (not scored); annotated events found only there: 1'
		);
		// A weak draft that meets nothing loses no recall.
		const noise = draft('d3', '2021-03-03', 'The governor has declared a state of emergency.');
		expect(scoreArticle({ ...run([shelling, talks]), setApart: [noise] }).lostToSetApart).toEqual(
			[]
		);
	});

	it('counts a draft with an overlapping date and the annotated quote as finding the event', () => {
		const s = scoreArticle(
			run([
				draft(
					'd1',
					'2021-03-01',
					'Rebels shelled the port city of Alvara on Monday, killing four people.'
				)
			])
		);
		expect(s.found).toBe(1);
		expect(s.datesRight).toBe(1);
		expect(s.right).toBe(1);
		expect(s.missed).toEqual(['talks-collapse']);
	});

	it('finds an event by shared words when the draft cites another passage of the same happening', () => {
		const s = scoreArticle(
			run([
				draft(
					'd1',
					'2021-03-01',
					'Four died when rebels shelled the port city of Alvara, officials said.'
				)
			])
		);
		expect(s.found).toBe(1);
		const other = scoreArticle(
			run([draft('d1', '2021-03-01', 'The governor has declared a state of emergency.')])
		);
		expect(other.found).toBe(0);
	});

	it('judges a date at a coarser or finer precision than the text as wrong, though the event is found', () => {
		const s = scoreArticle(
			run([draft('d1', '2021-03', 'Rebels shelled the port city of Alvara on Monday')])
		);
		expect(s.found).toBe(1);
		expect(s.datesRight).toBe(0);
		expect(s.wrongDates).toEqual([
			{ event: 'alvara-shelling', expected: '2021-03-01 (day)', got: '2021-03 (month)' }
		]);
	});

	it('does not count a draft on the right passage with a date that does not overlap', () => {
		const s = scoreArticle(
			run([draft('d1', '2021-02-22', 'Rebels shelled the port city of Alvara on Monday')])
		);
		expect(s.found).toBe(0);
		expect(s.right).toBe(0);
		expect(s.verdicts[0].verdict).toBe('wrong date');
	});

	it('counts a second draft of one happening as a duplicate, not as right', () => {
		const q = 'Rebels shelled the port city of Alvara on Monday';
		const s = scoreArticle(run([draft('d1', '2021-03-01', q), draft('d2', '2021-03-01', q)]));
		expect(s.right).toBe(1);
		expect(s.counted).toBe(2);
		expect(s.verdicts.map((v) => v.verdict)).toEqual(['right', 'duplicate']);
	});

	it('counts a draft citing a page header as furniture', () => {
		const s = scoreArticle(run([draft('d1', '2021-03-03', 'Posted March 3, 2021 10:00 AM')]));
		expect(s.furniture).toBe(1);
		expect(s.right).toBe(0);
	});

	it('counts a draft whose date words lie in a page date as furniture, though it cites an event', () => {
		const q = 'Rebels shelled the port city of Alvara on Monday';
		const posted = at('March 3, 2021');
		const d = draft('d1', '2021-03-03', q, { dateAt: { start: posted.start, end: posted.end } });
		expect(scoreArticle(run([d])).verdicts[0].verdict).toBe('furniture');
		const own = at('on Monday');
		const e = draft('d1', '2021-03-01', q, { dateAt: { start: own.start, end: own.end } });
		expect(scoreArticle(run([e])).verdicts[0].verdict).toBe('right');
	});

	it('calls shared words with another date another happening, not a wrong date', () => {
		const s = scoreArticle(
			run([
				draft(
					'd1',
					'2020',
					'Four died when rebels shelled the port city of Alvara, officials said.'
				)
			])
		);
		expect(s.verdicts[0].verdict).toBe('wrong');
	});

	it('accepts news dated by the publication within the week that ends on it', () => {
		const q = 'The governor has declared a state of emergency.';
		expect(scoreArticle(run([draft('d1', '2021-03-03', q)])).publicationDatedFound).toBe(1);
		expect(scoreArticle(run([draft('d1', '2020-03-03', q)])).verdicts[0].verdict).toBe('wrong');
	});

	it('calls a draft of an event already in the dataset a repeat unless it is proposed as its citation', () => {
		const q = 'The governor has declared a state of emergency.';
		const existing = [
			{
				id: 'old',
				title: 'Governor declares state of emergency',
				date: { start: '2019' },
				quotes: []
			}
		];
		const repeat = scoreArticle({ ...run([draft('d1', '2019', q)]), existing });
		expect(repeat.verdicts[0].verdict).toBe('repeat');
		expect(repeat.right).toBe(0);
		const citation = scoreArticle({
			...run([draft('d1', '2019', q, { citationOf: 'old' })]),
			existing
		});
		expect(citation.verdicts[0].verdict).toBe('citation of existing');
		expect(citation.right).toBe(1);
	});

	it('checks every quote against the text at its offsets', () => {
		const d = draft('d1', '2019', 'the talks collapsed in 2019');
		d.citations[0].start += 1;
		expect(scoreArticle(run([d])).quotesVerbatim).toBe(0);
	});

	it('flags a publication date recorded as stated when the text states none', () => {
		const unstated = parseAnnotation(
			{ ...ANNOTATION, published: { ...ANNOTATION.published, stated: false, evidence: undefined } },
			'x.json',
			TEXT
		);
		const s = scoreArticle({ ...run([]), annotation: unstated });
		expect(s.published.statedWrongly).toBe(true);
		expect(s.published.right).toBe(true);
		expect(scoreArticle(run([], { date: '2021-03' })).published.right).toBe(false);
	});
});

describe('totalScores and the floors', () => {
	it('sums the articles and tells which floors fail', () => {
		const good = scoreArticle(
			run([
				draft('d1', '2021-03-01', 'Rebels shelled the port city of Alvara on Monday'),
				draft('d2', '2019', 'the talks collapsed in 2019')
			])
		);
		const bad = scoreArticle(run([draft('d1', '2021-03-03', 'Posted March 3, 2021 10:00 AM')]));
		const t = totalScores([good, bad]);
		expect(t).toMatchObject({
			events: 4,
			found: 2,
			recall: 0.5,
			right: 2,
			counted: 3,
			furniture: 1
		});
		const failing = FLOORS.filter((f) => !f.holds(t)).map((f) => f.name);
		expect(failing).toEqual([
			'event recall ≥ 90 %',
			'draft precision ≥ 90 %',
			'no furniture drafts'
		]);
	});
});

describe('parseAnnotation', () => {
	it('names the file, the event and the field of a quote that is not in the article', () => {
		const broken = structuredClone(ANNOTATION);
		broken.events[1].quotes = ['the talks failed in 2019'];
		expect(() => parseAnnotation(broken, 'invented.json', TEXT)).toThrow(
			new AnnotationError(
				'invented.json: events "talks-collapse".quotes: not verbatim in the article: "the talks failed in 2019"'
			)
		);
	});

	it('refuses a date that is not a partial ISO date', () => {
		const broken = structuredClone(ANNOTATION);
		broken.events[0].date.start = '1 March 2021';
		expect(() => parseAnnotation(broken, 'invented.json', TEXT)).toThrow(
			/events "alvara-shelling".date.start/
		);
	});
});

describe('formatReport', () => {
	const s = scoreArticle(
		run([draft('d1', '2021-03-02', 'The ministry said the talks collapsed in 2019.')])
	);
	const totals = totalScores([s]);

	it('names each draft that went wrong, by default', () => {
		const report = formatReport([s], totals).join('\n');
		expect(report).toContain('invented:');
		expect(report).toContain('missed alvara-shelling');
		expect(report).toMatch(/event recall +0\.0 % \(0\/2\)|event recall +0 % \(0\/2\)/);
	});

	it('prints the totals and floors alone with totalsOnly, nothing to tune on', () => {
		const report = formatReport([s], totals, { totalsOnly: true });
		expect(report.join('\n')).not.toContain('invented');
		expect(report.join('\n')).not.toContain('d1');
		expect(report.some((l) => l.startsWith('event recall'))).toBe(true);
		expect(report.filter((l) => /^[✓✗] /.test(l))).toHaveLength(FLOORS.length);
	});
});
