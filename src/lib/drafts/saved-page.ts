/**
 * A saved web page's HTML as an inert document, built by linkedom: a DOM of plain objects over
 * htmlparser2, outside any browser document. Add article's worker and the `add-article` CLI both
 * parse with it, so a page's text is extracted the same way in either. In the page a
 * `DOMParser` would build the document under the app's Content-Security-Policy, and Chromium
 * reports the saved page's inline handlers and `<base>` to it as violations while it parses
 * (red-team case P01), though nothing runs; linkedom has no policy, runs nothing and loads nothing.
 */
import { parseHTML } from 'linkedom/worker';
import { extractMainText, type ExtractedPage } from './extract.ts';

/** The document `html` describes; its scripts never run and its resources are never fetched. */
export function parseSavedPage(html: string): Document {
	return parseHTML(html).document as unknown as Document;
}

/**
 * The main text of the saved page `html` (already decoded), or undefined when it holds no
 * article: the one extraction Add article and the CLI share.
 */
export function extractSavedPage(html: string): ExtractedPage | undefined {
	return extractMainText(parseSavedPage(html));
}
