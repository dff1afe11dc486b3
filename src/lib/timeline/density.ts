/**
 * Event density for the overview strip: how many events begin in each of `bins` equal slices of
 * the extent. Computed once per dataset and width, never per frame.
 */
import type { TimelineEvent } from '../data/types.ts';
import { DAY_MS } from './scale.ts';

/** Counts per bin over `extent` (UTC ms), by each event's first possible day. */
export function densityBins(
	events: readonly TimelineEvent[],
	extent: readonly [number, number],
	bins: number
): Uint32Array {
	const counts = new Uint32Array(Math.max(1, Math.floor(bins)));
	const span = extent[1] - extent[0];
	if (span <= 0) return counts;
	for (const event of events) {
		const t = (event.when.firstDay + 0.5) * DAY_MS;
		const i = Math.floor(((t - extent[0]) / span) * counts.length);
		if (i >= 0 && i < counts.length) counts[i]++;
	}
	return counts;
}

/**
 * An SVG path of the counts as a filled step area, `height` px tall at the largest count, over
 * `width` px. Square-root scaled so that a lone event in an empty decade still shows.
 */
export function densityPath(counts: Uint32Array, width: number, height: number): string {
	let max = 0;
	for (const c of counts) max = Math.max(max, c);
	if (max === 0) return '';
	const step = width / counts.length;
	let path = `M0,${height}`;
	counts.forEach((c, i) => {
		const y = height - (c === 0 ? 0 : Math.max(2, (Math.sqrt(c) / Math.sqrt(max)) * height));
		path += `V${y.toFixed(1)}H${((i + 1) * step).toFixed(1)}`;
	});
	return `${path}V${height}Z`;
}
