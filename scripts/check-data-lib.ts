/** The file-system side of `check:data`, separate so that tests can run it on fixtures. */
import { join, dirname, basename } from 'node:path';
import { validateDataset } from '../src/lib/data/validate.ts';
import type { Problem } from '../src/lib/data/types.ts';

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
	const empty = { events: 0, sources: 0, citations: 0, derived: 0 };
	if (!fs.existsSync(file))
		return { ...empty, problems: [{ file: name, path: '(file)', message: 'does not exist' }] };
	let raw: unknown;
	try {
		raw = JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch (error) {
		return {
			...empty,
			problems: [
				{ file: name, path: '(file)', message: `is not valid JSON: ${(error as Error).message}` }
			]
		};
	}
	const base =
		typeof raw === 'object' &&
		raw &&
		typeof (raw as { sourceBase?: unknown }).sourceBase === 'string'
			? (raw as { sourceBase: string }).sourceBase
			: 'sources/';
	const dir = join(dirname(file), base);
	const sourceTexts = new Map<string, string>();
	if (fs.existsSync(dir))
		for (const entry of fs.readdirSync(dir))
			if (!entry.startsWith('.')) sourceTexts.set(entry, fs.readFileSync(join(dir, entry), 'utf8'));
	const dataset = validateDataset(raw, { file: name, sourceTexts });
	const drafts: Problem[] = options.allowDrafts
		? []
		: dataset.events
				.filter((e) => e.draft)
				.map((e) => ({
					file: name,
					item: e.id,
					path: `events[${rawIndexOf(raw, e.id)}].draft`,
					message:
						'is a draft awaiting review: accept it (remove "draft"), edit or drop it, or run check:data with --allow-drafts'
				}));
	return {
		problems: [...dataset.problems, ...drafts],
		events: dataset.events.length,
		sources: dataset.sources.length,
		citations: dataset.events.reduce((n, e) => n + e.citations.length, 0),
		derived: dataset.events.filter((e) => e.date.derivation).length
	};
}

/** The index of the event with `id` in the file as written (the validator sorts its output). */
function rawIndexOf(raw: unknown, id: string): number {
	const events = (raw as { events?: { id?: unknown }[] }).events;
	return Array.isArray(events) ? events.findIndex((e) => e?.id === id) : -1;
}
