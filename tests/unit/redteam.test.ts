/**
 * The red-team cases (tests/fixtures/redteam: their expectations in cases.json, written before the
 * product ran on them) through the pure paths: a dataset as the app reads it (UTF-8 as a browser
 * decodes it, the validator without the source texts) and as `check:data` reads it (Node's UTF-8,
 * with the texts); each import as `npm run import` reads the file; each saved page and pasted
 * text as Add article reads it. What renders is in tests/e2e/redteam.spec.ts.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDatasetText } from '../../src/lib/data/parse-dataset.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import type { Dataset, DatasetFile, Problem } from '../../src/lib/data/types.ts';
import { exportAs } from '../../src/lib/export/formats.ts';
import { importTimelineFile } from '../../src/lib/import/import-file.ts';
import { readArticle } from '../../src/lib/drafts/read-article.ts';
import { addArticle } from '../../src/lib/drafts/add-article.ts';
import { checkDatasetFiles } from '../../scripts/check-data-lib.ts';
import { printable } from '../../scripts/cli.ts';
import { GOOD_IDS, bigCase } from '../fixtures/redteam/make.ts';
import cases from '../fixtures/redteam/cases.json';

const HERE = 'tests/fixtures/redteam';
const fs = { readFileSync, readdirSync, existsSync };

type ProblemAt = { item?: string; path: string };
type DatasetCase = (typeof cases.datasets)[number] & {
	keep?: string[];
	drop?: string[];
	problems?: ProblemAt[];
	withTexts?: { drop?: string[]; problems?: ProblemAt[] };
	noProblems?: boolean;
	unreadable?: string;
	titles?: Record<string, string>;
	title?: string;
	noPollution?: boolean;
	generated?: string;
	problemCount?: number;
	file?: string;
};

const ids = (list: string[] | undefined) =>
	(list ?? []).flatMap((id) => (id === 'GOOD' ? GOOD_IDS : [id]));

/** The dataset as the app reads it: bytes decoded as `response.text()` does, then validated. */
function readAsTheApp(file: string): Dataset {
	const bytes = readFileSync(join(HERE, 'datasets', file));
	return parseDatasetText(new TextDecoder().decode(bytes), file);
}

function expectProblems(problems: Problem[], wanted: ProblemAt[] | undefined, file: string) {
	for (const want of wanted ?? []) {
		const found = problems.find(
			(p) =>
				p.file === file &&
				p.path.includes(want.path) &&
				(want.item === undefined || p.item === want.item)
		);
		expect(
			found,
			`a problem at ${want.path}${want.item ? ` of ${want.item}` : ''}; got ${JSON.stringify(problems.map((p) => [p.item, p.path, p.message]))}`
		).toBeDefined();
	}
}

function expectEvents(dataset: Dataset, keep: string[], drop: string[]) {
	const shown = dataset.events.map((e) => e.id);
	for (const id of keep) expect(shown, `${id} kept`).toContain(id);
	for (const id of drop) expect(shown, `${JSON.stringify(id)} not shown`).not.toContain(id);
}

const pollution = () => ({}) as Record<string, unknown>;

describe('red-team datasets, as the app reads them', () => {
	const onDisk = (cases.datasets as DatasetCase[]).filter((c) => c.file);
	it.each(onDisk.map((c) => [`${c.id} ${c.file}`, c] as const))('%s', (_, c) => {
		const dataset = readAsTheApp(c.file!);
		if (c.unreadable) {
			expect(dataset.events).toEqual([]);
			expect(dataset.problems).toHaveLength(1);
			expect(dataset.problems[0].file).toBe(c.file);
			expect(`${dataset.problems[0].path} ${dataset.problems[0].message}`).toMatch(
				new RegExp(c.unreadable)
			);
			return;
		}
		expectEvents(dataset, ids(c.keep), ids(c.drop));
		expectProblems(dataset.problems, c.problems, c.file!);
		if (c.noProblems) expect(dataset.problems).toEqual([]);
		for (const [id, title] of Object.entries(c.titles ?? {}))
			expect(dataset.events.find((e) => e.id === id)?.title).toBe(title);
		if (c.title) expect(dataset.title).toBe(c.title);
		if (c.noPollution) expect(pollution().polluted).toBeUndefined();
	});
});

