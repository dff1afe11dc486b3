/**
 * The three timelines the bench compares, and how to drive each one: its page, where the wheel
 * and the drag act, how it zooms, how long a step takes to settle. What is read from the pages
 * (window, events in view) is read by `readViewInPage`, which runs in the page.
 */
import type { BenchDataset } from './datasets.ts';

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
