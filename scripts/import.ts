/**
 * `npm run import -- <file> --out <dir> [--force] [--title … --outlet … --published … --topic …
 * --source-id …]`: imports a TimelineJS3 JSON file, a TimelineJS3 sheet saved as CSV, a
 * vis-timeline item array or a SIMILE Timeline JSON file as a dataset of draft events. The format
 * is detected from the content and said. Writes `<dir>/events.json` and `<dir>/sources/<name>.txt`
 * (the timeline as plain text, which the events cite), each atomically, after validating both as
 * `check:data --allow-drafts` would; on any problem it writes nothing and exits 1. The report
 * lists, by slide (or row, or item), everything skipped and every field not carried over.
 * `npm run import:timelinejs` is the same command. The mapping rules are in
 * `src/lib/import/timelinejs.ts`.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkDatasetFiles, type FileSystem } from './check-data-lib.ts';
import { CliError, ioErrorLine, isIoError, printable, runCli, writeFileAtomically } from './cli.ts';
import { parsePartialDate } from '../src/lib/data/civil-date.ts';
import { IMPORT_FORMATS, importTimelineFile } from '../src/lib/import/import-file.ts';
import type { ImportNote, ImportProblem } from '../src/lib/import/timelinejs-import.ts';
import { slugify } from '../src/lib/shared/slug.ts';

const USAGE =
	'usage: npm run import -- <timeline.json|sheet.csv|items.json> --out <dir> [--force] [--title … --outlet … --published YYYY[-MM[-DD]] --topic … --source-id …]';

function fail(message: string, details: string[] = []): never {
	for (const line of details) console.error(printable(line));
	console.error(`✗ ${printable(message)}`);
	process.exit(1);
}

/** The source text's file name: the timeline's name, as a plain file name the format accepts. */
function sourceFileFor(input: string): string {
	const stem = basename(input, extname(input))
		.replace(/[^A-Za-z0-9._-]+/g, '-')
		.replace(/^[^A-Za-z0-9]+/, '');
	return `${stem || 'timeline'}.txt`;
}

/** A file system holding only the files about to be written, for checking them first. */
function memoryFileSystem(files: ReadonlyMap<string, string>): FileSystem {
	const inDir = (dir: string) => {
		const prefix = join(dir, '/');
		return [...files.keys()].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length));
	};
	return {
		existsSync: (path) => files.has(path) || inDir(path).length > 0,
		readdirSync: (dir) => inDir(dir).filter((name) => !name.includes('/')),
		readFileSync: (path) => {
			const text = files.get(path);
			if (text === undefined) throw new Error(`ENOENT: ${path}`);
			return text;
		}
	};
}

function describeProblem(problem: ImportProblem): string {
	const who = [
		problem.uniqueId !== undefined && `unique_id ${JSON.stringify(problem.uniqueId)}`,
		problem.headline && JSON.stringify(problem.headline)
	].filter(Boolean);
	return `${problem.path}${who.length > 0 ? ` (${who.join(', ')})` : ''}: ${problem.message}`;
}

/** The notes grouped by slide, in the file's order: "row 3 "Ada Lovelace": media.url kept …". */
function describeNotes(notes: ImportNote[]): string[] {
	const bySlide = new Map<string, ImportNote[]>();
	for (const note of notes) {
		const key = `${note.where}${note.headline ? ` ${JSON.stringify(note.headline)}` : ''}`;
		bySlide.set(key, [...(bySlide.get(key) ?? []), note]);
	}
	return [...bySlide].flatMap(([slide, list]) => [
		`  ${slide}`,
		...list.map((n) => `    ${n.outcome === 'link' ? '→' : '–'} ${n.field}: ${n.message}`)
	]);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			out: { type: 'string' },
			title: { type: 'string' },
			outlet: { type: 'string' },
			published: { type: 'string' },
			topic: { type: 'string' },
			'source-id': { type: 'string' },
			force: { type: 'boolean', default: false }
		}
	});
} catch (error) {
	fail(`${(error as Error).message}\n${USAGE}`);
}
const { values: args, positionals } = parsed;
if (positionals.length !== 1 || !args.out) fail(USAGE);
const input = positionals[0];
const out = args.out;
if (args.published !== undefined && parsePartialDate(args.published) === null)
	fail(
		`--published must be a date such as 2024, 2024-07 or 2024-07-01 (got ${JSON.stringify(args.published)})`
	);

