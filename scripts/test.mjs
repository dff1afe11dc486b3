/**
 * `npm test`: every check in one command — svelte-check, eslint, prettier, the dataset check,
 * the date tagger's and add-article's drafts' evaluations against their floors, unit and
 * component tests (jsdom), the production build, and the end-to-end tests in Chromium.
 * All steps run even when one fails; the last line sums them: "N passed, N failed".
 * Tests run in America/Los_Angeles so that time-zone mistakes fail.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, existsSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, TZ: 'America/Los_Angeles', FORCE_COLOR: '0' };
const results = [];

function run(name, command, args, extraEnv = {}) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const child = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
	const ok = child.status === 0;
	console.log(ok ? `✓ ${name}` : `✗ ${name} (exit ${child.status ?? child.signal})`);
	return ok;
}

/** A step that counts as one check; returns whether it passed. */
function check(name, command, args) {
	const ok = run(name, command, args);
	results.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1 });
	return ok;
}

/** Reads pass/fail counts from a JSON report, falling back to the exit status. */
function suite(name, ok, reportFile, count) {
	let passed = 0;
	let failed = 0;
	if (existsSync(reportFile)) {
		try {
			[passed, failed] = count(JSON.parse(readFileSync(reportFile, 'utf8')));
		} catch (error) {
			console.log(`(could not read ${reportFile}: ${error.message})`);
		}
		rmSync(reportFile, { force: true });
	}
	// A suite that failed without failing a test (it crashed or ran nothing) still counts as failed.
	if (!ok && failed === 0) failed = 1;
	if (ok && passed === 0) {
		console.log(`✗ ${name} ran no test`);
		failed += 1;
	}
	results.push({ name, passed, failed });
}

check('svelte-check', 'npx', [
	'svelte-check',
	'--tsconfig',
	'./tsconfig.json',
	'--fail-on-warnings'
]);
check('eslint', 'npx', ['eslint', '.']);
check('prettier', 'npx', ['prettier', '--check', '.']);
check('check:data', 'npx', ['jiti', 'scripts/check-data.ts']);
// The date tagger's value accuracy on its development set, against the floor in package.json.
check('eval:dates', 'npm', ['run', '--silent', 'eval:dates']);
// The drafts of add-article against the floors, on each annotated set that holds them.
for (const set of ['tests/heldout', 'tests/heldout-2', 'tests/heldout-3', 'tests/heldout-4'])
	check(`eval:drafts ${set}`, 'npx', ['jiti', 'scripts/eval-drafts.ts', set, '--check']);
// The retired sets the floors still fail on (README, "How good are the drafts?") are checked
// against what they were tuned to (their READMEs' last column), not against lowered floors: a
// change that loses one of their events, right drafts or dates, or adds a wrong draft, fails.
const KEPT = {
	'tests/heldout-5': 'found=16,right=18,wrong=6,dates=14,furniture=0',
	'tests/heldout-6': 'found=23,right=23,wrong=3,dates=20,furniture=0',
	'tests/heldout-7': 'found=25,right=27,wrong=11,dates=24,furniture=1',
	'tests/heldout-8': 'found=15,right=17,wrong=10,dates=12,furniture=1',
	'tests/heldout-9': 'found=21,right=24,wrong=5,dates=21,furniture=2',
	'tests/heldout-10': 'found=17,right=19,wrong=4,dates=15,furniture=0'
};
for (const [set, keep] of Object.entries(KEPT))
	check(`eval:drafts ${set} (kept)`, 'npx', [
		'jiti',
		'scripts/eval-drafts.ts',
		set,
		'--check',
		'--keep',
		keep
	]);
// The learned scorer's table is what its fit writes on today's candidates and features.
check('fit:drafts', 'npx', ['jiti', 'scripts/fit-drafts.ts', '--check']);

const vitestReport = '.vitest-results.json';
const unitOk = run('unit and component tests', 'npx', [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile=${vitestReport}`
]);
suite('unit and component tests', unitOk, vitestReport, (r) => [
	r.numPassedTests,
	r.numFailedTests
]);

const buildOk = check('build', 'npm', ['run', 'build']);

let chromium;
try {
	chromium = await findChromium();
	console.log(`Chromium: ${chromium}`);
} catch (error) {
	console.error(`✗ end-to-end tests cannot run: ${error.message}`);
	results.push({ name: 'end-to-end tests', passed: 0, failed: 1 });
}
if (chromium && buildOk) {
	const e2eReport = '.playwright-results.json';
	const e2eOk = run('end-to-end tests (Chromium)', 'npx', ['playwright', 'test'], {
		CHROMIUM_PATH: chromium,
		PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport
	});
	suite('end-to-end tests', e2eOk, e2eReport, (r) => [
		r.stats.expected,
		r.stats.unexpected + r.stats.flaky
	]);
} else if (chromium) {
	results.push({ name: 'end-to-end tests (build failed)', passed: 0, failed: 1 });
}

console.log('\nSummary:');
for (const r of results)
	console.log(`  ${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
