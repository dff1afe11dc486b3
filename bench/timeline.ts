/**
 * `npm run bench [-- --readme]`: measures our timeline side by side with vis-timeline and
 * TimelineJS3, in one Chromium, on the same datasets served from the same local server:
 * navigation to events drawn, the main-thread cost of each zoom and pan step (from a trace), the
 * JS heap after load, and our bundle sizes. Writes bench/results.json and bench/results.md (a
 * table for the README; `--readme` also puts it between the README's `<!-- bench:start -->` and
 * `<!-- bench:end -->`), and prints the tables. Numbers are for this machine: compare tools and
 * runs on one machine, not machines.
 *
 * It builds the app and the custom element with the project's own configs (what `npm run build`
 * does), but into a temporary folder rather than dist/: a build or test running at the same time
 * empties dist/, and the bench's 100k-event files have no business there. The folder is removed
 * at the end.
 *
 * Environment:
 * - BENCH_SIZES: synthetic dataset sizes, default 1000,2000,10000,100000 (the seed always runs).
 * - BENCH_TOOLS: which tools, default app,vis,tljs.
 * - BENCH_TRY_ALL=1: run the peers at every size, even where a smaller size says they cannot
 *   draw within the time limit (they then give up after it).
 * - BENCH_DIST=<folder>: measure an existing build there instead of building (quick iteration);
 *   the bench writes its dataset files into it.
 * - BENCH_RUNS: runs per tool and dataset, default 3; each figure is the median of the runs'
 *   (`runs.ts`). A tool whose first run took longer than `LONG_RUN_MS` runs once, and says so.
 * - BENCH_NOTES: a sentence kept with the results (a machine shared with other work, say).
 * - BENCH_TRACE_DIR=<folder>: keep each trace there, with paint, layer and compositor categories
 *   (`PROFILE_CATEGORIES`, heavier: not for figures), to open in DevTools.
 * - BENCH_MILLION=1: also a 1 000 000-event dataset, for our app alone (the peers gave up far
 *   below): where the next limit is. Off by default: it takes minutes and gigabytes.
 *
 * Exits non-zero when our app failed to draw, or any measurement failed its sanity checks.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { arch, cpus, release, tmpdir, totalmem, type as osType } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { findChromium } from '../scripts/find-chromium.mjs';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { measureBundle, type BundleReport } from './bundle.ts';
import { frameUrl, openFirstView } from './first-view.ts';
import { PAUSE_FACTOR, WHEEL_GESTURE_IDLE_MS, type StepSummary } from './trace.ts';
import { parseSizes, writeDatasets, writeTimelineJs } from './datasets.ts';
import { measureTool, STEP_LIMIT_MS, VIEWPORT, type ToolResult } from './measure.ts';
import {
	consoleRows,
	markdownReport,
	ratiosOf,
	replaceBetweenMarkers,
	type BenchResults
} from './report.ts';
import { combineRuns } from './runs.ts';
import { startStaticServer } from './server.ts';
import {
	PAN_MOVE_PX,
	PAN_MOVES,
	TIMELINEJS_ZOOM_STEPS,
	TOOLS,
	WHEEL_DELTA,
	WHEEL_STEPS,
	type PlotSize,
	type ToolKey
} from './tools.ts';
import { skipReason } from './skip.ts';
import { writeFileAtomically } from '../scripts/cli.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];
/** A first run longer than this (a peer drawing 10 000 events for a minute) is not repeated. */
const LONG_RUN_MS = 120_000;
const MILLION = 1_000_000;

/** BENCH_RUNS: a positive integer, default 3. */
function parseRuns(text: string | undefined): number {
	const runs = Number(text ?? '3');
	if (!Number.isSafeInteger(runs) || runs < 1)
		throw new Error(`BENCH_RUNS must be a positive integer (got ${text})`);
	return runs;
}

/** Our plot's size at 1280×800 when the app is not measured (so not measured either). */
const DEFAULT_PLOT: PlotSize = { width: 1234, height: 378 };

function parseTools(text: string | undefined): ToolKey[] {
	const keys = (text ?? 'app,vis,tljs').split(',').map((s) => s.trim()) as ToolKey[];
	const unknown = keys.filter((k) => !TOOLS.some((t) => t.key === k));
	if (unknown.length > 0)
		throw new Error(`BENCH_TOOLS: unknown ${unknown.join(', ')} (known: app, vis, tljs)`);
	return keys;
}

