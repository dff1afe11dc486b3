/**
 * The three timelines the bench compares, and how to drive each one: its page, where the wheel
 * and the drag act, how it zooms, how long a step takes to settle. What is read from the pages
 * (window, events in view) is read by `readViewInPage`, which runs in the page.
 */
import type { BenchDataset } from './datasets.ts';
import type { ToolResult } from './measure.ts';

export type ToolKey = 'app' | 'vis' | 'tljs';
export type ToolName = 'this app' | 'vis-timeline' | 'TimelineJS3';

/** Our app's plot size at a 1280×800 viewport; the peers are drawn at the measured size. */
export interface PlotSize {
	width: number;
	height: number;
}

export interface ToolDriver {
	key: ToolKey;
	name: ToolName;
	/**
	 * The page to open, relative to the server's origin. `firstWindow` (UTC ms): the window our app
	 * opened on for this dataset, for a tool that can be told where to open (vis-timeline).
	 */
	path(dataset: BenchDataset, plot: PlotSize, firstWindow?: readonly [number, number]): string;
	/** Give up when the first draw takes longer. */
	drawnTimeoutMs: number;
	/** After the first draw, before measuring: the tool's own after-load work and animations. */
	settleAfterLoadMs: number;
	/** The element the wheel and the drag act on. */
	plotSelector: string;
	/** Where in that element the drag is done, as a fraction of its height from its top. */
	dragAtHeight: number;
	/** Zoom steps (not measured) before the pan, so that there is somewhere to pan to. */
	zoomBeforePan: number;
	/** How the tool zooms: by the wheel at the plot's centre, or by clicking its buttons. */
	zoom:
		| { kind: 'wheel'; deltaY: number; steps: number }
		| { kind: 'buttons'; inSelector: string; outSelector: string; steps: number };
	/** Idle time after each zoom step's two animation frames (TimelineJS animates for 1 s). */
	zoomGapMs: number;
	/** Idle time after each pan step's two animation frames. */
	panGapMs: number;
}

/** The scripted sequences: 12 wheel steps in then 12 out; 24 drag moves of 40 px. */
export const WHEEL_STEPS = 12;
export const TIMELINEJS_ZOOM_STEPS = 4;
export const WHEEL_DELTA = 120;
export const PAN_MOVES = 24;
export const PAN_MOVE_PX = 40;

const query = (params: Record<string, string | number>) =>
	'?' + new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export const TOOLS: readonly ToolDriver[] = [
	{
		key: 'app',
		name: 'this app',
		path: (dataset) => (dataset.seed ? '/' : `/${query({ data: dataset.file })}`),
		drawnTimeoutMs: 300_000,
		settleAfterLoadMs: 1000,
		plotSelector: '.timeline .plot',
		dragAtHeight: 0.5,
		zoomBeforePan: 6,
		zoom: { kind: 'wheel', deltaY: WHEEL_DELTA, steps: WHEEL_STEPS },
		zoomGapMs: 50,
		panGapMs: 50
	},
	{
		key: 'vis',
		name: 'vis-timeline',
		path: (dataset, plot, firstWindow) =>
			`/peers/vis-timeline.html${query({
				data: `../${dataset.file}`,
				...plot,
				...(firstWindow ? { from: firstWindow[0], to: firstWindow[1] } : {})
			})}`,
		drawnTimeoutMs: 180_000,
		settleAfterLoadMs: 1000,
		plotSelector: '.vis-panel.vis-center',
		dragAtHeight: 0.5,
		zoomBeforePan: 6,
		zoom: { kind: 'wheel', deltaY: WHEEL_DELTA, steps: WHEEL_STEPS },
		zoomGapMs: 50,
		panGapMs: 50
	},
	{
		key: 'tljs',
		name: 'TimelineJS3',
		path: (dataset, plot) =>
			`/peers/timelinejs.html${query({ data: `../${dataset.timelineJsFile}`, ...plot })}`,
		drawnTimeoutMs: 180_000,
		// Its first view slides to the first slide, animated over 1 s.
		settleAfterLoadMs: 2000,
		plotSelector: '.tl-timenav',
		// Its markers cover the navigator; the drag handle shows under the time axis at the bottom.
		dragAtHeight: 0.93,
		// It can pan at any zoom; each step animates for 1 s.
		zoomBeforePan: 2,
		// Its zoom sequence is 1, 2, 3, 5, 8, … 89 screens wide: 4 steps in from 1 zoom in 8×, about
		// as far as 12 wheel notches do in the other two (7–9×).
		zoom: {
			kind: 'buttons',
			inSelector: '.tl-menubar-button:has(.tl-icon-zoom-in)',
			outSelector: '.tl-menubar-button:has(.tl-icon-zoom-out)',
			steps: TIMELINEJS_ZOOM_STEPS
		},
		// Each zoom slides the navigator with a 1 s CSS transition: the step lasts until it ends.
		zoomGapMs: 1100,
		panGapMs: 50
	}
];

