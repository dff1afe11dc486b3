/**
 * `npm run add-article -- <file.txt|file.html> [--published <date>] [--title … --outlet … --id … --topic …
 * --url … --dataset events.json --dry-run]`: copies an article byte for byte into the dataset's
 * sources folder, registers it as a source, and writes one draft event per dated sentence (see
 * `add-article-lib.ts` for the rules). The result is checked with `check:data`'s own check
 * (drafts allowed) before anything is written; on any problem nothing is written and it exits 1.
 * Paths are relative to the folder it runs in (with npm run: the project root).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import type { DatasetFile, ExtractedFrom } from '../src/lib/data/types.ts';
import { EXTRACTOR, extractMainText } from '../src/lib/drafts/extract.ts';
import { AddArticleError, addArticle, overlayFileSystem, sourceFolder } from './add-article-lib.ts';
import { checkDatasetFiles } from './check-data-lib.ts';
import { CliError, ioErrorLine, isIoError, printable, runCli, writeFileAtomically } from './cli.ts';

const USAGE =
	'usage: npm run add-article -- <article .txt or saved page .html> [--published YYYY[-MM[-DD]]] [--title …] [--outlet …] [--id …] [--topic …] [--url …] [--dataset events.json] [--dry-run]';

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
			'dry-run': { type: 'boolean', default: false }
		}
	});
} catch (error) {
	fail((error as Error).message, USAGE);
}
const { values: args, positionals } = parsed;
if (positionals.length !== 1) fail('give exactly one article file', USAGE);

// The bytes as received, and the text as check:data reads them (UTF-8, a byte-order mark kept).
const articlePath = resolve(positionals[0]);
let bytes: Buffer;
try {
	bytes = readFileSync(articlePath);
} catch (error) {
	fail(`cannot read the article: ${(error as Error).message}`);
}
let text: string;
try {
	text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
} catch {
	fail(
		`${basename(articlePath)} is not UTF-8 text; convert it first (offsets are counted in UTF-8 text)`
	);
}

// A saved web page: its main text, extracted, is the source cited; the page's own hash is kept.
let extractedFrom: ExtractedFrom | undefined;
let pageTitle: string | undefined;
if (/\.html?$/i.test(articlePath)) {
	const page = extractMainText(parseHTML(text).document as unknown as Document);
	if (!page)
		fail(
			`${basename(articlePath)}: no main text found in the page (Readability found no article); save the article's text as .txt instead`
		);
	extractedFrom = {
		file: basename(articlePath),
		sha256: createHash('sha256').update(bytes).digest('hex'),
		mediaType: 'text/html',
		extractor: EXTRACTOR
	};
	pageTitle = page.title;
	text = page.text;
	bytes = Buffer.from(text, 'utf8');
}

const datasetPath = resolve(args.dataset!);
let datasetText: string;
let dataset: DatasetFile;
try {
	datasetText = readFileSync(datasetPath, 'utf8');
	dataset = JSON.parse(datasetText) as DatasetFile;
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
		datasetFile: basename(datasetPath)
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
