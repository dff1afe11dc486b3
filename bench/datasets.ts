/**
 * The datasets the bench runs on: the seed (`events.json`, as the build copies it into dist/) and
 * synthetic ones of the sizes asked for, written into dist/ beside it, so that every tool's page
 * fetches the same file from the same server. TimelineJS3 gets the same events converted by our
 * `toTimelineJs`, written on demand (it is only tried at small sizes).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonPieces, generateSyntheticDataset } from '../scripts/synthetic-dataset.ts';
import { toTimelineJs } from '../src/lib/import/timelinejs-export.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { writeFileAtomically } from '../scripts/cli.ts';

export interface BenchDataset {
	/** "seed" or "synthetic 10000". */
	name: string;
	seed: boolean;
	events: number;
	/** The dataset file, relative to dist/. */
	file: string;
	/** The TimelineJS3 conversion, relative to dist/. */
	timelineJsFile: string;
}

/** Sizes from `BENCH_SIZES` ("1000,2000"), default 1k, 2k, 10k and 100k events. */
export function parseSizes(text: string | undefined): number[] {
	const sizes = (text ?? '1000,2000,10000,100000')
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '')
		.map(Number);
	for (const size of sizes)
		if (!Number.isSafeInteger(size) || size <= 0)
			throw new Error(`BENCH_SIZES must be positive integers separated by commas (got ${text})`);
	return [...new Set(sizes)].sort((a, b) => a - b);
}

/** Writes the synthetic datasets into `dist` and returns all datasets, the seed first. */
export function writeDatasets(dist: string, real: DatasetFile, sizes: number[]): BenchDataset[] {
	const datasets: BenchDataset[] = [
		{
			name: 'seed',
			seed: true,
			events: real.events.length,
			file: 'events.json',
			timelineJsFile: 'events.timelinejs.json'
		}
	];
	if (!existsSync(join(dist, 'events.json')))
		throw new Error(`${dist}/events.json is missing: the build should have copied it`);
	for (const size of sizes) {
		const file = `bench-${size}.json`;
		// In pieces: at a million events the file (about a gigabyte) is longer than the longest
		// string V8 can make, so it is never one string here, and the app reads it as it arrives.
		writeFileAtomically(
			join(dist, file),
			datasetJsonPieces(generateSyntheticDataset(real, { events: size }))
		);
		datasets.push({
			name: `synthetic ${size}`,
			seed: false,
			events: size,
			file,
			timelineJsFile: `bench-${size}.timelinejs.json`
		});
	}
	return datasets;
}

/** Writes the TimelineJS3 conversion of `dataset` beside it. */
export function writeTimelineJs(dist: string, dataset: BenchDataset): void {
	const target = join(dist, dataset.timelineJsFile);
	const source = JSON.parse(readFileSync(join(dist, dataset.file), 'utf8')) as DatasetFile;
	writeFileAtomically(target, JSON.stringify(toTimelineJs(source)));
}
