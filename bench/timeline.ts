/**
 * Measures the timeline in Chromium on the seed dataset and on synthetic ones (10k, 100k events):
 * time to first draw, main-thread cost of a zoom step (script, style and layout, from the wheel
 * event until the DOM or canvas is updated), and the JS heap. Run with `npm run bench`; it builds
 * the app, writes the synthetic datasets into dist/, serves dist/ with `vite preview`, and prints a
 * table (and writes bench/results.json). Numbers are for this machine; compare runs, not machines.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { generateSyntheticDataset } from '../scripts/synthetic-dataset.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { findChromium } from '../scripts/find-chromium.mjs';

const PORT = 4399;
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const STEPS = 24;

interface StepStats {
	median: number;
	p95: number;
	max: number;
}

interface Result {
	dataset: string;
	events: number;
	firstDrawMs: number;
	zoomIn: StepStats;
	zoomOut: StepStats;
	/** Most events in view during the run, and the renderer then. */
	maxVisible: number;
	heapMB: number;
}

function stats(samples: number[]): StepStats {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
	const round = (n: number) => Math.round(n * 100) / 100;
	return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1)!) };
}

/** One wheel step on the plot, timed from dispatch until the update is laid out. */
async function zoomSteps(page: Page, deltaY: number, steps: number) {
	return page.evaluate(
		async ({ deltaY, steps }) => {
			const plot = document.querySelector<HTMLElement>('.plot')!;
			const svg = () => document.querySelector<SVGSVGElement>('svg[data-renderer]')!;
			const box = plot.getBoundingClientRect();
			const durations: number[] = [];
			let maxVisible = 0;
			for (let i = 0; i < steps; i++) {
				// Between steps: let the previous frame paint and idle.
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
				const t0 = performance.now();
				plot.dispatchEvent(
					new WheelEvent('wheel', {
						deltaY,
						clientX: box.left + box.width * 0.62,
						clientY: box.top + box.height / 2,
						bubbles: true,
						cancelable: true
					})
				);
				// Svelte flushes in a microtask; then force style and layout.
				await new Promise<void>((r) => queueMicrotask(r));
				await new Promise<void>((r) => queueMicrotask(r));
				void svg().getBoundingClientRect().width;
				void document.body.offsetHeight;
				durations.push(performance.now() - t0);
				maxVisible = Math.max(maxVisible, Number(svg().dataset.visibleCount));
			}
			return { durations, maxVisible };
		},
		{ deltaY, steps }
	);
}

async function measure(page: Page, name: string, url: string, events: number): Promise<Result> {
	await page.goto(url);
	await page.waitForSelector('svg[data-renderer]', { timeout: 300_000 });
	const firstDrawMs = await page.evaluate(() => performance.now());
	await page.waitForTimeout(500);
	const zoomIn = await zoomSteps(page, -240, STEPS);
	const zoomOut = await zoomSteps(page, 240, STEPS);
	const heap = await page.evaluate(() => {
		(globalThis as unknown as { gc?: () => void }).gc?.();
		return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
	});
	return {
		dataset: name,
		events,
		firstDrawMs: Math.round(firstDrawMs),
		zoomIn: stats(zoomIn.durations),
		zoomOut: stats(zoomOut.durations),
		maxVisible: Math.max(zoomIn.maxVisible, zoomOut.maxVisible),
		heapMB: Math.round(heap / 1e5) / 10
	};
}

async function main() {
	const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) throw new Error('the build failed');
	const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
	const datasets: [string, string, number][] = [['seed', './', real.events.length]];
	for (const size of SIZES) {
		const file = `bench-${size}.json`;
		writeFileSync(`dist/${file}`, JSON.stringify(generateSyntheticDataset(real, { events: size })));
		datasets.push([`synthetic ${size}`, `./?data=${file}`, size]);
	}

	const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
		stdio: 'ignore',
		detached: true
	});
	try {
		await new Promise((r) => setTimeout(r, 2500));
		const browser = await chromium.launch({
			executablePath: await findChromium(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--enable-precise-memory-info',
				'--js-flags=--expose-gc'
			]
		});
		const results: Result[] = [];
		for (const [name, path, events] of datasets) {
			const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
			results.push(await measure(page, name, `http://127.0.0.1:${PORT}/${path}`, events));
			await page.close();
			console.log(JSON.stringify(results.at(-1)));
		}
		await browser.close();
		console.table(
			results.map((r) => ({
				dataset: r.dataset,
				'first draw (ms)': r.firstDrawMs,
				'zoom step median (ms)': r.zoomIn.median,
				'zoom step p95 (ms)': Math.max(r.zoomIn.p95, r.zoomOut.p95),
				'most in view': r.maxVisible,
				'heap (MB)': r.heapMB
			}))
		);
		writeFileSync(
			'bench/results.json',
			JSON.stringify({ date: new Date().toISOString(), results }, null, '\t') + '\n'
		);
	} finally {
		if (server.pid) process.kill(-server.pid);
	}
}

await main();