/** What `readViewInPage` returns. */
export interface PageView {
	/** Visible window, UTC ms. */
	window: [number, number];
	inView: number;
	/** Our app only: svg or canvas. */
	renderer?: string;
}

/**
 * Runs in the page: the visible window and the number of events in view. Our app says both on its
 * plot's `svg[data-renderer]` (`data-window` in days, `data-visible-count`); the peer pages expose
 * `window.bench`.
 */
export function readViewInPage(): PageView {
	const peer = (window as unknown as { bench?: { window(): [number, number]; inView(): number } })
		.bench;
	if (peer) return { window: peer.window(), inView: peer.inView() };
	const svg = document.querySelector<SVGSVGElement>('svg[data-renderer]');
	if (!svg) throw new Error('no svg[data-renderer] on the page');
	const [from, to] = (svg.dataset.window ?? '').split('/');
	return {
		window: [Date.parse(`${from}T00:00:00Z`), Date.parse(`${to}T00:00:00Z`)],
		inView: Number(svg.dataset.visibleCount),
		renderer: svg.dataset.renderer
	};
}

/** The smallest dataset whose times say anything, scaled, about a larger one. */
export const MIN_EVENTS_TO_PROJECT = 1000;

/**
 * Whether a peer is not worth running at `dataset`: it gave up at a smaller size, or the previous
 * size took so long, to draw or per zoom step, that this one, scaled linearly (a lower bound:
 * neither peer draws or redraws in linear time), would pass the time limit.
 */
export function skipReason(
	previous: ToolResult | undefined,
	dataset: BenchDataset,
	limits: { drawnTimeoutMs: number; stepLimitMs: number }
): string | undefined {
	if (!previous) return undefined;
	// Skipped at the previous size: skipped for the same reason.
	if (previous.gaveUp?.startsWith('not run:')) return previous.gaveUp;
	if (previous.gaveUp || previous.error || previous.drawnMs === undefined)
		return `not run: gave up at ${previous.events} events`;
	// Below this, fixed costs (loading the script, a 1 s animation) dominate: no projection.
	if (previous.events < MIN_EVENTS_TO_PROJECT) return undefined;
	const scale = dataset.events / previous.events;
	const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;
	if (previous.drawnMs * scale > limits.drawnTimeoutMs)
		return (
			`not run: drawing ${previous.events} events took ${s(previous.drawnMs)}, ` +
			`so ${dataset.events} would take over the ${s(limits.drawnTimeoutMs)} limit`
		);
	const step = previous.zoomStep?.mean;
	if (step !== undefined && step * scale > limits.stepLimitMs)
		return (
			`not run: a zoom step at ${previous.events} events took ${s(step)}, ` +
			`so at ${dataset.events} it would take over the ${s(limits.stepLimitMs)} limit`
		);
	return undefined;
}
