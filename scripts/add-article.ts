/**
 * `npm run add-article -- <file.txt|file.html> [--published <date>] [--title … --outlet … --id … --topic …
 * --url … --promote <id>|all … --dataset events.json --dry-run]`: copies an article byte for byte into
 * the dataset's sources folder, registers it as a source, and writes one draft event per dated
 * happening (see `src/lib/drafts/add-article.ts` for the rules). Dated passages less likely to be
 * events (`src/lib/drafts/confidence.ts`) are listed apart with the reason and not written, unless
 * promoted: `--promote <id>` (repeatable) or `--promote all`. The result is checked with `check:data`'s own check
 * (drafts allowed) before anything is written; on any problem nothing is written and it exits 1.
 * Paths are relative to the folder it runs in (with npm run: the project root).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { readArticle, type ReadArticle } from '../src/lib/drafts/read-article.ts';
import {
	AddArticleError,
	addArticle,
	addArticles,
	overlayFileSystem,
	sourceFolder,
	type ArticleInput
} from './add-article-lib.ts';
import { checkDatasetFiles } from './check-data-lib.ts';
import {
	CliError,
	ioErrorLine,
	isIoError,
	parseJsonText,
	printable,
	runCli,
	writeFileAtomically
} from './cli.ts';

const USAGE =
	'usage: npm run add-article -- <article .txt or saved page .html> [--published YYYY[-MM[-DD]]] [--title …] [--outlet …] [--id …] [--topic …] [--url …] [--promote <draft id>|all]… [--dataset events.json] [--dry-run]\n       npm run add-article -- <files or folders…> [--outlet …] [--topic …] [--include-off-topic] [--promote all] [--dataset events.json] [--dry-run]';

function fail(...lines: string[]): never {
	for (const line of lines.map(printable))
		console.error(line.startsWith('  ') || line.startsWith('usage:') ? line : `✗ ${line}`);
	console.error('Nothing was written.');
	process.exit(1);
}

let parsed;
try {
	parsed = parseArgs({
		allowPositionals: true,
		options: {
			published: { type: 'string' },
			title: { type: 'string' },
			outlet: { type: 'string' },
			id: { type: 'string' },
			topic: { type: 'string' },
			url: { type: 'string' },
			dataset: { type: 'string', default: 'events.json' },
			'dry-run': { type: 'boolean', default: false },
			'include-off-topic': { type: 'boolean', default: false },
			promote: { type: 'string', multiple: true }
		}
	});
} catch (error) {
	fail((error as Error).message, USAGE);
}
const { values: args, positionals } = parsed;
if (positionals.length === 0) fail('give an article file, several, or a folder of them', USAGE);

/** Reads one article file (see `read-article.ts`), or says why not in one line that names it. */
function readArticleFile(path: string, name: string): ReadArticle | string {
	let bytes: Buffer;
	try {
		bytes = readFileSync(path);
	} catch (error) {
		return `${name}: cannot read the article: ${isIoError(error) ? ioErrorLine(error) : (error as Error).message}`;
	}
	return readArticle({ name, bytes });
}

/** The article files a run names: files as given, and a folder's .txt, .htm and .html files, by name. */
function articleFiles(paths: string[]): string[] {
	const files: string[] = [];
	for (const path of paths.map((p) => resolve(p))) {
		let isFolder = false;
		try {
			isFolder = statSync(path).isDirectory();
		} catch (error) {
			fail(
				`cannot read ${relative('.', path) || path}: ${isIoError(error) ? ioErrorLine(error) : String(error)}`
			);
		}
		if (!isFolder) files.push(path);
		else
			files.push(
				...readdirSync(path)
					.filter((n) => !n.startsWith('.') && /\.(?:txt|html?)$/i.test(n))
					.sort()
					.map((n) => join(path, n))
			);
	}
	return files;
}

// Drafts set apart as less likely to be events, to propose all the same: their ids, or all.
const promote: 'all' | string[] | undefined = args.promote?.includes('all') ? 'all' : args.promote;
const files = articleFiles(positionals);
const batch =
	files.length !== 1 || positionals.length !== 1 || files[0] !== resolve(positionals[0]);
