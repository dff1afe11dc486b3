import { describe, expect, it } from 'vitest';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { isSourceBase, sourceFolderUrl, sourceUrl } from './source-url.ts';

describe('isSourceBase', () => {
	it.each([
		['https://elsewhere.example/'],
		['//elsewhere.example/'],
		['javascript:alert(1)//'],
		['a\\b/'],
		// The URL parser drops a leading space and removes tabs and newlines: each of these would
		// fetch from another host if it were checked as written and resolved as parsed.
		[' //elsewhere.example/'],
		['/\t/elsewhere.example/'],
		['\n//elsewhere.example/'],
		['sources/\u0000'],
		// From the site root: only the browser knows where that is.
		['/etc/'],
		['/archive/sources/'],
		// Encoded slashes and backslashes: servers differ on decoding them, and no folder on disk
		// has such a name, so check:data could not read what the browser fetches.
		['%2F%2Felsewhere.example/'],
		['%5c%5celsewhere.example/'],
		['sources%2F..%2F..%2F'],
		[''],
		[42]
	])('refuses %j', (base) => {
		expect(isSourceBase(base)).toBe(false);
	});

	it.each([['sources/'], ['texts/'], ['../shared/sources/'], ['archive/2024/'], ['sources']])(
		'accepts %j',
		(base) => {
			expect(isSourceBase(base)).toBe(true);
		}
	);
});

describe('sourceUrl', () => {
	it('resolves a file under the base, relative to the dataset, in the browser and on disk alike', () => {
		const web = sourceUrl(
			new URL('https://news.example/t/data/events.json'),
			'../sources/',
			'a b.txt'
		);
		expect(web.href).toBe('https://news.example/t/sources/a%20b.txt');
		const dataset = pathToFileURL('/site/t/data/events.json');
		expect(fileURLToPath(sourceUrl(dataset, '../sources/', 'a b.txt'))).toBe(
			'/site/t/sources/a b.txt'
		);
		expect(fileURLToPath(sourceFolderUrl(dataset, 'sources/'))).toBe('/site/t/data/sources/');
	});
});
