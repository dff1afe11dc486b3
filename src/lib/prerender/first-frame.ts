/**
 * The timeline's first view as the page draws it, computed without a browser: the build renders
 * it into the served page (`render-page.ts`), so the title, the events and the plot are there
 * before any script runs, and when scripts are blocked.
 *
 * Every step is the one the live page takes (`AppState.load` asks for `firstViewWindow`, the view
 * applies it through `transformForWindow` once the plot has a width, `Timeline.svelte` lays the
 * marks out with `layoutTimeline`), at a width chosen here instead of one measured.
 */
import { zoomIdentity, type ZoomTransform } from '../timeline/zoom-transform.ts';
import type { Dataset, TimelineEvent } from '../data/types.ts';
import { firstViewWindow } from '../timeline/first-view.ts';
import { createBaseScale, DAY_MS, eventSpanMs, timeExtent } from '../timeline/scale.ts';
import { clampTransform, maxZoomFactor, transformForWindow } from '../timeline/zoom-math.ts';
import { computeAxisTicks, type AxisTicks } from '../timeline/ticks.ts';
import { createTimeIndex, maxOverlap } from '../timeline/time-index.ts';
import { layoutTimeline, type TimelineLayout } from '../timeline/marks.ts';
import { periodBands, stackPeriods, type PeriodBand } from '../timeline/periods.ts';
import { CHAR_PX, plotRows, type PlotRows } from '../timeline/plot-geometry.ts';

/**
 * The width the served plot is drawn at, in px: what the page's plot measures on a laptop's
 * 1280 px (less the page's margins and the plot's border), so that there the live plot, laid out
 * at its measured width, replaces it mark for mark. Other widths scale the picture with its
 * viewBox until the live plot takes over.
 */
export const FIRST_FRAME_WIDTH = 1232;

/** The first view of a dataset, laid out for one width. */
export interface FirstFrame {
	/** Width of the plot in px. */
	width: number;
	rows: PlotRows;
	/** The window shown, in UTC ms. */
	window: [number, number];
	ticks: AxisTicks;
	bands: PeriodBand[];
	layout: TimelineLayout;
}

/**
 * The first view of `dataset`'s events at `width` px, as the live timeline draws it before the
 * reader touches anything (no filter, no selection, no link's window).
 */
export function firstFrame(dataset: Dataset, width = FIRST_FRAME_WIDTH): FirstFrame {
	const events: readonly TimelineEvent[] = dataset.events;
	// The view's extent holds the periods too (AppState.view); the first view only the events.
	const extent = timeExtent(events, undefined, dataset.periods);
	const first = firstViewWindow(events.map(eventSpanMs), timeExtent(events));
	const baseX = createBaseScale(extent, width);
	const maxK = maxZoomFactor(extent);
	const transform: ZoomTransform = first
		? transformForWindow(baseX, first, width, maxK)
		: clampTransform(zoomIdentity, width, maxK);
	const x = transform.rescaleX(baseX);
	const [from, to] = x.domain() as [number, number];
	const stacked = stackPeriods(dataset.periods);
	const rows = plotRows(maxOverlap(events), false, stacked.rows, false);
	const layout = layoutTimeline(
		createTimeIndex(events),
		Math.floor(from / DAY_MS),
		Math.floor(to / DAY_MS),
		x,
		{ lanes: rows.lanes, width, charPx: CHAR_PX, hitPx: rows.hitPx }
	);
	return {
		width,
		rows,
		window: [from, to],
		ticks: computeAxisTicks(x, width),
		bands: periodBands(stacked.stacked, x, width),
		layout
	};
}
