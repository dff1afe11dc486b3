import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ZoomTransform } from 'd3-zoom';
import { validateDataset } from '../data/validate.ts';
import { countInView, drawnExtent, layoutTimeline, type TimelineLayout } from './marks.ts';
import { PanLayer, fittedCopy, layerScroll, layerShift, partIn } from './pan-layer.ts';
import { createBaseScale, DAY_MS, timeExtent } from './scale.ts';
import { createTimeIndex, eventsInWindow } from './time-index.ts';

const seed = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')), {
	file: 'events.json'
}).events;

const WIDTH = 1000;
const deps = ['index', 6];

describe('PanLayer.anchorFor', () => {
	it('keeps one anchor through a drag within the overdraw, and after it ends', () => {
		const layer = new PanLayer();
		const rest = layer.anchorFor({ k: 4, x: -2000 }, WIDTH, false, deps);
		expect(rest.strips).toBe(false);
		// The first step of the drag lays out over three widths, at the same transform.
		const first = layer.anchorFor({ k: 4, x: -2040 }, WIDTH, true, deps);
		expect(first).toMatchObject({ k: 4, tx: -2000, strips: true });
		// Every later step keeps that very object: nothing derived from it is made again.
		for (const x of [-2080, -2500, -2999, -1500, -1001])
			expect(layer.anchorFor({ k: 4, x }, WIDTH, true, deps)).toBe(first);
		// The gesture's end (the same transform, no longer in a gesture) keeps it too.
		expect(layer.anchorFor({ k: 4, x: -1001 }, WIDTH, false, deps)).toBe(first);
	});

	it('lays out afresh on a zoom, past the overdraw, on a move at rest, or when the data change', () => {
		const layer = new PanLayer();
		layer.anchorFor({ k: 4, x: -2000 }, WIDTH, false, deps);
		const drag = layer.anchorFor({ k: 4, x: -2100 }, WIDTH, true, deps);
		const zoomed = layer.anchorFor({ k: 4.4, x: -2300 }, WIDTH, true, deps);
		expect(zoomed).not.toBe(drag);
		expect(zoomed).toMatchObject({ k: 4.4, tx: -2300, strips: false });

		const start = layer.anchorFor({ k: 4.4, x: -2310 }, WIDTH, true, deps);
		expect(start.strips).toBe(true);
		const beyond = layer.anchorFor({ k: 4.4, x: -2300 - WIDTH - 1 }, WIDTH, true, deps);
		expect(beyond).toMatchObject({ tx: -2300 - WIDTH - 1, strips: false });

		// A button or a key moves the view at rest: laid out over the window, as before.
		const key = layer.anchorFor({ k: 4.4, x: -3000 }, WIDTH, false, deps);
		expect(key).toMatchObject({ tx: -3000, strips: false });
		const changed = layer.anchorFor({ k: 4.4, x: -3000 }, WIDTH, false, ['other', 6]);
		expect(changed).not.toBe(key);
	});
});

describe('layerShift', () => {
	it('moves the layer by the drag since it began, and nothing at rest', () => {
		const anchor = { k: 2, tx: -500, width: WIDTH, strips: true, deps };
		expect(layerShift(anchor, -700, -100, true)).toEqual({ inner: -1100, css: -100 });
		expect(layerShift(anchor, -700, -200, false)).toEqual({ inner: 0, css: 0 });
		expect(layerShift({ ...anchor, strips: false }, -500, 0, true)).toEqual({ inner: 0, css: 0 });
	});
});

describe('layerScroll', () => {
	it('scrolls the three-width layer so that the view shows where the drag has taken it', () => {
		const anchor = { k: 2, tx: -500, width: WIDTH, strips: true, deps };
		// A drag of 200 px to the left, begun 100 px left of the anchor: the layer's window (a
		// width in from its left edge) is scrolled past by the whole 200 + 100.
		expect(layerScroll(layerShift(anchor, -800, -100, true))).toBe(WIDTH + 300);
		// To the right as far as the overdraw goes: the layer's left edge at the plot's.
		expect(layerScroll(layerShift(anchor, -500 + WIDTH, 0, true))).toBe(0);
		expect(layerScroll(layerShift(anchor, -500 - WIDTH, 0, true))).toBe(2 * WIDTH);
	});

	it('is 0 at rest, so that a drag that ends leaves nothing scrolled', () => {
		const anchor = { k: 2, tx: -500, width: WIDTH, strips: true, deps };
		expect(layerScroll(layerShift(anchor, -800, -100, false))).toBe(0);
		expect(layerScroll(layerShift({ ...anchor, strips: false }, -500, 0, true))).toBe(0);
	});
});

