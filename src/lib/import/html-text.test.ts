import { describe, expect, it } from 'vitest';
import {
	decodeEntities,
	decodeHtmlBytes,
	escapeHtml,
	htmlToLine,
	htmlToText
} from './html-text.ts';

describe('htmlToText', () => {
	it('turns block elements into lines and drops other tags', () => {
		expect(
			htmlToText('<p>One <b>bold</b> move.</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul>')
		).toBe('One bold move.\nTwo\nlines\na\nb');
	});

	it('drops script and style elements with their content, closed or not', () => {
		expect(htmlToText('<p>Before</p><script>alert("<p>x</p>")</script><p>after</p>')).toBe(
			'Before\nafter'
		);
		expect(htmlToText('<STYLE type="text/css">p { color: red }</STYLE>Text')).toBe('Text');
		expect(htmlToText('Kept<script src="x.js">never closed <p>hidden</p>')).toBe('Kept');
		expect(htmlToText('a<!-- <p>comment</p> -->b')).toBe('ab');
	});

	it('decodes named, decimal and hex references after removing tags', () => {
		expect(htmlToText('&ldquo;Ides&rdquo; &#8212; Plutarch&#x2019;s caf&eacute; &amp; more')).toBe(
			'“Ides” — Plutarch’s café & more'
		);
		// Escaped markup is text the author meant to show, not a tag.
		expect(htmlToText('&lt;script&gt;x&lt;/script&gt;')).toBe('<script>x</script>');
	});

	it('keeps unknown references and a lone "<" as written', () => {
		expect(decodeEntities('&bogus; &qacute; &#0; &#xD800;')).toBe('&bogus; &qacute; \ufffd \ufffd');
		expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
	});

	it('collapses white space, including no-break spaces, and leaves no blank line', () => {
		expect(htmlToText('  46&nbsp;BCE \t\n\n <p>  </p>  next\r\nline ')).toBe('46 BCE\nnext\nline');
	});

	it('ignores a ">" inside a quoted attribute', () => {
		expect(htmlToText('<a title="a > b" href="x">link</a>')).toBe('link');
	});
});

describe('htmlToLine and escapeHtml', () => {
	it('puts a fragment on one line', () => {
		expect(htmlToLine('<h2>Inter</h2><p>gravissimas</p>')).toBe('Inter gravissimas');
	});

	it('escapes text so that htmlToLine gives it back', () => {
		const text = `A & B <script>x</script> "q" 'a' &amp; &#39;`;
		expect(htmlToLine(escapeHtml(text))).toBe(text);
	});
});

describe('decodeHtmlBytes', () => {
	const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

	it('reads a page saved in the windows-1252 its meta declares, as a browser does', () => {
		const page = latin1(
			'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>caf\u00e9 in Z\u00fcrich \u0093quoted\u0094</body></html>'
		);
		expect(decodeHtmlBytes(page)).toContain('café in Zürich “quoted”');
	});

	it('reads UTF-8 as UTF-8 whatever the page declares, keeping a byte order mark', () => {
		const bytes = new TextEncoder().encode('\uFEFF<meta charset="windows-1252"><p>café</p>');
		expect(decodeHtmlBytes(bytes)).toBe('\uFEFF<meta charset="windows-1252"><p>café</p>');
	});

	it('gives nothing for bytes that are not UTF-8 and declare no encoding it can read', () => {
		expect(decodeHtmlBytes(latin1('<p>caf\u00e9</p>'))).toBeUndefined();
		expect(decodeHtmlBytes(latin1('<meta charset="x-no-such"><p>caf\u00e9</p>'))).toBeUndefined();
	});
});