if (batch) {
	const single = (['published', 'title', 'id', 'url'] as const).filter(
		(k) => args[k] !== undefined
	);
	if (single.length > 0)
		fail(
			`--${single.join(', --')} belong${single.length === 1 ? 's' : ''} to one article; with several, each article's own is read from it`,
			USAGE
		);
	if (files.length === 0) fail('the folder holds no .txt or .html articles');
	if (promote !== undefined && promote !== 'all')
		fail(
			'with several articles, --promote takes only "all"; to promote one passage, add its article alone with --promote <id>',
			USAGE
		);
}
const datasetPath = resolve(args.dataset!);
let datasetText: string;
let dataset: DatasetFile;
try {
	datasetText = readFileSync(datasetPath, 'utf8');
	dataset = parseJsonText(datasetText) as DatasetFile;
} catch (error) {
	fail(`cannot read the dataset ${args.dataset}: ${(error as Error).message}`);
}

const folder = sourceFolder(datasetPath, dataset);
const sourceTexts = new Map<string, string>();
try {
	if (existsSync(folder))
		for (const entry of readdirSync(folder, { withFileTypes: true }))
			if (!entry.name.startsWith('.') && entry.isFile())
				sourceTexts.set(entry.name, readFileSync(join(folder, entry.name), 'utf8'));
} catch (error) {
	fail(isIoError(error) ? `cannot read the sources: ${ioErrorLine(error)}` : String(error));
}

if (batch) await runBatch();

const read = readArticleFile(files[0], basename(files[0]));
if (typeof read === 'string') fail(read);
const { text, extractedFrom, pageTitle } = read;
// What is stored is the text cited: a .txt's own bytes (a byte-order mark kept), a page's extract.
const bytes = Buffer.from(text, 'utf8');

let result;
try {
	result = addArticle(dataset, text, {
		published: args.published,
		title: args.title ?? pageTitle,
		outlet: args.outlet,
		extractedFrom,
		id: args.id,
		topic: args.topic,
		url: args.url,
		sourceTexts,
		datasetFile: basename(datasetPath),
		promote
	});
} catch (error) {
	if (error instanceof AddArticleError) fail(...error.problems);
	throw error;
}

const newDatasetText = await formatLike(datasetText, result.dataset, datasetPath);
const sourcePath = join(folder, result.file.name);
const check = checkDatasetFiles(
	datasetPath,
	overlayFileSystem(
		{ readFileSync, readdirSync, existsSync },
		{ [datasetPath]: newDatasetText, [sourcePath]: text }
	),
	{ allowDrafts: true }
);
if (check.problems.length > 0)
	fail(
		`the dataset would not pass check:data (${check.problems.length} problem(s)):`,
		...check.problems.map(
			(p) => `  ${p.file}${p.item ? ` (${p.item})` : ''} ${p.path}: ${p.message}`
		)
	);

if (args['dry-run']) {
	console.log(result.report.map(printable).join('\n'));
	console.log('\n(dry run: nothing was written)');
	process.exit(0);
}

// The article first, then the dataset, each all or nothing. If the dataset cannot be written,
// the article copied for it is taken back, so a failed run leaves the folder as it was.
await runCli(() => {
	let copied = false;
	if (!result.file.alreadyPresent) {
		if (existsSync(sourcePath)) {
			if (!readFileSync(sourcePath).equals(bytes))
				throw new CliError(
					`${sourcePath} exists already with other content; it is not overwritten`
				);
		} else {
			mkdirSync(folder, { recursive: true });
			writeFileAtomically(sourcePath, bytes, { mode: 0o444 }); // read only: evidence is never edited
			copied = true;
		}
	}
	try {
		writeFileAtomically(datasetPath, newDatasetText);
	} catch (error) {
		if (copied) rmSync(sourcePath, { force: true });
		throw error;
	}
}, true);
if (process.exitCode) process.exit();

console.log(result.report.map(printable).join('\n'));
console.log(`\n✓ Wrote ${relative('.', sourcePath)} and ${relative('.', datasetPath)}.`);

/**
 * Many articles in one run (`addArticles`): each read on its own (a file that cannot be read is
 * reported and the others go on), the dataset checked once at the end with every file it would
 * gain, then the sources and the dataset written, all or nothing.
 */
