import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { scaleTime } from './time-scale.ts';
import {
	computeAxisTicks,
	forgetEnumeratedTicks,
	formatTick,
	labelWidthPx,
	type AxisTicks,
	type Tick
} from './ticks.ts';
import { utcMonth, utcYear } from 'd3-time';

const DAY_MS = 86_400_000;

/** A UTC instant; setUTCFullYear, unlike Date.UTC, keeps years 0–99 and BCE (year ≤ 0) as given. */
function utc(year: number, month = 1, day = 1, hour = 0): Date {
	const date = new Date(Date.UTC(2000, 0, 1));
	date.setUTCFullYear(year, month - 1, day);
	date.setUTCHours(hour);
	return date;
}

function axis(from: Date, to: Date, width: number): AxisTicks {
	return computeAxisTicks(scaleTime([+from, +to], [0, width]), width);
}

/** The contract for one row: neighbouring ticks are at least the wider label's width apart. */
function overlaps(ticks: readonly Tick[]): string | null {
	for (let i = 1; i < ticks.length; i++) {
		const [a, b] = [ticks[i - 1], ticks[i]];
		if (b.x - a.x < Math.max(labelWidthPx(a.label), labelWidthPx(b.label))) {
			return `"${a.label}" at ${a.x} and "${b.label}" at ${b.x}`;
		}
	}
	return null;
}

const labels = (ticks: readonly Tick[]) => ticks.map((t) => t.label);

describe('labelWidthPx', () => {
	it('estimates 7 px a character plus 10 px padding', () => {
		expect(labelWidthPx('2024')).toBe(38);
		expect(labelWidthPx('Sep 2024')).toBe(66);
	});
});

describe('formatTick', () => {
	it.each([
		{ label: '2024', unit: 'year', date: utc(2024) },
		{ label: 'Sep 2024', unit: 'month', date: utc(2024, 9) },
		{ label: '23 Sep 2024', unit: 'day', date: utc(2024, 9, 23) },
		{ label: '15 Mar 44', unit: 'day', date: utc(44, 3, 15) },
		{ label: '44 BCE', unit: 'year', date: utc(-43) },
		{ label: 'Mar 44 BCE', unit: 'month', date: utc(-43, 3) },
		{ label: '1 BCE', unit: 'year', date: utc(0) }
	] as const)('writes $label as a $unit label in UTC, small and BCE years by hand', (row) => {
		expect(formatTick(row.date, row.unit)).toBe(row.label);
	});
});

