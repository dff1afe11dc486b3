import { describe, expect, it } from 'vitest';
import { DAY_MS } from './scale.ts';
import { FIRST_VIEW_MIN_MS, firstViewWindow, matchesWindow } from './first-view.ts';

const YEAR = 365 * DAY_MS;
/** A span of `days` days from the start of `year` (UTC ms; years after 1970 only, as here). */
const at = (year: number, days = 1): [number, number] => {
	const start = Date.UTC(year, 0, 1);
	return [start, start + days * DAY_MS];
};

describe('firstViewWindow', () => {
	it('opens on the crowded years, leaving a lone outlier decades away to the overview', () => {
		const spans = [at(1990), ...Array.from({ length: 20 }, (_, i) => at(2020 + (i % 5), 30))];
		const extent: [number, number] = [Date.UTC(1989, 0, 1), Date.UTC(2026, 0, 1)];
		const [from, to] = firstViewWindow(spans, extent)!;
		expect(from).toBeGreaterThan(Date.UTC(2019, 6, 1));
		expect(from).toBeLessThanOrEqual(Date.UTC(2020, 0, 1));
		expect(to).toBeGreaterThanOrEqual(Date.UTC(2024, 0, 31));
		expect(to).toBeLessThan(Date.UTC(2025, 0, 1));
	});

	it('holds the whole span of every event it keeps', () => {
		const spans = [at(1900), at(2000, 400), at(2001), at(2001, 2), at(2002), at(2002, 700)];
		const extent: [number, number] = [Date.UTC(1899, 0, 1), Date.UTC(2010, 0, 1)];
		const [from, to] = firstViewWindow(spans, extent, 5 / 6)!;
		for (const [start, end] of spans.slice(1)) {
			expect(start).toBeGreaterThanOrEqual(from);
			expect(end).toBeLessThanOrEqual(to);
		}
	});

	it('is the whole extent (undefined) when the events are spread over it', () => {
		const spans = Array.from({ length: 30 }, (_, i) => at(2000 + i));
		expect(firstViewWindow(spans, [Date.UTC(1999, 6, 1), Date.UTC(2030, 6, 1)])).toBeUndefined();
	});

	it('shows a lone day in a season of its own, inside the extent', () => {
		const day = at(2024);
		const extent: [number, number] = [day[0] - YEAR, day[1] + YEAR];
		const [from, to] = firstViewWindow([day], extent)!;
		expect(to - from).toBeCloseTo(FIRST_VIEW_MIN_MS, -3);
		expect(from).toBeLessThan(day[0]);
		expect(to).toBeGreaterThan(day[1]);
	});

	it('slides a padded window back inside the extent without shortening it', () => {
		const spans = [...Array.from({ length: 10 }, () => at(2000, 10)), at(2020)];
		const extent: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2021, 0, 1)];
		const [from, to] = firstViewWindow(spans, extent)!;
		expect(from).toBe(extent[0]);
		expect(to - from).toBeCloseTo(FIRST_VIEW_MIN_MS, -3);
	});

	it('is undefined for no events', () => {
		expect(firstViewWindow([], [0, YEAR])).toBeUndefined();
	});
});

describe('matchesWindow', () => {
	it('frames every match in the middle of the plot', () => {
		const matches = [at(2021, 30), at(2024, 30)];
		const extent: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
		const [from, to] = matchesWindow(matches, extent)!;
		for (const [start, end] of matches) {
			expect((start - from) / (to - from)).toBeGreaterThan(0.15);
			expect((end - from) / (to - from)).toBeLessThan(0.85);
		}
	});
});
