import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types.ts';
import { densityBins, densityPath } from './density.ts';

const DAY = 86_400_000;
const event = (firstDay: number) => ({ when: { firstDay, lastDay: firstDay } }) as TimelineEvent;

describe('densityBins', () => {
	it('counts events by the slice of the extent their first day falls in', () => {
		const counts = densityBins([event(0), event(1), event(9), event(5)], [0, 10 * DAY], 2);
		expect([...counts]).toEqual([2, 2]);
	});

	it('ignores events outside the extent and survives an empty extent', () => {
		expect([...densityBins([event(-5), event(50)], [0, 10 * DAY], 5)]).toEqual([0, 0, 0, 0, 0]);
		expect([...densityBins([event(0)], [0, 0], 3)]).toEqual([0, 0, 0]);
	});
});

describe('densityPath', () => {
	it('draws nothing for no events, and a step area spanning the width otherwise', () => {
		expect(densityPath(new Uint32Array(3), 300, 20)).toBe('');
		const path = densityPath(Uint32Array.from([0, 4, 1]), 300, 20);
		expect(path.startsWith('M0,20')).toBe(true);
		expect(path).toContain('V0.0H200.0');
		// A single event still gets a visible bar (square-root scale, at least 2 px).
		expect(path).toContain('V10.0H300.0');
		expect(path.endsWith('V20Z')).toBe(true);
	});
});
