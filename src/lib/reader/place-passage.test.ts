import { describe, expect, it } from 'vitest';
import { CONTEXT_ABOVE, placedScrollTop } from './place-passage.ts';

describe('placedScrollTop', () => {
	it('puts the passage in the upper third, with some context above it', () => {
		const top = placedScrollTop(2000, 600, 10_000);
		const onScreen = 2000 - top;
		expect(onScreen).toBe(Math.round(600 * CONTEXT_ABOVE));
		expect(onScreen).toBeLessThan(600 / 3);
	});

	it('keeps the passage clear of a sticky bar at the top', () => {
		const top = placedScrollTop(2000, 800, 10_000, 56);
		expect(2000 - top).toBeGreaterThan(56);
		expect(2000 - top).toBeLessThan(56 + (800 - 56) / 3);
	});

	it('stays within what the scroller can reach', () => {
		expect(placedScrollTop(30, 600, 10_000)).toBe(0);
		expect(placedScrollTop(9_900, 600, 10_000)).toBe(9_400);
		expect(placedScrollTop(100, 600, 400)).toBe(0);
	});
});
