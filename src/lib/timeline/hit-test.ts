/**
 * Hit-testing for the canvas renderer: which mark or cluster lies under a point. An index is built
 * once per layout (per frame); each query is a binary search within one lane.
 */
import type { DrawnCluster, DrawnMark, TimelineLayout } from './marks.ts';
import { drawnExtent } from './marks.ts';

export interface LaneGeometry {
	/** y of the first lane's top, the lane height and the cluster row's top, in px. */
	top: number;
	laneHeight: number;
	clusterTop: number;
	/** Average label character width in px, as used by the layout. */
	charPx: number;
}

export type Hit = { mark: DrawnMark } | { cluster: DrawnCluster } | undefined;

interface Span<T> {
	start: number;
	end: number;
	item: T;
}

function findIn<T>(spans: Span<T>[], x: number): T | undefined {
	// Spans on one row do not overlap, so the last one starting at or before x is the candidate.
	let lo = 0;
	let hi = spans.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (spans[mid].start <= x) lo = mid + 1;
		else hi = mid;
	}
	const candidate = spans[lo - 1];
	return candidate && x <= candidate.end ? candidate.item : undefined;
}

/** Builds the query function for one layout. */
export function createHitTester(
	layout: TimelineLayout,
	geometry: LaneGeometry
): (x: number, y: number) => Hit {
	const lanes: Span<DrawnMark>[][] = [];
	for (const mark of layout.marks) {
		const [start, end] = drawnExtent(mark, geometry.charPx);
		(lanes[mark.lane] ??= []).push({ start, end, item: mark });
	}
	for (const lane of lanes) lane?.sort((a, b) => a.start - b.start);
	const clusters = layout.clusters.map((cluster) => ({
		start: cluster.x0,
		end: cluster.x1,
		item: cluster
	}));
	const density = layout.density;
	return (x, y) => {
		if (y >= geometry.clusterTop && y < geometry.clusterTop + geometry.laneHeight) {
			const cluster = findIn(clusters, x);
			return cluster ? { cluster } : undefined;
		}
		// Over the density, a point stands for the badge of its slice: a tap anywhere on a peak
		// reaches its events, not only on the small badge below it.
		if (density && y >= geometry.top && y < geometry.clusterTop) {
			const slice = Math.floor((x - density.x0) / density.slicePx);
			const from = density.x0 + slice * density.slicePx;
			const cluster = findIn(clusters, from + density.slicePx / 2);
			return cluster && cluster.x0 >= from && cluster.x0 < from + density.slicePx
				? { cluster }
				: undefined;
		}
		const lane = Math.floor((y - geometry.top) / geometry.laneHeight);
		if (lane < 0 || !lanes[lane]) return undefined;
		const mark = findIn(lanes[lane], x);
		return mark ? { mark } : undefined;
	};
}