/** A drag's layout over three widths, as `Timeline.svelte` makes it. */
function dragLayout(k: number, tx: number) {
	const index = createTimeIndex(seed);
	const base = createBaseScale(timeExtent(seed), WIDTH);
	const x = new ZoomTransform(k, tx, 0)
		.rescaleX(base)
		.copy()
		.range([WIDTH, 2 * WIDTH]);
	const layout = layoutTimeline(
		index,
		Math.floor(x.invert(0) / DAY_MS),
		Math.floor(x.invert(3 * WIDTH) / DAY_MS),
		x,
		{ lanes: 8, width: 3 * WIDTH, charPx: 6.6, fit: false }
	);
	return { index, layout };
}

const screenOf = (layout: TimelineLayout, dx: number) =>
	new Map(layout.marks.map((m) => [m.event.id, [m.x0 + dx, m.x1 + dx, m.lane]]));

describe('a drag drawn as one layer', () => {
	it('leaves every mark where it was on screen when the drag ends', () => {
		const { layout } = dragLayout(6, -2500);
		const drag = fittedCopy(layout, 0, 3 * WIDTH, 6.6);
		let compared = 0;
		for (const offset of [-400, -37.5, 0, 250, 999]) {
			const { inner, css } = layerShift(
				{ k: 6, tx: -2500, width: WIDTH, strips: true, deps },
				-2500 + offset,
				0,
				true
			);
			// On screen: the layer's coordinates less the plot's scroll, which is inner + css.
			const during = screenOf(drag, -layerScroll({ inner, css }));
			expect(-layerScroll({ inner, css })).toBe(inner + css);
			const dx = offset - WIDTH;
			const rest = fittedCopy(partIn(layout, -dx, WIDTH - dx), dx, WIDTH, 6.6);
			compared += rest.marks.length;
			for (const mark of rest.marks)
				expect(during.get(mark.event.id)).toEqual([mark.x0, mark.x1, mark.lane]);
		}
		expect(compared).toBeGreaterThan(5);
	});

	it('at rest, draws the marks that reach into the plot, their labels inside it', () => {
		const { layout } = dragLayout(6, -2500);
		const dx = 300 - WIDTH;
		const rest = fittedCopy(partIn(layout, -dx, WIDTH - dx), dx, WIDTH, 6.6);
		const all = fittedCopy(layout, dx, 3 * WIDTH, 6.6);
		const inView = all.marks.filter((m) => {
			const [from, to] = drawnExtent({ ...m, labelled: false }, 0);
			return to > 0 && from < WIDTH;
		});
		expect(rest.marks.map((m) => m.event.id)).toEqual(inView.map((m) => m.event.id));
		for (const mark of rest.marks)
			if (mark.labelled && !mark.labelLeft)
				expect(mark.labelX + mark.label.length * 6.6).toBeLessThanOrEqual(WIDTH);
		expect(rest.marks.length).toBeLessThan(layout.marks.length);
	});
});

describe('countInView', () => {
	it('counts the events that overlap the days, as the plain list of them does', () => {
		const index = createTimeIndex(seed);
		const days = seed.map((e) => e.when.firstDay).sort((a, b) => a - b);
		for (const [from, to] of [
			[days[0], days.at(-1)!],
			[days[10], days[30]],
			[days[20] + 3, days[20] + 400],
			[days.at(-1)! + 1, days.at(-1)! + 10]
		])
			expect(countInView(index, from, to)).toBe(eventsInWindow(index, from, to).length);
	});
});

describe('the density in a drag’s layer', () => {
	it('is kept whole at rest and moved with the layer', () => {
		const density = {
			columnPx: 2,
			x0: 0,
			topics: ['t'],
			counts: [new Float32Array([1, 2, 3])],
			max: 3,
			slicePx: 56
		};
		const layout: TimelineLayout = { marks: [], clusters: [], visibleCount: 6, density };
		const rest = fittedCopy(partIn(layout, 700, 1700), -700, WIDTH, 6.6);
		expect(rest.density).toEqual({ ...density, x0: -700 });
		expect(layout.density!.x0).toBe(0);
	});
});
