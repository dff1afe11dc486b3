import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { loadSourceText } from './source-text.ts';

const url = new URL('https://example.org/app/events.json');
const respond =
	(response: Partial<Response>): typeof fetch =>
	() =>
		Promise.resolve({ ok: true, status: 200, ...response } as Response);

describe('loadSourceText', () => {
	const source = new URL('https://example.org/app/sources/a%20b.txt');
	const bytesOf = (text: string) => () => Promise.resolve(new TextEncoder().encode(text).buffer);
	const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

	it('returns the text as sent, checked against its checksum', async () => {
		const fetcher = respond({
			headers: new Headers({ 'content-type': 'text/plain; charset=utf-8' }),
			arrayBuffer: bytesOf('The text — as sent.')
		});
		expect(
			await loadSourceText(source, url.origin, sha256('The text — as sent.'), { fetcher })
		).toEqual({
			text: 'The text — as sent.',
			integrity: { status: 'verified' }
		});
		expect(await loadSourceText(source, url.origin, undefined, { fetcher })).toEqual({
			text: 'The text — as sent.',
			integrity: { status: 'no-checksum' }
		});
	});

	it('tells a text that differs from the one cited by one byte', async () => {
		const fetcher = respond({ arrayBuffer: bytesOf('The text, as sent.') });
		const loaded = await loadSourceText(source, url.origin, sha256('The text as sent.'), {
			fetcher
		});
		expect(loaded.integrity).toEqual({
			status: 'mismatch',
			expected: sha256('The text as sent.'),
			actual: sha256('The text, as sent.')
		});
	});

	it('never asks another site, even when told to', async () => {
		const fetcher = vi.fn(respond({ arrayBuffer: bytesOf('x') }));
		await expect(
			loadSourceText(new URL('https://elsewhere.example/a.txt'), url.origin, undefined, { fetcher })
		).rejects.toThrow('a.txt: it is on another site (https://elsewhere.example)');
		expect(fetcher).not.toHaveBeenCalled();
	});

	it('refuses an HTTP error, a redirect and an index page served for a missing file, naming the file', async () => {
		const load = (fetcher: typeof fetch) =>
			loadSourceText(source, url.origin, undefined, { fetcher });
		await expect(load(respond({ ok: false, status: 404 }))).rejects.toThrow('a b.txt: HTTP 404');
		await expect(load(respond({ ok: false, status: 302 }))).rejects.toThrow(
			'a b.txt: the server redirects it elsewhere'
		);
		const fallback = respond({
			headers: new Headers({ 'content-type': 'text/html' }),
			arrayBuffer: bytesOf('<!doctype html>')
		});
		await expect(load(fallback)).rejects.toThrow(
			'a b.txt: the server sent a web page instead (the file is probably missing)'
		);
	});
});
