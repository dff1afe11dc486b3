/**
 * The window a timeline opens on: the densest stretch of time that holds most of the events,
 * rather than the whole extent, where a few outliers decades away left the events crowded in a
 * corner and most of the plot empty. The outliers stay one gesture away: the overview strip keeps
 * showing the whole extent, and "Fit all" frames it.
 */
import { DAY_MS } from './scale.ts';

/** The share of the events the first view holds; the rest are the outliers left to the overview. */
export const FIRST_VIEW_SHARE = 0.9;
/** Room on each side of the events, as a share of the window: marks at its edges are not cut. */
export const FIRST_VIEW_PADDING = 0.04;
/** The first view never narrows below this (UTC ms): a lone day is shown in its season. */
export const FIRST_VIEW_MIN_MS = 90 * DAY_MS;
/** Nearer than this share of the extent, the whole extent is as good a first view. */
const WORTH_NARROWING = 0.8;

/**
 * The first view (UTC ms) for events covering `spans` ([start, end) in UTC ms, any order) within
 * `extent`: the shortest window holding the whole spans of `share` of the events, padded and kept
 * inside the extent. Undefined when that window is nearly the whole extent anyway (then the
 * timeline opens on all of it). O(n log n): a sort, then one pass with a running maximum.
 */
export function firstViewWindow(
	spans: readonly (readonly [number, number])[],
	extent: readonly [number, number],
	share = FIRST_VIEW_SHARE,
	padding = FIRST_VIEW_PADDING
): [number, number] | undefined {
	const n = spans.length;
	if (n === 0) return undefined;
	const sorted = spans.slice().sort((a, b) => a[0] - b[0]);
	const count = Math.max(1, Math.ceil(share * n));
	// Ends of the `count` spans starting at i: a monotonic deque of indexes with falling ends
	// gives the latest end of every run of `count` consecutive starts in one pass.
	const deque: number[] = [];
	let best: [number, number] | undefined;
	for (let j = 0; j < n; j++) {
		while (deque.length > 0 && sorted[deque.at(-1)!][1] <= sorted[j][1]) deque.pop();
		deque.push(j);
		const i = j - count + 1;
		if (i < 0) continue;
		while (deque[0] < i) deque.shift();
		const window: [number, number] = [sorted[i][0], sorted[deque[0]][1]];
		if (!best || window[1] - window[0] < best[1] - best[0]) best = window;
	}
	if (!best) return undefined;
	const [start, end] = best;
	const length = Math.max(end - start, FIRST_VIEW_MIN_MS / (1 + 2 * padding));
	const centre = (start + end) / 2;
	const half = (length * (1 + 2 * padding)) / 2;
	let from = centre - half;
	let to = centre + half;
	// Slid back inside the extent rather than cut: the window keeps its length.
	if (from < extent[0]) [from, to] = [extent[0], Math.min(extent[1], to + extent[0] - from)];
	if (to > extent[1]) [from, to] = [Math.max(extent[0], from - (to - extent[1])), extent[1]];
	if (to - from >= WORTH_NARROWING * (extent[1] - extent[0])) return undefined;
	return [from, to];
}

/** Room on each side of search matches, as a share of their span: they sit in the middle. */
export const MATCHES_PADDING = 0.35;

/**
 * The window (UTC ms) that frames every match of a search in the middle of the plot, or
 * undefined when that is nearly the whole extent (nothing to gain by moving).
 */
export function matchesWindow(
	spans: readonly (readonly [number, number])[],
	extent: readonly [number, number]
): [number, number] | undefined {
	return firstViewWindow(spans, extent, 1, MATCHES_PADDING);
}
