/**
 * The view state without a DOM (as LayerChart tests its TransformState): d3-zoom drives a stand-in
 * for the plot element that has only what d3 touches (listeners and a style), so these tests say
 * what the view does, not what a browser lays out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS } from './scale.ts';
import { TimelineView, loadZoomCode } from './view.svelte.ts';
import { MIN_WINDOW_MS } from './zoom-math.ts';

const extent: [number, number] = [Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)];
const WIDTH = 1000;
const HEIGHT = 200;
const year2024: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)];

/** What d3-selection and d3-zoom call on the element they attach to. */
function plotStandIn(): Element {
	return {
		addEventListener() {},
		removeEventListener() {},
		style: { setProperty() {}, removeProperty() {}, getPropertyValue: () => '' }
	} as unknown as Element;
}

function attachedView(width = WIDTH): TimelineView {
	const view = new TimelineView(() => extent);
	view.width = width;
	view.attach(plotStandIn(), HEIGHT);
	return view;
}

/** Within a pixel's worth of time at the current zoom. */
function expectWindow(view: TimelineView, window: readonly [number, number]) {
	const pixel = (view.visible[1] - view.visible[0]) / view.width;
	expect(Math.abs(view.visible[0] - window[0])).toBeLessThanOrEqual(pixel);
	expect(Math.abs(view.visible[1] - window[1])).toBeLessThanOrEqual(pixel);
}

describe('TimelineView', () => {
	// d3-zoom in, as once the plot has been used (view-early.svelte.test.ts: before it is).
	beforeAll(loadZoomCode);

	it('starts on the whole extent', () => {
		expectWindow(attachedView(), extent);
	});

	it('keeps a window asked for before the plot has a width, and shows it once attached', () => {
		const view = new TimelineView(() => extent);
		view.showWindow(year2024);
		expect(view.window).toEqual(year2024);
		expectWindow(view, extent);
		view.width = WIDTH;
		view.attach(plotStandIn(), HEIGHT);
		expectWindow(view, year2024);
		expect(view.window).toEqual(view.visible);
		expect(view.movedBy).toBe('program');
	});

	it('lets a later window replace one still waiting, even when the plot re-attaches at its width', () => {
		const view = new TimelineView(() => extent);
		view.showWindow([Date.UTC(2010, 0, 1), Date.UTC(2020, 0, 1)]);
		// Attached before its width is known (the plot's first layout), then given a window at once.
		view.attach(plotStandIn(), HEIGHT);
		view.width = WIDTH;
		view.showWindow(year2024);
		view.attach(plotStandIn(), HEIGHT);
		expectWindow(view, year2024);
	});

	it('has no window to share while there is no plot', () => {
		expect(new TimelineView(() => extent).window).toBeUndefined();
	});

	it("says a move is the reader's when it comes with an input event, else the program's", () => {
		const view = attachedView();
		view.zoomBy(2, undefined, new MouseEvent('click'));
		expect(view.movedBy).toBe('user');
		view.showWindow(year2024);
		expect(view.movedBy).toBe('program');
		view.panBy(0.2, new KeyboardEvent('keydown', { key: 'ArrowRight' }));
		expect(view.movedBy).toBe('user');
	});

	it("records where the reader's moves end, and not where the program's do", () => {
		const view = attachedView();
		view.showWindow(year2024);
		expect(view.settledByUser).toBeUndefined();
		view.fit(new MouseEvent('click'));
		expect(view.settledByUser).toEqual(view.visible);
		const fitted = view.settledByUser;
		view.showWindow(year2024);
		expect(view.settledByUser).toBe(fitted);
	});

	it('never zooms in past the narrowest window nor out past the extent', () => {
		const view = attachedView();
		view.showWindow([year2024[0], year2024[0] + 1000]);
		expect(view.visible[1] - view.visible[0]).toBeGreaterThanOrEqual(MIN_WINDOW_MS - 60_000);
		view.zoomBy(1e12);
		expect(view.transform.k).toBeCloseTo(view.maxK);
		view.zoomBy(1e-12);
		expect(view.transform.k).toBe(1);
		expectWindow(view, extent);
	});

	it('never pans outside the extent', () => {
		const view = attachedView();
		view.showWindow(year2024);
		view.panBy(1e6);
		expect(view.visible[1]).toBeLessThanOrEqual(extent[1] + 1);
		view.showWindow([Date.UTC(1990, 0, 1), Date.UTC(1991, 0, 1)]);
		expect(view.visible[0]).toBeGreaterThanOrEqual(extent[0] - 1);
	});

	it('keeps the same window when the plot is resized and re-attached', () => {
		const view = attachedView();
		view.showWindow(year2024);
		view.width = WIDTH / 2;
		view.attach(plotStandIn(), HEIGHT);
		expectWindow(view, year2024);
	});

	it('centres an instant with at most the given window', () => {
		const view = attachedView();
		const instant = Date.UTC(2010, 5, 15);
		view.centreOn(instant, 30 * DAY_MS);
		expect((view.visible[0] + view.visible[1]) / 2).toBeCloseTo(instant, -5);
		expect(view.visible[1] - view.visible[0]).toBeCloseTo(30 * DAY_MS, -5);
	});

	it('is in a gesture from a reader’s first step to its end; a button’s or a key’s move is over at once', () => {
		const view = attachedView();
		expect(view.inGesture).toBe(false);
		// A wheel turning: d3-zoom's handler gets each step with its wheel event, the end later.
		view.onZoom(view.transform.scale(1.2), new WheelEvent('wheel'));
		expect(view.inGesture).toBe(true);
		view.onZoomEnd(new WheelEvent('wheel'));
		expect(view.inGesture).toBe(false);
		// A button: start, zoom and end in one call.
		view.zoomBy(2, undefined, new MouseEvent('click'));
		expect(view.movedBy).toBe('user');
		expect(view.inGesture).toBe(false);
		// A gesture cut short by a re-attach (a new width) never sends its end.
		view.onZoom(view.transform.scale(1.2), new WheelEvent('wheel'));
		view.attach(plotStandIn(), HEIGHT);
		expect(view.inGesture).toBe(false);
	});
});
