import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	existsSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetFile, DateRecord, EventRecord } from '../src/lib/data/types.ts';
import { resolveDateExpression } from '../src/lib/data/resolve-date.ts';
import {
	AddArticleError,
	addArticle,
	addArticles,
	offTopicReason,
	overlayFileSystem,
	shorten,
	SOURCE_ID_LENGTH,
	splitSentences,
	type AddArticleOptions
} from './add-article-lib.ts';
import { checkDatasetFiles, type FileSystem } from './check-data-lib.ts';
import { parsePartialDate } from '../src/lib/data/civil-date.ts';
import { slugify } from '../src/lib/shared/slug.ts';
import { actorNames, joinDraft } from '../src/lib/drafts/merge.ts';

const FIXTURE = 'tests/fixtures/sixth-article';
const ARTICLE = readFileSync(`${FIXTURE}/article.txt`, 'utf8');
const TITLE = 'Iraqi militias step up drone launches as talks on a US drawdown stall';

interface ExpectedDate {
	kind: string;
	sentence: string;
	expression: string;
	date: Pick<DateRecord, 'start' | 'end' | 'precision' | 'approximate' | 'qualifier'>;
}
const EXPECTED = JSON.parse(readFileSync(`${FIXTURE}/expected.json`, 'utf8')) as {
	published: string;
	dates: ExpectedDate[];
	undated: string[];
};

/** The real dataset and its sources, read once; every test works on copies in memory. */
const DATASET_TEXT = readFileSync('events.json', 'utf8');
const SOURCE_TEXTS: ReadonlyMap<string, string> = new Map(
	readdirSync('sources')
		.filter((name) => !name.startsWith('.'))
		.map((name) => [name, readFileSync(join('sources', name), 'utf8')])
);

function realDataset(): DatasetFile {
	return JSON.parse(DATASET_TEXT) as DatasetFile;
}

function add(options: Partial<AddArticleOptions> = {}, dataset = realDataset()) {
	return addArticle(dataset, ARTICLE, {
		published: EXPECTED.published,
		title: TITLE,
		outlet: 'Test outlet',
		sourceTexts: SOURCE_TEXTS,
		...options
	});
}

/** The reasons `run` refuses, or a failure when it does not. */
function refusal(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(AddArticleError);
		return (error as AddArticleError).message;
	}
	throw new Error('expected add-article to refuse');
}

/** A file system in memory: the dataset at /d/events.json and its sources under /d/sources/. */
function memoryFs(dataset: DatasetFile, sourceTexts: ReadonlyMap<string, string>): FileSystem {
	const files = new Map<string, string>([['/d/events.json', JSON.stringify(dataset)]]);
	for (const [name, text] of sourceTexts) files.set(`/d/sources/${name}`, text);
	return {
		existsSync: (path) =>
			files.has(path) || [...files.keys()].some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)),
		readdirSync: (dir) =>
			[...files.keys()]
				.filter((f) => f.startsWith(`${dir.replace(/\/$/, '')}/`))
				.map((f) => f.slice(dir.replace(/\/$/, '').length + 1)),
		readFileSync: (path) => {
			const text = files.get(path);
			if (text === undefined) throw new Error(`ENOENT ${path}`);
			return text;
		}
	};
}

function dateOnly(date: DateRecord): ExpectedDate['date'] {
	const { start, end, precision, approximate, qualifier } = date;
	return {
		start,
		...(end ? { end } : {}),
		precision,
		approximate,
		...(qualifier ? { qualifier } : {})
	};
}