/** `npm run build`'s two builds (the app, then the custom element into element/), into `outDir`. */
function build(outDir: string) {
	console.log('Building the app and the custom element…');
	const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
	for (const args of [
		['build', '--outDir', outDir, '--emptyOutDir'],
		['build', '--config', 'vite.element.config.ts', '--outDir', join(outDir, 'element')]
	]) {
		const result = spawnSync(process.execPath, [vite, ...args], { cwd: ROOT, stdio: 'inherit' });
		if (result.status !== 0) throw new Error(`the build failed: vite ${args.join(' ')}`);
	}
}

/** Markdown as the repo's Prettier writes it, so that `npm run lint` passes on what we write. */
async function prettyMarkdown(text: string, file: string): Promise<string> {
	return format(text, { ...(await resolveConfig(file)), filepath: file });
}

/**
 * Our plot's size in the seed's first view (the peers are drawn at this size), and the JS and CSS
 * files the page fetched to draw that view (counted as the initial bundle), and those the embed
 * frame's page fetched to draw its own.
 */
async function measurePlot(
	browser: Browser,
	origin: string
): Promise<{ plot: PlotSize; firstView: string[]; frameFirstView: string[] }> {
	const page = await browser.newPage({ viewport: VIEWPORT });
	const frame = await browser.newPage({ viewport: VIEWPORT });
	try {
		const firstView = await openFirstView(page, `${origin}/`);
		const box = (await page.locator('.timeline .plot').first().boundingBox())!;
		const frameFirstView = await openFirstView(frame, frameUrl(`${origin}/`));
		return {
			plot: { width: Math.round(box.width), height: Math.round(box.height) },
			firstView,
			frameFirstView
		};
	} finally {
		await page.close();
		await frame.close();
	}
}

function summaryLine(r: ToolResult): string {
	const parts = [`${r.tool}, ${r.dataset}:`];
	if (r.drawnMs !== undefined) parts.push(`drawn ${r.drawnMs} ms`);
	if (r.emptyStep) parts.push(`empty step ${r.emptyStep.median} ms`);
	if (r.zoomStep) parts.push(`zoom step ${r.zoomStep.median} ms (+${r.zoomAboveEmpty})`);
	if (r.panStep) parts.push(`pan step ${r.panStep.median} ms (+${r.panAboveEmpty})`);
	if (r.heapMB !== undefined) parts.push(`heap ${r.heapMB} MB`);
	if (r.gaveUp) parts.push(`(${r.gaveUp})`);
	if (r.error) parts.push(`FAILED: ${r.error}`);
	return `${r.error ? '✗' : '✓'} ${parts.join(' ')}`;
}

/** How the numbers were taken, in a paragraph for the README. */
function methodOf(
	plot: PlotSize,
	emptyStep: StepSummary | undefined,
	runs: number,
	sameWindow: boolean
): string {
	const floor =
		` Empty: ${WHEEL_STEPS} steps without input (only the settle), on every tool's page at ` +
		`every size: the floor under its steps` +
		(emptyStep ? ` (${emptyStep.median} ms on our seed page)` : '') +
		`; "above empty" is a step's median less the empty step's.`;
	const repeated =
		runs > 1
			? ` Each tool and dataset ran ${runs} times, in a fresh page each: every figure is the ` +
				`median of the runs' (for steps, the median of their medians); a first run over ` +
				`${LONG_RUN_MS / 1000} s was not repeated.`
			: '';
	return (
		`Headless Chromium, software rendering (--disable-gpu), viewport ` +
		`${VIEWPORT.width}×${VIEWPORT.height}; every timeline ${plot.width}×${plot.height} px, ` +
		`each tool's defaults otherwise (vis-timeline: stacking on, ` +
		(sameWindow
			? `its first window the one our app opened on for the same dataset; `
			: `its first window the whole extent, padded as ours; `) +
		`TimelineJS3: no web font, scale_factor 1). Served (our app's seed page only): navigation ` +
		`start to the first contentful paint, which shows the first view the build rendered into ` +
		`the page's HTML (title, plot and list) before any script has run. Drawn: navigation start ` +
		`to the first events drawn by the live page, fetching and parsing the same JSON file; for ` +
		`our app, its own timeline, ready for input (the served first view does not count), so ` +
		`the script's cost is never hidden behind the HTML. Zoom: ${WHEEL_STEPS} wheel notches ` +
		`(deltaY ${WHEEL_DELTA}) in, then ${WHEEL_STEPS} out, at the plot's centre; TimelineJS3 ` +
		`has no wheel zoom: its buttons, ${TIMELINEJS_ZOOM_STEPS} in then ` +
		`${TIMELINEJS_ZOOM_STEPS} out (8×, as the notches), each with its 1 s animation. Pan: ` +
		`after zooming in, a drag of ${PAN_MOVES} moves of ${PAN_MOVE_PX} px. After each step: ` +
		`two animation frames and 50 ms idle (TimelineJS3's zoom: 1.1 s); a wheel step in which ` +
		`a gesture ended or began again (the notch came over ${WHEEL_GESTURE_IDLE_MS} ms, and ` +
		`over ${PAUSE_FACTOR} times the sequence's median time between notches, after the one ` +
		`before, as a busy machine can make it) is left out, for every tool. Step costs: ` +
		`renderer main-thread ms per step from a Chromium trace (wall time of its tasks; ` +
		`script / style+layout / paint by self time).${floor} Heap: JS heap after load and a ` +
		`forced GC.${repeated}`
	);
}

