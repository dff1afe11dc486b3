/**
 * Measures one tool on one dataset in a fresh browser context: navigation to events drawn, the JS
 * heap after load, and the main-thread cost of each step of a scripted zoom and pan, driven by
 * real input (Playwright's mouse, which Chromium handles as user input) and measured from a
 * Chromium trace (see `trace.ts`). Sanity checks read each tool's visible window, and fail loudly
 * when a tool did not zoom or pan: a bench that measures nothing is worse than none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { writeFileAtomically } from '../scripts/cli.ts';
import type { BenchDataset } from './datasets.ts';
import {
	stepCosts,
	stepsAcrossWheelPauses,
	summariseSteps,
	type StepSummary,
	type TraceEvent
} from './trace.ts';
import {
	PAN_MOVE_PX,
	PAN_MOVES,
	readViewInPage,
	type PageView,
	type PlotSize,
	type ToolDriver,
	type ToolName
} from './tools.ts';

export const VIEWPORT = { width: 1280, height: 800 };
/** The mark our app sets when it has first drawn events (src/lib/timeline/drawn-mark.ts). */
export const DRAWN_MARK = 'timeline-drawn';
/**
 * The mark our app sets when its live page replaced the first view the build served in the
 * page's HTML: then the events were painted from the HTML.
 */
import { TAKEN_OVER_MARK } from '../src/lib/prerender/take-over.ts';
/** A step (input, two frames, the gap) that takes longer than this makes the tool unusable. */
export const STEP_LIMIT_MS = 15_000;
/** Any other exchange with the page (reading, GC, tracing) that takes longer: the page is hung. */
export const RESPONSE_LIMIT_MS = 60_000;
/** What the trace records: DevTools' timeline, V8's execution and the page's marks. */
export const TRACE_CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'v8.execute',
	'blink.user_timing'
];

export interface ToolResult {
	tool: ToolName;
	dataset: string;
	events: number;
	/**
	 * Navigation start to the first events drawn by the live page (ms): for our app, its timeline
	 * drawn and ready for input, whatever the served HTML showed before.
	 */
	drawnMs?: number;
	/**
	 * Our app, on a page whose HTML holds the first view (the seed): navigation start to the first
	 * contentful paint, which paints those events before any script has run (ms).
	 */
	servedMs?: number;
	zoomStep?: StepSummary;
	panStep?: StepSummary;
	/** Events in view in the first view (after load). */
	inViewAtStart?: number;
	/** The first view's window, as ISO days "first/last". */
	windowAtStart?: string;
	/** The same window in UTC ms: what the peers are told to open on (see `MeasureOptions`). */
	windowAtStartMs?: [number, number];
	/** Our app: svg or canvas in the first view. */
	renderer?: string;
	/** JS heap after load and a forced GC (MB, 10^6 bytes). */
	heapMB?: number;
	/** What the sanity checks saw: window spans after / before, and the pan as a share. */
	checks?: { zoomedIn: number; zoomedOut: number; panned: number };
	/** Requests to other origins, blocked. */
	blockedRequests?: string[];
	/** Requests the local server answered with an error (a file the page wanted and lacks). */
	failedRequests?: string[];
	/**
	 * The bench's own cost per step, on this page: steps with no input, only the settle (two
	 * frames, the gap, reading the view), measured for every tool at every size.
	 */
	emptyStep?: StepSummary;
	/** The zoom step's median cost above the empty step's (ms; see `runs.ts`). */
	zoomAboveEmpty?: number;
	/** The pan step's median cost above the empty step's (ms). */
	panAboveEmpty?: number;
	/** Said of the runs (a long first run not repeated). */
	note?: string;
	/** How many runs the figures are the medians of. */
	runs?: number;
	/** Each run's own figures, in run order, for whoever doubts a median. */
	perRun?: {
		drawnMs: number[];
		zoomMedian: number[];
		panMedian: number[];
		emptyMedian: number[];
		heapMB: number[];
	};
	/** Errors the page threw (after drawing: before, they end the measurement). */
	pageErrors?: string[];
	/** The tool was too slow: what it gave up on, and after how long. */
	gaveUp?: string;
	/** The bench failed (a sanity check, an error in the page): the numbers are not valid. */
	error?: string;
}

/** The tool was too slow; not a failure of the bench. */
export class GaveUp extends Error {}

/** BENCH_DEBUG=1 logs each phase: where a slow or stuck tool spends its time. */
const debug = (...parts: unknown[]) => {
	if (process.env.BENCH_DEBUG === '1')
		console.log(`  [${new Date().toISOString().slice(11, 19)}]`, ...parts);
};

