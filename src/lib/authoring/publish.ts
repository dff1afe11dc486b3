/**
 * Publishing and opening: the working dataset as one `.zip` with `events.json` and `sources/`,
 * ready for any static host beside the app, and such a zip (or an `events.json` with its source
 * files) read back in. Drafts not yet reviewed are not published: `check:data` refuses them, and
 * a reader must not take a proposal for a checked event. They stay in the working dataset.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DatasetFile, Problem } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { DATASET_FILE, type Working } from './working.ts';
import type { NamedBytes } from '../drafts/read-article.ts';

/** The folder of the sources in a published zip. */
export const PUBLISHED_SOURCES = 'sources/';

/** What is published of the working dataset, and how many drafts are left out. */
export function publishable(working: Working): { dataset: DatasetFile; draftsLeftOut: number } {
	const { dataset } = working;
	const events = dataset.events.filter((e) => !e.draft);
	return {
		dataset: { ...dataset, sourceBase: PUBLISHED_SOURCES, events },
		draftsLeftOut: dataset.events.length - events.length
	};
}

/**
 * The zip to publish: `events.json` (tab-indented, as the project writes it) and every source's
 * text under `sources/`, byte for byte the text its SHA-256 is of.
 */
export function publishZip(working: Working): Uint8Array {
	const { dataset } = publishable(working);
	const files: Zippable = { [DATASET_FILE]: strToU8(`${JSON.stringify(dataset, null, '\t')}\n`) };
	for (const source of dataset.sources) {
		const text = working.texts[source.file];
		if (text !== undefined) files[`${PUBLISHED_SOURCES}${source.file}`] = strToU8(text);
	}
	// The date of every entry is fixed, so the same dataset always gives the same bytes.
	return zipSync(files, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

/** What "Open" read: the working dataset, and every problem found in it (nothing valid dropped). */
export type Opened =
	{ ok: true; working: Working; problems: Problem[] } | { ok: false; problems: string[] };

/**
 * Reads a published zip, or an `events.json` given with its source files. The dataset is kept as
 * written; its problems are listed so the author can see them (and the app shows every valid event).
 */
export function openFiles(files: readonly NamedBytes[]): Opened {
	let entries: { path: string; bytes: Uint8Array }[] = [];
	for (const file of files) {
		if (/\.zip$/i.test(file.name)) {
			let unzipped: Record<string, Uint8Array>;
			try {
				unzipped = unzipSync(file.bytes);
			} catch (error) {
				return {
					ok: false,
					problems: [
						`${file.name}: not a zip archive that can be read (${(error as Error).message})`
					]
				};
			}
			entries.push(...Object.entries(unzipped).map(([path, bytes]) => ({ path, bytes })));
		} else entries.push({ path: file.name, bytes: file.bytes });
	}
	entries = entries.filter(
		(e) =>
			!e.path.endsWith('/') && !e.path.split('/').some((p) => p.startsWith('.') || p === '__MACOSX')
	);
	const datasets = entries.filter((e) => e.path.split('/').pop() === DATASET_FILE);
	if (datasets.length !== 1)
		return {
			ok: false,
			problems: [
				datasets.length === 0
					? `no ${DATASET_FILE} among the files: open a zip made by Download for publishing, or ${DATASET_FILE} with its source files`
					: `${datasets.length} files named ${DATASET_FILE}: give one`
			]
		};
	const [main] = datasets;
	let raw: unknown;
	try {
		raw = JSON.parse(strFromU8(main.bytes));
	} catch (error) {
		return { ok: false, problems: [`${main.path}: not valid JSON (${(error as Error).message})`] };
	}
	if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as DatasetFile).events))
		return {
			ok: false,
			problems: [`${main.path}: not an evidence-timeline dataset (no events list)`]
		};
	const dataset = raw as DatasetFile;
	// Sources by file name: from the dataset's sourceBase inside a zip, or anywhere beside it.
	const folder = main.path.slice(0, main.path.length - DATASET_FILE.length);
	const base = typeof dataset.sourceBase === 'string' ? dataset.sourceBase : PUBLISHED_SOURCES;
	const texts: Record<string, string> = {};
	const wanted = new Set(Array.isArray(dataset.sources) ? dataset.sources.map((s) => s?.file) : []);
	for (const entry of entries) {
		if (entry === main) continue;
		const name = entry.path.split('/').pop()!;
		const inBase = entry.path === `${folder}${base}${name}`;
		if (!wanted.has(name) || (!inBase && entries.some((e) => e.path === `${folder}${base}${name}`)))
			continue;
		texts[name] = new TextDecoder().decode(entry.bytes);
	}
	const checked = validateDataset(dataset, {
		file: DATASET_FILE,
		sourceTexts: new Map(Object.entries(texts))
	});
	return {
		ok: true,
		working: { dataset: { ...dataset, sourceBase: PUBLISHED_SOURCES }, texts },
		problems: checked.problems
	};
}
