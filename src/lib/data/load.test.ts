import { describe, expect, it, vi } from 'vitest';
import { loadDataset } from './load.ts';
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

describe('loadDataset: where it fetches from, and for how long', () => {
	it('stops at a redirect instead of following it to another host, and says so', async () => {
		const fetcher = vi.fn(respond({ type: 'opaqueredirect', status: 0, ok: false }));
		const dataset = await loadDataset(url, fetcher);
		expect(fetcher).toHaveBeenCalledWith(url, expect.objectContaining({ redirect: 'manual' }));
		expect(dataset.problems[0].message).toContain('the server redirects it elsewhere');
	});

	it('refuses an answer that came from another site', async () => {
		const dataset = await loadDataset(
			url,
			respond({ url: 'https://elsewhere.example/events.json', text: () => Promise.resolve('{}') })
		);
		expect(dataset.problems[0].message).toContain('another site (https://elsewhere.example)');
	});

	it('gives up on a server that never answers, naming the file and what to try', async () => {
		vi.useFakeTimers();
		try {
			const never: typeof fetch = (_input, init) =>
				new Promise((_resolve, reject) =>
					init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted')))
				);
			const loading = loadDataset(url, { fetcher: never, timeoutMs: 5000 });
			await vi.advanceTimersByTimeAsync(5000);
			const dataset = await loading;
			expect(dataset.problems).toEqual([
				expect.objectContaining({
					file: 'events.json',
					message: expect.stringContaining('no answer from the server after 5 s; check the address')
				})
			]);
		} finally {
			vi.useRealTimers();
		}
	});
});
