/**
 * The Node side of `npm run add-article`: the drafting itself lives in
 * `src/lib/drafts/add-article.ts` and the stages it is split into (`sentences.ts`,
 * `source-title.ts`, `add-articles.ts`; pure, run by the CLI and by the page's worker alike: one
 * code path), re-exported here; this file adds what needs a file system: checking the files a run
 * would write before it writes them.
 */
import { basename, dirname, resolve } from 'node:path';
import { sourceFolder as sourceFolderOf, type FileSystem } from './check-data-lib.ts';

export * from '../src/lib/drafts/add-article.ts';
export * from '../src/lib/drafts/add-articles.ts';
export * from '../src/lib/drafts/sentences.ts';
export * from '../src/lib/drafts/source-title.ts';

// --- Checking before writing -----------------------------------------------------------------

/**
 * A file system that shows `files` (absolute path → text) on top of `base`, so the dataset can
 * be checked exactly as it would be written, before anything is written.
 */
export function overlayFileSystem(base: FileSystem, files: Record<string, string>): FileSystem {
	const planned = new Map(Object.entries(files).map(([path, text]) => [resolve(path), text]));
	return {
		readFileSync: (path, encoding) =>
			planned.get(resolve(path)) ?? base.readFileSync(path, encoding),
		existsSync: (path) =>
			planned.has(resolve(path)) ||
			[...planned.keys()].some((p) => dirname(p) === resolve(path)) ||
			base.existsSync(path),
		readdirSync: (path) => {
			const names = new Set(base.existsSync(path) ? base.readdirSync(path) : []);
			for (const p of planned.keys()) if (dirname(p) === resolve(path)) names.add(basename(p));
			return [...names];
		}
	};
}

/** The folder of a dataset's source files, resolved as the browser resolves its `sourceBase`. */
export function sourceFolder(datasetPath: string, dataset: unknown): string {
	return sourceFolderOf(datasetPath, (dataset as { sourceBase?: unknown } | null)?.sourceBase);
}
