/**
 * The timeline's time scale: UTC ms ↔ px, linear. All the axis, the layout and d3-zoom need of a
 * scale (`rescaleX` reads `range`, `invert`, `copy` and `domain`), without d3-scale's time scale,
 * which brings d3-time-format, d3-format and d3-interpolate to the page (about 15 kB of script)
 * for tick formats the axis writes itself (ticks.ts). Numbers in and out: no `Date` at all.
 */
export interface TimeScale {
	/** px of the instant `ms` (UTC ms); extrapolates beyond the domain. */
	(ms: number): number;
	domain(): [number, number];
	domain(domain: readonly (number | Date)[]): TimeScale;
	range(): [number, number];
	range(range: readonly number[]): TimeScale;
	/** UTC ms at `px`. */
	invert(px: number): number;
	copy(): TimeScale;
}

/** A scale mapping the UTC ms `domain` linearly onto the px `range`. */
export function scaleTime(
	domain: readonly [number, number],
	range: readonly [number, number]
): TimeScale {
	const [d0, d1] = domain;
	const [r0, r1] = range;
	// A zero-length domain or range maps everything to the middle, as d3's scales do.
	const pxPerMs = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
	const msPerPx = r1 === r0 ? 0 : (d1 - d0) / (r1 - r0);
	const scale = ((ms: number) =>
		pxPerMs === 0 ? (r0 + r1) / 2 : r0 + (ms - d0) * pxPerMs) as TimeScale;
	scale.invert = (px: number) => (msPerPx === 0 ? (d0 + d1) / 2 : d0 + (px - r0) * msPerPx);
	scale.copy = () => scaleTime(domain, range);
	scale.domain = ((next?: readonly (number | Date)[]) =>
		next === undefined ? [d0, d1] : scaleTime([+next[0], +next[1]], range)) as TimeScale['domain'];
	scale.range = ((next?: readonly number[]) =>
		next === undefined ? [r0, r1] : scaleTime(domain, [next[0], next[1]])) as TimeScale['range'];
	return scale;
}
