import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { generateSyntheticDataset } from '../../scripts/synthetic-dataset.ts';

/**
 * Puts a file where the preview server serves it (`dist/`), whole: written beside it under this
 * worker's own name, then renamed into place. Tests run in parallel, and a page in one worker may
 * be reading a file of the same name that another worker is writing; a plain write truncates it
 * under that page's feet (a CI run once read half of a 9 MB dataset that way).
 */
export function serveFile(name: string, text: string | Uint8Array): void {
	const path = `dist/${name}`;
	const temporary = `${path}.${process.pid}.part`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}

/** The synthetic datasets this worker has made, by their options: each is made once per worker. */
const synthetic = new Map<string, DatasetFile>();

/** What a synthetic dataset is made of: as many events, from this seed. */
export interface SyntheticChoice {
	events: number;
	seed: number;
}

/**
 * A synthetic dataset of `events` events made from the bundled `events.json`, by the same
 * generator as `npm run make:synthetic`; made once per worker for each choice.
 */
export function syntheticDataset(choice: SyntheticChoice): DatasetFile {
	const key = `${choice.events}-seed${choice.seed}`;
	let dataset = synthetic.get(key);
	if (!dataset) {
		const base = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
		dataset = generateSyntheticDataset(base, choice);
		synthetic.set(key, dataset);
	}
	return dataset;
}

/**
 * Serves `syntheticDataset(choice)` under a name that says which it is
 * (`e2e-synthetic-10000-seed11.json`) and returns that name. Specs that ask for the same one share
 * its file: it is written whole each time with the same bytes, so a page reading it meanwhile
 * reads it whole.
 */
export function serveSynthetic(choice: SyntheticChoice): string {
	const file = `e2e-synthetic-${choice.events}-seed${choice.seed}.json`;
	serveFile(file, JSON.stringify(syntheticDataset(choice)));
	return file;
}
