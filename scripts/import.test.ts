import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDatasetFiles } from './check-data-lib.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';

const work = mkdtempSync(join(tmpdir(), 'import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the command as `npm run import -- …` would. */
function run(...args: string[]) {
	const result = spawnSync('npx', ['jiti', 'scripts/import.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fs = { readFileSync, readdirSync, existsSync };

// Each case starts a Node process or three.
describe('npm run import', { timeout: 240_000 }, () => {
	it('writes events.json and the source text, which check:data accepts as drafts', () => {
		const out = join(work, 'calendar');
		const { status, stdout } = run(
			'tests/fixtures/timelinejs/calendar-reform.json',
			'--out',
			out,
			'--outlet',
			'Example Press',
			'--published',
			'2024-07-01'
		);
		expect(status).toBe(0);
		expect(stdout).toContain('calendar-reform.json: read as TimelineJS3 JSON.');
		expect(stdout).toContain('imported 11 of 11 slides (9 events, 2 periods, 4 topics)');
		expect(readdirSync(join(out, 'sources'))).toEqual(['calendar-reform.txt']);
		const dataset: DatasetFile = JSON.parse(readFileSync(join(out, 'events.json'), 'utf8'));
		expect(dataset.sources[0]).toMatchObject({
			id: 'calendar-reform',
			file: 'calendar-reform.txt',
			outlet: 'Example Press',
			published: { date: '2024-07-01' }
		});
		expect(checkDatasetFiles(join(out, 'events.json'), fs, { allowDrafts: true }).problems).toEqual(
			[]
		);
		// Drafts are refused by a plain check:data until they are reviewed.
		expect(checkDatasetFiles(join(out, 'events.json'), fs).problems).toHaveLength(9);
	});

	it('reports each skipped slide with its index, field and reason, and imports the rest', () => {
		const out = join(work, 'broken');
		const { status, stdout } = run('tests/fixtures/timelinejs/broken-slides.json', '--out', out);
		expect(status).toBe(0);
		expect(stdout).toContain('imported 5 of 16 slides');
		expect(stdout).toContain('Skipped 11:');
		expect(stdout).toContain(
			'✗ events[2].start_date.month (unique_id "month-13", "Thirteenth month"): must be 1–12 (got "13"); the slide is skipped'
		);
		expect(stdout).toContain('! events[10].end_date.year');
		expect(existsSync(join(out, 'events.json'))).toBe(true);
	});

	it('writes nothing and exits 1 when the result does not validate', () => {
		const out = join(work, 'invalid');
		const { status, stderr } = run(
			'tests/fixtures/timelinejs/calendar-reform.json',
			'--out',
			out,
			'--source-id',
			'Not A Slug'
		);
		expect(status).toBe(1);
		expect(stderr).toContain('sources[0].id: must be a kebab-case slug');
		expect(stderr).toContain('does not validate');
		expect(existsSync(out)).toBe(false);
	});

	it('overwrites an existing dataset only with --force, and refuses bad arguments', () => {
		const out = join(work, 'calendar');
		const before = readFileSync(join(out, 'events.json'), 'utf8');
		const again = run('tests/fixtures/timelinejs/calendar-reform.json', '--out', out);
		expect(again.status).toBe(1);
		expect(again.stderr).toContain('pass --force');
		expect(readFileSync(join(out, 'events.json'), 'utf8')).toBe(before);
		const forced = run('tests/fixtures/timelinejs/calendar-reform.json', '--out', out, '--force');
		expect(forced.status).toBe(0);
		expect(JSON.parse(readFileSync(join(out, 'events.json'), 'utf8')).sources[0].outlet).toBe(
			'TimelineJS3 file'
		);

		const badDate = run(
			'tests/fixtures/timelinejs/calendar-reform.json',
			'--out',
			out,
			'--published',
			'2024-13'
		);
		expect(badDate.status).toBe(1);
		expect(badDate.stderr).toContain('--published must be a date');

		const notJson = join(work, 'not.json');
		writeFileSync(notJson, '{ "events": [');
		const unreadable = run(notJson, '--out', join(work, 'none'));
		expect(unreadable.status).toBe(1);
		expect(unreadable.stderr).toContain('is not valid JSON');
		expect(existsSync(join(work, 'none'))).toBe(false);
	});

	it('keeps the old command name as an alias', () => {
		const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
		expect(scripts['import:timelinejs']).toBe(scripts.import);
	});

	// The real files of tests/fixtures/import/ (see its README): each is detected, imported, and
	// passes check:data --allow-drafts.
	it.each([
		[
			'timelinejs/cosmological.json',
			'TimelineJS3 JSON',
			'6 events, 0 periods, 1 topics',
			'start_date.display_text: not carried over: "Now"'
		],
		[
			'timelinejs/eras.json',
			'TimelineJS3 JSON',
			'20 events, 4 periods, 1 topics',
			'events[0] "Last great Roman-Persian War."'
		],
		[
			'timelinejs/group_sample.json',
			'TimelineJS3 JSON',
			'7 events, 0 periods, 4 topics',
			'time of day (hour 9, minute 30)'
		],
		[
			'sheet-csv/women_in_computing.csv',
			'TimelineJS3 sheet (CSV)',
			'10 events, 0 periods, 1 topics',
			'row 3 "Ada Lovelace"'
		],
		[
			'sheet-csv/my-own-timeline.csv',
			'TimelineJS3 sheet (CSV)',
			'10 events, 0 periods, 1 topics',
			'→ media.url: kept as a link'
		],
		['vis-timeline/basic.json', 'vis-timeline items (JSON)', '6 events, 0 periods, 1 topics', ''],
		[
			'simile/sample-small.json',
			'SIMILE Timeline JSON',
			'10 events, 0 periods, 1 topics',
			'events[1] "2006 FIFA World Cup"'
		]
	])('imports %s, read as %s, and check:data accepts it', (file, format, counts, reported) => {
		const out = join(work, file.replace(/\W+/g, '-'));
		const { status, stdout, stderr } = run(`tests/fixtures/import/${file}`, '--out', out);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(stdout).toContain(`read as ${format}.`);
		expect(stdout).toContain(`(${counts})`);
		expect(stdout).toContain(reported);
		expect(checkDatasetFiles(join(out, 'events.json'), fs, { allowDrafts: true }).problems).toEqual(
			[]
		);
	});

	it('says which formats it reads when a file is none of them, and writes nothing', () => {
		const out = join(work, 'parser-test');
		const { status, stderr } = run('tests/fixtures/import/sheet-csv/parser_test.csv', '--out', out);
		expect(status).toBe(1);
		expect(stderr).toContain(
			'parser_test.csv is not a TimelineJS3 JSON file, a TimelineJS3 sheet saved as CSV'
		);
		expect(existsSync(out)).toBe(false);
	});
});
