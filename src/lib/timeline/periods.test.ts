import { describe, expect, it } from 'vitest';
import { computeWhen } from '../data/event.ts';
import { parsePartialDate } from '../data/civil-date.ts';
import type { Period } from '../data/types.ts';
import { periodBands, stackPeriods } from './periods.ts';
import { dayToMs } from './scale.ts';
import { scaleTime } from './time-scale.ts';

function period(id: string, start: string, end: string): Period {
	const when = computeWhen(parsePartialDate(start)!, parsePartialDate(end)!, false);
	return { id, title: id, start, end, when };
}

describe('stackPeriods', () => {
	it('keeps periods that follow one another in one row', () => {
		const { stacked, rows } = stackPeriods([
			period('a', '0600', '0649'),
			period('b', '0650', '0700')
		]);
		expect(rows).toBe(1);
		expect(stacked.map((s) => s.row)).toEqual([0, 0]);
	});

	it('puts an overlapping period in the next free row (the eras of TimelineJS3’s example)', () => {
		const { stacked, rows } = stackPeriods([
			period('era-600', '0600', '0650'),
			period('tang', '0618-06-18', '0907-06-01'),
			period('era-650', '0650', '0700'),
			period('era-700', '0700', '0720')
		]);
		expect(rows).toBe(3);
		expect(stacked.map((s) => [s.period.id, s.row])).toEqual([
			['era-600', 0],
			['tang', 1],
			['era-650', 2],
			['era-700', 0]
		]);
	});
});

describe('periodBands', () => {
	const tang = period('tang', '0618-06-18', '0907-06-01');
	const stacked = stackPeriods([tang]).stacked;

	it('clips a band to the plot and starts its label at the visible edge', () => {
		const from = dayToMs(tang.when.firstDay);
		const to = dayToMs(tang.when.lastDay + 1);
		// The window shows the second half of the period and as much after it.
		const x = scaleTime([(from + to) / 2, to + (to - from) / 2], [0, 1000]);
		const [band] = periodBands(stacked, x, 1000);
		expect(band.x0).toBe(0);
		expect(band.x1).toBeCloseTo(500, 6);
		expect(band.labelX).toBe(4);
	});

	it('leaves out a band wholly outside the window', () => {
		const x = scaleTime(
			[dayToMs(tang.when.lastDay + 10), dayToMs(tang.when.lastDay + 20)],
			[0, 1000]
		);
		expect(periodBands(stacked, x, 1000)).toEqual([]);
	});
});
