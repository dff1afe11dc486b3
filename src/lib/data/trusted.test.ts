import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDataset, sha256Hex } from './load.ts';
import { isTrusted, readTrustedDataset, type TrustedFile } from './trusted.ts';
import type { DatasetFile } from './types.ts';
import { validateDataset } from './validate.ts';

const text = readFileSync('events.json', 'utf8');
const trustedOf = (content: string): TrustedFile => {
	const bytes = Buffer.from(content, 'utf8');
	return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
};
const serve = (content: string) =>
	(() =>
		Promise.resolve(
			new Response(content, { headers: { 'Content-Type': 'application/json' } })
		)) as unknown as typeof fetch;

describe('the bundled dataset, trusted by its hash', () => {
	it('reads exactly what the validator returns for it', () => {
		const raw = JSON.parse(text) as DatasetFile;
		const validated = validateDataset(JSON.parse(text), { file: 'events.json' });
		expect(validated.problems).toEqual([]);
		expect(readTrustedDataset(raw)).toEqual(validated);
	});

	it('trusts only the same bytes', async () => {
		const trusted = trustedOf(text);
		expect(await isTrusted(text, trusted, sha256Hex)).toBe(true);
		// One character changed, same length: the hash tells.
		const edited = text.replace('"importance": 2', '"importance": 9');
		expect(edited).not.toBe(text);
		expect(await isTrusted(edited, trusted, sha256Hex)).toBe(false);
		expect(await isTrusted(text + ' ', trusted, sha256Hex)).toBe(false);
		expect(await isTrusted(text, undefined, sha256Hex)).toBe(false);
		// Where the browser cannot hash, nothing is trusted.
		expect(await isTrusted(text, trusted, async () => undefined)).toBe(false);
	});

	it('validates any other file, and reports its problems by event and field', async () => {
		const broken = text.replace('"importance": 2', '"importance": 9');
		const dataset = await loadDataset(new URL('https://app.example/events.json'), {
			fetcher: serve(broken),
			trusted: trustedOf(text)
		});
		expect(dataset.problems.map((p) => p.path)).toContainEqual(
			expect.stringMatching(/^events\[\d+\]\.importance$/)
		);
		// The file the build validated loads with no problem and every event.
		const bundled = await loadDataset(new URL('https://app.example/events.json'), {
			fetcher: serve(text),
			trusted: trustedOf(text)
		});
		expect(bundled.problems).toEqual([]);
		expect(bundled.events).toHaveLength((JSON.parse(text) as DatasetFile).events.length);
	});
});
