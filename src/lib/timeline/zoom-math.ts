/**
 * Pure zoom math: the transforms that buttons, the overview brush, "fit" and jumps ask d3-zoom to
 * apply. The transform maps the unzoomed scale's px to screen px: screen = k · base + x.
 */
import { zoomIdentity, type ZoomTransform } from './zoom-transform.ts';
import { DAY_MS } from './scale.ts';
import type { TimeScale } from './time-scale.ts';

/** The narrowest window a user can zoom to: about one day across the plot. */
export const MIN_WINDOW_MS = DAY_MS;

/**
 * The narrowest window of a timeline reaching beyond the years a Date holds (deep time, whose
 * dates are years): a century, where the axis still has round years to show; a day there would
 * be an empty axis, and a zoom of 10^12 loses the precision of the transform.
 */
export const MIN_DEEP_WINDOW_MS = 100 * 365.2425 * DAY_MS;
const DATE_LIMIT_MS = 8.64e15;

/** Largest zoom factor: the whole extent down to about `MIN_WINDOW_MS` (a century in deep time). */
export function maxZoomFactor(extent: readonly [number, number]): number {
	const deep = extent[0] < -DATE_LIMIT_MS || extent[1] > DATE_LIMIT_MS;
	return Math.max(1, (extent[1] - extent[0]) / (deep ? MIN_DEEP_WINDOW_MS : MIN_WINDOW_MS));
}

/**
 * The zoom limits, all of them: k in [1, maxK], and the view inside [0, width] of the unzoomed
 * scale. It is the zoom behaviour's d3 `constrain` function (see `zoom.ts`), and every programmatic
 * target passes through it too (d3-zoom's `transform` does not constrain what it is given).
 */
export function clampTransform(t: ZoomTransform, width: number, maxK: number): ZoomTransform {
	const k = Math.min(Math.max(t.k, 1), Math.max(1, maxK));
	// Scaling about the view's centre keeps the clamp from jumping sideways.
	const centre = (width / 2 - t.x) / t.k;
	const x = Math.min(0, Math.max(width - width * k, width / 2 - centre * k));
	return zoomIdentity.translate(x, 0).scale(k);
}

/**
 * The transform that shows the time window [t0, t1] (UTC ms) across `width` px, clamped to the
 * limits. Its inverse is `windowOfTransform`.
 */
export function transformForWindow(
	baseX: TimeScale,
	[t0, t1]: readonly [number, number],
	width: number,
	maxK: number
): ZoomTransform {
	const x0 = baseX(t0);
	const x1 = baseX(t1);
	const k = width / Math.max(x1 - x0, 1e-9);
	return clampTransform(zoomIdentity.translate(-k * x0, 0).scale(k), width, maxK);
}

/** The time window (UTC ms) a transform shows across `width` px. */
export function windowOfTransform(
	baseX: TimeScale,
	t: ZoomTransform,
	width: number
): [number, number] {
	return [baseX.invert(t.invertX(0)), baseX.invert(t.invertX(width))];
}

/**
 * The transform that centres `ms` (UTC ms) with a window no wider than `maxWindowMs`: used to
 * jump to an event without losing the reader in empty years.
 */
export function transformCentredOn(
	baseX: TimeScale,
	t: ZoomTransform,
	ms: number,
	width: number,
	maxK: number,
	maxWindowMs = Infinity
): ZoomTransform {
	const [from, to] = windowOfTransform(baseX, t, width);
	const half = Math.min(to - from, maxWindowMs) / 2;
	return transformForWindow(baseX, [ms - half, ms + half], width, maxK);
}