async function runBatch(): Promise<never> {
	const inputs: ArticleInput[] = [];
	const unreadable: string[] = [];
	const bytesOf = new Map<string, Buffer>();
	for (const file of files) {
		const name = relative('.', file) || file;
		const read = readArticleFile(file, name);
		if (typeof read === 'string') {
			unreadable.push(`  ${read}`);
			continue;
		}
		inputs.push({
			name,
			text: read.text,
			title: read.pageTitle,
			extractedFrom: read.extractedFrom
		});
		bytesOf.set(name, Buffer.from(read.text, 'utf8'));
	}
	let run;
	try {
		run = addArticles(dataset, inputs, {
			topic: args.topic,
			outlet: args.outlet,
			sourceTexts,
			datasetFile: basename(datasetPath),
			includeOffTopic: args['include-off-topic'],
			promote: promote === 'all' ? 'all' : undefined
		});
	} catch (error) {
		if (error instanceof AddArticleError) fail(...error.problems);
		throw error;
	}
	const newText = await formatLike(datasetText, run.dataset, datasetPath);
	const planned: Record<string, string> = { [datasetPath]: newText };
	for (const a of run.added) planned[join(folder, a.file.name)] = a.text;
	// Checked once, at the end, with everything the run would write.
	const check = checkDatasetFiles(
		datasetPath,
		overlayFileSystem({ readFileSync, readdirSync, existsSync }, planned),
		{ allowDrafts: true }
	);
	if (check.problems.length > 0)
		fail(
			`the dataset would not pass check:data (${check.problems.length} problem(s)):`,
			...check.problems.map(
				(p) => `  ${p.file}${p.item ? ` (${p.item}) ` : ' '}${p.path}: ${p.message}`
			)
		);
	const lines = [...run.report];
	if (unreadable.length > 0)
		lines.push('', `${unreadable.length} file(s) not read:`, ...unreadable);
	if (args['dry-run']) {
		console.log(lines.map(printable).join('\n'));
		console.log('\n(dry run: nothing was written)');
		process.exit(0);
	}
	await runCli(() => {
		const copied: string[] = [];
		try {
			for (const a of run.added) {
				if (a.file.alreadyPresent) continue;
				const path = join(folder, a.file.name);
				const bytes = bytesOf.get(a.name)!;
				if (existsSync(path)) {
					if (!readFileSync(path).equals(bytes))
						throw new CliError(`${path} exists already with other content; it is not overwritten`);
					continue;
				}
				mkdirSync(folder, { recursive: true });
				writeFileAtomically(path, bytes, { mode: 0o444 }); // read only: evidence is never edited
				copied.push(path);
			}
			writeFileAtomically(datasetPath, newText);
		} catch (error) {
			// A failed run leaves the folder as it was: the articles copied for it are taken back.
			for (const path of copied) rmSync(path, { force: true });
			throw error;
		}
	}, true);
	if (process.exitCode) process.exit();
	console.log(lines.map(printable).join('\n'));
	console.log(
		`\n✓ Wrote ${run.added.length} article(s) under ${relative('.', folder) || '.'} and ${relative('.', datasetPath)}.`
	);
	process.exit(0);
}

/**
 * The dataset as text in the style of the file it replaces: its indentation and a final newline,
 * and Prettier's layout when the file was laid out by Prettier (the project formats events.json
 * with it), so the diff shows only what was added.
 */
async function formatLike(original: string, data: DatasetFile, path: string): Promise<string> {
	const indent = /^([ \t]+)"/m.exec(original)?.[1] ?? '\t';
	const plain = `${JSON.stringify(data, null, indent)}\n`;
	try {
		const prettier = await import('prettier');
		const config =
			(await prettier.resolveConfig(path)) ??
			(await prettier.resolveConfig(fileURLToPath(import.meta.url)));
		// JSON needs no plugin; the project's (for Svelte) may not load from another folder.
		const style = { ...config };
		delete style.plugins;
		const options = { ...style, filepath: path, parser: 'json' };
		if ((await prettier.format(original, options)) !== original) return plain;
		return await prettier.format(plain, options);
	} catch {
		return plain;
	}
}