describe('red-team datasets, as check:data reads them (with the source texts)', () => {
	const onDisk = (cases.datasets as DatasetCase[]).filter((c) => c.file && !c.unreadable);
	it.each(onDisk.map((c) => [`${c.id} ${c.file}`, c] as const))('%s', (_, c) => {
		const path = join(HERE, 'datasets', c.file!);
		const report = checkDatasetFiles(path, fs);
		const raw = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as DatasetFile;
		// The events check:data keeps: the ones the app keeps, less those the texts refute.
		const dataset = validateDataset(raw, {
			file: c.file!,
			sourceTexts: new Map(
				readdirSync(join(HERE, 'datasets/sources')).map((f) => [
					f,
					readFileSync(join(HERE, 'datasets/sources', f), 'utf8')
				])
			)
		});
		const drop = [...ids(c.drop), ...(c.withTexts?.drop ?? [])];
		const keep = ids(c.keep).filter((id) => !drop.includes(id));
		expectEvents(dataset, keep, drop);
		expectProblems(
			report.problems,
			[...(c.problems ?? []), ...(c.withTexts?.problems ?? [])],
			c.file!
		);
		if (c.noProblems) expect(report.problems).toEqual([]);
	});

	it('D11: a file that is not JSON is one problem naming it', () => {
		const report = checkDatasetFiles(join(HERE, 'datasets/d11-nan.json'), fs);
		expect(report.problems).toHaveLength(1);
		expect(report.problems[0]).toMatchObject({ file: 'd11-nan.json', path: '(file)' });
		expect(report.problems[0].message).toMatch(/not valid JSON/);
	});

	it('D18: the command line prints controls escaped', () => {
		const raw = JSON.parse(
			readFileSync(join(HERE, 'datasets/d18-control-characters.json'), 'utf8')
		) as DatasetFile;
		const title = raw.events.find((e) => e.id === 'x-controls')!.title;
		// eslint-disable-next-line no-control-regex
		expect(printable(title)).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
	});

	it('D19: no exported CSV cell can run as a spreadsheet formula; JSON keeps the titles', () => {
		const dataset = readAsTheApp('d19-formula-titles.json');
		const raw = JSON.parse(
			readFileSync(join(HERE, 'datasets/d19-formula-titles.json'), 'utf8')
		) as DatasetFile;
		for (const format of ['csv', 'sheet-csv'] as const) {
			const csv = exportAs(format, dataset, dataset.events);
			const cells = parseCsvCells(csv);
			const formulas = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
			expect(formulas, format).toEqual([]);
		}
		const json = JSON.parse(exportAs('json', dataset, dataset.events)) as DatasetFile;
		for (const event of raw.events)
			expect(json.events.find((e) => e.id === event.id)?.title).toBe(event.title);
	});
});

/** Every non-empty cell of a CSV text, as a spreadsheet reads it. */
function parseCsvCells(csv: string): string[] {
	return Papa.parse<string[]>(csv)
		.data.flat()
		.filter((cell) => cell !== '');
}

describe('red-team datasets too big to commit', () => {
	it('B01: a 50 MB title is a problem at its title, and the other events are shown', () => {
		const dataset = validateDataset(bigCase('50mb-title'), { file: 'big.json' });
		expectEvents(dataset, GOOD_IDS, ['x-50mb-title']);
		expectProblems(dataset.problems, [{ item: 'x-50mb-title', path: 'title' }], 'big.json');
	});

	it('B02: 10 000 broken events are 10 000 problems, each naming its event', () => {
		const dataset = validateDataset(bigCase('10000-broken'), { file: 'big.json' });
		expectEvents(dataset, GOOD_IDS, []);
		expect(dataset.problems).toHaveLength(10000);
		expect(new Set(dataset.problems.map((p) => p.item)).size).toBe(10000);
	});
});

type ImportCase = (typeof cases.imports)[number] & {
	format?: string;
	events?: number;
	problems?: number;
	problemsAt?: { where: string; field: string }[];
	dates?: Record<string, string[]>;
	title?: string;
	titles?: string[];
	textContains?: string[];
	neverInText?: string[];
	linksOnlyHttp?: boolean;
	links?: string[];
	starts?: string[];
	topicLabels?: string[];
	uniqueIds?: boolean;
	noCarriageReturns?: boolean;
	noPollution?: boolean;
	error?: string;
	ambiguous?: { headline: string; where: string; field: string };
};

