/**
 * What `eval:drafts` and `fit:drafts` share: the drafts as the scorer reads them (`toScore`) and
 * one run of the pipeline on every article of an annotated set (`runSet`), each alone against the
 * bundled dataset, with the publication date of `inputs.json` given only when the pipeline
 * refuses to run without one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { DatasetFile, EventRecord } from '../src/lib/data/types.ts';
import {
	AnnotationError,
	parseAnnotation,
	type Annotation,
	type DraftToScore,
	type ExistingEvent
} from '../src/lib/drafts/score.ts';
import {
	AddArticleError,
	addArticle,
	sourceFolder,
	type AddArticleOptions,
	type AddArticleResult
} from './add-article-lib.ts';
import { fail } from './cli.ts';

/** One article of a set, run. */
export interface SetArticle {
	annotation: Annotation;
	text: string;
	result: AddArticleResult;
}

/** A draft as `score.ts` reads it, with where its date words are. */
export function toScore(d: EventRecord): DraftToScore {
	return {
		id: d.id,
		title: d.title,
		date: d.date,
		citations: d.citations,
		citationOf: d.citationOf,
		dateAt: dateWordsAt(d)
	};
}

/**
 * Where the words a draft's date was read from are: the draft's own offsets when the pipeline
 * keeps them, else its derivation's expression or the ‘…’ its basis opens with, found in the
 * cited passage.
 */
export function dateWordsAt(draft: EventRecord): { start: number; end: number } | undefined {
	const own = (draft as { dateAt?: { start: number; end: number } }).dateAt;
	if (own) return own;
	const words = draft.date.derivation?.expression ?? /^‘([^’]+)’/.exec(draft.date.basis)?.[1];
	const citation = draft.citations[0];
	if (!words || !citation) return undefined;
	const i = citation.quote.indexOf(words);
	return i < 0 ? undefined : { start: citation.start + i, end: citation.start + i + words.length };
}

const read = (root: string, path: string) => {
	try {
		return readFileSync(path, 'utf8');
	} catch (error) {
		fail(
			`cannot read ${relative(root, path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
		);
	}
};
const readJson = (root: string, path: string): unknown => {
	try {
		return JSON.parse(read(root, path));
	} catch (error) {
		fail(`${relative(root, path)} is not JSON: ${(error as Error).message}`);
	}
};

/** The bundled dataset, its sources' texts and its events as the scorer reads them. */
export function loadDataset(root: string): {
	dataset: DatasetFile;
	sourceTexts: Map<string, string>;
	existing: ExistingEvent[];
} {
	const dataset = readJson(root, join(root, 'events.json')) as DatasetFile;
	const folder = sourceFolder(join(root, 'events.json'), dataset);
	const sourceTexts = new Map<string, string>();
	for (const entry of readdirSync(folder))
		if (!entry.startsWith('.')) sourceTexts.set(entry, read(root, join(folder, entry)));
	const existing = dataset.events.map((e) => ({
		id: e.id,
		title: e.title,
		date: { start: e.date.start, end: e.date.end },
		quotes: e.citations.map((c) => c.quote)
	}));
	return { dataset, sourceTexts, existing };
}

/** Runs the pipeline on every annotated article of the set in `dir`, in file-name order. */
export function runSet(
	root: string,
	dir: string,
	loaded: ReturnType<typeof loadDataset>
): SetArticle[] {
	const name = relative(root, dir);
	if (!existsSync(join(dir, 'annotations')))
		fail(`${name} is not a held-out set: it has no annotations folder`);
	const inputs = (
		readJson(root, join(dir, 'inputs.json')) as {
			articles: Record<string, { published: string }>;
		}
	).articles;
	const files = readdirSync(join(dir, 'annotations'))
		.filter((f) => f.endsWith('.json'))
		.sort();
	return files.map((file) => {
		const raw = readJson(root, join(dir, 'annotations', file)) as { file?: unknown };
		if (typeof raw?.file !== 'string') fail(`${name}/annotations/${file}: file: must be a string`);
		const text = read(root, join(dir, raw.file));
		let annotation: Annotation;
		try {
			annotation = parseAnnotation(raw, `${name}/annotations/${file}`, text);
		} catch (error) {
			if (error instanceof AnnotationError) fail(error.message);
			throw error;
		}
		const options = {
			id: annotation.id,
			outlet: annotation.outlet,
			url: annotation.url,
			sourceTexts: loaded.sourceTexts,
			datasetFile: 'events.json'
		};
		try {
			return { annotation, text, result: addArticle(loaded.dataset, text, options) };
		} catch (error) {
			if (!(
				error instanceof AddArticleError && error.problems.some((p) => p.includes('--published'))
			))
				throw error;
			const published = inputs[annotation.id]?.published;
			if (!published) fail(`${name}/inputs.json has no publication date for ${annotation.id}`);
			const withDate: AddArticleOptions = { ...options, published };
			return { annotation, text, result: addArticle(loaded.dataset, text, withDate) };
		}
	});
}
