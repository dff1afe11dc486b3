/**
 * The main text of a saved web page, for `add-article`: Mozilla's Readability (the engine of
 * Firefox's reader view) finds the article in the page, and this module turns what it keeps into
 * plain text with one paragraph per block, which is the text that citations point into. Runs on
 * any DOM `Document` (no Node API here): a saved page's is linkedom's (`saved-page.ts`), in the CLI
 * and in Add article's worker alike.
 */
import { Readability } from '@mozilla/readability';

/** What `extractMainText` gives: the text to cite, and what the page says of itself. */
export interface ExtractedPage {
	/** Plain text: the headline, the byline when Readability finds one, then the paragraphs, separated by blank lines. */
	text: string;
	title?: string;
	byline?: string;
	/** The publication time the page's metadata gives, if any (not part of the text). */
	publishedTime?: string;
}

/** The library and version that extracted the text, recorded with the source (`extractedFrom`). */
export const EXTRACTOR = '@mozilla/readability 0.6.0';

/**
 * Elements that start a paragraph of their own. Readability returns the article as HTML and its
 * `textContent` runs paragraphs together ("…soldiers.The ministry said…"), which breaks sentence
 * splitting; no library turns its HTML into paragraph text, so this small walk does.
 */
const BLOCKS = new Set([
	'ADDRESS',
	'ARTICLE',
	'ASIDE',
	'BLOCKQUOTE',
	'DD',
	'DIV',
	'DL',
	'DT',
	'FIGCAPTION',
	'FIGURE',
	'FOOTER',
	'H1',
	'H2',
	'H3',
	'H4',
	'H5',
	'H6',
	'HEADER',
	'HR',
	'LI',
	'MAIN',
	'OL',
	'P',
	'PRE',
	'SECTION',
	'TABLE',
	'TD',
	'TH',
	'TR',
	'UL'
]);
/** The fewest words the main text of an article has. */
export const MIN_WORDS = 30;

/** Elements whose text is never prose. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG']);

/** The paragraphs of `root` as plain text, one per block, white space collapsed. */
export function paragraphsOf(root: Node): string[] {
	const paragraphs: string[] = [];
	let current = '';
	const flush = () => {
		const line = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
		if (line) paragraphs.push(line);
		current = '';
	};
	const walk = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === 3) current += child.nodeValue ?? '';
			else if (child.nodeType === 1) {
				const tag = (child as Element).tagName.toUpperCase();
				if (SKIPPED.has(tag)) continue;
				if (tag === 'BR') {
					flush();
				} else if (BLOCKS.has(tag)) {
					flush();
					walk(child);
					flush();
				} else walk(child);
			}
		}
	};
	walk(root);
	flush();
	return paragraphs;
}

/**
 * The main text of the page `document` holds, or undefined when Readability finds no article
 * in it. The document is cloned first: Readability rewrites the tree it reads.
 */
export function extractMainText(document: Document): ExtractedPage | undefined {
	const article = new Readability(document.cloneNode(true) as Document).parse();
	if (!article?.content) return undefined;
	const holder = document.createElement('div');
	// Readability's output is the page's own markup, cleaned; set on a detached element of an inert
	// document (linkedom's, or any inert one), it runs nothing and loads nothing.
	holder.innerHTML = article.content;
	const body = paragraphsOf(holder);
	// Readability returns whatever it found, even a menu: fewer words than a short news brief is
	// not an article to draft events from.
	const words = body.join(' ').match(/\p{L}+/gu)?.length ?? 0;
	if (words < MIN_WORDS) return undefined;
	const title = article.title?.replace(/\s+/g, ' ').trim() || undefined;
	const byline = article.byline?.replace(/\s+/g, ' ').trim() || undefined;
	// The headline and byline lead the text, as on the page, unless the body already opens with them.
	const head = [title, byline].filter(
		(line): line is string => line !== undefined && !body.slice(0, 3).includes(line)
	);
	return {
		text: `${[...head, ...body].join('\n\n')}\n`,
		title,
		byline,
		publishedTime: article.publishedTime?.trim() || undefined
	};
}
