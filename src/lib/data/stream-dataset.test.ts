import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDatasetStream, type ReadProgress } from './stream-dataset.ts';
import { parseDatasetText } from './parse-dataset.ts';
import { loadDataset, STREAM_ABOVE_BYTES } from './load.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

/** `text` as UTF-8 bytes in a stream of `size`-byte chunks (cutting through multi-byte characters). */
function chunked(text: string, size: number): ReadableStream<Uint8Array> {
	const bytes = new TextEncoder().encode(text);
	let at = 0;
	return new ReadableStream({
		pull(controller) {
			if (at >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(at, at + size));
			at += size;
		}
	});
}

const seedText = readFileSync('events.json', 'utf8');

describe('parseDatasetStream', () => {
	it('reads the bundled dataset, in chunks of every size, to exactly what JSON.parse gives', async () => {
		const whole = parseDatasetText(seedText, 'events.json');
		expect(whole.events.length).toBeGreaterThan(40);
		for (const size of [1, 997, 65_536]) {
			const streamed = await parseDatasetStream(chunked(seedText, size), 'events.json');
			expect(streamed).toEqual(whole);
		}
	});

	it('reports every problem the one-string path reports, naming the file, the event and the field, and keeps every valid event', async () => {
		const data = miniDataset() as unknown as Record<string, unknown>;
		const events = data.events as Record<string, unknown>[];
		(events[1].date as Record<string, unknown>).start = '2024-13-40';
		events[2].topic = 'no-such-topic';
		const text = JSON.stringify(data);
		const whole = parseDatasetText(text, 'big.json');
		const streamed = await parseDatasetStream(chunked(text, 64), 'big.json');
		expect(whole.problems.length).toBeGreaterThanOrEqual(2);
		expect(streamed).toEqual(whole);
		expect(streamed.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id));
		expect(streamed.problems.map((p) => [p.file, p.item, p.path])).toContainEqual([
			'big.json',
			events[2].id,
			'events[2].topic'
		]);
	});

	it('reads a file whose header follows its events, with the same events and problems', async () => {
		const { events, ...header } = miniDataset() as unknown as Record<string, unknown>;
		(events as Record<string, unknown>[])[0].actors = ['nobody'];
		const reordered = JSON.stringify({ events, ...header });
		const whole = parseDatasetText(reordered, 'late.json');
		const streamed = await parseDatasetStream(chunked(reordered, 100), 'late.json');
		expect(streamed.events).toEqual(whole.events);
		expect(streamed.title).toBe('Mini');
		expect(streamed.problems).toEqual(whole.problems);
		expect(streamed.problems).toHaveLength(1);
	});

	it.each([
		['cut off in the middle', (text: string) => text.slice(0, Math.floor(text.length / 2))],
		['with a stray character', (text: string) => text.replace(/"events":\s*\[/, '"events": [x')],
		['with text after its end', (text: string) => `${text} {}`]
	])('gives one clear problem naming the file for a big file %s', async (_, spoil) => {
		const dataset = await parseDatasetStream(chunked(spoil(seedText), 4096), 'huge.json');
		expect(dataset.events).toEqual([]);
		expect(dataset.problems).toHaveLength(1);
		expect(dataset.problems[0]).toMatchObject({ file: 'huge.json', path: '(file)' });
		expect(dataset.problems[0].message).toMatch(/^is not valid JSON: \S/);
	});

	it('tells how far it has read, up to the whole file', async () => {
		const seen: ReadProgress[] = [];
		const total = new TextEncoder().encode(seedText).length;
		await parseDatasetStream(chunked(seedText, 50_000), 'events.json', {
			total,
			onProgress: (p) => seen.push(p)
		});
		expect(seen.length).toBe(Math.ceil(total / 50_000));
		expect(seen.at(-1)).toEqual({ loaded: total, total });
		expect(seen.map((p) => p.loaded)).toEqual([...seen.map((p) => p.loaded)].sort((a, b) => a - b));
	});
});

describe('loadDataset: which path a file takes', () => {
	const url = new URL('https://example.org/app/big.json');
	/** A server answer whose body is `text` and whose stated length is `length`. */
	const serve =
		(text: string, headers: Record<string, string>, calls: string[]): typeof fetch =>
		() => {
			const response = new Response(chunked(text, 8192), { status: 200, headers });
			return Promise.resolve(
				new Proxy(response, {
					get(target, key) {
						if (key === 'text') {
							calls.push('text');
							return () => target.text();
						}
						if (key === 'body') calls.push('body');
						const value = Reflect.get(target, key, target);
						return typeof value === 'function' ? value.bind(target) : value;
					}
				})
			);
		};

	it('reads a file the server says is over the threshold as it arrives, with progress', async () => {
		const calls: string[] = [];
		const seen: ReadProgress[] = [];
		const dataset = await loadDataset(url, {
			fetcher: serve(seedText, { 'content-length': String(STREAM_ABOVE_BYTES + 1) }, calls),
			onProgress: (p) => seen.push(p)
		});
		expect(calls).not.toContain('text');
		expect(dataset.problems).toEqual([]);
		expect(dataset.events).toEqual(parseDatasetText(seedText, 'big.json').events);
		expect(seen[0]).toEqual({ loaded: 0, total: STREAM_ABOVE_BYTES + 1 });
	});

	it('reads an ordinary file as one string', async () => {
		const calls: string[] = [];
		const dataset = await loadDataset(url, {
			fetcher: serve(seedText, { 'content-length': String(seedText.length) }, calls)
		});
		expect(calls).toContain('text');
		expect(dataset.events.length).toBeGreaterThan(40);
	});

	it.each([
		['at most the threshold: as one string', 10 * seedText.length],
		['past the threshold: read as it arrives', 10_000]
	])(
		'reads a body whose length is not said (a compressed answer) itself, %s, asking once',
		async (_, streamAboveBytes) => {
			const calls: string[] = [];
			let asked = 0;
			const fetcher: typeof fetch = (...args) => {
				asked++;
				return serve(seedText, { 'content-encoding': 'gzip' }, calls)(...args);
			};
			const seen: ReadProgress[] = [];
			const dataset = await loadDataset(url, {
				fetcher,
				streamAboveBytes,
				onProgress: (p) => seen.push(p)
			});
			expect(asked).toBe(1);
			// Chromium's text() gives "" for a body longer than the longest string: never used here.
			expect(calls).not.toContain('text');
			expect(dataset.problems).toEqual([]);
			expect(dataset.events).toEqual(parseDatasetText(seedText, 'big.json').events);
			// Progress is told only for a file read as it arrives, with no total to show.
			if (streamAboveBytes === 10_000) {
				expect(seen.at(-1)).toEqual({ loaded: new TextEncoder().encode(seedText).length });
			} else expect(seen).toEqual([]);
		}
	);

	it('names the file when the body breaks off while it is read as it arrives', async () => {
		const broken = new ReadableStream<Uint8Array>({
			start(controller) {
				controller.enqueue(new TextEncoder().encode('{"format":'));
				controller.error(new TypeError('network error'));
			}
		});
		const dataset = await loadDataset(url, {
			fetcher: () => Promise.resolve(new Response(broken, { status: 200 })),
			streamAboveBytes: 0
		});
		expect(dataset.problems).toEqual([
			{ file: 'big.json', path: '(file)', message: 'could not be fetched: network error' }
		]);
	});
});