describe('computeAxisTicks', () => {
	const dayNumber = /^\d\d?$/;
	const monthYear = /^[A-Z][a-z]{2} \d{4}$/;
	it.each([
		{
			zoom: '20 years / 1200 px',
			from: utc(2005),
			to: utc(2025),
			width: 1200,
			unit: 'year',
			step: 1,
			minorLabel: /^\d{4}$/,
			majorLabel: /^\d{3}0s$/
		},
		{
			zoom: '1000 years / 1000 px',
			from: utc(1000),
			to: utc(2000),
			width: 1000,
			unit: 'year',
			step: 50,
			minorLabel: /^\d{4}$/,
			majorLabel: /^\d{2}00s$/
		},
		{
			zoom: '3000 years / 1200 px',
			from: utc(-1000),
			to: utc(2000),
			width: 1200,
			unit: 'year',
			step: 200,
			minorLabel: /^\d+( BCE)?$/,
			majorLabel: /^\d+s( BCE)?$/
		},
		{
			zoom: '2 years / 1200 px',
			from: utc(2023),
			to: utc(2025),
			width: 1200,
			unit: 'month',
			step: 1,
			minorLabel: /^[A-Z][a-z]{2}$/,
			majorLabel: /^\d{4}$/
		},
		{
			zoom: '4 years / 300 px',
			from: utc(2020),
			to: utc(2024),
			width: 300,
			unit: 'month',
			step: 6,
			minorLabel: /^(Jan|Jul)$/,
			majorLabel: /^\d{4}$/
		},
		{
			zoom: '5 months / 1200 px',
			from: utc(2024),
			to: utc(2024, 6),
			width: 1200,
			unit: 'day',
			step: 7,
			minorLabel: /^\d\d? [A-Z][a-z]{2}$/,
			majorLabel: monthYear
		},
		{
			zoom: '2 months / 1200 px',
			from: utc(2024, 8),
			to: utc(2024, 10),
			width: 1200,
			unit: 'day',
			step: 2,
			minorLabel: dayNumber,
			majorLabel: monthYear
		},
		{
			zoom: '3 days / 1200 px',
			from: utc(2024, 9, 15),
			to: utc(2024, 9, 18),
			width: 1200,
			unit: 'day',
			step: 1,
			minorLabel: dayNumber,
			majorLabel: /^Sep 2024$/
		}
	] as const)(
		'at $zoom shows ticks every $step $unit under their period',
		({ from, to, width, unit, step, minorLabel, majorLabel }) => {
			const ticks = axis(from, to, width);
			expect([ticks.minorUnit, ticks.minorStep]).toEqual([unit, step]);
			expect(ticks.minor.length).toBeGreaterThan(2);
			expect(ticks.major.length).toBeGreaterThan(0);
			for (const t of ticks.minor) expect(t.label).toMatch(minorLabel);
			for (const t of ticks.major) expect(t.label).toMatch(majorLabel);
		}
	);

	it('picks the finest step whose labels fit, measured on the scale', () => {
		// 30 days with two-digit day labels (24 px): one tick a day needs 24 px a day.
		expect(axis(utc(2024, 9, 10), utc(2024, 10, 10), 750).minorStep).toBe(1);
		expect(axis(utc(2024, 9, 10), utc(2024, 10, 10), 690).minorStep).toBe(2);
	});

	it('places the days of September 2024 at UTC midnight, labelled in UTC', () => {
		const ticks = axis(utc(2024, 8, 1), utc(2024, 10, 1), 1200);
		expect(ticks.minor[0]).toEqual({ ms: Date.UTC(2024, 7, 1), x: 0, label: '1' });
		const september = ticks.major.find((t) => t.ms === Date.UTC(2024, 8, 1));
		expect(september?.label).toBe('Sep 2024');
		expect(ticks.minor.find((t) => t.ms === Date.UTC(2024, 8, 1))?.label).toBe('1');
	});

	describe('in any time zone', () => {
		const zone = process.env.TZ;
		afterEach(() => {
			if (zone === undefined) delete process.env.TZ;
			else process.env.TZ = zone;
		});

		it('gives the same ticks and labels', () => {
			const windows = [
				[utc(2024, 8, 1), utc(2024, 10, 1), 1200],
				[utc(2023, 12, 31, 20), utc(2024, 1, 2, 4), 600],
				[utc(2023), utc(2025), 800],
				[utc(-60), utc(30), 900]
			] as const;
			const all = () => windows.map(([from, to, width]) => axis(from, to, width));
			process.env.TZ = 'UTC';
			const expected = all();
			for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
				process.env.TZ = tz;
				// The zone really changed: otherwise this test would prove nothing.
				expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).not.toBe(0);
				expect(all()).toEqual(expected);
			}
			expect(labels(expected[1].minor)).toEqual(['1', '2']);
			expect(labels(expected[1].major)).toEqual(['Dec 2023', 'Jan 2024']);
		});
	});

	it('keeps a sticky major tick at x = 0 naming the period of the left edge', () => {
		const { major } = axis(utc(2024, 9, 15), utc(2024, 10, 15), 1200);
		expect(major[0]).toEqual({ ms: Date.UTC(2024, 8, 1), x: 0, label: 'Sep 2024' });
		expect(major[1]).toEqual({ ms: Date.UTC(2024, 9, 1), x: 640, label: 'Oct 2024' });
		expect(major).toHaveLength(2);
	});

	it('adds no sticky tick when the period starts exactly at the left edge', () => {
		const { major } = axis(utc(2024, 9, 1), utc(2024, 10, 1), 1200);
		expect(major.map((t) => [t.ms, t.x, t.label])).toEqual([
			[Date.UTC(2024, 8, 1), 0, 'Sep 2024'],
			[Date.UTC(2024, 9, 1), 1200, 'Oct 2024']
		]);
	});

	it('drops the sticky tick when it would overlap the next major label', () => {
		// Oct 1 is 2 h into a 72 h window of 1200 px: 33 px, less than a "Sep 2024" label.
		const { major } = axis(utc(2024, 9, 30, 22), utc(2024, 10, 3, 22), 1200);
		expect(labels(major)).toEqual(['Oct 2024']);
		expect(major[0].x).toBeCloseTo(1200 / 36);
	});

	it('reads round BCE years, and decades as readers count them', () => {
		const bce = axis(utc(-59), utc(-19), 1200);
		expect([bce.minorUnit, bce.minorStep]).toEqual(['year', 2]);
		expect(labels(bce.minor).slice(0, 3)).toEqual(['60 BCE', '58 BCE', '56 BCE']);
		// The 50s BCE are 59–50 BCE: they start when 60 BCE ends.
		expect(bce.major[0]).toMatchObject({ ms: utc(-58).getTime(), label: '50s BCE' });

		const acrossZero = axis(utc(-29), utc(31), 1200);
		expect([acrossZero.minorUnit, acrossZero.minorStep]).toEqual(['year', 5]);
		expect(labels(acrossZero.minor)).toEqual([
			...['30 BCE', '25 BCE', '20 BCE', '15 BCE', '10 BCE', '5 BCE'],
			...['5', '10', '15', '20', '25', '30']
		]);
		expect(labels(acrossZero.major)).toEqual(['0s BCE', '0s']);
	});

	it('writes years 1–99 without a 1900s shift', () => {
		const ticks = axis(utc(1), utc(81), 1200);
		expect([ticks.minorUnit, ticks.minorStep]).toEqual(['year', 2]);
		expect(labels(ticks.minor).slice(0, 3)).toEqual(['2', '4', '6']);
		expect(ticks.minor[0].ms).toBe(utc(2).getTime());
		expect(labels(ticks.major).slice(0, 3)).toEqual(['0s', '10s', '20s']);
	});

	it('lists only as many ticks as fit the width, over any span', () => {
		const ticks = axis(utc(-200_000), utc(200_000), 2000);
		expect(ticks.minor.length).toBeGreaterThan(1);
		expect(ticks.minor.length).toBeLessThanOrEqual(2000 / labelWidthPx('0') + 1);
		expect(overlaps(ticks.minor)).toBeNull();
	});

	it('returns no ticks for an empty width', () => {
		expect(axis(utc(2024), utc(2025), 0)).toMatchObject({ minor: [], major: [] });
	});

	describe('over random windows (1 day to 3000 years, BCE, years 0–99) and widths', () => {
		const windows = fc
			.record({
				year: fc.oneof(fc.integer({ min: -3000, max: 3000 }), fc.integer({ min: -5, max: 99 })),
				offsetDays: fc.double({ min: 0, max: 365, noNaN: true }),
				logSpanDays: fc.double({ min: Math.log(1), max: Math.log(3000 * 365.25), noNaN: true }),
				width: fc.integer({ min: 200, max: 2000 })
			})
			.map(({ year, offsetDays, logSpanDays, width }) => {
				const start = utc(year).getTime() + offsetDays * DAY_MS;
				const end = start + Math.exp(logSpanDays) * DAY_MS;
				const x = scaleTime([start, end], [0, width]);
				const from = x.domain()[0];
				return { x, from, width, ticks: computeAxisTicks(x, width) };
			});
		const runs = { numRuns: 400 };

		it('never overlaps two minor labels', () => {
			fc.assert(
				fc.property(windows, ({ ticks }) => overlaps(ticks.minor) === null),
				runs
			);
		});

		it('never overlaps two major labels, sticky one included', () => {
			fc.assert(
				fc.property(windows, ({ ticks }) => overlaps(ticks.major) === null),
				runs
			);
		});

		it('places every tick within [0, width] where the scale puts it', () => {
			fc.assert(
				fc.property(windows, ({ x, from, width, ticks }) => {
					for (const t of [...ticks.minor, ...ticks.major]) {
						expect(t.x).toBeGreaterThanOrEqual(0);
						expect(t.x).toBeLessThanOrEqual(width);
						if (t.ms < from) {
							// Only the sticky major tick lies left of the window; it is pinned to 0.
							expect(t).toBe(ticks.major[0]);
							expect(t.x).toBe(0);
						} else expect(t.x).toBeCloseTo(x(t.ms), 6);
					}
				}),
				runs
			);
		});

		it('puts minor ticks on boundaries of the reported unit and step', () => {
			fc.assert(
				fc.property(windows, ({ ticks: { minor, minorUnit, minorStep } }) => {
					for (const { ms } of minor) {
						const d = new Date(ms);
						// Midnight UTC; `+ 0` turns the -0 of a BCE instant into 0.
						expect((ms % DAY_MS) + 0).toBe(0);
						if (minorUnit === 'day' && minorStep === 7) expect(d.getUTCDay()).toBe(1);
						if (minorUnit === 'day' && minorStep === 2) expect(d.getUTCDate() % 2).toBe(1);
						if (minorUnit !== 'day') expect(d.getUTCDate()).toBe(1);
						if (minorUnit === 'month') expect(d.getUTCMonth() % minorStep).toBe(0);
						if (minorUnit === 'year') {
							const year = d.getUTCFullYear();
							expect(d.getUTCMonth()).toBe(0);
							// Round as read: 2020, 10, "10 BCE" (year −9).
							expect((year >= 1 ? year : 1 - year) % minorStep).toBe(0);
						}
					}
				}),
				runs
			);
		});

		it('names the period of the left edge in the major row unless its label would overlap', () => {
			fc.assert(
				fc.property(windows, ({ from, ticks: { major } }) => {
					fc.pre(major.length > 0);
					const [first, next] = major;
					if (first.ms <= from) {
						// Sticky (or exactly on the edge): the last boundary at or before the left edge.
						expect(first.x).toBe(0);
						if (next) expect(next.ms).toBeGreaterThan(from);
					} else {
						// The left edge's period was left out only because its label, at x = 0, would
						// overlap this one, and no major label is 100 px wide.
						expect(first.x).toBeLessThan(100);
					}
				}),
				runs
			);
		});
	});
});

