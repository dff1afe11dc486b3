import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimelineEvent } from '../data/types.ts';
import { columnDensity, createDensityIndex, type DensityIndex } from './column-density.ts';

const DAY_MS = 86_400_000;

const anEvent = (id: string, firstDay: number, lastDay: number, topic = 't') =>
	({ id, topic, when: { firstDay, lastDay } }) as unknown as TimelineEvent;

const byStart = (events: TimelineEvent[]) =>
	[...events].sort((a, b) => a.when.firstDay - b.when.firstDay);

/** The plain answer: each event's share of [from, to) days, summed over every event. */
function bruteForce(events: readonly TimelineEvent[], fromDay: number, toDay: number): number {
	let sum = 0;
	for (const { when } of events) {
		const a = when.firstDay;
		const b = when.lastDay + 1;
		const overlap = Math.max(0, Math.min(b, toDay) - Math.max(a, fromDay));
		sum += overlap / (b - a);
	}
	return sum;
}

const total = (density: ReturnType<typeof columnDensity>, c: number) =>
	density.counts.reduce((n, counts) => n + counts[c], 0);

describe('columnDensity', () => {
	it('counts a known day whole in the column it falls in, and a year spread over its days', () => {
		// Day 0 is 1 January 1970; the year 1971 is days 365 to 729.
		const index = createDensityIndex(byStart([anEvent('d', 10, 10), anEvent('y', 365, 729)]));
		// Two columns of 365 days from 1 January 1970.
		const density = columnDensity(index, 0, 730 * DAY_MS, 2, 1);
		expect(total(density, 0)).toBeCloseTo(1, 6);
		expect(total(density, 1)).toBeCloseTo(1, 6);
		// Four columns of half a year: the year is half in each of its two.
		const halves = columnDensity(index, 0, 730 * DAY_MS, 4, 1);
		expect([0, 1, 2, 3].map((c) => total(halves, c))).toEqual([
			expect.closeTo(1, 6),
			expect.closeTo(0, 6),
			expect.closeTo(0.5, 6),
			expect.closeTo(0.5, 6)
		]);
	});

	it('keeps topics apart, in the order they first appear', () => {
		const index = createDensityIndex(
			byStart([anEvent('a', 0, 0, 'war'), anEvent('b', 1, 1, 'talks'), anEvent('c', 2, 2, 'war')])
		);
		const density = columnDensity(index, 0, 3 * DAY_MS, 3, 1);
		expect(density.topics).toEqual(['war', 'talks']);
		expect(density.counts.map((c) => Array.from(c))).toEqual([
			[1, 0, 1],
			[0, 1, 0]
		]);
		expect(density.max).toBe(1);
	});

	it('equals the sum of each event’s share of each column, on random events and windows', () => {
		const events = fc.array(
			fc.record({ firstDay: fc.integer({ min: -800, max: 800 }), length: fc.nat(400) }),
			{ maxLength: 80 }
		);
		fc.assert(
			fc.property(
				events,
				fc.integer({ min: -1000, max: 1000 }),
				fc.integer({ min: 1, max: 2000 }),
				fc.integer({ min: 1, max: 40 }),
				(drafts, fromDay, days, columns) => {
					const list = byStart(
						drafts.map((d, i) => anEvent(`e${i}`, d.firstDay, d.firstDay + d.length))
					);
					const density = columnDensity(
						createDensityIndex(list),
						fromDay * DAY_MS,
						(fromDay + days) * DAY_MS,
						columns,
						1
					);
					const perColumn = days / columns;
					for (let c = 0; c < columns; c++) {
						const expected = bruteForce(
							list,
							fromDay + c * perColumn,
							fromDay + (c + 1) * perColumn
						);
						expect(Math.abs(total(density, c) - expected)).toBeLessThan(1e-6);
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('counts deep time as recent time, beyond the ends a packed number holds', () => {
		// About a billion years ago, a million years ago (a long span), and 1970.
		const list = byStart([
			anEvent('old', -365_242_500_000, -365_242_500_000),
			anEvent('span', -365_242_500, -365_000_000),
			anEvent('now', 0, 0)
		]);
		const index = createDensityIndex(list);
		const from = -365_242_500_001;
		const density = columnDensity(index, from * DAY_MS, 2 * DAY_MS, 4, 1);
		const perColumn = (2 - from) / 4;
		for (let c = 0; c < 4; c++)
			expect(total(density, c)).toBeCloseTo(
				bruteForce(list, from + c * perColumn, from + (c + 1) * perColumn),
				3
			);
		expect([0, 1, 2, 3].reduce((n, c) => n + total(density, c), 0)).toBeCloseTo(3, 3);
	});

	it('does the same work whether ten or a hundred thousand events are in view', () => {
		/** The index, its arrays read through a counter: the searches' and the sums' unit of work. */
		const counted = (index: DensityIndex) => {
			const reads = { n: 0 };
			const wrap = (values: ArrayLike<number>) =>
				new Proxy(values, {
					get(target, key) {
						if (typeof key === 'string' && key !== 'length') reads.n++;
						return Reflect.get(target, key);
					}
				});
			const parts = index.parts.map((part) => ({
				...part,
				starts: wrap(part.starts),
				startInverse: wrap(part.startInverse),
				startWeighted: wrap(part.startWeighted),
				ends: wrap(part.ends),
				endInverse: wrap(part.endInverse),
				endWeighted: wrap(part.endWeighted)
			}));
			return { index: { ...index, parts }, reads };
		};
		const make = (n: number) =>
			byStart(
				Array.from({ length: n }, (_, i) =>
					anEvent(`e${i}`, (i * 7919) % 14_600, ((i * 7919) % 14_600) + (i % 3) * 30)
				)
			);
		const work = (n: number, fraction: number) => {
			const { index, reads } = counted(createDensityIndex(make(n)));
			columnDensity(index, 0, 14_600 * DAY_MS * fraction, 1232, 2);
			return reads.n;
		};
		const few = work(10_000, 1);
		const many = work(100_000, 1);
		// Ten times the events in view: about log2(10) ≈ 3.3 more steps on about 14 per search.
		expect(many).toBeLessThan(1.35 * few);
		// A tenth of the events in view (a window ten times narrower): the same work.
		expect(work(100_000, 0.1)).toBeLessThan(1.1 * many);
		// Not a pass over the events: at a hundred thousand, far fewer reads than events.
		expect(many).toBeLessThan(100_000);
	});
});
