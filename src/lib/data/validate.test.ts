import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from './validate.ts';
import { computeWhen } from './event.ts';
import { parsePartialDate } from './civil-date.ts';
import { generateSyntheticDataset } from '../../../scripts/synthetic-dataset.ts';
import { MINI_FILE, MINI_TEXT, at, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import type { DatasetFile } from './types.ts';

const texts = new Map([[MINI_FILE, MINI_TEXT]]);
const check = (data: unknown, sourceTexts: ReadonlyMap<string, string> | undefined = texts) =>
	validateDataset(data, { file: 'events.json', sourceTexts });

describe('validateDataset', () => {
	it('accepts the valid fixture with no problems, in canonical order', () => {
		const result = check(miniDataset());
		expect(result.problems).toEqual([]);
		expect(result.events.map((e) => e.id)).toEqual([
			'training-in-lebanon',
			'drone-strike-jordan',
			'halt-to-attacks',
			'kharkiv-school-shelled'
		]);
		expect(result.events[1].when.label).toBe('January 2024');
	});

	it('keeps every field of every event as written when events share their dates, words and labels', () => {
		// 3 000 events over 40 years repeat starts, ends, precisions, qualifiers and labels: the
		// validator makes each repeated text one string, and no event may read another's value.
		const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
		const input = generateSyntheticDataset(real, { events: 3_000, seed: 11 });
		const written = new Map(structuredClone(input).events.map((e) => [e.id, e]));
		const result = validateDataset(input, { file: 'big.json' });
		expect(result.problems).toEqual([]);
		expect(result.events).toHaveLength(3_000);
		for (const { when, ...record } of result.events) {
			expect(record).toStrictEqual(written.get(record.id));
			const { date } = record;
			const start = parsePartialDate(date.start)!;
			const end = date.end === undefined ? undefined : parsePartialDate(date.end)!;
			expect(when).toStrictEqual(computeWhen(start, end, date.approximate, date.qualifier));
		}
	});

	type Fault = [string, (d: DatasetFile) => void, RegExp, string];
	const faults: Fault[] = [
		[
			'a moved offset',
			(d) => {
				d.events[1].citations[0].start += 1;
				d.events[1].citations[0].end += 1;
			},
			/citations\[0\]\.quote/,
			'does not match mini.txt'
		],
		[
			'an edited quote',
			(d) => {
				d.events[1].citations[0].quote = d.events[1].citations[0].quote.replace('drone', 'missile');
			},
			/citations\[0\]\.quote/,
			'does not match'
		],
		[
			'a wrong derived date',
			(d) => {
				d.events[0].date.start = '2022';
			},
			/\.date$/,
			'does not match its derivation'
		],
		[
			'a citation into the wrong segment',
			(d) => {
				d.events[3].topic = 'militias';
			},
			/citations\[0\]$/,
			'not inside a segment of topic "militias"'
		],
		[
			'an unknown actor',
			(d) => {
				d.events[0].actors = ['nobody'];
			},
			/actors\[0\]/,
			'unknown actor'
		],
		[
			'an invalid date',
			(d) => {
				d.events[2].date.start = '2024-02-30';
				delete d.events[2].date.derivation;
			},
			/date\.start/,
			'not a valid partial ISO date'
		],
		[
			'a precision that disagrees with the date',
			(d) => {
				d.events[1].date.precision = 'day';
			},
			/date\.precision/,
			'says day'
		]
	];

	it.each(faults)(
		'reports %s, naming the event and field, and keeps the others',
		(_, mutate, path, message) => {
			const data = miniDataset();
			mutate(data);
			const result = check(data);
			expect(result.problems.length).toBeGreaterThan(0);
			const problem = result.problems[0];
			expect(problem.file).toBe('events.json');
			expect(problem.path).toMatch(path);
			expect(problem.message).toContain(message);
			expect(problem.item).toBeTruthy();
			// Nothing valid is lost: only the broken event is skipped.
			expect(result.events.length).toBe(3);
			expect(result.events.map((e) => e.id)).not.toContain(problem.item);
		}
	);

	it('reports a duplicate id and keeps the first event of that id', () => {
		const data = miniDataset();
		data.events.push({ ...data.events[0] });
		const result = check(data);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toContain('duplicate event id "training-in-lebanon"');
		expect(result.events).toHaveLength(4);
	});

	it('reports a missing source file', () => {
		const result = check(miniDataset(), new Map());
		expect(result.problems[0]).toMatchObject({
			item: 'mini',
			path: 'sources[0].file',
			message: 'source file mini.txt is missing'
		});
	});

	it('reports events out of canonical order but still shows them, sorted', () => {
		const data = miniDataset();
		data.events.reverse();
		const result = check(data);
		expect(result.problems).toHaveLength(1);
		expect(result.problems[0].message).toContain('not in canonical order');
		expect(result.events[0].id).toBe('training-in-lebanon');
	});

	it('refuses an unknown format version with a clear message', () => {
		const result = check({ ...miniDataset(), version: 2 });
		expect(result.events).toEqual([]);
		expect(result.problems[0].message).toContain('format version 2 is not supported');
	});

	it('never throws on garbage', () => {
		for (const garbage of [
			null,
			42,
			'x',
			[],
			{ version: 1 },
			{ ...miniDataset(), events: [1, null, 'a'] }
		])
			expect(() => check(garbage)).not.toThrow();
	});

	it('handles curly quotes and non-ASCII text in quotes by UTF-16 index', () => {
		const quote = at('“Shelling hit a school in Kharkiv yesterday,”');
		expect(MINI_TEXT.slice(quote.start, quote.end)).toBe(quote.quote);
		expect(check(miniDataset()).problems).toEqual([]);
	});

	it("loads source texts only from the dataset's origin: sourceBase is a relative path", () => {
		for (const base of [
			'https://elsewhere.example/',
			'//elsewhere.example/',
			'javascript:alert(1)//',
			'a\\b',
			' //elsewhere.example/',
			'/\t/elsewhere.example/',
			'\n//elsewhere.example/',
			'/archive/sources/'
		]) {
			const result = validateDataset({ ...miniDataset(), sourceBase: base }, { file: 'mini.json' });
			expect(result.sourceBase).toBe('sources/');
			expect(result.problems.map((p) => p.path)).toEqual(['sourceBase']);
			expect(result.events.length).toBe(
				validateDataset(miniDataset(), { file: 'mini.json' }).events.length
			);
		}
		for (const base of ['texts/', '../shared/sources/']) {
			const result = validateDataset({ ...miniDataset(), sourceBase: base }, { file: 'mini.json' });
			expect(result.sourceBase).toBe(base);
			expect(result.problems).toEqual([]);
		}
	});

	it('keeps draft marks, and refuses a draft field that is not true or false', () => {
		const data = miniDataset();
		data.events[0].draft = true;
		(data.events[1] as unknown as { draft: string }).draft = 'yes';
		const result = validateDataset(data, { file: 'mini.json' });
		expect(result.events.find((e) => e.id === data.events[0].id)?.draft).toBe(true);
		expect(result.problems.map((p) => [p.item, p.path])).toEqual([
			[data.events[1].id, 'events[1].draft']
		]);
	});

	it('keeps a source’s extractedFrom, and names each of its fields that is wrong', () => {
		const data = miniDataset();
		const from = {
			file: 'p.html',
			sha256: 'ab'.repeat(32),
			mediaType: 'text/html' as const,
			extractor: 'x 1'
		};
		data.sources[0].extractedFrom = from;
		expect(validateDataset(data, { file: 'mini.json' }).problems).toEqual([]);
		Object.assign(from, { sha256: 'ABC', mediaType: 'application/pdf' });
		const problems = validateDataset(data, { file: 'mini.json' }).problems;
		// The source is refused (its events then cite an unknown source); its own problems:
		expect(problems.filter((p) => p.path.startsWith('sources')).map((p) => p.path)).toEqual([
			'sources[0].extractedFrom.mediaType',
			'sources[0].extractedFrom.sha256'
		]);
	});

	it('keeps a draft’s citationOf, and refuses one on an accepted event or naming no event', () => {
		const data = miniDataset();
		Object.assign(data.events[0], { draft: true, citationOf: data.events[1].id });
		Object.assign(data.events[2], { citationOf: data.events[1].id });
		Object.assign(data.events[3], { draft: true, citationOf: 'no-such-event' });
		const result = validateDataset(data, { file: 'mini.json' });
		expect(result.events.find((e) => e.id === data.events[0].id)?.citationOf).toBe(
			data.events[1].id
		);
		expect(result.problems.map((p) => [p.item, p.path, p.message])).toEqual([
			[data.events[2].id, 'events[2].citationOf', expect.stringMatching(/on a draft only/)],
			[data.events[3].id, 'events[3].citationOf', 'names an unknown event "no-such-event"']
		]);
	});

	it('keeps a source whose archivedUrl is no web address, leaving the address out', () => {
		const data = miniDataset();
		data.sources[0].archivedUrl = 'data:text/html,<script>alert(1)</script>';
		const result = check(data);
		expect(result.problems.map((p) => [p.item, p.path])).toEqual([
			['mini', 'sources[0].archivedUrl']
		]);
		// Every event citing it is still shown, and the record shown has no such address.
		expect(result.events).toHaveLength(miniDataset().events.length);
		expect(result.sources[0]).not.toHaveProperty('archivedUrl');
		expect(data.sources[0].archivedUrl).toMatch(/^data:/);
	});

	it.each([
		['zero-width characters', '\u200B\u200D\uFEFF'],
		['bidi controls', '\u202E\u2066\u2069'],
		['a soft hyphen', '\u00AD']
	])('refuses a title of %s only: nobody could read or click it', (_, title) => {
		const data = miniDataset();
		data.events[0].title = title;
		const result = check(data);
		expect(result.problems).toEqual([
			expect.objectContaining({
				item: data.events[0].id,
				path: 'events[0].title',
				message: expect.stringMatching(/visible character/)
			})
		]);
		expect(result.events).toHaveLength(miniDataset().events.length - 1);
	});

	it('refuses a title longer than 1 000 characters, naming its length', () => {
		const data = miniDataset();
		data.events[0].title = 'A'.repeat(1001);
		expect(check(data).problems).toEqual([
			expect.objectContaining({ path: 'events[0].title', message: expect.stringMatching(/1001/) })
		]);
		data.events[0].title = 'A'.repeat(1000);
		expect(check(data).problems).toEqual([]);
	});

	it('refuses a quote that begins or ends inside a surrogate pair, with or without the text', () => {
		const text = 'Talks 😀 ended.\n';
		const start = text.indexOf('😀') + 1;
		const end = text.length - 1;
		const data = miniDataset();
		data.sources[0].segments = [{ start: 0, end: text.length, topic: 'militias' }];
		data.events = [
			{
				...data.events[0],
				citations: [{ source: 'mini', quote: text.slice(start, end), start, end }]
			}
		];
		for (const sourceTexts of [new Map([[MINI_FILE, text]]), undefined])
			expect(check(data, sourceTexts).problems).toEqual([
				expect.objectContaining({
					path: 'events[0].citations[0].quote',
					message: expect.stringMatching(/inside a character/)
				})
			]);
	});

	it('drops a second source with an id already written, even when the first is invalid', () => {
		const data = miniDataset();
		data.sources.push({ ...data.sources[0], file: 'other.txt', title: 'Impostor' });
		const result = check(data, new Map());
		expect(result.problems.filter((p) => p.path.startsWith('sources'))).toEqual([
			expect.objectContaining({ item: 'mini', path: 'sources[0].file' }),
			expect.objectContaining({ item: 'mini', path: 'sources[1].id' })
		]);
		expect(result.sources).toEqual([]);
	});
});
