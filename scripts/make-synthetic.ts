/**
 * `jiti scripts/make-synthetic.ts --events 10000 [--seed 1] [--from 1990] [--to 2030]
 * [--in events.json] [--out dist/synthetic-10000.json] [--pretty]`: writes a synthetic dataset
 * for load testing (see `synthetic-dataset.ts`), then prints its event count and size.
 *
 * Write it beside the `events.json` it was made from (by default into `dist/` after
 * `npm run build`): it keeps that file's `sourceBase`, which is resolved relative to the dataset's
 * URL, so `?data=synthetic-10000.json` then opens the real articles.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { datasetJsonPieces, generateSyntheticDataset } from './synthetic-dataset.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { CliError, fail, ioErrorLine, isIoError, writeFileAtomically } from './cli.ts';

function integer(name: string, text: string | undefined): number | undefined {
	if (text === undefined) return undefined;
	if (!/^-?\d+$/.test(text)) fail(`--${name} must be an integer (got ${JSON.stringify(text)})`);
	return Number(text);
}

let args;
try {
	args = parseArgs({
		options: {
			events: { type: 'string' },
			seed: { type: 'string' },
			from: { type: 'string' },
			to: { type: 'string' },
			in: { type: 'string', default: 'events.json' },
			out: { type: 'string' },
			pretty: { type: 'boolean', default: false }
		}
	}).values;
} catch (error) {
	fail((error as Error).message);
}

const events = integer('events', args.events);
if (events === undefined) fail('--events N is required');
const input = args.in;
const out = args.out ?? `dist/synthetic-${events}.json`;

let real: DatasetFile;
try {
	real = JSON.parse(readFileSync(input, 'utf8')) as DatasetFile;
} catch (error) {
	fail(`cannot read ${input}: ${(error as Error).message}`);
}

let dataset: DatasetFile;
try {
	dataset = generateSyntheticDataset(real, {
		events,
		seed: integer('seed', args.seed),
		fromYear: integer('from', args.from),
		toYear: integer('to', args.to)
	});
} catch (error) {
	fail((error as Error).message);
}

// Compact by default: at 100k events indentation alone would add megabytes to load and parse.
// In pieces: a million events make a file longer than the longest string V8 can make.
function* compact(): Generator<string> {
	yield* datasetJsonPieces(dataset);
	yield '\n';
}
const pieces = args.pretty ? [`${JSON.stringify(dataset, null, '\t')}\n`] : compact();
try {
	mkdirSync(dirname(out), { recursive: true });
	writeFileAtomically(out, pieces);
} catch (error) {
	fail(
		error instanceof CliError
			? error.message
			: isIoError(error)
				? `cannot write ${ioErrorLine(error)}`
				: String(error)
	);
}
const bytes = statSync(out).size;
const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
console.log(`✓ ${out}: ${dataset.events.length} events, ${size} (${bytes} bytes)`);

const sourceDir = join(dirname(out), dataset.sourceBase ?? 'sources/');
if (!existsSync(sourceDir))
	console.warn(
		`! ${sourceDir} does not exist: serve ${out} beside the sources (e.g. in dist/ after npm run build) or the reader cannot open them.`
	);
