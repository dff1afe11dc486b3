import { describe, expect, it } from 'vitest';
import { datesFitColumn } from './date-column.ts';

describe('datesFitColumn', () => {
	it.each([
		// widest date, list width, rem: whole?
		[180, 1230, 16, true], // 40% of 1222 px = 488.8 px of room
		[487, 1230, 16, true],
		[488, 1230, 16, false], // within a px of the limit: the clip stays
		[150, 300, 16, true], // a narrow list: the column's 9.5rem floor (152 px) holds it
		[160, 300, 16, false],
		[300, 700, 20, false] // 40% of 690 px = 276 px
	])('a widest date of %i px in a list %i px wide (rem %i px): %s', (date, width, rem, whole) => {
		expect(datesFitColumn(date, width, rem)).toBe(whole);
	});

	it('keeps the clip until the list and its dates are measured', () => {
		expect(datesFitColumn(0, 1230, 16)).toBe(false);
		expect(datesFitColumn(180, 0, 16)).toBe(false);
		expect(datesFitColumn(180, 1230, NaN)).toBe(false);
	});
});
