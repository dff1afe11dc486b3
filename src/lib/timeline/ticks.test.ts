import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3-scale';
import { computeTicks, formatTick, tickUnit } from './ticks.ts';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('ticks', () => {
	it.each([
		[[utc(2020), utc(2021)], 'year'],
		[[utc(2020, 3), utc(2020, 6)], 'month'],
		[[utc(2020, 3, 5), utc(2020, 3, 10)], 'day']
	] as const)('picks the coarsest unit the ticks share (%#)', (instants, unit) => {
		expect(tickUnit([...instants])).toBe(unit);
	});

	it.each([
		[utc(2024), 'year', '2024'],
		[utc(2024, 9), 'month', 'Sep 2024'],
		[utc(2024, 9, 23), 'day', '23 Sep 2024']
	] as const)('formats %s in UTC as a %s label, whatever the local zone', (date, unit, label) => {
		expect(formatTick(date, unit)).toBe(label);
	});

	it('writes BCE years itself', () => {
		const d = new Date(Date.UTC(2000, 0, 1));
		d.setUTCFullYear(-43);
		expect(formatTick(d, 'year')).toBe('44 BCE');
	});

	it('labels a two-decade scale in years and a one-month scale in days', () => {
		const decades = scaleUtc()
			.domain([utc(2005), utc(2025)])
			.range([0, 1000]);
		expect(computeTicks(decades, 1000).every((t) => /^\d{4}$/.test(t.label))).toBe(true);
		const month = scaleUtc()
			.domain([utc(2024, 9, 1), utc(2024, 9, 30)])
			.range([0, 1000]);
		expect(computeTicks(month, 1000).every((t) => /^\d{1,2} Sep 2024$/.test(t.label))).toBe(true);
	});
});
