import { describe, expect, it } from 'vitest';
import { windowLeadingWith } from './follow.ts';

describe('windowLeadingWith', () => {
	it('leaves the window alone while the event is in its left half', () => {
		expect(windowLeadingWith([0, 100], 0)).toBeUndefined();
		expect(windowLeadingWith([0, 100], 50)).toBeUndefined();
	});

	it('slides an event elsewhere to a tenth from the left, keeping the width', () => {
		expect(windowLeadingWith([0, 100], 51)).toEqual([41, 141]);
		expect(windowLeadingWith([200, 300], 100)).toEqual([90, 190]);
	});
});
