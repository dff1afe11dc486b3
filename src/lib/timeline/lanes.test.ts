import { describe, expect, it } from 'vitest';
import { packLanes, type LaneItem } from './lanes.ts';

function overlaps(items: LaneItem[], lanes: number[], gap: number): boolean {
	for (let i = 0; i < items.length; i++)
		for (let j = i + 1; j < items.length; j++)
			if (lanes[i] >= 0 && lanes[i] === lanes[j]) {
				const [a, b] =
					items[i].start <= items[j].start ? [items[i], items[j]] : [items[j], items[i]];
				if (a.end + gap > b.start) return true;
			}
	return false;
}

describe('packLanes', () => {
	it('puts items that do not collide on the first lane', () => {
		expect(
			packLanes([
				{ start: 0, end: 10 },
				{ start: 20, end: 30 }
			])
		).toEqual([0, 0]);
	});

	it('moves a colliding item to the next free lane, and reuses freed lanes', () => {
		expect(
			packLanes(
				[
					{ start: 0, end: 50 },
					{ start: 10, end: 20 },
					{ start: 30, end: 40 },
					{ start: 60, end: 70 }
				],
				6
			)
		).toEqual([0, 1, 1, 0]);
	});

	it('marks items beyond the lane limit as overflow (-1)', () => {
		expect(
			packLanes(
				[
					{ start: 0, end: 10 },
					{ start: 1, end: 10 },
					{ start: 2, end: 10 }
				],
				0,
				2
			)
		).toEqual([0, 1, -1]);
	});

	it('never puts two overlapping items on one lane (random inputs)', () => {
		let seed = 7;
		const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		for (let round = 0; round < 200; round++) {
			const items = Array.from({ length: 40 }, () => {
				const start = random() * 1000;
				return { start, end: start + random() * 200 };
			}).sort((a, b) => a.start - b.start);
			const lanes = packLanes(items, 4, 8);
			expect(overlaps(items, lanes, 4)).toBe(false);
		}
	});
});
