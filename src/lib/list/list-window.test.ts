import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Period, TimelineEvent } from '../data/types.ts';
import { dayNumber, fromDayNumber } from '../data/civil-date.ts';
import {
	EVENT_ROW,
	MONTH_ROW,
	WINDOW_ABOVE_ROWS,
	YEAR_ROW,
	drawnSlice,
	eventAtOrBelow,
	firstEventReaching,
	headingsOf,
	listRows,
	longestDateLabels,
	rowAt,
	rowCount,
	rowOffsets,
	rowOfEvent,
	rowsToDraw,
	stickyHeadings,
	type RowHeights
} from './list-window.ts';

const HEIGHTS: RowHeights = { year: 32, month: 20, event: 33 };

/** An event known to the day (or only to its year), lasting `days` days. */
function event(id: string, firstDay: number, days = 1, precision: 'day' | 'year' = 'day') {
	const { year } = fromDayNumber(firstDay);
	const label = precision === 'year' ? String(year) : `day ${firstDay}`;
	return {
		id,
		date: { precision },
		when: { label, firstDay, lastDay: firstDay + days - 1 }
	} as unknown as TimelineEvent;
}

/** `count` one-day events, `step` days apart from 1 January 2000, in canonical order. */
function dailyEvents(count: number, step = 1): TimelineEvent[] {
	const first = dayNumber(2000, 1, 1);
	return Array.from({ length: count }, (_, i) => event(`e${i}`, first + i * step));
}

/** Events in canonical order from (first day, length in days, year-only?) triples. */
const arbitraryEvents = fc
	.array(
		fc.tuple(
			fc.integer({ min: dayNumber(1990, 1, 1), max: dayNumber(2030, 12, 31) }),
			fc.integer({ min: 1, max: 800 }),
			fc.boolean()
		),
		// Lengths over the whole range: lists drawn whole and lists drawn in part.
		{ maxLength: 2500, size: 'max' }
	)
	.map((specs) =>
		specs
			.map(([day, days, yearOnly], i) => {
				// A year-only date starts on 1 January, as the validator makes it.
				const first = yearOnly ? dayNumber(fromDayNumber(day).year, 1, 1) : day;
				return event(`e${i}`, first, yearOnly ? 365 : days, yearOnly ? 'year' : 'day');
			})
			.sort((a, b) => a.when.firstDay - b.when.firstDay || a.when.lastDay - b.when.lastDay)
	);

const arbitraryHeights = fc.record({
	year: fc.double({ min: 1, max: 80, noNaN: true }),
	month: fc.double({ min: 1, max: 80, noNaN: true }),
	event: fc.double({ min: 1, max: 120, noNaN: true })
});

/** What a slice draws, top to bottom, in px: spacers, gaps, headings and rows. */
function drawnHeight(slice: ReturnType<typeof drawnSlice>, heights: RowHeights): number {
	let height = slice.before + slice.after;
	for (const year of slice.years) {
		height += heights.year;
		for (const month of year.months)
			height +=
				month.gapBefore + heights.month + month.gapAfter + month.events.length * heights.event;
	}
	return height;
}

describe('listRows', () => {
	it('flattens the events into a year heading, month headings and their events, in order', () => {
		const rows = listRows([
			event('y', dayNumber(2020, 1, 1), 366, 'year'),
			event('a', dayNumber(2020, 1, 3)),
			event('b', dayNumber(2020, 1, 9)),
			event('c', dayNumber(2021, 3, 1))
		]);
		expect([...rows.kinds]).toEqual([
			YEAR_ROW,
			MONTH_ROW, // "2020"
			EVENT_ROW,
			MONTH_ROW, // January
			EVENT_ROW,
			EVENT_ROW,
			YEAR_ROW,
			MONTH_ROW, // March
			EVENT_ROW
		]);
		expect(rows.years.map((y) => [y.label, y.row])).toEqual([
			['2020', 0],
			['2021', 6]
		]);
		expect(rows.months.map((m) => [m.heading, m.row, m.firstEvent, m.size])).toEqual([
			['2020', 1, 0, 1],
			['January', 3, 1, 2],
			['March', 7, 3, 1]
		]);
		expect([...rows.eventRows]).toEqual([2, 4, 5, 8]);
		expect(rowOfEvent(rows, 'b')).toBe(5);
		expect(rowOfEvent(rows, 'nope')).toBe(-1);
	});

	it('has no rows for no events', () => {
		const rows = listRows([]);
		expect(rowCount(rows)).toBe(0);
		expect(rowsToDraw(rowOffsets(rows, HEIGHTS), 0, 500, 100)).toEqual({ start: 0, end: 0 });
		expect(eventAtOrBelow(rows, rowOffsets(rows, HEIGHTS), 0)).toBeUndefined();
		expect(firstEventReaching(rows, 0)).toBe(-1);
	});
});