describe('red-team imports, as npm run import reads them', () => {
	it.each((cases.imports as ImportCase[]).map((c) => [`${c.id} ${c.file}`, c] as const))(
		'%s',
		(_, c) => {
			const text = readFileSync(join(HERE, 'import', c.file), 'utf8');
			const result = importTimelineFile(text, {
				sourceId: 'timeline',
				sourceFile: 'timeline.txt',
				fallbackTitle: c.file
			});
			if (c.error) {
				expect('error' in result && result.error).toMatch(new RegExp(c.error));
				return;
			}
			if ('error' in result) throw new Error(`refused: ${result.error}`);
			const { dataset, problems, sourceText } = result;
			const describeProblems = JSON.stringify(problems.map((p) => [p.path, p.message]));
			if (c.format) expect(result.format).toBe(c.format);
			if (c.events !== undefined)
				expect(
					dataset.events.map((e) => e.title),
					describeProblems
				).toHaveLength(c.events);
			if (c.problems !== undefined) expect(problems, describeProblems).toHaveLength(c.problems);
			for (const want of c.problemsAt ?? [])
				expect(
					problems.some(
						(p) =>
							`${p.path} ${p.message}`.includes(want.where) &&
							`${p.path} ${p.message}`.includes(want.field)
					),
					`a problem naming ${want.where} and ${want.field}: ${describeProblems}`
				).toBe(true);
			for (const [headline, [start, end]] of Object.entries(c.dates ?? {})) {
				const event = dataset.events.find((e) => e.title === headline);
				expect(event, `${headline} imported; ${describeProblems}`).toBeDefined();
				expect(event!.date.start, headline).toBe(start);
				if (end) expect(event!.date.end, headline).toBe(end);
			}
			if (c.title) expect(dataset.title).toBe(c.title);
			if (c.titles) expect(dataset.events.map((e) => e.title).sort()).toEqual([...c.titles].sort());
			const allText = [
				sourceText,
				dataset.title,
				...dataset.events.flatMap((e) => [e.title, e.summary, ...e.citations.map((q) => q.quote)])
			].join('\n');
			for (const s of c.textContains ?? []) expect(allText).toContain(s);
			for (const s of c.neverInText ?? []) expect(allText).not.toContain(s);
			if (c.noCarriageReturns) expect(allText).not.toContain('\r');
			const links = dataset.events.flatMap((e) => (e.links ?? []).map((l) => l.url));
			if (c.linksOnlyHttp) for (const url of links) expect(url).toMatch(/^https?:\/\/[^/]/);
			if (c.links) expect(links).toEqual(c.links);
			if (c.starts)
				expect(dataset.events.map((e) => e.date.start).sort()).toEqual([...c.starts].sort());
			if (c.topicLabels)
				expect(dataset.topics.map((t) => t.label).sort()).toEqual([...c.topicLabels].sort());
			if (c.uniqueIds)
				expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
			if (c.noPollution) expect(pollution().polluted).toBeUndefined();
			if (c.ambiguous) {
				const event = dataset.events.find((e) => e.title === c.ambiguous!.headline);
				if (event) expect(event.date.basis).toMatch(/month first|ambiguous/i);
				else
					expect(
						problems.some((p) => `${p.path} ${p.message}`.includes(c.ambiguous!.where)),
						describeProblems
					).toBe(true);
			}
			// What the import writes passes check:data --allow-drafts.
			const check = validateDataset(dataset, {
				file: 'events.json',
				sourceTexts: new Map([['timeline.txt', sourceText]])
			});
			expect(check.problems).toEqual([]);
		}
	);
});

describe('red-team pages and pasted text, as Add article reads them', () => {
	for (const c of cases.pages.filter((p) => p.file.endsWith('.html')))
		it(`${c.id} ${c.file}`, () => {
			const bytes = new Uint8Array(readFileSync(join(HERE, 'pages', c.file)));
			const read = readArticle({ name: c.file, bytes });
			if (typeof read === 'string') throw new Error(`refused: ${read}`);
			for (const s of c.textContains ?? []) expect(read.text).toContain(s);
			for (const s of c.neverInText ?? []) expect(read.text).not.toContain(s);
		});

	it('P03 p03-pasted-nbsp.txt', () => {
		const text = readFileSync(join(HERE, 'pages/p03-pasted-nbsp.txt'), 'utf8');
		const base: DatasetFile = {
			format: 'evidence-timeline',
			version: 1,
			title: 'Pasted',
			topics: [{ id: 'news', label: 'News' }],
			actors: [],
			sources: [],
			events: []
		};
		const result = addArticle(base, text, { sourceTexts: new Map(), outlet: 'Pasted' });
		expect(result.source.published.date).toBe('2024-03-04');
		const starts = result.drafts.map((d) => d.date.start);
		for (const day of ['2024-03-03', '2024-02-12']) expect(starts).toContain(day);
		for (const draft of result.drafts)
			for (const c of draft.citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
	});
});