describe('add-article on the sixth article', () => {
	const result = add();
	const withNewSource = new Map([...SOURCE_TEXTS, [result.file.name, ARTICLE]]);

	it('proposes exactly the expected dates, one draft per date, in text order', () => {
		expect(
			result.drafts.map((draft) => ({ sentence: draft.summary, date: dateOnly(draft.date) }))
		).toEqual(EXPECTED.dates.map(({ sentence, date }) => ({ sentence, date })));
	});

	it('cites each draft by its whole sentence, verbatim, inside the new segment', () => {
		for (const draft of result.drafts) {
			expect(draft.citations).toHaveLength(1);
			const [citation] = draft.citations;
			expect(citation.source).toBe(result.source.id);
			expect(ARTICLE.slice(citation.start, citation.end)).toBe(citation.quote);
			expect(citation.quote).toBe(draft.summary);
			const segment = result.source.segments[0];
			expect(segment.start <= citation.start && citation.end <= segment.end).toBe(true);
		}
	});

	it('stores a derivation only when the resolver reads the same date from the quoted text', () => {
		const published = parsePartialDate(EXPECTED.published)!;
		const derived = result.drafts.filter((d) => d.date.derivation);
		expect(derived.length).toBeGreaterThanOrEqual(10);
		for (const draft of derived) {
			const { expression, anchor } = draft.date.derivation!;
			expect(draft.citations[0].quote).toContain(expression);
			expect(anchor).toEqual({ source: result.source.id });
			expect(resolveDateExpression(expression, published)).not.toBeNull();
		}
		// Seasons, quarters and decades have no form the resolver knows: no derivation.
		const byExpression = (text: string) =>
			result.drafts[EXPECTED.dates.findIndex((e) => e.expression === text)];
		expect(byExpression('the summer').date.derivation).toBeUndefined();
		// "since February" is dated by its beginning, which "February" gives on its own.
		expect(byExpression('since February').date.derivation?.expression).toBe('February');
	});

	it('makes drafts of the documented shape', () => {
		const first = result.drafts[0];
		expect(first).toMatchObject({
			id: `draft-${result.source.id}-1`,
			topic: 'iraq-militias',
			kind: 'draft',
			actors: [],
			places: [],
			importance: 1,
			draft: true
		});
		expect(result.drafts.map((d) => d.id)).toEqual(
			result.drafts.map((_, i) => `draft-${result.source.id}-${i + 1}`)
		);
		for (const draft of result.drafts) {
			expect(draft.title.length).toBeLessThanOrEqual(90);
			expect(draft.date.basis).toMatch(/→/);
		}
	});

	it('gives no event for sentences whose numbers are not dates', () => {
		const quotes = new Set(result.drafts.map((d) => d.citations[0].quote));
		for (const sentence of EXPECTED.undated) {
			expect(ARTICLE).toContain(sentence);
			expect(quotes.has(sentence)).toBe(false);
		}
	});

	it('registers the source as documented', () => {
		expect(result.source).toEqual({
			id: 'iraqi-militias-step-up-drone-launches-as',
			file: result.file.name,
			title: TITLE,
			outlet: 'Test outlet',
			sha256: result.sha256,
			published: {
				date: '2024-10-15',
				precision: 'day',
				basis: 'Given as --published 2024-10-15 when the article was added with add-article.',
				// Given, not stated: the article itself states no date.
				confidence: 'given'
			},
			segments: [{ start: 0, end: ARTICLE.length, topic: 'iraq-militias' }]
		});
		expect(result.file).toEqual({
			name: `005_${result.sha256.slice(0, 16)}.txt`,
			alreadyPresent: false
		});
		expect(result.dataset.sources.at(-1)).toBe(result.source);
	});

	it('validates with no problem when drafts are allowed, and check:data refuses exactly the drafts', () => {
		const fs = memoryFs(result.dataset, withNewSource);
		expect(checkDatasetFiles('/d/events.json', fs, { allowDrafts: true }).problems).toEqual([]);
		const strict = checkDatasetFiles('/d/events.json', fs).problems;
		expect(strict.map((p) => p.item).sort()).toEqual(result.drafts.map((d) => d.id).sort());
		expect(strict.every((p) => p.path.endsWith('.draft'))).toBe(true);
	});

	it('leaves the original dataset and its events as they were, in their order', () => {
		const original = realDataset();
		const input = realDataset();
		const again = add({}, input);
		expect(input).toEqual(original);
		expect(again.dataset.events.filter((e) => !e.draft)).toEqual(original.events);
		expect(again.dataset.sources.slice(0, -1)).toEqual(original.sources);
	});

	it('refuses the same article again, naming the source it already is', () => {
		const message = refusal(() =>
			addArticle(result.dataset, ARTICLE, {
				published: EXPECTED.published,
				sourceTexts: withNewSource
			})
		);
		expect(message).toMatch(/already in the dataset as source "iraqi-militias-step-up-drone/);
	});

	it('reuses a copy of these very bytes left by an interrupted run', () => {
		const retry = add({ sourceTexts: withNewSource });
		expect(retry.file).toEqual({ name: result.file.name, alreadyPresent: true });
	});

	it('refuses an unknown topic, listing the known ones', () => {
		expect(refusal(() => add({ topic: 'gaza' }))).toBe(
			'unknown topic "gaza"; the dataset\'s topics are: iraq-militias, ukraine-war'
		);
	});

	it.each([
		['15/10/2024', /must be a date written YYYY, YYYY-MM or YYYY-MM-DD \(got "15\/10\/2024"\)/],
		['2024-13', /--published 2024-13 is not a date of the calendar/],
		['2023-02-29', /--published 2023-02-29 is not a date of the calendar/],
		['', /must be a date written YYYY/]
	])('refuses --published %j', (published, message) => {
		expect(refusal(() => add({ published }))).toMatch(message);
	});

	it('reports every problem at once', () => {
		const message = refusal(() => add({ published: 'soon', topic: 'gaza', id: 'Not A Slug' }));
		expect(message.split('\n')).toHaveLength(3);
	});

	it('refuses an id that is taken and a link that is not http', () => {
		expect(refusal(() => add({ id: 'jns-2024-07-01' }))).toMatch(/exists already/);
		expect(refusal(() => add({ url: 'javascript:alert(1)' }))).toMatch(/--url must be an http/);
	});

	it('defaults the title to the first non-empty line and the outlet to "Unknown outlet"', () => {
		const plain = add({ title: undefined, outlet: undefined, topic: 'ukraine-war' });
		expect(plain.source.title).toBe('(Test article written for this project; not a real report.)');
		expect(plain.source.outlet).toBe('Unknown outlet');
		expect(plain.source.id).toBe('test-article-written-for-this-project');
		expect(plain.drafts.every((d) => d.topic === 'ukraine-war')).toBe(true);
	});

	it('does not take a page label or a bracketed note before the headline for the title', () => {
		const page = [
			'Advertisement',
			'[an error occurred while processing this directive]',
			'Skip to main content',
			'Floods cut the coastal road',
			'',
			'The coastal road was cut by floods on Monday, officials said.'
		].join('\n');
		const added = addArticle(realDataset(), page, {
			published: '2024-10-16',
			outlet: 'Test outlet',
			topic: 'ukraine-war',
			sourceTexts: SOURCE_TEXTS
		});
		expect(added.source.title).toBe('Floods cut the coastal road');
	});

	it.each([
		[
			'the site’s name, two menu labels run together',
			['RiverNews Local News', 'Floods cut the coastal road']
		],
		[
			'the site’s name and its edition',
			['Coast Herald Online Edition', 'Floods cut the coastal road']
		],
		[
			'a breadcrumb and a menu’s numbered items',
			['You are in: Wales', '1. Home', '2. News', 'Floods cut the coastal road']
		],
		['the outlet’s own name', ['Coast Herald', 'Floods cut the coastal road']],
		[
			'a navigation bar run together',
			['WeatherTraffic SportsCommunity Events Contact', 'Floods cut the coastal road']
		]
	])('does not take %s for the title', (_, head) => {
		const page = [
			...head,
			'Posted at 9:12 AM, Oct 16, 2024',
			'Floods cut the coastal road on Monday, officials said.'
		].join('\n');
		const added = addArticle(realDataset(), page, {
			outlet: 'Coast Herald',
			topic: 'ukraine-war',
			sourceTexts: SOURCE_TEXTS
		});
		expect(added.source.title).toBe('Floods cut the coastal road');
	});

	it('takes a headline the page prints twice over a line above it, and a lede by its first sentence', () => {
		const page = (head: string[]) =>
			addArticle(
				realDataset(),
				[...head, 'The coastal road was cut by floods on Monday, officials said.'].join('\n'),
				{
					published: '2024-10-16',
					topic: 'ukraine-war',
					sourceTexts: SOURCE_TEXTS
				}
			).source.title;
		expect(
			page([
				'Weekend offers for subscribers',
				'Floods cut the coastal road',
				'Floods cut the coastal road'
			])
		).toBe('Floods cut the coastal road');
		// A stored copy's metadata glued to the lede: the lede's first sentence, without it.
		expect(
			page([
				' date 2024-10-16 Rhyl: Floods cut the coastal road between the two towns on Monday and left a dozen villages without power for most of the day. Crews worked overnight.'
			])
		).toBe(
			'Rhyl: Floods cut the coastal road between the two towns on Monday and left a dozen villages without power for most of the day.'
		);
		// A headline of a few capitalized words is still a headline.
		expect(page(['Huge Flood Hits Coast'])).toBe('Huge Flood Hits Coast');
	});

	it('takes a publication date known only to the month, and still validates', () => {
		const monthly = add({ published: '2024-10' });
		expect(monthly.source.published).toMatchObject({ date: '2024-10', precision: 'month' });
		const fs = memoryFs(monthly.dataset, withNewSource);
		expect(checkDatasetFiles('/d/events.json', fs, { allowDrafts: true }).problems).toEqual([]);
		// "On Sunday" in an October article: most likely a Sunday of October, approximate and
		// saying that it may be late September; no invented day.
		const sunday = monthly.drafts.find((d) => d.summary.startsWith('On Sunday'))!;
		expect(dateOnly(sunday.date)).toEqual({
			start: '2024-10',
			precision: 'month',
			approximate: true
		});
		expect(sunday.date.basis).toMatch(/most likely in 2024-10, approximate \(2024-09 if/);
	});
});

describe('add-article on a short text', () => {
	const addText = (text: string) =>
		addArticle(realDataset(), text, {
			published: '2024-10-15',
			title: 'A short text',
			sourceTexts: SOURCE_TEXTS
		});

	it('dates what holds "since" a moment by that moment, its beginning', () => {
		const [draft] = addText('Since February, the groups have held their fire.').drafts;
		expect(draft.date).toMatchObject({
			start: '2024-02',
			precision: 'month',
			derivation: { expression: 'February' }
		});
		expect(draft.date.end).toBeUndefined();
		expect(draft.date.basis).toMatch(/‘since’: it began then/);
	});

	it('makes one event per distinct date of a sentence', () => {
		const { drafts } = addText(
			'The group was listed in 2009, and the listing made in 2009 was renewed in March.'
		);
		expect(drafts.map((d) => d.date.start)).toEqual(['2009', '2024-03']);
	});

	it('proposes nothing for a text without dates, and still registers it', () => {
		const result = addText('Nobody wants a war, the official said.');
		expect(result.drafts).toEqual([]);
		expect(result.dataset.sources).toHaveLength(realDataset().sources.length + 1);
	});

	it('dates what the article reports as just happened by its publication, and nothing else without a date word', () => {
		const { drafts } = addText(
			'Truce over\n\nThe coalition has declared an end to its ceasefire with the US. ' +
				'Its fighters are based near the border. The group, which has claimed many attacks, ' +
				'said in a statement that it would widen them.'
		);
		expect(drafts.map((d) => [d.title, d.date.start, d.date.end, d.date.approximate])).toEqual([
			[
				'The coalition has declared an end to its ceasefire with the US',
				'2024-10-09',
				'2024-10-15',
				true
			],
			['The group said in a statement that it would widen them', '2024-10-09', '2024-10-15', true]
		]);
		expect(drafts[0].date.basis).toContain('reported as just happened (‘has declared’)');
	});

	it('refuses an empty article', () => {
		expect(refusal(() => addText(' \n'))).toMatch(/the article is empty/);
	});
});

describe('add-article: merge, don’t repeat', () => {
	const TEXT =
		'Talks resume\n\nOn Jan. 28, a drone strike on a US base in Jordan near the Syrian border killed three American soldiers.\n\n' +
		'A rocket hit a farm outside Erbil on Feb. 2, local officials said.\n';
	const result = addArticle(realDataset(), TEXT, {
		published: '2024-03-04',
		title: 'Talks resume',
		sourceTexts: SOURCE_TEXTS
	});
	const [strike, rocket] = result.drafts;

	it('proposes a draft of an event the dataset has as its citation, with the sharper day for its month', () => {
		expect(strike.citationOf).toBe('tower-22-drone-strike-jordan');
		expect(strike.date).toMatchObject({ start: '2024-01-28', precision: 'day' });
		expect(result.report.join('\n')).toContain(
			'proposed as a new citation of tower-22-drone-strike-jordan “Drone strike on a US base in Jordan kills three US soldiers”, 2024-01 (month)'
		);
		expect(result.report.join('\n')).toContain(
			'→ and as its sharper date: month → day, 2024-01-28'
		);
	});

	it('leaves a happening the dataset does not have as a draft of its own', () => {
		expect(rocket.date.start).toBe('2024-02-02');
		expect(rocket.citationOf).toBeUndefined();
	});

	it('writes a dataset check:data passes, whose proposal the reviewer can accept', () => {
		const files = new Map([...SOURCE_TEXTS, [result.file.name, TEXT]]);
		const fs = memoryFs(result.dataset, files);
		expect(checkDatasetFiles('/d/events.json', fs, { allowDrafts: true }).problems).toEqual([]);
		const joined = joinDraft(result.dataset.events, strike.id);
		const event = joined.find((e) => e.id === 'tower-22-drone-strike-jordan')!;
		expect(event.date.start).toBe('2024-01-28');
		expect(event.citations.at(-1)).toEqual(strike.citations[0]);
		const accepted = { ...result.dataset, events: joined };
		const after = memoryFs(accepted, files);
		expect(checkDatasetFiles('/d/events.json', after, { allowDrafts: true }).problems).toEqual([]);
	});
});

describe('splitSentences', () => {
	const split = (text: string) => splitSentences(text).map((r) => text.slice(r.start, r.end));

	it('keeps abbreviations, initials and acronyms inside their sentence', () => {
		expect(
			split('On Oct. 7 Gen. Smith met U.S. envoys. J. Doe said No. 3 was next. Then it ended.')
		).toEqual([
			'On Oct. 7 Gen. Smith met U.S. envoys.',
			'J. Doe said No. 3 was next.',
			'Then it ended.'
		]);
	});

	it('splits sentences glued by a full stop, as wire copy is stored, and nothing else glued', () => {
		expect(
			split(
				'Ducks fell ill in Ormont.This is the first case.Officials culled the flock, they said.'
			)
		).toEqual([
			'Ducks fell ill in Ormont.',
			'This is the first case.',
			'Officials culled the flock, they said.'
		]);
		expect(split('Visit Ormont.com at 9 a.m.Then see the U.S.Army post by St.Mary Lane.')).toEqual([
			'Visit Ormont.com at 9 a.m.Then see the U.S.Army post by St.Mary Lane.'
		]);
	});

	it('splits before quotes and numbers, and after closing quotes', () => {
		expect(split('“It is over,” he said. “We stop.” 2024 was hard? Yes!')).toEqual([
			'“It is over,” he said.',
			'“We stop.”',
			'2024 was hard?',
			'Yes!'
		]);
	});

	it('ends headlines and paragraphs at line breaks, but joins a wrapped line', () => {
		expect(split('Headline here\nBy A Writer\n\nThe strike hit\na base in 2020.\n')).toEqual([
			'Headline here',
			'By A Writer',
			'The strike hit\na base in 2020.'
		]);
	});

	it('does not split before a lower-case word or a decimal', () => {
		expect(split('It rose 3.4 per cent vs. a year ago. ok. Done')).toEqual([
			'It rose 3.4 per cent vs. a year ago. ok.',
			'Done'
		]);
	});
});

describe('text helpers', () => {
	it('slugifies titles on word boundaries', () => {
		expect(slugify('Kata’ib Hezbollah: Iraq’s “new” militias — café talks', SOURCE_ID_LENGTH)).toBe(
			'kataib-hezbollah-iraqs-new-militias-cafe'
		);
		expect(slugify('!!!', SOURCE_ID_LENGTH)).toBe('');
	});

	it('shortens on a word boundary with an ellipsis', () => {
		expect(shorten('one two three four', 12)).toBe('one two…');
		expect(shorten('  short\ntext ', 90)).toBe('short text');
	});
});

describe('overlayFileSystem', () => {
	it('shows planned files on top of the real ones', () => {
		const base: FileSystem = {
			existsSync: (path) => ['/d/sources', '/d/sources/a.txt'].includes(path.replace(/\/$/, '')),
			readdirSync: () => ['a.txt'],
			readFileSync: () => 'A'
		};
		const fs = overlayFileSystem(base, { '/d/sources/b.txt': 'B', '/d/new/c.txt': 'C' });
		expect(fs.readdirSync('/d/sources/').sort()).toEqual(['a.txt', 'b.txt']);
		expect(fs.readFileSync('/d/sources/b.txt', 'utf8')).toBe('B');
		expect(fs.readFileSync('/d/sources/a.txt', 'utf8')).toBe('A');
		expect(fs.existsSync('/d/new')).toBe(true);
		expect(fs.readdirSync('/d/new')).toEqual(['c.txt']);
	});
});

describe('the add-article command', () => {
	const dir = mkdtempSync(join(tmpdir(), 'add-article-'));
	cpSync('events.json', join(dir, 'events.json'));
	cpSync('sources', join(dir, 'sources'), { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const run = (...args: string[]) =>
		spawnSync(
			'npx',
			[
				'jiti',
				'scripts/add-article.ts',
				`${FIXTURE}/article.txt`,
				'--dataset',
				join(dir, 'events.json'),
				...args
			],
			{ encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } }
		);

	it('writes nothing and exits 1 on an unknown topic', () => {
		const refused = run('--published', '2024-10-15', '--topic', 'gaza');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('unknown topic "gaza"');
		expect(refused.stderr).toContain('Nothing was written.');
		expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(DATASET_TEXT);
		expect(readdirSync(join(dir, 'sources'))).toHaveLength(SOURCE_TEXTS.size);
	}, 60_000);

	it('copies the article, writes the drafts in the file’s own style, and refuses a second run', () => {
		const added = run('--published', '2024-10-15', '--title', TITLE, '--outlet', 'Test outlet');
		expect(added.stderr).not.toMatch(/✗/);
		expect(added.status).toBe(0);
		expect(added.stdout).toContain(`${EXPECTED.dates.length} draft events:`);
		expect(added.stdout).toContain('check:data refuses them');

		const copies = readdirSync(join(dir, 'sources')).filter((n) => !SOURCE_TEXTS.has(n));
		expect(copies).toHaveLength(1);
		expect(copies[0]).toMatch(/^005_[0-9a-f]{16}\.txt$/);
		expect(readFileSync(join(dir, 'sources', copies[0]))).toEqual(
			readFileSync(`${FIXTURE}/article.txt`)
		);

		const written = readFileSync(join(dir, 'events.json'), 'utf8');
		expect(written.endsWith('}\n')).toBe(true);
		expect(written.split('\n')[1]).toBe('\t"format": "evidence-timeline",');
		const data = JSON.parse(written) as DatasetFile;
		const original = JSON.parse(DATASET_TEXT) as DatasetFile;
		expect(data.events.filter((e) => !e.draft)).toEqual(original.events);
		const drafts = data.events.filter((e: EventRecord) => e.draft);
		expect(drafts).toHaveLength(EXPECTED.dates.length);
		// Only lines were added: every line of the original is still there, in order.
		const lines = written.split('\n');
		let at = 0;
		for (const line of DATASET_TEXT.split('\n')) {
			at = lines.indexOf(line, at);
			expect(at, line).toBeGreaterThanOrEqual(0);
			at++;
		}

		const fs = { readFileSync, readdirSync, existsSync };
		const file = join(dir, 'events.json');
		expect(checkDatasetFiles(file, fs, { allowDrafts: true }).problems).toEqual([]);
		expect(checkDatasetFiles(file, fs).problems).toHaveLength(drafts.length);

		const again = run('--published', '2024-10-15', '--title', TITLE);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('already in the dataset as source');
		expect(readFileSync(file, 'utf8')).toBe(written);
	}, 60_000);
});

describe('the add-article command with passages set apart', () => {
	const dir = mkdtempSync(join(tmpdir(), 'add-article-apart-'));
	cpSync('events.json', join(dir, 'events.json'));
	cpSync('sources', join(dir, 'sources'), { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	// An invented article: one happening, a comment refused, a state as it stood.
	const article = join(dir, 'dockers.txt');
	writeFileSync(
		article,
		[
			'Dockers strike at the harbour',
			'',
			'Dockers walked off the job at the city harbour on Monday after pay talks collapsed.',
			'The harbour board declined to comment on Tuesday.',
			'About 40 ships were waiting at anchor as of late Tuesday, the pilots said.',
			''
		].join('\n')
	);
	const run = (...args: string[]) =>
		spawnSync(
			'npx',
			[
				'jiti',
				'scripts/add-article.ts',
				article,
				'--published',
				'2021-03-03',
				'--dataset',
				join(dir, 'events.json'),
				...args
			],
			{ encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } }
		);

	it('lists them apart with the reason, writes only what is proposed, and promotes one by its id', () => {
		const dry = run('--dry-run');
		expect(dry.status).toBe(0);
		expect(dry.stdout).toContain('1 draft event:');
		expect(dry.stdout).toContain('2 other dated passages, less likely to be events');
		const ids = [...dry.stdout.matchAll(/^ {2}(draft-\S+) {2}2021-03-02 \(day\) {2}— (.+)$/gm)];
		expect(ids.map((m) => m[2])).toEqual([
			'‘Tuesday’ dates a comment given or refused, not a happening',
			'‘as of late Tuesday’ dates a state as it stood, not a happening'
		]);

		const refused = run('--promote', 'draft-none-1');
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('no draft set apart has the id "draft-none-1"');
		expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(DATASET_TEXT);

		const added = run('--promote', ids[0][1]);
		expect(added.status).toBe(0);
		expect(added.stdout).toContain('2 draft events:');
		expect(added.stdout).toContain('1 other dated passage, less likely to be an event');
		const data = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as DatasetFile;
		expect(data.events.filter((e) => e.draft).map((e) => e.id)).toContain(ids[0][1]);
		expect(data.events.some((e) => e.id === ids[1][1])).toBe(false);
	}, 60_000);

	it('takes only "all" with several articles', () => {
		const several = spawnSync(
			'npx',
			['jiti', 'scripts/add-article.ts', dir, '--promote', 'draft-x-1', '--dry-run'],
			{ encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } }
		);
		expect(several.status).toBe(1);
		expect(several.stderr).toContain('--promote takes only "all"');
	}, 60_000);
});

describe('the add-article command on a saved web page', () => {
	const dir = mkdtempSync(join(tmpdir(), 'add-article-html-'));
	cpSync('events.json', join(dir, 'events.json'));
	cpSync('sources', join(dir, 'sources'), { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	const PAGE = 'tests/fixtures/html-page/page.html';

	it('cites the extracted main text and keeps the page’s own SHA-256 as provenance', () => {
		const added = spawnSync(
			'npx',
			[
				'jiti',
				'scripts/add-article.ts',
				PAGE,
				'--outlet',
				'Example Wire',
				'--dataset',
				join(dir, 'events.json')
			],
			{ encoding: 'utf8', env: { ...process.env, TZ: 'America/Los_Angeles' } }
		);
		expect(added.stderr).not.toMatch(/✗/);
		expect(added.status).toBe(0);
		const pageHash = createHash('sha256').update(readFileSync(PAGE)).digest('hex');
		expect(added.stdout).toContain(`Text extracted from page.html (sha256 ${pageHash})`);

		const data = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as DatasetFile;
		const source = data.sources.at(-1)!;
		expect(source.title).toBe('Militias end truce with US forces, threaten wider attacks');
		expect(source.extractedFrom).toEqual({
			file: 'page.html',
			sha256: pageHash,
			mediaType: 'text/html',
			extractor: '@mozilla/readability 0.6.0'
		});
		const text = readFileSync(join(dir, 'sources', source.file), 'utf8');
		expect(text).not.toContain('<');
		expect(text).not.toContain('Subscribe today');
		expect(source.sha256).toBe(createHash('sha256').update(text).digest('hex'));
		const drafts = data.events.filter((e) => e.draft);
		for (const d of drafts)
			for (const c of d.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
		expect(drafts.map((d) => d.citations[0].quote)).toContain(
			'BAGHDAD, March 4, 2024 — An alliance of Iraqi militias has declared an end to its truce with US forces, saying it will widen its attacks across the region.'
		);
		const fs = { readFileSync, readdirSync, existsSync };
		expect(checkDatasetFiles(join(dir, 'events.json'), fs, { allowDrafts: true }).problems).toEqual(
			[]
		);
	}, 60_000);

	it('refuses a page with no article, in one line, writing nothing', () => {
		const empty = join(dir, 'menu.html');
		writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');
		const before = readFileSync(join(dir, 'events.json'), 'utf8');
		const refused = spawnSync(
			'npx',
			['jiti', 'scripts/add-article.ts', empty, '--dataset', join(dir, 'events.json')],
			{
				encoding: 'utf8'
			}
		);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('✗ menu.html: no main text found in the page');
		expect(refused.stderr).not.toContain('    at ');
		expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(before);
	}, 60_000);
});

describe('addArticles: many articles in one run', () => {
	const strike = (outlet: string, day: string) =>
		`${outlet} report\n\nWASHINGTON, ${day} — On Jan. 28, a drone strike on a US base in Jordan near the Syrian border killed three American soldiers, an attack blamed on the Islamic Resistance in Iraq.\n`;
	const articles = [
		{ name: 'a.txt', text: strike('First', 'Feb. 2, 2024') },
		{ name: 'b.txt', text: strike('Second', 'Feb. 3, 2024') },
		{
			name: 'bake-sale.txt',
			text: 'Bake sale\n\nThe village bake sale on Saturday, May 4, 2024 raised more money than ever, organisers said.\n'
		},
		{
			name: 'no-date.txt',
			text: 'Musings\n\nNobody knows when the militias in Iraq and Jordan will stop.\n'
		},
		{ name: 'c.txt', text: strike('Third', 'Feb. 4, 2024') }
	];
	const run = addArticles(realDataset(), articles, { sourceTexts: SOURCE_TEXTS });

	it('makes one candidate of a happening three articles tell, citing each, and proposes it as the existing event’s citation', () => {
		expect(run.candidates).toHaveLength(1);
		const [candidate] = run.candidates;
		expect(candidate.citations.map((c) => c.source)).toEqual(run.added.map((a) => a.source.id));
		expect(candidate.citationOf).toBe('tower-22-drone-strike-jordan');
		expect(run.report.join('\n')).toContain(
			`${candidate.id}  2024-01-28 (day)  3 sources  → a citation of tower-22-drone-strike-jordan`
		);
	});

	it('leaves out a page off the topic, and refuses an article alone, naming each', () => {
		expect(run.added.map((a) => a.name)).toEqual(['a.txt', 'b.txt', 'c.txt']);
		expect(run.offTopic).toEqual([
			{ name: 'bake-sale.txt', reason: "names none of the dataset's actors and places" }
		]);
		expect(run.refused.map((r) => r.name)).toEqual(['no-date.txt']);
		expect(run.refused[0].problems.join(' ')).toContain('give one with --published');
	});

	it('lists the happenings that need a date with the article each is in', () => {
		const later = addArticles(
			realDataset(),
			[
				{
					name: 'd.txt',
					text: 'Fourth report\n\nWASHINGTON, Feb. 5, 2024 — Two days later, militias in Iraq fired rockets at a US base, officials said.\n'
				}
			],
			{ sourceTexts: SOURCE_TEXTS }
		);
		expect(later.needsDate.map((n) => [n.name, n.dateWords.text])).toEqual([
			['d.txt', 'Two days later']
		]);
		expect(later.candidates).toEqual([]);
		expect(later.report.join('\n')).toMatch(
			/1 happening\(s\) that need a date[^\n]*\n {2}d\.txt: ‘Two days later’ counts from a moment/
		);
		expect(run.needsDate).toEqual([]);
	});

	it('adds a page off the topic when asked', () => {
		const all = addArticles(realDataset(), articles.slice(2, 3), {
			sourceTexts: SOURCE_TEXTS,
			includeOffTopic: true
		});
		expect(all.added.map((a) => a.name)).toEqual(['bake-sale.txt']);
		expect(all.offTopic).toEqual([]);
	});

	it('writes a dataset that check:data passes, with every article’s text', () => {
		const files = new Map([
			...SOURCE_TEXTS,
			...run.added.map((a) => [a.file.name, a.text] as const)
		]);
		const fs = memoryFs(run.dataset, files);
		expect(checkDatasetFiles('/d/events.json', fs, { allowDrafts: true }).problems).toEqual([]);
	});

	it('tells a schedule full of dates from a story', () => {
		const names = actorNames(realDataset().actors);
		const schedule = Array.from(
			{ length: 30 },
			(_, i) => `Iraq Hour, ${i + 1} March 2011: news from Baghdad and Basra.`
		).join('\n');
		expect(offTopicReason(schedule, names, new Set(['Baghdad']))).toMatch(
			/^a schedule or listing: 30 dates in/
		);
		expect(offTopicReason(articles[0].text, names, new Set(['Jordan']))).toBeUndefined();
		// One name is one name, whether an actor's alias or a place.
		expect(
			offTopicReason('Spokane, Washington: a lake fair opens.', names, new Set(['Washington']))
		).toBe("names only washington of the dataset's actors and places");
	});
});

describe('the add-article command on a folder', () => {
	const dir = mkdtempSync(join(tmpdir(), 'add-article-folder-'));
	cpSync('events.json', join(dir, 'events.json'));
	cpSync('sources', join(dir, 'sources'), { recursive: true });
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('adds every article of it in one run, leaving out the page off the topic, and writes once', () => {
		const inbox = join(dir, 'inbox');
		cpSync('tests/fixtures/html-page', inbox, { recursive: true });
		writeFileSync(
			join(inbox, 'brief.txt'),
			'Brief\n\nAMMAN, Feb. 1, 2024 — The drone that struck a US base in Jordan on Jan. 28, killing three American soldiers near the Syrian border, was launched by the Islamic Resistance in Iraq, officials said.\n'
		);
		writeFileSync(
			join(inbox, 'bake-sale.txt'),
			'Bake sale\n\nThe village bake sale on May 4, 2024 raised a record sum, organisers said.\n'
		);
		const added = spawnSync(
			'npx',
			['jiti', 'scripts/add-article.ts', inbox, '--dataset', join(dir, 'events.json')],
			{
				encoding: 'utf8',
				env: { ...process.env, TZ: 'America/Los_Angeles' }
			}
		);
		expect(added.stderr).toBe('');
		expect(added.status).toBe(0);
		expect(added.stdout).toContain('2 articles added:');
		expect(added.stdout).toContain('bake-sale.txt: names none of the dataset');
		expect(added.stdout).toMatch(
			/2024-01-28 \(day\) {2}2 sources {2}→ a citation of tower-22-drone-strike-jordan/
		);
		expect(added.stdout).toContain('✓ Wrote 2 article(s)');
		const data = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as DatasetFile;
		expect(data.sources).toHaveLength(realDataset().sources.length + 2);
		const fs = { readFileSync, readdirSync, existsSync };
		expect(checkDatasetFiles(join(dir, 'events.json'), fs, { allowDrafts: true }).problems).toEqual(
			[]
		);
	}, 60_000);

	it('refuses options that belong to one article', () => {
		const refused = spawnSync(
			'npx',
			[
				'jiti',
				'scripts/add-article.ts',
				FIXTURE,
				'--published',
				'2024-01-01',
				'--dataset',
				join(dir, 'events.json')
			],
			{
				encoding: 'utf8'
			}
		);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('--published belongs to one article');
	}, 60_000);
});
