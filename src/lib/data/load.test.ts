import { describe, expect, it } from 'vitest';
import { loadDataset, loadSourceText } from './load.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const url = new URL('https://example.org/app/events.json');
const respond =
	(response: Partial<Response>): typeof fetch =>
	() =>
		Promise.resolve({ ok: true, status: 200, ...response } as Response);

describe('loadDataset', () => {
	it('loads and validates a dataset', async () => {
		const dataset = await loadDataset(
			url,
			respond({ text: () => Promise.resolve(JSON.stringify(miniDataset())) })
		);
		expect(dataset.problems).toEqual([]);
		expect(dataset.events).toHaveLength(4);
	});

	it.each([
		[
			'a network failure',
			() => Promise.reject(new TypeError('Failed to fetch')),
			'could not be fetched: Failed to fetch'
		],
		['an HTTP error', respond({ ok: false, status: 404 }), 'could not be fetched: HTTP 404'],
		[
			'a body that fails while being read',
			respond({ text: () => Promise.reject(new Error('connection reset')) }),
			'could not be fetched: connection reset'
		],
		[
			'an HTML page where the file should be (a single-page-app host’s fallback)',
			respond({
				headers: new Headers({ 'content-type': 'text/html; charset=utf-8' }),
				text: () => Promise.resolve('<!doctype html><title>App</title>')
			}),
			'could not be fetched: the server sent a web page instead (the file is probably missing)'
		],
		[
			'a body that is not JSON',
			respond({ text: () => Promise.resolve('<html>') }),
			'is not valid JSON'
		]
	] as [string, typeof fetch, string][])(
		'reports %s as a problem naming the file, never throwing',
		async (_, fetcher, message) => {
			const dataset = await loadDataset(url, fetcher);
			expect(dataset.events).toEqual([]);
			expect(dataset.problems).toHaveLength(1);
			expect(dataset.problems[0].file).toBe('events.json');
			expect(dataset.problems[0].message).toContain(message);
		}
	);
});

describe('loadSourceText', () => {
	const source = new URL('https://example.org/app/sources/a%20b.txt');

	it('returns the text as sent', async () => {
		const fetcher = respond({
			headers: new Headers({ 'content-type': 'text/plain; charset=utf-8' }),
			text: () => Promise.resolve('The text.')
		});
		expect(await loadSourceText(source, fetcher)).toBe('The text.');
	});

	it('refuses an HTTP error and an index page served for a missing file, naming the file', async () => {
		await expect(loadSourceText(source, respond({ ok: false, status: 404 }))).rejects.toThrow(
			'a b.txt: HTTP 404'
		);
		const fallback = respond({
			headers: new Headers({ 'content-type': 'text/html' }),
			text: () => Promise.resolve('<!doctype html>')
		});
		await expect(loadSourceText(source, fallback)).rejects.toThrow(
			'a b.txt: the server sent a web page instead (the file is probably missing)'
		);
	});
});
