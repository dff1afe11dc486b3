/**
 * One article file as the drafting pipeline reads it, for the CLI (`scripts/add-article.ts`) and
 * Add article's worker (`authoring/read-files.ts`) alike: a `.txt` as it is, a saved page
 * (`.htm`, `.html`) by its main text (Readability over linkedom, `saved-page.ts`), with the page's
 * own SHA-256 kept as provenance. The two read the same bytes to the same text and say the same
 * thing of a file they cannot read.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { ExtractedFrom } from '../data/types.ts';
import { decodeHtmlBytes } from '../import/html-text.ts';
import { EXTRACTOR } from './extract.ts';
import { extractSavedPage } from './saved-page.ts';

/** A file's name and bytes, however it arrived (a path, an input, a zip entry). */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

/** An article as read: the text citations point into, and a saved page's title and provenance. */
export interface ReadArticle {
	/** The name it was given, for messages. */
	name: string;
	text: string;
	/** A saved page's own title, when the author gave none. */
	pageTitle?: string;
	extractedFrom?: ExtractedFrom;
}

/** What the pipeline reads as an article: plain text and saved web pages. */
export const ARTICLE_FILE = /\.(?:txt|html?)$/i;

const SAVED_PAGE = /\.html?$/i;

function decodeUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** One article file, or the one line (naming the file) that says why it cannot be read. */
export function readArticle(file: NamedBytes): ReadArticle | string {
	const isPage = SAVED_PAGE.test(file.name);
	// Offsets are counted in UTF-8 text, as check:data reads it (a byte-order mark kept). A saved
	// page may be in the encoding it declares: only its extracted text is kept, as UTF-8.
	const text = isPage ? decodeHtmlBytes(file.bytes) : decodeUtf8(file.bytes);
	if (text === undefined)
		return isPage
			? `${file.name}: neither UTF-8 nor in an encoding the page declares; save it as UTF-8 first (offsets are counted in UTF-8 text)`
			: `${file.name}: not UTF-8 text; save it as UTF-8 first (offsets are counted in UTF-8 text)`;
	if (!isPage) return { name: file.name, text };
	const page = extractSavedPage(text);
	if (!page)
		return `${file.name}: no main text found in the page (Readability found no article); give the article's text instead`;
	return {
		name: file.name,
		text: page.text,
		pageTitle: page.title,
		extractedFrom: {
			file: file.name.split('/').pop()!,
			sha256: bytesToHex(sha256(file.bytes)),
			mediaType: 'text/html',
			extractor: EXTRACTOR
		}
	};
}
