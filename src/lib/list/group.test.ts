import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types.ts';
import { dayNumber } from '../data/civil-date.ts';
import { formatYearHeading, groupByYear } from './group.ts';

function event(id: string, precision: 'year' | 'month' | 'day', label: string, first: string) {
	const [y, m, d] = first.split('-').map(Number);
	const firstDay = dayNumber(y, m, d);
	return { id, date: { precision }, when: { label, firstDay, lastDay: firstDay } } as TimelineEvent;
}

describe('groupByYear', () => {
	it('puts year-only dates under their own heading, approximate or not, before the months', () => {
		const groups = groupByYear([
			event('a', 'year', 'c. 2020', '2020-01-01'),
			event('b', 'year', '2020', '2020-01-01'),
			event('c', 'month', 'January 2020', '2020-01-01'),
			event('d', 'day', '3 January 2020', '2020-01-03'),
			event('e', 'year', 'late 2020', '2020-09-01'),
			event('f', 'day', '1 March 2021', '2021-03-01')
		]);
		expect(groups.map((g) => g.year)).toEqual([2020, 2021]);
		expect(groups[0].parts.map((p) => [p.heading, p.events.map((e) => e.id)])).toEqual([
			['2020', ['a', 'b']],
			['January', ['c', 'd']],
			['late 2020', ['e']]
		]);
		expect(groups[1].parts.map((p) => p.heading)).toEqual(['March']);
	});

	it('writes years before the common era as BCE', () => {
		expect(formatYearHeading(-43)).toBe('44 BCE');
		expect(formatYearHeading(2024)).toBe('2024');
	});
});
