import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readArticle } from './read-article.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Flood - Valley Post</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>River bursts its banks</h1>
<p>The river burst its banks on Tuesday, 4 March 2025, flooding the lower town for the first time in forty years.</p>
<p>Residents were moved to the school hall overnight, the council said, and the water fell by Thursday.</p>
<p>Engineers will inspect the old levee next week before the spring rains, a spokeswoman for the council said.</p>
</article><footer>© Valley Post</footer></body></html>`;

describe('readArticle: one file as the CLI and Add article read it', () => {
	it('keeps a text file as it is, its byte-order mark too, with no provenance', () => {
		const read = readArticle({ name: 'a.txt', bytes: utf8('\uFEFFOn Monday the bridge closed.') });
		expect(read).toEqual({ name: 'a.txt', text: '\uFEFFOn Monday the bridge closed.' });
	});

	it('reads a saved page by its main text and keeps the page’s own hash and file name', () => {
		const bytes = utf8(PAGE);
		const read = readArticle({ name: 'archive.zip/news/flood.html', bytes });
		if (typeof read === 'string') throw new Error(read);
		expect(read.text).toContain('The river burst its banks on Tuesday, 4 March 2025');
		expect(read.text).not.toContain('Home');
		expect(read.extractedFrom).toMatchObject({
			file: 'flood.html',
			sha256: createHash('sha256').update(bytes).digest('hex'),
			mediaType: 'text/html'
		});
	});

	it('refuses bytes that are not UTF-8 in one line that names the file', () => {
		const read = readArticle({
			name: 'notes.txt',
			bytes: new Uint8Array([0x4f, 0x6e, 0xff, 0x20])
		});
		expect(read).toBe(
			'notes.txt: not UTF-8 text; save it as UTF-8 first (offsets are counted in UTF-8 text)'
		);
	});

	it('refuses a page with no article in one line that names the file', () => {
		const read = readArticle({
			name: 'menu.html',
			bytes: utf8('<html><body><nav><a href="/">Home</a></nav></body></html>')
		});
		expect(read).toMatch(/^menu\.html: no main text found in the page/);
	});
});