describe('rowOffsets and rowAt', () => {
	it('gives each row its top and the whole height last, and finds the row at a height', () => {
		const rows = listRows(dailyEvents(3));
		const offsets = rowOffsets(rows, HEIGHTS);
		// 2000, January, three days.
		expect([...offsets]).toEqual([0, 32, 52, 85, 118, 151]);
		expect([0, 31.9, 32, 84, 85, 150, 1e9, -5].map((y) => rowAt(offsets, y))).toEqual([
			0, 0, 1, 2, 3, 4, 4, 0
		]);
	});
});

describe('rowsToDraw', () => {
	it(`draws every row of a list of at most ${WINDOW_ABOVE_ROWS} rows, wherever it is scrolled`, () => {
		const rows = listRows(dailyEvents(WINDOW_ABOVE_ROWS - 60));
		expect(rowCount(rows)).toBeLessThanOrEqual(WINDOW_ABOVE_ROWS);
		const offsets = rowOffsets(rows, HEIGHTS);
		expect(rowsToDraw(offsets, 5000, 600, 0)).toEqual({ start: 0, end: rowCount(rows) });
	});

	it('draws only the rows in and near the viewport of a longer list', () => {
		const rows = listRows(dailyEvents(5000));
		const offsets = rowOffsets(rows, HEIGHTS);
		const { start, end } = rowsToDraw(offsets, 50_000, 600, 200);
		expect(end - start).toBeLessThan(40);
		expect(offsets[start]).toBeLessThanOrEqual(50_000 - 200);
		expect(offsets[end]).toBeGreaterThanOrEqual(50_600 + 200);
	});

	it('always covers the viewport, with offsets that never decrease (property)', () => {
		fc.assert(
			fc.property(
				arbitraryEvents,
				arbitraryHeights,
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 2000, noNaN: true }),
				fc.double({ min: 0, max: 1000, noNaN: true }),
				(events, heights, at, viewport, overscan) => {
					const rows = listRows(events);
					const offsets = rowOffsets(rows, heights);
					expect(offsets.every((y, i) => i === 0 || y > offsets[i - 1])).toBe(true);
					const total = offsets[offsets.length - 1];
					const scrollTop = at * Math.max(0, total - viewport);
					const { start, end } = rowsToDraw(offsets, scrollTop, viewport, overscan);
					if (rowCount(rows) === 0) {
						expect(end).toBe(0);
						return;
					}
					expect(0 <= start && start < end && end <= rowCount(rows)).toBe(true);
					expect(offsets[start]).toBeLessThanOrEqual(scrollTop);
					expect(offsets[end]).toBeGreaterThanOrEqual(Math.min(total, scrollTop + viewport));
					// What is drawn and the spacers add up to the whole list, so the rows sit where
					// the offsets say and the scroll bar is true.
					const slice = drawnSlice(rows, offsets, { start, end });
					expect(drawnHeight(slice, heights)).toBeCloseTo(total, 6);
				}
			),
			// A failure found in lists this long shrinks for ages: report the smallest found in time.
			{ numRuns: 100, interruptAfterTimeLimit: 4000 }
		);
	});
});

