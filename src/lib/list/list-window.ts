/**
 * The chronological list as a column of rows (year headings, month headings, events), each kind of
 * row one fixed height, so that the list can draw only the rows in view: which rows a scroll
 * position shows, where an event's row is, and what the headings above a row say, all by binary
 * search over prefix offsets. Nothing here runs per row on a scroll.
 */
import type { Period, TimelineEvent } from '../data/types.ts';
import { formatYearHeading, groupByYear } from './group.ts';

/** At most this many rows, the list draws them all: Tab walks every row, as it always has. */
export const WINDOW_ABOVE_ROWS = 1000;

export const YEAR_ROW = 0;
export const MONTH_ROW = 1;
export const EVENT_ROW = 2;
export type RowKind = typeof YEAR_ROW | typeof MONTH_ROW | typeof EVENT_ROW;

/** The height of each kind of row, in px. */
export interface RowHeights {
	year: number;
	month: number;
	event: number;
}

/** Heights at a 16 px font, until the list has measured drawn rows. */
export const ESTIMATED_HEIGHTS: RowHeights = { year: 32, month: 20, event: 33 };

/** Whether two sets of heights differ by less than a hundredth of a pixel, which layout ignores. */
export function sameHeights(a: RowHeights, b: RowHeights): boolean {
	return (
		Math.abs(a.year - b.year) < 0.01 &&
		Math.abs(a.month - b.month) < 0.01 &&
		Math.abs(a.event - b.event) < 0.01
	);
}

export interface YearHeading {
	year: number;
	/** "2024", "44 BCE". */
	label: string;
	/** Its row. */
	row: number;
}

export interface MonthHeading {
	/** "January", or a year-precision date ("2020", "late 2019"). */
	heading: string;
	/** Its row. */
	row: number;
	/** Index of its year in `ListRows.years`. */
	year: number;
	/** Index in `ListRows.events` of its first event. */
	firstEvent: number;
	/** How many events it heads. */
	size: number;
	/**
	 * Titles of the periods that begin here: after the previous heading's events and no later than
	 * this heading's first event (the last heading also takes those that begin after every event).
	 * They are said in the heading's own row, so every row of a kind keeps one height.
	 */
	periods: string[];
}

/** The rows of a list of events, in order, without heights. */
export interface ListRows {
	events: readonly TimelineEvent[];
	years: YearHeading[];
	months: MonthHeading[];
	/** The kind of each row. */
	kinds: Uint8Array;
	/** For each row, the index of what it shows in `years`, `months` or `events`, by its kind. */
	items: Uint32Array;
	/** The row of each event. */
	eventRows: Uint32Array;
	/** The month heading of each event, as an index in `months`. */
	eventMonths: Uint32Array;
	/**
	 * The latest last day (day number) of the events up to each one. Events are ordered by their
	 * first day, so their last days are not sorted; this running maximum is, and finds the first
	 * event that reaches a day by binary search.
	 */
	reachedDays: Float64Array;
}

/**
 * Flattens events (in canonical order) into year heading, month heading and event rows; the
 * periods (in canonical order) are named in the month headings where they begin.
 */
export function listRows(
	events: readonly TimelineEvent[],
	periods: readonly Period[] = []
): ListRows {
	const groups = groupByYear(events);
	const monthCount = groups.reduce((n, g) => n + g.parts.length, 0);
	const rowCount = groups.length + monthCount + events.length;
	const kinds = new Uint8Array(rowCount);
	const items = new Uint32Array(rowCount);
	const eventRows = new Uint32Array(events.length);
	const eventMonths = new Uint32Array(events.length);
	const reachedDays = new Float64Array(events.length);
	const years: YearHeading[] = [];
	const months: MonthHeading[] = [];
	let row = 0;
	let eventAt = 0;
	let periodAt = 0;
	let reached = -Infinity;
	for (const group of groups) {
		kinds[row] = YEAR_ROW;
		items[row] = years.length;
		years.push({ year: group.year, label: formatYearHeading(group.year), row: row++ });
		for (const part of group.parts) {
			kinds[row] = MONTH_ROW;
			items[row] = months.length;
			const month: MonthHeading = {
				heading: part.heading,
				row: row++,
				year: years.length - 1,
				firstEvent: eventAt,
				size: part.events.length,
				periods: []
			};
			const firstDay = part.events[0].when.firstDay;
			while (periodAt < periods.length && periods[periodAt].when.firstDay <= firstDay)
				month.periods.push(periods[periodAt++].title);
			for (const event of part.events) {
				kinds[row] = EVENT_ROW;
				items[row] = eventAt;
				eventRows[eventAt] = row++;
				eventMonths[eventAt] = months.length;
				reached = Math.max(reached, event.when.lastDay);
				reachedDays[eventAt] = reached;
				eventAt++;
			}
			months.push(month);
		}
	}
	const last = months.at(-1);
	while (last && periodAt < periods.length) last.periods.push(periods[periodAt++].title);
	return { events, years, months, kinds, items, eventRows, eventMonths, reachedDays };
}

