/**
 * Two-level axis ticks for the zoomable time axis: a fine row (days, weeks, months or years) whose
 * labels never overlap, and a coarse row above it (months, years, decades…) that names the period
 * the fine labels belong to. d3-time chooses the instants; the labels are written here, in UTC.
 *
 * Everything here works in UTC: a civil day is a UTC day (see scale.ts), so local-time `Date`
 * methods would shift ticks and labels by the reader's time zone.
 */
import type { TimeScale } from './time-scale.ts';
import { timeInterval, utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../data/civil-date.ts';
import { deepAxisTicks, isDeepWindow } from './deep-ticks.ts';
import type { AxisTicks, Tick, TickUnit } from './tick-types.ts';

export type { AxisTicks, Tick, TickUnit } from './tick-types.ts';

/**
 * Estimated width in px of a tick label in the axis font (12px system-ui), padding included. Two
 * labels on one row do not overlap when their ticks are at least the wider one's width apart,
 * whether the labels are centred on their ticks or start at them.
 */
export function labelWidthPx(label: string): number {
	return label.length * 7 + 10;
}

/** The year as readers write it: "2024", "44", "44 BCE" (astronomical year 0 is 1 BCE). */
function yearText(year: number): string {
	return year <= 0 ? `${1 - year} BCE` : String(year);
}

/**
 * Labels already written, by pattern and instant: a zoom frame asks for the same few dozen labels
 * as the frame before. Cleared when it grows past a bound.
 */
const writtenLabels = new Map<string, string>();
const MAX_WRITTEN_LABELS = 4000;

/** Writes `date` in UTC with a pattern of `D` (day), `MMM` (short month) and `YYYY` (year). */
function formatUtc(date: Date, pattern: string): string {
	const key = `${pattern}|${date.getTime()}`;
	let label = writtenLabels.get(key);
	if (label === undefined) {
		if (writtenLabels.size >= MAX_WRITTEN_LABELS) writtenLabels.clear();
		label = writeUtc(date, pattern);
		writtenLabels.set(key, label);
	}
	return label;
}

/** The months as the axis writes them ("MMM"), English as the rest of the page. */
const MONTH_NAMES = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'May',
	'Jun',
	'Jul',
	'Aug',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
] as const;

/**
 * Written by hand: the axis needs six fixed patterns of three fields, and dayjs with its UTC
 * plugin was 2.7 kB gzipped of the page's first view for them (and cannot write years below 1000
 * or BCE); Intl.DateTimeFormat writes "BC" eras and abbreviates months by the reader's engine.
 */
function writeUtc(date: Date, pattern: string): string {
	return pattern.replace(/YYYY|MMM|D/g, (field) =>
		field === 'YYYY'
			? yearText(date.getUTCFullYear())
			: field === 'MMM'
				? MONTH_NAMES[date.getUTCMonth()]
				: String(date.getUTCDate())
	);
}

const FORMATS: Record<TickUnit, string> = { year: 'YYYY', month: 'MMM YYYY', day: 'D MMM YYYY' };

/** Formats a UTC instant as a self-contained label of the given unit: "2024", "Sep 2024", "23 Sep 2024". */
export function formatTick(date: Date, unit: TickUnit): string {
	return formatUtc(date, FORMATS[unit]);
}

/** Days in the UTC month of `date`; day 0 of the next month is the last day of this one. */
function daysInMonth(date: Date): number {
	const last = new Date(date.getTime());
	last.setUTCMonth(last.getUTCMonth() + 1, 0);
	return last.getUTCDate();
}

/**
 * Every other day: the 1st, 3rd, 5th… of each month. d3's `utcDay.every(2)` also keeps the 31st,
 * one day before the next 1st, and that narrow gap would force a coarser step whenever a month end
 * is on screen; dropping the odd day just before the month end keeps every gap 2 or 3 days.
 */
const oddDays = utcDay.filter((date) => {
	const day = date.getUTCDate();
	return day % 2 === 1 && day < daysInMonth(date);
});

/**
 * A custom interval of whole years, numbered by `index` (the index of the boundary at or before a
 * year) and `start` (the first year of boundary `i`), which must be inverse and increasing.
 */
function yearInterval(index: (year: number) => number, start: (i: number) => number): TimeInterval {
	const set = (date: Date, i: number) => {
		// setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
		date.setUTCFullYear(start(i), 0, 1);
		date.setUTCHours(0, 0, 0, 0);
	};
	return timeInterval(
		(date) => set(date, index(date.getUTCFullYear())),
		(date, step) => set(date, index(date.getUTCFullYear()) + step)
	);
}

/**
 * Year ticks every `k` years that read as round numbers on both sides of year 0: …, "20 BCE",
 * "10 BCE", "10", "20", … (astronomical multiples of `k` would read "41 BCE", "31 BCE"). Boundary
 * `i` ≥ 1 is year i·k; boundary `i` ≤ 0 is year (1 − i)·k BCE. For k = 1 this is every year.
 */