describe('drawnSlice', () => {
	it('draws a small list whole, with no spacers, and no gaps', () => {
		const rows = listRows(dailyEvents(40));
		const offsets = rowOffsets(rows, HEIGHTS);
		const slice = drawnSlice(rows, offsets, rowsToDraw(offsets, 0, 600, 0));
		expect(slice.before).toBe(0);
		expect(slice.after).toBe(0);
		expect(slice.years.map((y) => y.label)).toEqual(['2000']);
		expect(slice.years[0].months.map((m) => [m.heading, m.events.length, m.size])).toEqual([
			['January', 31, 31],
			['February', 9, 9]
		]);
		expect(slice.years[0].months.every((m) => m.gapBefore === 0 && m.gapAfter === 0)).toBe(true);
	});

	it('draws the year and month headings of the first row, with the rows between as gaps', () => {
		// 2000 and 2001, a day each: 2000 has twelve months, of 31, 29, 31… rows.
		const rows = listRows(dailyEvents(731));
		const offsets = rowOffsets(rows, HEIGHTS);
		// The tenth of March 2000.
		const row = rowOfEvent(rows, 'e69');
		const slice = drawnSlice(rows, offsets, { start: row, end: row + 30 });
		const [year] = slice.years;
		const [march, april] = year.months;
		expect(year.label).toBe('2000');
		expect([march.heading, april.heading]).toEqual(['March', 'April']);
		// January and February between the year's heading and March's.
		expect(march.gapBefore).toBe(2 * HEIGHTS.month + (31 + 29) * HEIGHTS.event);
		// The first nine days of March between its heading and the first drawn row.
		expect(march.gapAfter).toBe(9 * HEIGHTS.event);
		expect(march.events[0]).toEqual({ event: rows.events[69], position: 10 });
		expect(march.size).toBe(31);
		expect(april.gapBefore + april.gapAfter).toBe(0);
		expect(slice.before).toBe(0);
		expect(slice.after).toBeCloseTo(offsets.at(-1)! - offsets[row + 30]);
	});

	it('ends on an event: a heading would be drawn without its rows', () => {
		const rows = listRows(dailyEvents(100));
		const offsets = rowOffsets(rows, HEIGHTS);
		// Up to and including February's heading.
		const february = rows.months[1].row;
		const slice = drawnSlice(rows, offsets, { start: 5, end: february + 1 });
		expect(slice.years[0].months.map((m) => m.heading)).toEqual(['January']);
		expect(slice.after).toBe(offsets.at(-1)! - offsets[february]);
	});
});

describe('finding rows', () => {
	it('finds the first event that reaches a day, though a long one starts earlier', () => {
		const jan1 = dayNumber(2024, 1, 1);
		const rows = listRows([
			event('short', jan1, 2),
			event('long', jan1 + 1, 60),
			event('later', jan1 + 10)
		]);
		expect(firstEventReaching(rows, jan1)).toBe(0);
		expect(firstEventReaching(rows, jan1 + 5)).toBe(1);
		expect(firstEventReaching(rows, jan1 + 100)).toBe(-1);
	});

	it('finds what a scan finds (property)', () => {
		fc.assert(
			fc.property(
				arbitraryEvents,
				fc.integer({ min: dayNumber(1989, 1, 1), max: dayNumber(2033, 1, 1) }),
				(events, day) => {
					expect(firstEventReaching(listRows(events), day)).toBe(
						events.findIndex((e) => e.when.lastDay >= day)
					);
				}
			)
		);
	});

	it('takes the event under a heading for the heading, and knows the headings over a row', () => {
		const rows = listRows(dailyEvents(40));
		const offsets = rowOffsets(rows, HEIGHTS);
		expect(eventAtOrBelow(rows, offsets, 0)?.id).toBe('e0');
		expect(eventAtOrBelow(rows, offsets, 32 + 5)?.id).toBe('e0');
		expect(eventAtOrBelow(rows, offsets, offsets[rowOfEvent(rows, 'e3')] + 1)?.id).toBe('e3');
		const february = rows.months[1];
		expect(eventAtOrBelow(rows, offsets, offsets[february.row])?.id).toBe('e31');
		const { year, month } = headingsOf(rows, rowOfEvent(rows, 'e35'));
		expect([year.label, month.heading]).toEqual(['2000', 'February']);
		expect(headingsOf(rows, 0).month.heading).toBe('January');
	});
});

