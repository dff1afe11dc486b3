/**
 * `npm run check:data [file] [--allow-drafts]`: validates a dataset and its source files with the
 * app's own validator, in strict mode (quotes against the files, segments, derived dates, order,
 * each source's SHA-256 against its file). Draft events (awaiting review) are refused unless
 * --allow-drafts. Exits 1 and lists every problem when there is one; a file that cannot be read
 * is one line naming it.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { checkDatasetFiles } from './check-data-lib.ts';
import { printable, runCli } from './cli.ts';

await runCli(() => {
	const args = process.argv.slice(2);
	const allowDrafts = args.includes('--allow-drafts');
	const file = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'events.json');
	const report = checkDatasetFiles(
		file,
		{ readFileSync, readdirSync, existsSync },
		{ allowDrafts }
	);
	// Ids, paths and messages quote the data: printed escaped, they cannot drive the terminal.
	for (const problem of report.problems)
		console.error(
			printable(
				`✗ ${problem.file}${problem.item ? ` (${problem.item})` : ''} ${problem.path}: ${problem.message}`
			)
		);
	const name = printable(basename(file));
	if (report.problems.length > 0) {
		console.error(`\n${name}: ${report.problems.length} problem(s).`);
		process.exitCode = 1;
		return;
	}
	console.log(
		`✓ ${name}: ${report.events} events, ${report.sources} sources, ${report.citations} citations, ${report.derived} derived dates recomputed — all valid.`
	);
	if (report.unhashed > 0)
		console.log(
			`  ${report.unhashed} of ${report.sources} source(s) give no sha256: readers cannot verify that their text is the one cited.`
		);
});