function roundYears(k: number): TimeInterval {
	return yearInterval(
		(year) => (year >= k ? Math.floor(year / k) : 1 - Math.max(1, Math.ceil((1 - year) / k))),
		(i) => (i >= 1 ? i * k : 1 - (1 - i) * k)
	);
}

/**
 * Periods of `span` years (decades, centuries, millennia) as readers count them: the 2020s are
 * 2020–2029, the 0s are 1–9, the 0s BCE are 9–1 BCE and the 40s BCE are 49–40 BCE. Boundary `i` ≥ 1
 * starts year i·span; boundary 0 starts year 1; boundary `i` ≤ −1 starts year (−i·span − 1) BCE.
 */
function periodIndex(year: number, span: number): number {
	if (year >= span) return Math.floor(year / span);
	return year >= 1 ? 0 : Math.floor((year - 2) / span);
}

function periods(span: number): Row {
	return {
		interval: yearInterval(
			(year) => periodIndex(year, span),
			(i) => (i >= 1 ? i * span : i === 0 ? 1 : 2 + i * span)
		),
		label: (date) => {
			const i = periodIndex(date.getUTCFullYear(), span);
			return i >= 0 ? `${i * span}s` : `${(-i - 1) * span}s BCE`;
		},
		maxStepMs: span * 366 * DAY_MS
	};
}

/** One row of ticks: where its boundaries fall and how they read. */
interface Row {
	interval: TimeInterval;
	label: (date: Date) => string;
	/** The longest gap between two boundaries, in ms; bounds how many ticks a window holds. */
	maxStepMs: number;
}

/** A rung of the ladder: the minor row, and the major row that names its periods. */
interface Level extends Row {
	unit: TickUnit;
	step: number;
	major: Row | null;
}

const MONTHS: Row = {
	interval: utcMonth,
	label: (date) => formatUtc(date, 'MMM YYYY'),
	maxStepMs: 31 * DAY_MS
};
const YEARS: Row = {
	interval: utcYear,
	label: (date) => formatUtc(date, 'YYYY'),
	maxStepMs: 366 * DAY_MS
};

/** The period row above year ticks every `k` years; beyond millennia it would say nothing. */
function yearMajor(k: number): Row | null {
	if (k < 5) return periods(10);
	if (k <= 50) return periods(100);
	if (k < 1000) return periods(1000);
	return null;
}

/**
 * Minor levels from finest to coarsest. Years go on in 1–2–5 steps up to a million, past the
 * range of `Date`, so that the coarsest level has at most one tick in any window and always fits.
 */
const LADDER: readonly Level[] = [
	{
		unit: 'day',
		step: 1,
		interval: utcDay,
		label: (d) => formatUtc(d, 'D'),
		maxStepMs: DAY_MS,
		major: MONTHS
	},
	{
		unit: 'day',
		step: 2,
		interval: oddDays,
		label: (d) => formatUtc(d, 'D'),
		maxStepMs: 3 * DAY_MS,
		major: MONTHS
	},
	{
		unit: 'day',
		step: 7,
		interval: utcMonday,
		label: (d) => formatUtc(d, 'D MMM'),
		maxStepMs: 7 * DAY_MS,
		major: MONTHS
	},
	...[1, 3, 6].map((step): Level => ({
		unit: 'month',
		step,
		interval: step === 1 ? utcMonth : utcMonth.every(step)!,
		label: (d) => formatUtc(d, 'MMM'),
		maxStepMs: (step === 1 ? 31 : step === 3 ? 92 : 184) * DAY_MS,
		major: YEARS
	})),
	...[1, 10, 100, 1000, 10_000, 100_000].flatMap((magnitude) =>
		[1, 2, 5].map((factor): Level => ({
			unit: 'year',
			step: factor * magnitude,
			interval: roundYears(factor * magnitude),
			label: (d) => formatTick(d, 'year'),
			// Across year 0 the round-year grid skips from k BCE to k: 2k − 1 years.
			maxStepMs: 2 * factor * magnitude * 366 * DAY_MS,
			major: yearMajor(factor * magnitude)
		}))
	),
	{
		unit: 'year',
		step: 1_000_000,
		interval: roundYears(1_000_000),
		label: (d) => formatTick(d, 'year'),
		maxStepMs: 2_000_000 * 366 * DAY_MS,
		major: null
	}
];

/** The narrowest any label can be: no valid row has ticks closer than this. */
const MIN_GAP_PX = labelWidthPx('0');

/** A row's boundaries over [lo, hi] ms, in order, with their labels. */
interface Enumerated {
	lo: number;
	hi: number;
	ms: number[];
	labels: string[];
}

