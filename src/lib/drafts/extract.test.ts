import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMainText, paragraphsOf } from './extract.ts';

// Any DOM document will do: DOMParser's (jsdom's here); the CLI and Add article pass linkedom's
// (`saved-page.ts`).
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const PAGE = readFileSync('tests/fixtures/html-page/page.html', 'utf8');

describe('extractMainText', () => {
	const page = extractMainText(parse(PAGE))!;

	it('keeps the article: headline, byline and paragraphs, one per block, separated by blank lines', () => {
		const paragraphs = page.text.trimEnd().split('\n\n');
		expect(paragraphs.slice(0, 3)).toEqual([
			'Militias end truce with US forces, threaten wider attacks',
			'By Jane Example, Example Wire',
			'BAGHDAD, March 4, 2024 — An alliance of Iraqi militias has declared an end to its truce with US forces, saying it will widen its attacks across the region.'
		]);
		// A line break inside a paragraph ends a line of text; inline markup does not.
		expect(paragraphs).toContain(
			'The group paused its attacks in February after a US strike in Baghdad.'
		);
		expect(page.text).toContain('that the United States had ignored');
		expect(page.title).toBe('Militias end truce with US forces, threaten wider attacks');
		expect(page.publishedTime).toBe('2024-03-04T09:12:00Z');
	});

	it('leaves out the page around it: navigation, banners, scripts, related links, footer', () => {
		for (const chrome of [
			'Subscribe today',
			'window.tracker',
			'font-family',
			'Most read',
			'Storm hits coast',
			'All rights reserved',
			'Weather'
		])
			expect(page.text).not.toContain(chrome);
	});

	it('finds nothing in a page with no article', () => {
		expect(
			extractMainText(parse('<html><body><nav><a href="/">Home</a></nav></body></html>'))
		).toBeUndefined();
	});

	it('leaves the document it reads as it was', () => {
		const document = parse(PAGE);
		const before = document.documentElement.outerHTML;
		extractMainText(document);
		expect(document.documentElement.outerHTML).toBe(before);
	});
});

describe('paragraphsOf', () => {
	it('gives one paragraph per block and collapses white space, skipping scripts', () => {
		const div = parse(
			'<div><p>One  <b>two</b>\n three</p>loose <i>text</i><ul><li>a</li><li>b</li></ul><script>x()</script></div>'
		).body;
		expect(paragraphsOf(div)).toEqual(['One two three', 'loose text', 'a', 'b']);
	});
});