describe('computeAxisTicks during a gesture', () => {
	afterEach(() => vi.restoreAllMocks());

	/** The windows of a wheel zooming in 1.2× a notch about a point, then a drag, then out. */
	function gestureWindows(from: Date, to: Date): [number, number][] {
		const windows: [number, number][] = [];
		let [lo, hi] = [+from, +to];
		const about = lo + (hi - lo) * 0.4;
		for (let i = 0; i < 12; i++) {
			[lo, hi] = [about - (about - lo) / 1.2, about + (hi - about) / 1.2];
			windows.push([lo, hi]);
		}
		for (let i = 0; i < 24; i++) {
			const step = (hi - lo) / 30;
			[lo, hi] = [lo + step, hi + step];
			windows.push([lo, hi]);
		}
		for (let i = 0; i < 12; i++) {
			[lo, hi] = [about - (about - lo) * 1.2, about + (hi - about) * 1.2];
			windows.push([lo, hi]);
		}
		return windows;
	}

	it.each([
		['decades', utc(1950), utc(2030)],
		['years', utc(2010), utc(2020)],
		['months', utc(2024, 1), utc(2024, 9)],
		['BCE years', utc(-60), utc(20)]
	])('gives each step of a gesture over %s the ticks a cold start gives', (_, from, to) => {
		const width = 1234;
		const windows = gestureWindows(from, to);
		const during = windows.map(([lo, hi]) => axis(new Date(lo), new Date(hi), width));
		const cold = windows.map(([lo, hi]) => {
			forgetEnumeratedTicks();
			return axis(new Date(lo), new Date(hi), width);
		});
		expect(during).toEqual(cold);
		expect(new Set(during.map((t) => `${t.minorUnit}${t.minorStep}`)).size).toBeGreaterThan(1);
	});

	it('enumerates the boundaries again only when the window leaves those it enumerated', () => {
		const width = 1234;
		// Months with years above them, from the first step to the last.
		const windows = gestureWindows(utc(2024, 1), utc(2024, 7)).slice(12, 36);
		forgetEnumeratedTicks();
		const months = vi.spyOn(utcMonth, 'range');
		const years = vi.spyOn(utcYear, 'range');
		const ticks = windows.map(([lo, hi]) => axis(new Date(lo), new Date(hi), width));
		expect(new Set(ticks.map((t) => t.minorUnit))).toEqual(new Set(['day']));
		// 24 steps of a drag, each a thirtieth of the window: the rows above the days were
		// enumerated for the first and the steps that left a window's span either side.
		expect(months.mock.calls.length).toBeGreaterThan(0);
		expect(months.mock.calls.length).toBeLessThanOrEqual(2);
		expect(years.mock.calls.length).toBeLessThanOrEqual(2);
	});
});