/**
 * The boundaries each row enumerated last, over its window and a window's span either side. A
 * gesture's next steps (a zoom step moves the edges by a tenth of the span, a drag by a few
 * pixels) fall inside them: a step then only places the boundaries again, where d3-time's `range`
 * made a Date per boundary and each label was looked up anew (about a third of a millisecond of
 * each zoom step at 10 000 events, profiled). The rows are module constants: the map stays small.
 */
const enumerated = new Map<Row, Enumerated>();

/** Forgets the enumerated boundaries (tests: a result from a cold start to compare with). */
export function forgetEnumeratedTicks(): void {
	enumerated.clear();
}

/** The instants a `Date` holds, ±8.64e15 ms. */
const DATE_LIMIT_MS = 8.64e15;

/** The boundaries of `row` in [from, to] ms with their labels, from d3-time. */
function enumerate(row: Row, from: number, to: number): Enumerated {
	const dates = row.interval.range(new Date(from), new Date(to + 1));
	return { lo: from, hi: to, ms: dates.map((d) => d.getTime()), labels: dates.map(row.label) };
}

/** First index in sorted `ms` whose value is at least `value`. */
function lowerBound(ms: readonly number[], value: number): number {
	let lo = 0;
	let hi = ms.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (ms[mid] < value) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The boundaries of `row` in [lo, hi] ms, placed by the scale. */
function rowTicks(x: TimeScale, row: Row, lo: number, hi: number, width: number): Tick[] {
	let known = enumerated.get(row);
	if (!known || lo < known.lo || hi > known.hi) {
		const span = hi - lo;
		known = enumerate(
			row,
			Math.max(-DATE_LIMIT_MS, lo - span),
			Math.min(DATE_LIMIT_MS - 1, hi + span)
		);
		enumerated.set(row, known);
	}
	const { ms, labels } = known;
	const ticks: Tick[] = [];
	for (let i = lowerBound(ms, lo); i < ms.length && ms[i] <= hi; i++) {
		// Clamp rounding error only: every boundary in [lo, hi] is on screen.
		ticks.push({ ms: ms[i], x: Math.min(width, Math.max(0, x(ms[i]))), label: labels[i] });
	}
	return ticks;
}

/** Whether no two neighbouring labels overlap: each gap is at least the wider label's width. */
function fits(ticks: readonly Tick[]): boolean {
	for (let i = 1; i < ticks.length; i++) {
		const gap = ticks[i].x - ticks[i - 1].x;
		if (gap < Math.max(labelWidthPx(ticks[i].label), labelWidthPx(ticks[i - 1].label))) {
			return false;
		}
	}
	return true;
}

/**
 * Ticks for a UTC time scale of `width` px whose range runs from 0 (left) to `width`: the finest
 * minor level of the ladder (1 day, 2 days, 1 week, 1, 3, 6 months, 1, 2, 5, 10, 20, 50… years)
 * whose labels, and whose major labels, do not overlap at this zoom, with the major row above it.
 * Only boundaries within [0, width] px are returned, plus the sticky major tick at x = 0. Work is
 * proportional to `width`, not to the data or to the time span.
 */
export function computeAxisTicks(x: TimeScale, width: number): AxisTicks {
	// The visible window is whatever part of the domain the range maps to [0, width] px, so that a
	// zoomed scale (domain rescaled, range kept) and a plain one are handled alike.
	const lo = Math.ceil(x.invert(0));
	const hi = Math.floor(x.invert(width));
	if (!(width > 0) || !Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) {
		return { minorUnit: 'day', minorStep: 1, minor: [], major: [] };
	}
	// Beyond what a Date holds, or across more years than months could matter: count years.
	if (isDeepWindow(lo, hi)) return deepAxisTicks(x, width);
	const span = hi - lo;
	for (const level of LADDER) {
		// A window holds at least span / maxStep ticks; skip levels that could not fit them without
		// listing them, so that a fine level is never enumerated across centuries.
		if (Math.floor(span / level.maxStepMs) > width / MIN_GAP_PX + 1) continue;
		const minor = rowTicks(x, level, lo, hi, width);
		if (!fits(minor)) continue;
		const major = level.major ? rowTicks(x, level.major, lo, hi, width) : [];
		if (!fits(major)) continue;
		if (level.major) addSticky(major, level.major, lo);
		return { minorUnit: level.unit, minorStep: level.step, minor, major };
	}
	// Unreachable: the last level has at most one tick in any window of valid dates.
	return { minorUnit: 'year', minorStep: 1_000_000, minor: [], major: [] };
}

/**
 * Puts the period containing the left edge at x = 0 when its boundary is off-screen, so that the
 * reader always knows the year or month; leaves it out if it would overlap the next major label.
 */
function addSticky(major: Tick[], row: Row, lo: number): void {
	const start = row.interval.floor(new Date(lo));
	if (!(start.getTime() < lo)) return;
	const sticky: Tick = { ms: start.getTime(), x: 0, label: row.label(start) };
	if (fits([sticky, ...major.slice(0, 1)])) major.unshift(sticky);
}