/** The number of rows. */
export function rowCount(rows: ListRows): number {
	return rows.kinds.length;
}

/**
 * The top of every row within the list, in px, and the list's whole height last: `rowCount + 1`
 * offsets, never decreasing.
 */
export function rowOffsets(rows: ListRows, heights: RowHeights): Float64Array {
	const byKind = [heights.year, heights.month, heights.event];
	const offsets = new Float64Array(rows.kinds.length + 1);
	for (let i = 0; i < rows.kinds.length; i++) offsets[i + 1] = offsets[i] + byKind[rows.kinds[i]];
	return offsets;
}

/** The row at `y` px from the top of the list, clamped to the first and the last. */
export function rowAt(offsets: Float64Array, y: number): number {
	const last = offsets.length - 2;
	if (last < 0) return 0;
	// The last row whose top is at or above y.
	let lo = 0;
	let hi = last;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (offsets[mid] <= y) lo = mid;
		else hi = mid - 1;
	}
	return lo;
}

/** Rows `start` (inclusive) to `end` (exclusive). */
export interface RowRange {
	start: number;
	end: number;
}

/**
 * The rows to draw for a scroll position: every row that shows in the viewport or within
 * `overscan` px of it, or every row when there are no more than `WINDOW_ABOVE_ROWS`.
 */
export function rowsToDraw(
	offsets: Float64Array,
	scrollTop: number,
	viewportHeight: number,
	overscan: number
): RowRange {
	const count = offsets.length - 1;
	if (count <= WINDOW_ABOVE_ROWS) return { start: 0, end: count };
	const start = rowAt(offsets, Math.max(0, scrollTop - overscan));
	const end = rowAt(offsets, scrollTop + viewportHeight + overscan) + 1;
	return { start, end: Math.min(count, Math.max(end, start + 1)) };
}

/** The index in `rows.events` of the first event that reaches `day` (a day number), or -1. */
export function firstEventReaching(rows: ListRows, day: number): number {
	const { reachedDays } = rows;
	let lo = 0;
	let hi = reachedDays.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (reachedDays[mid] >= day) hi = mid;
		else lo = mid + 1;
	}
	return lo < reachedDays.length ? lo : -1;
}

/**
 * The row of the event with this id, or -1. A scan, once per selection (as the app finds the
 * selected event): a map of 100 000 ids would hold megabytes to save a millisecond.
 */
export function rowOfEvent(rows: ListRows, id: string): number {
	const index = rows.events.findIndex((e) => e.id === id);
	return index < 0 ? -1 : rows.eventRows[index];
}

/** The first event at or below `y` px (a heading there stands for the events under it). */
export function eventAtOrBelow(
	rows: ListRows,
	offsets: Float64Array,
	y: number
): TimelineEvent | undefined {
	if (rows.events.length === 0) return undefined;
	const row = rowAt(offsets, y);
	if (rows.kinds[row] === EVENT_ROW) return rows.events[rows.items[row]];
	// A year heading's next row is its first month heading, whose next row is its first event.
	const month = rows.kinds[row] === MONTH_ROW ? rows.items[row] : rows.items[row + 1];
	return rows.events[rows.months[month].firstEvent];
}

/** The year and month headings a row sits under: what the sticky headings say at that row. */
export function headingsOf(
	rows: ListRows,
	row: number
): { year: YearHeading; month: MonthHeading } {
	const kind = rows.kinds[row];
	const month =
		kind === EVENT_ROW
			? rows.eventMonths[rows.items[row]]
			: kind === MONTH_ROW
				? rows.items[row]
				: rows.items[row + 1];
	return { year: rows.years[rows.months[month].year], month: rows.months[month] };
}

/** An event row to draw, with its place in its month's list (from 1). */
export interface DrawnEvent {
	event: TimelineEvent;
	position: number;
}

/** A month heading and the rows under it that are drawn. */
export interface DrawnMonth {
	/** Index in `ListRows.months`: a stable key. */
	index: number;
	heading: string;
	/** Titles of the periods that begin at this heading. */
	periods: string[];
	/** Events the month heads, drawn or not. */
	size: number;
	/** Undrawn rows between the year heading and this heading, in px (the first month only). */
	gapBefore: number;
	/** Undrawn rows between this heading and its first drawn event, in px (the first month only). */
	gapAfter: number;
	events: DrawnEvent[];
}

/** A year heading and the months under it that are drawn. */
export interface DrawnYear {
	year: number;
	label: string;
	months: DrawnMonth[];
}

/** What to draw for a range of rows. */
export interface DrawnSlice {
	/** Undrawn height above the first year, in px. */
	before: number;
	/** Undrawn height below the last drawn row, in px. */
	after: number;
	years: DrawnYear[];
}

