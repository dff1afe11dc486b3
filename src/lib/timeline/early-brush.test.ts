import { describe, expect, it } from 'vitest';
import { readEarlyPress } from './early-brush.ts';

describe('readEarlyPress: a press on the strip before the brush arrived, read as the brush would', () => {
	const window: [number, number] = [100, 200];
	it.each([
		['a click centres the window where it was', { downPx: 50, upPx: 50 }, { centre: 50 }],
		['a click past the end centres it at the end', { downPx: 700, upPx: 700 }, { centre: 600 }],
		['a drag begun on the window moves it', { downPx: 150, upPx: 190 }, { window: [140, 240] }],
		['a drag stops the window at the start', { downPx: 150, upPx: 0 }, { window: [0, 100] }],
		['a drag stops the window at the end', { downPx: 150, upPx: 590 }, { window: [500, 600] }],
		['a drag begun outside draws a new window', { downPx: 400, upPx: 300 }, { window: [300, 400] }],
		['a new window is kept on the strip', { downPx: 550, upPx: 650 }, { window: [550, 600] }]
	])('%s', (_, press, expected) => {
		expect(readEarlyPress(press, window, 600)).toEqual(expected);
	});
});