const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new GaveUp(`gave up after ${seconds(ms)}: ${what}`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** `promise`, or a `GaveUp` when the page keeps its main thread busy past the limit. */
const respond = <T>(what: string, promise: Promise<T>) =>
	withTimeout(promise, RESPONSE_LIMIT_MS, `the page did not respond to ${what}`);

/**
 * BENCH_TRACE_DIR's extra categories: paint invalidations, layerisation, the compositor and its
 * raster, for reading a step's cost in DevTools. They add their own cost to every step: figures
 * taken with them are not comparable with a plain run's.
 */
export const PROFILE_CATEGORIES = [
	'disabled-by-default-devtools.timeline.invalidationTracking',
	'disabled-by-default-devtools.timeline.frame',
	'disabled-by-default-v8.cpu_profiler',
	'blink',
	'cc',
	'viz',
	'paint',
	'disabled-by-default-blink.invalidation'
];

/**
 * Runs `action` while Chromium traces, and returns the trace's events; with BENCH_TRACE_DIR set,
 * also writes them there as `<name>.json` (open it in DevTools' Performance panel).
 */
async function traced(
	cdp: CDPSession,
	action: () => Promise<void>,
	name: string
): Promise<TraceEvent[]> {
	const events: TraceEvent[] = [];
	const onData = ({ value }: { value: object[] }) => events.push(...(value as TraceEvent[]));
	const dumpDir = process.env.BENCH_TRACE_DIR;
	cdp.on('Tracing.dataCollected', onData);
	await respond(
		'starting a trace',
		cdp.send('Tracing.start', {
			traceConfig: {
				includedCategories: dumpDir
					? [...TRACE_CATEGORIES, ...PROFILE_CATEGORIES]
					: TRACE_CATEGORIES,
				recordMode: 'recordAsMuchAsPossible'
			},
			transferMode: 'ReportEvents'
		})
	);
	try {
		await action();
	} finally {
		const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
		await respond(
			'ending the trace',
			cdp.send('Tracing.end').then(() => complete)
		).finally(() => cdp.off('Tracing.dataCollected', onData));
	}
	if (dumpDir) {
		mkdirSync(dumpDir, { recursive: true });
		writeFileAtomically(join(dumpDir, `${name}.json`), JSON.stringify({ traceEvents: events }));
	}
	return events;
}

/**
 * After a step: two animation frames (the step's frame is drawn), an idle gap, then the view is
 * read and the next step's mark set, in one evaluation so that the bench adds one small task.
 */
const settleSource = (nextMark: string, gapMs: number) =>
	`new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() =>
		setTimeout(() => {
			const view = (${readViewInPage.toString()})();
			performance.mark(${JSON.stringify(nextMark)});
			resolve(view);
		}, ${gapMs}))))`;

/**
 * Runs `steps` one by one, each followed by the settle, under a trace; returns each step's cost
 * and the view after it.
 */
async function tracedSteps(
	page: Page,
	cdp: CDPSession,
	prefix: string,
	steps: readonly (() => Promise<void>)[],
	gapMs: number,
	what: string,
	traceName: string,
	wheel = false
) {
	const views: PageView[] = [];
	const events = await traced(
		cdp,
		async () => {
			await respond(
				'a mark',
				page.evaluate((mark) => void performance.mark(mark), `${prefix}0`)
			);
			for (let i = 0; i < steps.length; i++) {
				const next = i + 1 < steps.length ? `${prefix}${i + 1}` : `${prefix}end`;
				await withTimeout(
					steps[i]().then(() => page.evaluate<PageView>(settleSource(next, gapMs))),
					STEP_LIMIT_MS,
					`${what} step ${i + 1}`
				).then((view) => views.push(view));
			}
		},
		`${traceName}-${prefix.replace(/-$/, '')}-${++traceCount}`
	);
	// A wheel sequence's steps in which a gesture ended or began again are not counted as steps.
	const leftOut = wheel ? stepsAcrossWheelPauses(events, prefix) : undefined;
	return { summary: summariseSteps(stepCosts(events, prefix), leftOut), views };
}

/** Numbers the traces BENCH_TRACE_DIR keeps, so that runs do not overwrite each other's. */
let traceCount = 0;

const span = (view: PageView) => view.window[1] - view.window[0];

/** The centre of `selector`'s first element, and its box. */
async function boxOf(page: Page, selector: string) {
	const box = await respond(selector, page.locator(selector).first().boundingBox());
	if (!box) throw new Error(`${selector} is not on the page`);
	return { ...box, cx: box.x + box.width / 2, cy: box.y + box.height / 2 };
}

/** One zoom step's input: a wheel notch at the plot's centre, or a click on a zoom button. */
async function zoomStepsOf(page: Page, driver: ToolDriver, direction: 'in' | 'out') {
	const zoom = driver.zoom;
	if (zoom.kind === 'wheel') {
		const plot = await boxOf(page, driver.plotSelector);
		await respond('the mouse', page.mouse.move(plot.cx, plot.cy));
		const deltaY = direction === 'in' ? -zoom.deltaY : zoom.deltaY;
		return () => page.mouse.wheel(0, deltaY);
	}
	const button = await boxOf(page, direction === 'in' ? zoom.inSelector : zoom.outSelector);
	return () => page.mouse.click(button.cx, button.cy);
}

async function measureOn(
	page: Page,
	cdp: CDPSession,
	driver: ToolDriver,
	result: ToolResult,
	url: string,
	pageErrors: Promise<never>,
	options: MeasureOptions
): Promise<void> {
	// 1. Navigation to events drawn; an error in the page ends the wait at once.
	debug(driver.name, 'goto', url);
	await page.goto(url, { waitUntil: 'commit' });
	debug('committed; waiting for the drawn mark');
	// Node's own timer, not waitForFunction's: with the page's main thread busy for minutes,
	// Playwright's timeout does not fire.
	await withTimeout(
		Promise.race([
			page.waitForFunction(
				(mark) => performance.getEntriesByName(mark, 'mark').length > 0,
				DRAWN_MARK,
				{ timeout: 0, polling: 100 }
			),
			pageErrors
		]),
		driver.drawnTimeoutMs,
		'events not drawn'
	);
	result.drawnMs = Math.round(
		await respond(
			'reading the drawn mark',
			page.evaluate((mark) => performance.getEntriesByName(mark, 'mark')[0].startTime, DRAWN_MARK)
		)
	);
	debug('drawn after', result.drawnMs, 'ms');
	result.servedMs = await respond(
		'reading the first paint',
		page.evaluate(async (mark) => {
			// The live page takes over after it has drawn: wait for that (or its absence) briefly.
			for (let i = 0; i < 50 && performance.getEntriesByName(mark).length === 0; i++)
				await new Promise((resolve) => setTimeout(resolve, 100));
			if (performance.getEntriesByName(mark).length === 0) return undefined;
			const paint = performance.getEntriesByName('first-contentful-paint')[0];
			return paint ? Math.round(paint.startTime) : undefined;
		}, TAKEN_OVER_MARK)
	);
	await page.waitForTimeout(driver.settleAfterLoadMs);

	// 2. The heap after load: what the loaded timeline keeps, after a full GC.
	await respond('a garbage collection', cdp.send('HeapProfiler.collectGarbage'));
	const { usedSize } = await respond('reading the heap', cdp.send('Runtime.getHeapUsage'));
	result.heapMB = Math.round(usedSize / 1e5) / 10;
	const start = await respond('reading the view', page.evaluate(readViewInPage));
	result.inViewAtStart = start.inView;
	result.windowAtStartMs = start.window;
	result.windowAtStart = start.window
		.map((ms) => new Date(ms).toISOString().slice(0, 10))
		.join('/');
	if (start.renderer) result.renderer = start.renderer;

	if (options.emptySteps) {
		debug('empty steps');
		const empty = await tracedSteps(
			page,
			cdp,
			'bench-empty-',
			Array.from({ length: driver.zoom.steps }, () => async () => {}),
			driver.zoomGapMs,
			'empty',
			`${driver.key}-${result.dataset}`
		);
		result.emptyStep = empty.summary;
	}

	debug('heap', result.heapMB, 'MB; zooming');
	// 3. Zoom: n steps in, then n out, at the same point.
	const steps = driver.zoom.steps;
	const zoomIn = await zoomStepsOf(page, driver, 'in');
	const zoomOut = await zoomStepsOf(page, driver, 'out');
	const zoom = await tracedSteps(
		page,
		cdp,
		'bench-zoom-',
		[...Array(steps).fill(zoomIn), ...Array(steps).fill(zoomOut)],
		driver.zoomGapMs,
		'zoom',
		`${driver.key}-${result.dataset}`,
		driver.zoom.kind === 'wheel'
	);
	result.zoomStep = zoom.summary;
	const zoomedIn = span(zoom.views[steps - 1]) / span(start);
	const zoomedOut = span(zoom.views[2 * steps - 1]) / span(zoom.views[steps - 1]);

	debug('zoomed; panning');
	// 4. Pan: zoom in a little (not measured) so that there is room, then drag from right to left
	// across the plot's middle in equal moves, the button held throughout.
	const zoomInAgain = await zoomStepsOf(page, driver, 'in');
	for (let i = 0; i < driver.zoomBeforePan; i++) {
		await withTimeout(
			zoomInAgain().then(() => page.evaluate(settleSource('unmeasured', driver.zoomGapMs))),
			STEP_LIMIT_MS,
			'zooming in before the pan'
		);
	}
	const plot = await boxOf(page, driver.plotSelector);
	const y = plot.y + plot.height * driver.dragAtHeight;
	const fromX = plot.cx + (PAN_MOVES * PAN_MOVE_PX) / 2;
	await respond('the mouse', page.mouse.move(fromX, y));
	await page.waitForTimeout(200);
	const beforePan = await respond('reading the view', page.evaluate(readViewInPage));
	await respond('the mouse', page.mouse.down());
	const pan = await tracedSteps(
		page,
		cdp,
		'bench-pan-',
		Array.from(
			{ length: PAN_MOVES },
			(_, i) => () => page.mouse.move(fromX - PAN_MOVE_PX * (i + 1), y)
		),
		driver.panGapMs,
		'pan',
		`${driver.key}-${result.dataset}`
	);
	await respond('the mouse', page.mouse.up());
	result.panStep = pan.summary;
	const panned = (pan.views.at(-1)!.window[0] - beforePan.window[0]) / span(beforePan);

	const round3 = (n: number) => Math.round(n * 1000) / 1000;
	result.checks = {
		zoomedIn: round3(zoomedIn),
		zoomedOut: round3(zoomedOut),
		panned: round3(panned)
	};
	// Dragging the content left by ~960 px of a ~1230 px plot shows later dates: a shift of
	// most of a window. Far less means the drag did not pan.
	const failed = [
		zoomedIn > 0.8 && `zooming in left the window at ${round3(zoomedIn)} of its span`,
		zoomedOut < 1.25 && `zooming out grew the window only ${round3(zoomedOut)}×`,
		panned < 0.25 && `the drag moved the window by only ${round3(panned)} of its span`
	].filter(Boolean);
	if (failed.length > 0) throw new Error(`${driver.name} did not respond: ${failed.join('; ')}`);
}

export interface MeasureOptions {
	/** Also measure steps without input: the bench's own cost per step. */
	emptySteps?: boolean;
	/** The window (UTC ms) to open on, for a tool that can be told (see `ToolDriver.path`). */
	firstWindow?: readonly [number, number];
}

/** Measures `driver`'s tool on `dataset`; never throws for the tool's sake (see `gaveUp`). */
export async function measureTool(
	browser: Browser,
	driver: ToolDriver,
	dataset: BenchDataset,
	origin: string,
	plot: PlotSize,
	options: MeasureOptions = {}
): Promise<ToolResult> {
	const result: ToolResult = { tool: driver.name, dataset: dataset.name, events: dataset.events };
	const blocked: string[] = [];
	let context: BrowserContext | undefined;
	try {
		context = await browser.newContext({
			viewport: VIEWPORT,
			deviceScaleFactor: 1,
			timezoneId: 'UTC',
			locale: 'en-US'
		});
		// Nothing leaves the local server (fonts, analytics, media of the peers): blocked, noted.
		await context.route(
			(url) => url.origin !== origin,
			(route) => {
				blocked.push(route.request().url());
				return route.abort('blockedbyclient');
			}
		);
		const page = await context.newPage();
		const pageErrors = new Promise<never>((_, reject) =>
			page.on('pageerror', (error) => {
				(result.pageErrors ??= []).push(error.message.split('\n')[0]);
				reject(new Error(`error in the page: ${error.message}`));
			})
		);
		pageErrors.catch(() => {});
		page.on('response', (response) => {
			if (response.status() >= 400)
				(result.failedRequests ??= []).push(`${response.status()} ${response.url()}`);
		});
		const cdp = await context.newCDPSession(page);
		const url = origin + driver.path(dataset, plot, options.firstWindow);
		await measureOn(page, cdp, driver, result, url, pageErrors, options);
	} catch (error) {
		debug('stopped:', (error as Error).message);
		if (error instanceof GaveUp) result.gaveUp = error.message;
		else result.error = (error as Error).message.split('\n')[0];
	} finally {
		if (blocked.length > 0) result.blockedRequests = [...new Set(blocked)];
		debug('closing the context');
		// A renderer still busy (a tool that gave up) may not close quickly: do not wait forever.
		await withTimeout(context?.close() ?? Promise.resolve(), 60_000, 'closing the page').catch(
			() => {}
		);
		// Its process takes a few seconds to go, busy till then: not during the next measurement.
		if (result.gaveUp) await new Promise((done) => setTimeout(done, 10_000));
	}
	return result;
}