/**
 * The rows of a range grouped under their headings, ready to draw. The first year and month
 * headings of the range are always drawn, at their own place, with the undrawn rows between them
 * and the range as gaps: the year and month sections span their true heights, so their sticky
 * headings stay on screen over whichever of their rows is at the top, as in a list drawn whole.
 */
export function drawnSlice(rows: ListRows, offsets: Float64Array, range: RowRange): DrawnSlice {
	const total = offsets[offsets.length - 1];
	if (range.end <= range.start) return { before: 0, after: total, years: [] };
	const { kinds, items } = rows;
	const { year: firstYear, month: firstMonth } = headingsOf(rows, range.start);
	// End on an event: a heading drawn without its rows would say nothing.
	let end = range.end;
	while (end > range.start && kinds[end - 1] !== EVENT_ROW) end--;
	end = Math.max(end, firstMonth.row + 2);
	const heightOf = (row: number) => offsets[row + 1] - offsets[row];
	let year: DrawnYear = { year: firstYear.year, label: firstYear.label, months: [] };
	let month: DrawnMonth = {
		index: items[firstMonth.row],
		heading: firstMonth.heading,
		periods: firstMonth.periods,
		size: firstMonth.size,
		gapBefore: offsets[firstMonth.row] - offsets[firstYear.row + 1],
		gapAfter: Math.max(
			0,
			offsets[range.start] - offsets[firstMonth.row] - heightOf(firstMonth.row)
		),
		events: []
	};
	const years = [year];
	year.months.push(month);
	for (let row = Math.max(range.start, firstMonth.row + 1); row < end; row++) {
		const item = items[row];
		if (kinds[row] === YEAR_ROW) {
			const heading = rows.years[item];
			year = { year: heading.year, label: heading.label, months: [] };
			years.push(year);
		} else if (kinds[row] === MONTH_ROW) {
			const heading = rows.months[item];
			month = {
				index: item,
				heading: heading.heading,
				periods: heading.periods,
				size: heading.size,
				gapBefore: 0,
				gapAfter: 0,
				events: []
			};
			year.months.push(month);
		} else {
			const first = rows.months[rows.eventMonths[item]].firstEvent;
			month.events.push({ event: rows.events[item], position: item - first + 1 });
		}
	}
	return { before: offsets[firstYear.row], after: total - offsets[end], years };
}

/**
 * The longest date labels by characters, at most `count`, longest first: among them is the widest
 * on screen, which the date column is made as wide as, so that no date is cut short.
 */
export function longestDateLabels(events: readonly TimelineEvent[], count = 8): string[] {
	return longestStrings(
		events.map((e) => e.when.label),
		count
	);
}

/**
 * The `count` longest distinct titles: drawn unseen in a narrow list, where titles wrap, the
 * tallest gives every row its height (rows of one height are what the windowing counts on).
 */
export function longestTitles(events: readonly TimelineEvent[], count = 3): string[] {
	return longestStrings(
		events.map((e) => e.title),
		count
	);
}

function longestStrings(values: readonly string[], count: number): string[] {
	const longest: string[] = [];
	for (const label of values) {
		if (longest.length === count && label.length <= longest[count - 1].length) continue;
		if (longest.includes(label)) continue;
		let at = longest.length;
		while (at > 0 && longest[at - 1].length < label.length) at--;
		longest.splice(at, 0, label);
		if (longest.length > count) longest.pop();
	}
	return longest;
}

/** The headings that may be stuck at the top of the list: year numbers and month indexes. */
export interface StickyHeadings {
	years: ReadonlySet<number>;
	/** Indexes in `ListRows.months`. */
	months: ReadonlySet<number>;
}

/**
 * The headings to make sticky at a scroll position: those of the row at the top of the list and
 * their neighbours on each side. Chromium gives every sticky element a composited layer of its
 * own, and every layer is updated on each frame the timeline draws: thirty headings made a zoom
 * or pan step of the timeline pay for thirty layers. Only the headings over the row at the top
 * can be stuck; the neighbours cover a scroll event that comes a frame late and row heights
 * still estimated, so that a heading never scrolls away while it should stick.
 */
export function stickyHeadings(
	rows: ListRows,
	offsets: Float64Array,
	scrollTop: number
): StickyHeadings {
	if (rows.months.length === 0) return { years: new Set(), months: new Set() };
	const { month } = headingsOf(rows, rowAt(offsets, scrollTop));
	const index = rows.months.indexOf(month);
	const months = new Set<number>();
	const years = new Set<number>();
	for (let m = Math.max(0, index - 1); m <= Math.min(rows.months.length - 1, index + 1); m++)
		months.add(m);
	for (
		let y = Math.max(0, month.year - 1);
		y <= Math.min(rows.years.length - 1, month.year + 1);
		y++
	)
		years.add(rows.years[y].year);
	return { years, months };
}
