/**
 * Files the author gives the panel, as articles: a `.txt` as it is, a saved page (`.html`) by
 * its main text (Readability, as in the CLI), and a `.zip` of such files, each inside it read the
 * same way. Runs in Add article's worker (`pipeline.worker.ts`): the page is parsed by linkedom
 * (`extractSavedPage`, as in the CLI), never by the app's own document.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { unzipSync } from 'fflate';
import { EXTRACTOR } from '../drafts/extract.ts';
import { extractSavedPage } from '../drafts/saved-page.ts';
import { decodeHtmlBytes } from '../import/html-text.ts';
import type { ArticleIn } from './pipeline.ts';

/** A file's name and bytes, however it arrived (an input, a zip entry). */
export interface NamedBytes {
	name: string;
	bytes: Uint8Array;
}

const ARTICLE = /\.(?:txt|html?)$/i;

/** Articles read from files, and one line for each file that could not be read. */
export interface ReadArticles {
	articles: ArticleIn[];
	problems: string[];
}

/** The articles in `files`, and one line for each file that could not be read. */
export function readArticles(files: readonly NamedBytes[]): ReadArticles {
	const articles: ArticleIn[] = [];
	const problems: string[] = [];
	for (const file of files) {
		if (/\.zip$/i.test(file.name)) {
			let entries: Record<string, Uint8Array>;
			try {
				entries = unzipSync(file.bytes);
			} catch (error) {
				problems.push(
					`${file.name}: not a zip archive that can be read (${(error as Error).message})`
				);
				continue;
			}
			const names = Object.keys(entries)
				.filter(
					(n) =>
						ARTICLE.test(n) &&
						!n.split('/').some((part) => part.startsWith('.') || part === '__MACOSX')
				)
				.sort();
			if (names.length === 0) problems.push(`${file.name}: holds no .txt or .html article`);
			for (const name of names) {
				const read = readArticle({ name: `${file.name}/${name}`, bytes: entries[name] });
				if (typeof read === 'string') problems.push(read);
				else articles.push(read);
			}
			continue;
		}
		if (!ARTICLE.test(file.name)) {
			problems.push(`${file.name}: not an article (give .txt, .html or a .zip of them)`);
			continue;
		}
		const read = readArticle(file);
		if (typeof read === 'string') problems.push(read);
		else articles.push(read);
	}
	return { articles, problems };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/** One article file, or the one line that says why it cannot be read. */
export function readArticle(file: NamedBytes): ArticleIn | string {
	const isPage = /\.html?$/i.test(file.name);
	// Offsets are counted in UTF-8 text, as check:data reads it (a byte-order mark kept). A saved
	// page may be in the encoding it declares: only its extracted text is kept, as UTF-8.
	const text = isPage ? decodeHtmlBytes(file.bytes) : decodeUtf8(file.bytes);
	if (text === undefined)
		return isPage
			? `${file.name}: neither UTF-8 nor in an encoding the page declares; save it as UTF-8 first`
			: `${file.name}: not UTF-8 text; save it as UTF-8 first`;
	const base = file.name.split('/').pop()!;
	if (!isPage) return { name: file.name, text };
	const page = extractSavedPage(text);
	if (!page)
		return `${file.name}: no main text found in the page (Readability found no article); paste its text instead`;
	return {
		name: file.name,
		text: page.text,
		pageTitle: page.title,
		extractedFrom: {
			file: base,
			sha256: bytesToHex(sha256(file.bytes)),
			mediaType: 'text/html',
			extractor: EXTRACTOR
		}
	};
}
