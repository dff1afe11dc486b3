/**
 * The view before d3-zoom has arrived (it loads on the plot's first use): the first view's window
 * is shown without it, a window asked for is shown at once, and a move relative to the view (a
 * key, a button) waits for it, in order, asks for it, and is made by it once it is in. Each test
 * file has its own modules: here d3-zoom is not loaded until a test asks for it.
 */
import { describe, expect, it, vi } from 'vitest';
import { TimelineView, loadZoomCode } from './view.svelte.ts';

const extent: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
const year2024: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];
const WIDTH = 1000;

/** Within a pixel's worth of time at the current zoom. */
function expectWindow(view: TimelineView, window: readonly [number, number]) {
	const pixel = (view.visible[1] - view.visible[0]) / view.width;
	expect(Math.abs(view.visible[0] - window[0])).toBeLessThanOrEqual(pixel);
	expect(Math.abs(view.visible[1] - window[1])).toBeLessThanOrEqual(pixel);
}

describe('TimelineView before d3-zoom has arrived', () => {
	// One sequence: the zoom code, once loaded, stays loaded for the rest of the file.
	it('shows windows itself, keeps relative moves for d3-zoom in order, and hands over', async () => {
		const view = new TimelineView(() => extent);
		view.showWindow(year2024);
		view.width = WIDTH;
		const plot = document.createElement('div');
		document.body.append(plot);
		const detach = view.attach(plot, 200);

		// The first view's window, without d3-zoom (the end-to-end size check: without its file).
		expectWindow(view, year2024);
		view.showWindow([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)], new MouseEvent('click'));
		expectWindow(view, [Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)]);
		expect(view.movedBy).toBe('user');
		expect(view.settledByUser).toEqual(view.visible);

		// A key's zoom waits and asks for the code; a window asked for after it waits behind it.
		const moves = vi.spyOn(view, 'onZoom');
		const before = view.visible;
		const key = new KeyboardEvent('keydown', { key: '+' });
		view.zoomBy(2, undefined, key);
		view.showWindow(year2024);
		expect(view.visible).toEqual(before);
		expect(moves).not.toHaveBeenCalled();
		await vi.waitFor(() => expect(moves).toHaveBeenCalledTimes(3));
		// d3-zoom attached at the view's transform (no source), then the key's zoom, then the window.
		expect(moves.mock.calls.map(([t, source]) => [t.k, source])).toEqual([
			[expect.any(Number), null],
			[expect.any(Number), key],
			[expect.any(Number), null]
		]);
		expect(moves.mock.calls[1][0].k).toBeCloseTo(2 * moves.mock.calls[0][0].k);
		expectWindow(view, year2024);
		const width = view.visible[1] - view.visible[0];

		// From now on d3-zoom makes every move at once.
		view.zoomBy(2);
		expect(view.visible[1] - view.visible[0]).toBeCloseTo(width / 2, -6);
		await loadZoomCode();
		detach();
		plot.remove();
	});
});
