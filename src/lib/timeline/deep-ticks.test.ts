import { describe, expect, it } from 'vitest';
import { dayNumber, msToDayText, msToPartialDay } from '../data/civil-date.ts';
import { dayToMs } from './scale.ts';
import { computeAxisTicks } from './ticks.ts';
import { deepYearLabel, isDeepWindow, msAtYear, yearAtMs } from './deep-ticks.ts';
import { scaleTime } from './time-scale.ts';

const yearMs = (year: number) => dayToMs(dayNumber(year, 1, 1));

describe('deep time on the axis', () => {
	it('counts years from the same origin as the calendar, within a day (average years)', () => {
		expect(Math.abs(yearAtMs(yearMs(2000)) - 2000)).toBeLessThan(1 / 365);
		expect(Math.abs(yearAtMs(yearMs(-43)) - -43)).toBeLessThan(1 / 365);
		expect(msAtYear(0)).toBe(yearMs(0));
	});

	it.each([
		[-13_800_000_000, 1e8, '13.8 billion years ago'],
		[-14_000_000_000, 2e9, '14 billion years ago'],
		[-4_600_000_000, 1e8, '4.6 billion years ago'],
		[-13_630_000_000, 1e7, '13.63 billion years ago'],
		[-13_630_228_800, 100, '13,630,228,800 years ago'],
		[-540_000_000, 1e7, '540 million years ago'],
		[-50_000, 1e4, '50,001 BCE'],
		[0, 1e4, '1 BCE'],
		[2_000, 1e3, '2,000']
	])('reads year %d, on ticks %d years apart, as "%s"', (year, step, label) => {
		expect(deepYearLabel(year, step)).toBe(label);
	});

	it('never gives two ticks the same label, however far in', () => {
		const from = yearMs(-13_630_228_900);
		const x = scaleTime([from, from + 150 * 365.2425 * 86_400_000], [0, 1200]);
		const labels = computeAxisTicks(x, 1200).minor.map((t) => t.label);
		expect(labels.length).toBeGreaterThan(1);
		expect(new Set(labels).size).toBe(labels.length);
	});

	it('draws the cosmology timeline (13.8 billion years to today) with round, readable ticks', () => {
		const x = scaleTime([yearMs(-13_900_000_000), yearMs(100_000_000)], [0, 1200]);
		const ticks = computeAxisTicks(x, 1200);
		expect(ticks.minor.length).toBeGreaterThanOrEqual(4);
		expect(ticks.minor[0].label).toMatch(/billion years ago$/);
		for (let i = 1; i < ticks.minor.length; i++) {
			expect(ticks.minor[i].x).toBeGreaterThan(ticks.minor[i - 1].x);
			expect(ticks.minor[i].x - ticks.minor[i - 1].x).toBeGreaterThanOrEqual(
				ticks.minor[i].label.length * 7
			);
		}
		expect(ticks.minor.map((t) => t.label)).toContain('10 billion years ago');
	});

	it('switches to years once a window is wider than what months could matter in, not before', () => {
		expect(isDeepWindow(yearMs(1900), yearMs(2000))).toBe(false);
		expect(isDeepWindow(yearMs(-250_000), yearMs(2000))).toBe(true);
		expect(isDeepWindow(yearMs(-300_000), yearMs(-299_990))).toBe(true);
	});

	it('names a day of any year without a Date', () => {
		expect(msToPartialDay(yearMs(-13_797_999_999))).toBe('-13797999999-01-01');
		expect(msToPartialDay(yearMs(2024))).toBe('2024-01-01');
		expect(msToPartialDay(Number.NaN)).toBe('');
		// Within a Date's range the timeline keeps ECMAScript's form, beyond it the dataset's.
		expect(msToDayText(yearMs(-3180))).toBe('-003180-01-01');
		expect(msToDayText(yearMs(-13_797_999_999))).toBe('-13797999999-01-01');
	});
});