describe('stickyHeadings', () => {
	it('makes sticky only the headings over the row at the top and their neighbours', () => {
		// Every 10th day from 1 January 2000 to mid 2002: three years, thirty months.
		const rows = listRows(dailyEvents(90, 10));
		const offsets = rowOffsets(rows, HEIGHTS);
		expect(rows.months.length).toBeGreaterThan(25);
		const top = stickyHeadings(rows, offsets, 0);
		expect([...top.years]).toEqual([2000, 2001]);
		expect([...top.months]).toEqual([0, 1]);
		const e50 = rowOfEvent(rows, 'e50');
		const { month } = headingsOf(rows, e50);
		const m = rows.months.indexOf(month);
		const mid = stickyHeadings(rows, offsets, offsets[e50] + 5);
		expect([...mid.months]).toEqual([m - 1, m, m + 1]);
		expect([...mid.years]).toEqual([2000, 2001, 2002]);
		const end = stickyHeadings(rows, offsets, offsets.at(-1)!);
		expect([...end.months]).toEqual([rows.months.length - 2, rows.months.length - 1]);
		expect([...end.years]).toEqual([2001, 2002]);
	});

	it('always holds the headings of the row at the top, wherever the list is scrolled', () => {
		fc.assert(
			fc.property(arbitraryEvents, fc.double({ min: 0, max: 1, noNaN: true }), (events, at) => {
				const rows = listRows(events);
				const offsets = rowOffsets(rows, HEIGHTS);
				const y = at * offsets[offsets.length - 1];
				const sticky = stickyHeadings(rows, offsets, y);
				if (events.length === 0) return sticky.months.size === 0 && sticky.years.size === 0;
				const { year, month } = headingsOf(rows, rowAt(offsets, y));
				return (
					sticky.years.has(year.year) &&
					sticky.months.has(rows.months.indexOf(month)) &&
					sticky.months.size <= 3 &&
					sticky.years.size <= 3
				);
			})
		);
	});
});

describe('longestDateLabels', () => {
	it('keeps the few longest labels, each once, longest first', () => {
		const labels = [
			'2020',
			'c. 5–25 January 1993',
			'2020',
			'May 2020',
			'c. February – October 1993'
		];
		const events = labels.map(
			(label, i) => ({ id: `e${i}`, when: { label } }) as unknown as TimelineEvent
		);
		expect(longestDateLabels(events, 2)).toEqual([
			'c. February – October 1993',
			'c. 5–25 January 1993'
		]);
		expect(longestDateLabels(events)).toEqual([
			'c. February – October 1993',
			'c. 5–25 January 1993',
			'May 2020',
			'2020'
		]);
	});
});

describe('periods in the headings', () => {
	const first = dayNumber(2000, 1, 1);
	const period = (title: string, firstDay: number, lastDay = firstDay + 400) =>
		({ id: title, title, when: { firstDay, lastDay } }) as unknown as Period;
	const events = [event('a', first), event('b', first + 40), event('c', first + 400)];

	it('names each period in the heading of the first events on or after its start', () => {
		const rows = listRows(events, [
			period('Before all', first - 100),
			period('From February', first + 31),
			period('After all', first + 5000)
		]);
		expect(rows.months.map((m) => [m.heading, m.periods])).toEqual([
			['January', ['Before all']],
			['February', ['From February']],
			['February', ['After all']]
		]);
	});

	it('adds no row: the rows and their offsets are those of the list without periods', () => {
		const plain = listRows(events);
		const withPeriods = listRows(events, [period('P', first)]);
		expect(withPeriods.kinds).toEqual(plain.kinds);
		expect(rowOffsets(withPeriods, HEIGHTS)).toEqual(rowOffsets(plain, HEIGHTS));
		const slice = drawnSlice(withPeriods, rowOffsets(withPeriods, HEIGHTS), { start: 0, end: 5 });
		expect(slice.years[0].months[0].periods).toEqual(['P']);
	});
});