let text: string;
try {
	text = readFileSync(input, 'utf8');
} catch (error) {
	fail(
		`cannot read ${isIoError(error) ? ioErrorLine(error, input) : `${input}: ${(error as Error).message}`}`
	);
}

const sourceFile = sourceFileFor(input);
const sourceId = args['source-id'] ?? (slugify(basename(input, extname(input))) || 'timeline');
const result = importTimelineFile(text, {
	sourceId,
	sourceFile,
	title: args.title,
	fallbackTitle: basename(input, extname(input)),
	outlet: args.outlet,
	published: args.published,
	topic: args.topic
});
if ('error' in result) fail(`${input} ${result.error}; nothing written.`);
const { dataset, sourceText, problems, notes, format } = result;
console.log(`${basename(input)}: read as ${IMPORT_FORMATS[format].name}.`);

const skipped = problems.filter((p) => p.skipped);
const setAside = problems.filter((p) => !p.skipped);
const skippedLines = skipped.map((p) => `  ✗ ${describeProblem(p)}`);

if (dataset.events.length === 0 && (dataset.periods?.length ?? 0) === 0)
	fail(`${input}: no slide could be imported; nothing written.`, skippedLines);

const datasetPath = join(out, 'events.json');
const sourcePath = join(out, 'sources', sourceFile);
for (const path of [datasetPath, sourcePath])
	if (existsSync(path) && !args.force)
		fail(`${path} exists; pass --force to overwrite it. Nothing written.`);

// The text the events cite is this text: its checksum goes with it.
for (const source of dataset.sources)
	if (source.file === sourceFile)
		source.sha256 = createHash('sha256').update(sourceText, 'utf8').digest('hex');
const datasetText = `${JSON.stringify(dataset, null, '\t')}\n`;
const check = checkDatasetFiles(
	datasetPath,
	memoryFileSystem(
		new Map([
			[datasetPath, datasetText],
			[sourcePath, sourceText]
		])
	),
	{ allowDrafts: true }
);
if (check.problems.length > 0)
	fail(
		`the imported dataset does not validate (${check.problems.length} problem(s)); nothing written.`,
		check.problems.map(
			(p) => `  ✗ ${p.file}${p.item ? ` (${p.item})` : ''} ${p.path}: ${p.message}`
		)
	);

// Each file all or nothing, the source first (a dataset is never written without the text its
// events cite) and the dataset last: a failed run never leaves a curated events.json truncated,
// and says why in one line.
await runCli(() => {
	try {
		mkdirSync(join(out, 'sources'), { recursive: true });
	} catch (error) {
		if (isIoError(error)) throw new CliError(`cannot make the folder ${ioErrorLine(error)}`);
		throw error;
	}
	writeFileAtomically(sourcePath, sourceText);
	writeFileAtomically(datasetPath, datasetText);
}, true);
if (process.exitCode) process.exit();

const periods = dataset.periods?.length ?? 0;
const read =
	dataset.events.length +
	periods +
	skipped.filter((p) => p.index !== undefined || p.path.startsWith('row')).length;
console.log(
	`✓ imported ${dataset.events.length + periods} of ${read} slides (${dataset.events.length} events, ${periods} periods, ${dataset.topics.length} topics) as drafts.`
);
console.log(`  ${datasetPath}\n  ${sourcePath}`);
if (skipped.length > 0)
	console.log(`\nSkipped ${skipped.length}:\n${skippedLines.map(printable).join('\n')}`);
if (setAside.length > 0)
	console.log(
		`\nImported with a fault set aside (${setAside.length}):\n${setAside.map((p) => printable(`  ! ${describeProblem(p)}`)).join('\n')}`
	);
if (notes.length > 0)
	console.log(
		`\nNot carried over as it was (${notes.length}; → kept on the event as a link, – not carried over):\n${describeNotes(notes).join('\n')}`
	);
console.log(
	`\nEvery event is a draft citing the timeline's own text: review them (accept, edit or drop), then run check:data.`
);
