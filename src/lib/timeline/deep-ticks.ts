/**
 * Axis ticks for deep time: windows beyond the years a JavaScript Date holds (±271 821 years from
 * 1970), or wider than `DEEP_SPAN_YEARS`, where months and days say nothing. Ticks are round
 * numbers of years in 1–2–5 steps, counted as the Gregorian calendar's average year; years before
 * 1 million BCE read as "13.8 billion years ago" (at that scale the 2 000 years between year 0 and
 * today are below the digits shown). Pure arithmetic: no Date.
 */
import { DAY_MS } from '../data/civil-date.ts';
import type { AxisTicks, Tick } from './tick-types.ts';
import type { TimeScale } from './time-scale.ts';

/** Days in the Gregorian calendar's average year (146 097 days per 400 years). */
const DAYS_PER_YEAR = 365.2425;
const MS_PER_YEAR = DAYS_PER_YEAR * DAY_MS;
/** UTC ms of 1 January of year 0 (1 BCE), the origin of the year count. */
const YEAR_ZERO_MS = -62_167_219_200_000;
/** The instants a JavaScript Date holds, in ms. */
const DATE_LIMIT_MS = 8.64e15;
/** Windows wider than this many years are counted in years whatever their dates. */
export const DEEP_SPAN_YEARS = 200_000;

/** The (fractional, astronomical) year at `ms`. */
export function yearAtMs(ms: number): number {
	return (ms - YEAR_ZERO_MS) / MS_PER_YEAR;
}

/** The ms at the start of (fractional, astronomical) year `year`. */
export function msAtYear(year: number): number {
	return YEAR_ZERO_MS + year * MS_PER_YEAR;
}

/** Whether the window [lo, hi] ms needs deep-time ticks. */
export function isDeepWindow(lo: number, hi: number): boolean {
	return lo < -DATE_LIMIT_MS || hi > DATE_LIMIT_MS || yearAtMs(hi) - yearAtMs(lo) > DEEP_SPAN_YEARS;
}

/** `value` in `unit`s with the decimals a tick step of `step` needs (at most 2), trailing 0s cut. */
function inUnits(value: number, unit: number, step: number): string | undefined {
	const decimals = Math.max(0, Math.ceil(Math.log10(unit / step) - 1e-9));
	if (decimals > 2) return undefined;
	return String(Number((value / unit).toFixed(decimals)));
}

/**
 * A year as a deep-time tick every `step` years says it: "13.8 billion years ago", "540 million
 * years ago", "13,630,228,800 years ago" (zoomed in too far for a short form to tell ticks apart),
 * "50,001 BCE", "2,000". Years before 1 million BCE count back from year 0.
 */
export function deepYearLabel(year: number, step = 1e8): string {
	const ago = -year;
	if (ago >= 1e6) {
		const short = ago >= 1e9 ? inUnits(ago, 1e9, step) : inUnits(ago, 1e6, step);
		if (short !== undefined) return `${short} ${ago >= 1e9 ? 'billion' : 'million'} years ago`;
		return `${ago.toLocaleString('en-US')} years ago`;
	}
	if (year <= 0) return `${(1 - year).toLocaleString('en-US')} BCE`;
	return year.toLocaleString('en-US');
}

/** Rough width in px of a label, as the axis measures its others (7 px a character). */
function widthOf(label: string): number {
	return label.length * 7 + 10;
}

/**
 * Ticks every `step` years (the smallest 1–2–5 step whose labels do not overlap) across the
 * window [0, width] px of `x`; no major row. At most about width / 40 ticks: work follows the
 * width, not the span.
 */
export function deepAxisTicks(x: TimeScale, width: number): AxisTicks {
	const lo = x.invert(0);
	const hi = x.invert(width);
	const y0 = yearAtMs(lo);
	const y1 = yearAtMs(hi);
	const span = y1 - y0;
	if (!(span > 0) || !Number.isFinite(span))
		return { minorUnit: 'year', minorStep: 1, minor: [], major: [] };
	// Start from the step that gives about one tick per 40 px, then widen until the labels fit.
	let magnitude = 10 ** Math.floor(Math.log10(Math.max(1, (span * 40) / width)));
	for (let attempt = 0; attempt < 40; attempt++) {
		for (const factor of [1, 2, 5]) {
			const step = factor * magnitude;
			const ticks: Tick[] = [];
			for (let k = Math.ceil(y0 / step); k * step <= y1 && ticks.length <= width / 8; k++) {
				const year = k * step;
				const ms = msAtYear(year);
				ticks.push({
					ms,
					x: Math.min(width, Math.max(0, x(ms))),
					label: deepYearLabel(year, step)
				});
			}
			const fits = ticks.every(
				(tick, i) =>
					i === 0 ||
					tick.x - ticks[i - 1].x >= Math.max(widthOf(tick.label), widthOf(ticks[i - 1].label))
			);
			if (fits) return { minorUnit: 'year', minorStep: step, minor: ticks, major: [] };
		}
		magnitude *= 10;
	}
	return { minorUnit: 'year', minorStep: magnitude, minor: [], major: [] };
}
