/** The file-system side of `check:data`, separate so that tests can run it on fixtures. */
import { createHash } from 'node:crypto';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateDataset } from '../src/lib/data/validate.ts';
import { isSourceBase, sourceFolderUrl } from '../src/lib/data/source-url.ts';
import type { Problem } from '../src/lib/data/types.ts';
import { isIoError, parseJsonText } from './cli.ts';

export interface FileSystem {
	readFileSync(path: string, encoding: 'utf8'): string;
	readdirSync(path: string): string[];
	existsSync(path: string): boolean;
}

export interface CheckReport {
	problems: Problem[];
	events: number;
	sources: number;
	citations: number;
	derived: number;
	/** Sources whose record gives no `sha256`: their text cannot be verified. */
	unhashed: number;
}

export interface CheckOptions {
	/** Accept events marked `draft` (a dataset under review); a published one has none. */
	allowDrafts?: boolean;
}

/**
 * Validates the dataset at `file` against the source files under its `sourceBase`. Draft events
 * are problems unless `allowDrafts`: they have not been reviewed.
 */
export function checkDatasetFiles(
	file: string,
	fs: FileSystem,
	options: CheckOptions = {}
): CheckReport {
	const name = basename(file);
	const empty = { events: 0, sources: 0, citations: 0, derived: 0, unhashed: 0 };
	if (!fs.existsSync(file))
		return { ...empty, problems: [{ file: name, path: '(file)', message: 'does not exist' }] };
	let raw: unknown;
	try {
		raw = parseJsonText(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		return {
			...empty,
			problems: [
				{ file: name, path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }
			]
		};
	}
	const dir = sourceFolder(file, (raw as { sourceBase?: unknown } | null)?.sourceBase);
	const sourceTexts = new Map<string, string>();
	if (fs.existsSync(dir))
		for (const entry of fs.readdirSync(dir)) {
			if (entry.startsWith('.')) continue;
			try {
				sourceTexts.set(entry, fs.readFileSync(join(dir, entry), 'utf8'));
			} catch (error) {
				// A folder among the sources is not a source; every other error is the caller's.
				if (!(isIoError(error) && error.code === 'EISDIR')) throw error;
			}
		}
	const dataset = validateDataset(raw, { file: name, sourceTexts });
	const drafts: Problem[] = options.allowDrafts
		? []
		: dataset.events
				.filter((e) => e.draft)
				.map((e) => ({
					file: name,
					item: e.id,
					path: `events[${rawIndexOf(raw, 'events', e.id)}].draft`,
					message:
						'is a draft awaiting review: accept it (remove "draft"), edit or drop it, or run check:data with --allow-drafts'
				}));
	// The texts are UTF-8 (offsets count UTF-8 text), so their bytes are the text's UTF-8 encoding.
	const checksums: Problem[] = [];
	dataset.sources.forEach((source) => {
		const text = sourceTexts.get(source.file);
		if (!source.sha256 || text === undefined) return;
		const actual = createHash('sha256').update(text, 'utf8').digest('hex');
		if (actual !== source.sha256)
			checksums.push({
				file: name,
				item: source.id,
				path: `sources[${rawIndexOf(raw, 'sources', source.id)}].sha256`,
				message: `does not match ${source.file} (its SHA-256 is ${actual}): the file is not the text the dataset was made from`
			});
	});
	return {
		problems: [...dataset.problems, ...checksums, ...drafts],
		events: dataset.events.length,
		sources: dataset.sources.length,
		unhashed: dataset.sources.filter((s) => !s.sha256).length,
		citations: dataset.events.reduce((n, e) => n + e.citations.length, 0),
		derived: dataset.events.filter((e) => e.date.derivation).length
	};
}

/** The index of the record with `id` in the file as written (the validator sorts its output). */
function rawIndexOf(raw: unknown, list: 'events' | 'sources', id: string): number {
	const records = (raw as Record<string, { id?: unknown }[] | undefined>)[list];
	return Array.isArray(records) ? records.findIndex((r) => r?.id === id) : -1;
}

/**
 * The folder of a dataset's source files, resolved exactly as the browser resolves it against the
 * dataset's URL (a `sourceBase` the validator refuses falls back to "sources/", as in the app).
 */
export function sourceFolder(datasetPath: string, sourceBase: unknown): string {
	const base = isSourceBase(sourceBase) ? sourceBase : 'sources/';
	const folder = fileURLToPath(sourceFolderUrl(pathToFileURL(resolve(datasetPath)), base));
	// Relative in, relative out: callers match paths against the ones they were given.
	return isAbsolute(datasetPath) ? folder : join(relative(resolve(), folder), sep);
}
