/**
 * `npm run check:data [file] [--allow-drafts]`: validates a dataset and its source files with the
 * app's own validator, in strict mode (quotes against the files, segments, derived dates, order).
 * Draft events (awaiting review) are refused unless --allow-drafts.
 * Exits 1 and lists every problem when there is one.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { checkDatasetFiles } from './check-data-lib.ts';

const args = process.argv.slice(2);
const allowDrafts = args.includes('--allow-drafts');
const file = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'events.json');
const report = checkDatasetFiles(file, { readFileSync, readdirSync, existsSync }, { allowDrafts });
for (const problem of report.problems)
	console.error(
		`✗ ${problem.file}${problem.item ? ` (${problem.item})` : ''} ${problem.path}: ${problem.message}`
	);
const name = basename(file);
if (report.problems.length > 0) {
	console.error(`\n${name}: ${report.problems.length} problem(s).`);
	process.exit(1);
}
console.log(
	`✓ ${name}: ${report.events} events, ${report.sources} sources, ${report.citations} citations, ${report.derived} derived dates recomputed — all valid.`
);
