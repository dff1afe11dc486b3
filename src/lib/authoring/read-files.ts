/**
 * Files the author gives the panel, as articles: a `.txt` as it is, a saved page (`.html`) by
 * its main text, and a `.zip` of such files, each inside it read the same way: one file is read by
 * `drafts/read-article.ts`, as the CLI reads it. Runs in Add article's worker
 * (`pipeline.worker.ts`): a page is parsed by linkedom, never by the app's own document.
 */
import { unzipSync } from 'fflate';
import { ARTICLE_FILE, readArticle, type NamedBytes } from '../drafts/read-article.ts';
import type { ArticleIn } from './pipeline.ts';

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
						ARTICLE_FILE.test(n) &&
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
		if (!ARTICLE_FILE.test(file.name)) {
			problems.push(`${file.name}: not an article (give .txt, .html or a .zip of them)`);
			continue;
		}
		const read = readArticle(file);
		if (typeof read === 'string') problems.push(read);
		else articles.push(read);
	}
	return { articles, problems };
}