async function main(): Promise<number> {
	const started = Date.now();
	const million = process.env.BENCH_MILLION === '1';
	const sizes = parseSizes(process.env.BENCH_SIZES).filter((n) => n !== MILLION || million);
	if (million && !sizes.includes(MILLION)) sizes.push(MILLION);
	const runs = parseRuns(process.env.BENCH_RUNS);
	const toolKeys = parseTools(process.env.BENCH_TOOLS);
	const writeReadme = process.argv.includes('--readme');
	const ownBuild = !process.env.BENCH_DIST;
	const dist = ownBuild
		? mkdtempSync(join(tmpdir(), 'evidence-timeline-bench-'))
		: resolve(ROOT, process.env.BENCH_DIST!);
	try {
		if (ownBuild) build(dist);
		return await measureAll(dist, sizes, toolKeys, writeReadme, started, runs);
	} finally {
		if (ownBuild) rmSync(dist, { recursive: true, force: true });
	}
}

async function measureAll(
	dist: string,
	sizes: number[],
	toolKeys: ToolKey[],
	writeReadme: boolean,
	started: number,
	runs: number
): Promise<number> {
	let bundle: BundleReport | undefined;
	const real = JSON.parse(readFileSync(join(ROOT, 'events.json'), 'utf8')) as DatasetFile;
	console.log(`Writing datasets: seed and ${sizes.join(', ')} events…`);
	const datasets = writeDatasets(dist, real, sizes);

	const server = await startStaticServer([
		{ prefix: '/peers/vis/', folder: join(ROOT, 'node_modules/vis-timeline') },
		{ prefix: '/peers/tljs/', folder: join(ROOT, 'node_modules/@knight-lab/timelinejs/dist') },
		{ prefix: '/peers/', folder: join(ROOT, 'bench/peers') },
		// The app as deployed: under its Content-Security-Policy, as `vite preview` serves it.
		{ prefix: '/', folder: dist, headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } }
	]);
	let browser: Browser | undefined;
	const results: ToolResult[] = [];
	try {
		browser = await chromium.launch({ executablePath: await findChromium(), args: CHROMIUM_ARGS });
		let plot = DEFAULT_PLOT;
		if (toolKeys.includes('app')) {
			const first = await measurePlot(browser, server.origin);
			plot = first.plot;
			bundle = measureBundle(dist, first.firstView, first.frameFirstView);
		}
		console.log(
			`Server ${server.origin}; Chromium ${browser.version()}; plot ${plot.width}×${plot.height} px`
		);
		/** Each peer's result at the previous size, to decide whether to try the next. */
		const previous = new Map<ToolKey, ToolResult>();
		for (const dataset of datasets) {
			// The window our app opened on for this dataset: a peer that can be told opens there too.
			let firstWindow: readonly [number, number] | undefined;
			for (const driver of TOOLS.filter((t) => toolKeys.includes(t.key))) {
				const skip =
					dataset.events >= MILLION && driver.key !== 'app'
						? 'not run: the million-event run is for our app alone'
						: driver.key === 'app' || process.env.BENCH_TRY_ALL === '1'
							? undefined
							: skipReason(previous.get(driver.key), dataset, {
									drawnTimeoutMs: driver.drawnTimeoutMs,
									stepLimitMs: STEP_LIMIT_MS
								});
				let result: ToolResult;
				if (skip) {
					result = {
						tool: driver.name,
						dataset: dataset.name,
						events: dataset.events,
						gaveUp: skip
					};
				} else {
					if (driver.key === 'tljs') writeTimelineJs(dist, dataset);
					const done: ToolResult[] = [];
					for (let run = 0; run < runs; run++) {
						const runStarted = Date.now();
						// The bench's own cost per step (the empty step), on every page.
						const one = await measureTool(browser, driver, dataset, server.origin, plot, {
							emptySteps: true,
							firstWindow
						});
						done.push(one);
						if (one.error || one.gaveUp) break;
						if (run === 0 && Date.now() - runStarted > LONG_RUN_MS) {
							one.note = `1 run: the first took ${Math.round((Date.now() - runStarted) / 1000)} s`;
							break;
						}
					}
					result = combineRuns(done);
				}
				if (driver.key === 'app') firstWindow = result.windowAtStartMs;
				previous.set(driver.key, result);
				results.push(result);
				console.log(`${summaryLine(result)} [${Math.round((Date.now() - started) / 1000)} s]`);
			}
		}

		const bench: BenchResults = {
			date: new Date().toISOString(),
			machine: {
				cpu: cpus()[0]?.model.trim() ?? 'unknown',
				cores: cpus().length,
				memoryGB: Math.round(totalmem() / 2 ** 30),
				node: process.version,
				chromium: browser.version(),
				os: `${osType()} ${release()} ${arch()}`
			},
			method: methodOf(
				plot,
				results.find((r) => r.tool === 'this app' && r.dataset === 'seed')?.emptyStep,
				runs,
				toolKeys.includes('app')
			),
			bundle,
			results,
			ratios: ratiosOf(results, 'vis-timeline'),
			timelineJsRatios: ratiosOf(results, 'TimelineJS3'),
			...(process.env.BENCH_NOTES ? { notes: process.env.BENCH_NOTES } : {})
		};
		writeFileAtomically(join(ROOT, 'bench/results.json'), JSON.stringify(bench, null, '\t') + '\n');
		const resultsMd = join(ROOT, 'bench/results.md');
		const markdown = await prettyMarkdown(markdownReport(bench), resultsMd);
		writeFileAtomically(resultsMd, markdown);
		if (writeReadme) {
			const readme = join(ROOT, 'README.md');
			const text = replaceBetweenMarkers(readFileSync(readme, 'utf8'), markdown);
			writeFileAtomically(readme, await prettyMarkdown(text, readme));
			console.log('README.md updated between the bench markers.');
		}

		console.log(`\n${bench.method}\n`);
		console.table(consoleRows(results));
		if (bench.ratios.length > 0) {
			console.log('vis-timeline ÷ this app (mean per step):');
			console.table(bench.ratios);
		}
		if (bench.timelineJsRatios.length > 0) {
			console.log('TimelineJS3 ÷ this app (mean per step):');
			console.table(bench.timelineJsRatios);
		}
		if (bundle)
			console.table(
				Object.fromEntries(
					Object.entries(bundle).map(([name, size]) => [
						name,
						{ files: size.files.length, 'raw KB': size.rawKB, 'gzip KB': size.gzipKB }
					])
				)
			);
		console.log(
			`Wrote bench/results.json and bench/results.md in ${Math.round((Date.now() - started) / 1000)} s.`
		);
	} finally {
		await browser?.close();
		await server.close();
	}

	// Our app must draw every dataset, a million events too, and never be given up on; any tool
	// failing a sanity check means the bench measured nothing there.
	const appFailed = results.some(
		(r) => r.tool === 'this app' && (r.drawnMs === undefined || r.gaveUp)
	);
	const failed = results.filter((r) => r.error);
	if (appFailed) console.error('✗ Our app did not draw, or was too slow, on some dataset.');
	for (const r of failed) console.error(`✗ ${r.tool}, ${r.dataset}: ${r.error}`);
	return appFailed || failed.length > 0 ? 1 : 0;
}

process.exitCode = await main();
