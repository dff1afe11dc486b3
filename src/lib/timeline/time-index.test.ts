import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	adjacentEvents,
	createTimeIndex,
	eventsInWindow,
	jumpTarget,
	maxOverlap,
	searchSorted
} from './time-index.ts';
import type { TimelineEvent } from '../data/types.ts';

/** A one-day event is drawn as a point; a longer one as a span of known days. */
function event(id: string, firstDay: number, lastDay: number): TimelineEvent {
	const date = { precision: 'day', end: lastDay > firstDay ? 'end' : undefined };
	return { id, date, when: { firstDay, lastDay } } as unknown as TimelineEvent;
}

/** The obvious answer: scan everything. */
function scan(events: TimelineEvent[], from: number, to: number): string[] {
	return events.filter((e) => e.when.firstDay <= to && e.when.lastDay >= from).map((e) => e.id);
}

describe('createTimeIndex', () => {
	it('splits the events into points and spans, each in canonical order, with their first days', () => {
		const index = createTimeIndex([
			event('year', 0, 364),
			event('a', 10, 10),
			event('b', 20, 25),
			event('c', 400, 400)
		]);
		expect([...index.points]).toEqual([1, 3]);
		expect([...index.pointDays]).toEqual([10, 400]);
		expect([...index.spans]).toEqual([0, 2]);
		expect([...index.spanDays]).toEqual([0, 20]);
		expect(index.maxSpanDays).toBe(364);
	});
});

describe('searchSorted', () => {
	it('finds the first value at or after (or strictly after) a value, like a bisector', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 0, max: 20 })),
				fc.integer({ min: -1, max: 21 }),
				(raw, value) => {
					const values = [...raw].sort((a, b) => a - b);
					expect(searchSorted(values, value)).toBe(values.filter((v) => v < value).length);
					expect(searchSorted(values, value, true)).toBe(values.filter((v) => v <= value).length);
				}
			)
		);
	});
});

describe('eventsInWindow', () => {
	const events = [
		event('year', 0, 364),
		event('a', 10, 10),
		event('b', 20, 25),
		event('c', 400, 400)
	];
	const index = createTimeIndex(events);

	it('finds points and spans that overlap the window, including a long span that began before it', () => {
		expect(eventsInWindow(index, 15, 30).map((e) => e.id)).toEqual(['year', 'b']);
	});

	it('includes events touching either edge of the window', () => {
		expect(eventsInWindow(index, 10, 20).map((e) => e.id)).toEqual(['year', 'a', 'b']);
	});

	it('returns nothing for an empty stretch of time', () => {
		expect(eventsInWindow(index, 365, 399)).toEqual([]);
	});

	it('agrees with a full scan on random data', () => {
		let seed = 11;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let round = 0; round < 100; round++) {
			const list = Array.from({ length: 200 }, (_, i) => {
				const first = Math.floor(random() * 5000);
				const span = random() < 0.2 ? Math.floor(random() * 400) : 0;
				return event(`e${i}`, first, first + span);
			}).sort((a, b) => a.when.firstDay - b.when.firstDay || a.when.lastDay - b.when.lastDay);
			const from = Math.floor(random() * 5000);
			const to = from + Math.floor(random() * 600);
			expect(eventsInWindow(createTimeIndex(list), from, to).map((e) => e.id)).toEqual(
				scan(list, from, to)
			);
		}
	});
});

describe('adjacentEvents', () => {
	const DAY = 86_400_000;
	const events = [event('a', 10, 10), event('b', 20, 50), event('c', 20, 20), event('d', 400, 400)];
	const index = createTimeIndex(events);
	const ids = (list: TimelineEvent[]) => list.map((e) => e.id);

	it('moves to the events of the next day that has any', () => {
		expect(ids(adjacentEvents(index, 0, 1))).toEqual(['a']);
		expect(ids(adjacentEvents(index, 10.5 * DAY, 1))).toEqual(['b', 'c']);
		expect(ids(adjacentEvents(index, 20.5 * DAY, 1))).toEqual(['d']);
	});

	it('moves to the events of the previous day that has any', () => {
		expect(ids(adjacentEvents(index, 400.5 * DAY, -1))).toEqual(['b', 'c']);
		expect(ids(adjacentEvents(index, 20.5 * DAY, -1))).toEqual(['a']);
		expect(ids(adjacentEvents(index, 15 * DAY, -1))).toEqual(['a']);
	});

	it('returns nothing past either end', () => {
		expect(adjacentEvents(index, 401 * DAY, 1)).toEqual([]);
		expect(adjacentEvents(index, 10.5 * DAY, -1)).toEqual([]);
	});

	it('a jump target lies in the middle of the first day, so jumping twice moves on', () => {
		let ms = 0;
		const visited: string[] = [];
		for (;;) {
			const next = adjacentEvents(index, ms, 1);
			if (next.length === 0) break;
			visited.push(next[0].id);
			ms = jumpTarget(next[0]);
		}
		expect(visited).toEqual(['a', 'b', 'd']);
	});
});

describe('maxOverlap', () => {
	it('counts the most events that share a day, spans included', () => {
		expect(maxOverlap([])).toBe(0);
		expect(maxOverlap([event('a', 1, 1), event('b', 2, 2)])).toBe(1);
		expect(maxOverlap([event('a', 1, 10), event('b', 10, 12), event('c', 11, 11)])).toBe(2);
		expect(maxOverlap([event('y', 0, 364), event('a', 5, 5), event('b', 5, 5)])).toBe(3);
	});

	it('agrees with counting day by day', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))),
				(spans) => {
					const events = spans.map(([first, length], i) => event(`e${i}`, first, first + length));
					let best = 0;
					for (let day = 0; day <= 80; day++)
						best = Math.max(
							best,
							events.filter((e) => e.when.firstDay <= day && e.when.lastDay >= day).length
						);
					expect(maxOverlap(events)).toBe(best);
				}
			)
		);
	});
});
