/**
 * The plot when the events in view outnumber its pixels: their density per column in the lanes
 * (`column-density.ts`) and, on the cluster row, badges that hold every event in view, each the
 * events of one equal slice of the plot, for a click or tap to zoom into. Below that count, marks
 * one by one (`layoutTimeline`). Pure. Loaded on first use, as the canvas that draws it is: a page
 * of a few dozen events never needs it.
 *
 * Why: at such a count most events are in clusters whatever is drawn (10 000 in 1 232 px: 8 849 of
 * them), and the marks that do fit are the few the packing reached first, evenly spread whatever
 * the events' density; laying out and drawing them was most of a zoom step's cost. The density
 * costs the plot's width, not the events in view, and shows where the events are.
 */
import { CLUSTER_WIDTH, ClusterBuilder, layoutTimeline, type DrawnCluster } from './marks.ts';
export { createDensityIndex } from './column-density.ts';
import type { MarkLayoutOptions, TimelineLayout } from './marks.ts';
import { columnDensity, type DensityIndex } from './column-density.ts';
import { searchSorted, spansLastingInto, type TimeIndex } from './time-index.ts';
import { DAY_MS } from './scale.ts';

/** Width of a density column in px: one px is noise at a few events a column; two read as a curve. */
export const DENSITY_COLUMN_PX = 2;
/** The narrowest slice of the plot a badge stands for, in px: a badge and a gap. */
const SLICE_PX = CLUSTER_WIDTH + 8;

/**
 * The layout of the events that overlap the days [fromDay, toDay], the plot's px 0 and `width`
 * being the instants `window` (UTC ms) and `x` its scale: the density and badges when more than
 * `from` events overlap it (see `densityFrom`), else `layoutTimeline`'s marks. `density` is read
 * only then (it is built on first use: a small dataset never needs it).
 */
export function layoutView(
	index: TimeIndex,
	density: () => DensityIndex,
	fromDay: number,
	toDay: number,
	window: readonly [number, number],
	x: (ms: number) => number,
	options: MarkLayoutOptions & { from: number }
): TimelineLayout {
	const bounds = windowBounds(index, fromDay, toDay);
	if (bounds.visibleCount <= options.from) return layoutTimeline(index, fromDay, toDay, x, options);
	return layoutDensity(index, density(), bounds, window, options.width);
}

/** Where the events overlapping [fromDay, toDay] lie in the index's points and spans. */
interface WindowBounds {
	point: number;
	pointEnd: number;
	/** Positions in `spans` of the spans that start before the window and last into it. */
	earlier: Int32Array;
	span: number;
	spanEnd: number;
	visibleCount: number;
}

function windowBounds(index: TimeIndex, fromDay: number, toDay: number): WindowBounds {
	const point = searchSorted(index.pointDays, fromDay);
	const pointEnd = searchSorted(index.pointDays, toDay, true);
	const span = searchSorted(index.spanDays, fromDay);
	const spanEnd = Math.max(span, searchSorted(index.spanDays, toDay, true));
	const earlier = spansLastingInto(index, fromDay);
	const visibleCount = pointEnd - point + earlier.length + spanEnd - span;
	return { point, pointEnd, earlier, span, spanEnd, visibleCount };
}

/**
 * The density over `width` px and the badges of equal slices of it. An event goes to the slice
 * its first day's middle falls in (a span starting before the window, to the first): the badges'
 * counts add up to the events in view, and each slice is found by binary searches.
 */
function layoutDensity(
	index: TimeIndex,
	density: DensityIndex,
	bounds: WindowBounds,
	[fromMs, toMs]: readonly [number, number],
	width: number
): TimelineLayout {
	const { events, points, spans, pointDays, spanDays } = index;
	const slices = Math.max(1, Math.floor(width / SLICE_PX));
	const slicePx = width / slices;
	const dayAt = (px: number) => (fromMs + ((toMs - fromMs) * px) / width) / DAY_MS;
	const clusters: DrawnCluster[] = [];
	let point = bounds.point;
	let span = bounds.span;
	for (let s = 0; s < slices; s++) {
		const last = s === slices - 1;
		// A day's middle is at day + 0.5: the first day whose middle is at or past the slice's end.
		const end = dayAt((s + 1) * slicePx) - 0.5;
		const pointTo = last
			? bounds.pointEnd
			: Math.min(bounds.pointEnd, Math.max(point, searchSorted(pointDays, end)));
		const spanTo = last
			? bounds.spanEnd
			: Math.min(bounds.spanEnd, Math.max(span, searchSorted(spanDays, end)));
		const hasEarlier = s === 0 && bounds.earlier.length > 0;
		if (pointTo > point || spanTo > span || hasEarlier) {
			const x0 = s * slicePx + (slicePx - (CLUSTER_WIDTH - 4)) / 2;
			const cluster = new ClusterBuilder(events, x0, x0 + CLUSTER_WIDTH);
			if (hasEarlier) for (const k of bounds.earlier) cluster.add(spans[k]);
			cluster.addRun(points, point, pointTo);
			cluster.addRun(spans, span, spanTo);
			clusters.push(cluster);
		}
		point = pointTo;
		span = spanTo;
	}
	return {
		marks: [],
		clusters,
		visibleCount: bounds.visibleCount,
		density: { ...columnDensity(density, fromMs, toMs, width, DENSITY_COLUMN_PX), slicePx }
	};
}
