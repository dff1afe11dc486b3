/**
 * Roving focus over the drawn timeline: the marks and clusters are one tab stop, and the arrow keys
 * move between them in time order (left to right, then top to bottom). Pure: keys in, keys out.
 */
import type { DrawnCluster, TimelineLayout } from './marks.ts';

/** The key a cluster is known by (its first event's id can never clash with a mark's key). */
export function clusterKey(cluster: DrawnCluster): string {
	return `cluster:${cluster.first.id}`;
}

/** The stops with where they are drawn: marks by lane, the cluster row below them. */
function placedStops(layout: TimelineLayout): { key: string; x: number; row: number }[] {
	return [
		...layout.marks.map((m) => ({ key: m.event.id, x: m.x0, row: m.lane })),
		...layout.clusters.map((c) => ({ key: clusterKey(c), x: c.x0, row: Infinity }))
	];
}

const readingOrder = (a: { x: number; row: number }, b: { x: number; row: number }) =>
	a.x - b.x || a.row - b.row;

/** Every stop's key, in reading order: by x, then marks by lane, then the cluster row. */
export function focusStops(layout: TimelineLayout): string[] {
	return placedStops(layout)
		.sort(readingOrder)
		.map((s) => s.key);
}

/**
 * The one stop in the tab order: the first of `preferred` that is drawn, else the first stop in
 * reading order. One pass, no sort: it is recomputed on every zoom frame.
 */
export function tabStop(
	layout: TimelineLayout,
	preferred: (string | undefined)[]
): string | undefined {
	const placed = placedStops(layout);
	const keys = new Set(placed.map((s) => s.key));
	for (const key of preferred) if (key !== undefined && keys.has(key)) return key;
	let first: (typeof placed)[number] | undefined;
	for (const stop of placed) if (!first || readingOrder(stop, first) < 0) first = stop;
	return first?.key;
}

/**
 * Where a key moves focus from `current`: → and ↓ to the next stop, ← and ↑ to the previous, Home
 * and End to the ends. Undefined when the key is not ours or there is no stop that way (the caller
 * then pans).
 */
export function moveStop(
	stops: readonly string[],
	current: string,
	key: string
): string | undefined {
	const at = stops.indexOf(current);
	if (at < 0) return undefined;
	const target =
		key === 'ArrowRight' || key === 'ArrowDown'
			? at + 1
			: key === 'ArrowLeft' || key === 'ArrowUp'
				? at - 1
				: key === 'Home'
					? 0
					: key === 'End'
						? stops.length - 1
						: -1;
	return target >= 0 && target < stops.length && target !== at ? stops[target] : undefined;
}

/** The stop drawn nearest to px `x`, for focus that lost its mark to a zoom. */
export function nearestStop(layout: TimelineLayout, x: number): string | undefined {
	let best: { key: string; distance: number } | undefined;
	const consider = (key: string, x0: number, x1: number) => {
		const distance = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
		if (!best || distance < best.distance) best = { key, distance };
	};
	for (const mark of layout.marks) consider(mark.event.id, mark.x0, mark.x1);
	for (const cluster of layout.clusters) consider(clusterKey(cluster), cluster.x0, cluster.x1);
	return best?.key;
}
