import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { scaleTime } from './time-scale.ts';

describe('scaleTime', () => {
	const day = 86_400_000;

	it('maps the domain linearly onto the range, and back', () => {
		const x = scaleTime([0, 10 * day], [0, 1000]);
		expect(x(0)).toBe(0);
		expect(x(5 * day)).toBe(500);
		expect(x(20 * day)).toBe(2000);
		expect(x.invert(250)).toBe(2.5 * day);
		expect(x.domain()).toEqual([0, 10 * day]);
		expect(x.range()).toEqual([0, 1000]);
	});

	it('is what d3-zoom rescales: the transform’s window in ms', () => {
		const x = scaleTime([0, 10 * day], [0, 1000]);
		const zoomed = zoomIdentity.translate(-1000, 0).scale(4).rescaleX(x);
		expect(zoomed.domain()).toEqual([2.5 * day, 5 * day]);
		expect(zoomed(3 * day)).toBeCloseTo(200, 9);
		expect(x.domain()).toEqual([0, 10 * day]);
	});

	it('accepts Dates in a new domain, and copies are independent', () => {
		const x = scaleTime([0, day], [0, 100]);
		const y = x.copy().domain([new Date(day), new Date(2 * day)]);
		expect(y.domain()).toEqual([day, 2 * day]);
		expect(x.domain()).toEqual([0, day]);
		expect(x.range([0, 50]).range()).toEqual([0, 50]);
	});

	it('sends an empty domain or range to the middle rather than to NaN', () => {
		expect(scaleTime([day, day], [0, 100])(5)).toBe(50);
		expect(scaleTime([0, day], [40, 40]).invert(40)).toBe(day / 2);
	});

	it('inverts what it maps, to within a millisecond, over ±10 000 years', () => {
		const year = 365.25 * day;
		fc.assert(
			fc.property(
				fc.double({ min: -10_000 * year, max: 10_000 * year, noNaN: true }),
				fc.double({ min: day, max: 1000 * year, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(start, length, at) => {
					const x = scaleTime([start, start + length], [0, 1280]);
					const ms = start + length * at;
					expect(Math.abs(x.invert(x(ms)) - ms)).toBeLessThan(1);
				}
			)
		);
	});
});
