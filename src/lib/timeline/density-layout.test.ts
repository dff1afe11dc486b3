import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateDataset } from '../data/validate.ts';
import { generateSyntheticDataset } from '../../../scripts/synthetic-dataset.ts';
import { createTimeIndex, eventsInWindow } from './time-index.ts';
import { createDensityIndex } from './column-density.ts';
import { layoutView, DENSITY_COLUMN_PX } from './density-layout.ts';
import { layoutTimeline, CLUSTER_WIDTH, densityFrom } from './marks.ts';
import { createHitTester } from './hit-test.ts';
import { DAY_MS, timeExtent } from './scale.ts';

const real = JSON.parse(readFileSync('events.json', 'utf8'));
const events = validateDataset(generateSyntheticDataset(real, { events: 10_000, seed: 11 }), {
	file: 'synthetic.json'
}).events;
const index = createTimeIndex(events);
const density = createDensityIndex(events);
const [t0, t1] = timeExtent(events);

/** The layout of the window `fraction` of the extent wide, `at` (0–1) along it, over `width` px. */
function viewOf(fraction: number, at: number, width: number) {
	const from = t0 + (t1 - t0) * at * (1 - fraction);
	const to = from + (t1 - t0) * fraction;
	const x = (ms: number) => ((ms - from) / (to - from)) * width;
	const fromDay = Math.floor(from / DAY_MS);
	const toDay = Math.floor(to / DAY_MS);
	let built = 0;
	const layout = layoutView(index, () => (built++, density), fromDay, toDay, [from, to], x, {
		lanes: 14,
		width,
		from: densityFrom(width, 14, 3000)
	});
	return { layout, fromDay, toDay, x, built };
}

describe('densityFrom', () => {
	it('is the plot’s width where the canvas would draw the marks anyway', () => {
		expect(densityFrom(1232, 14, 3000)).toBe(1232);
	});
	it('keeps SVG marks the keyboard reaches on a plot too small for the canvas', () => {
		// A phone's strip: 4 lanes of 370 px hold fewer marks than the SVG draws.
		expect(densityFrom(370, 4, 3000)).toBe(3000);
	});
});

describe('layoutView', () => {
	it('draws the density when more events are in view than the plot has pixels', () => {
		const { layout, fromDay, toDay } = viewOf(1, 0, 1232);
		expect(layout.visibleCount).toBeGreaterThan(1232);
		expect(layout.marks).toEqual([]);
		expect(layout.density?.counts[0]).toHaveLength(1232 / DENSITY_COLUMN_PX);
		// Every event in view is in exactly one badge: a click reaches each of them.
		const inView = eventsInWindow(index, fromDay, toDay).map((e) => e.id);
		const inBadges = layout.clusters.flatMap((c) => c.events().map((e) => e.id));
		expect(inBadges.sort()).toEqual(inView.sort());
		expect(layout.clusters.reduce((n, c) => n + c.count, 0)).toBe(layout.visibleCount);
		// The badges stand in a row inside the plot, apart.
		for (const [i, c] of layout.clusters.entries()) {
			expect(c.x0).toBeGreaterThanOrEqual(0);
			expect(c.x0 + CLUSTER_WIDTH - 4).toBeLessThanOrEqual(1232);
			if (i > 0) expect(c.x0).toBeGreaterThanOrEqual(layout.clusters[i - 1].x1);
		}
	});

	it('puts each event in the badge below where its day lies', () => {
		const { layout, x } = viewOf(0.3, 0.5, 1232);
		const slice = layout.density!.slicePx;
		for (const [i, cluster] of layout.clusters.entries()) {
			const s = Math.floor((cluster.x0 + (CLUSTER_WIDTH - 4) / 2) / slice);
			for (const event of cluster.events()) {
				if (i === 0 && x(event.when.firstDay * DAY_MS) < 0) continue;
				const middle = x((event.when.firstDay + 0.5) * DAY_MS);
				expect(middle).toBeGreaterThanOrEqual(s * slice - 1e-6);
				expect(middle).toBeLessThan((s + 1) * slice + 1e-6);
			}
		}
	});

	it('draws marks, as layoutTimeline does, when the plot has a pixel for each event in view', () => {
		const view = viewOf(0.02, 0.5, 1232);
		expect(view.layout.visibleCount).toBeLessThanOrEqual(1232);
		expect(view.layout.density).toBeUndefined();
		expect(view.built).toBe(0);
		expect(view.layout).toEqual(
			layoutTimeline(index, view.fromDay, view.toDay, view.x, { lanes: 14, width: 1232 })
		);
	});

	it('adds up to the events in view, spread over their possible days', () => {
		// The whole extent: every event lies entirely in it.
		const { layout } = viewOf(1, 0, 1232);
		let sum = 0;
		for (const counts of layout.density!.counts) for (const c of counts) sum += c;
		expect(sum).toBeCloseTo(events.length, 2);
	});

	it('sends a tap on the density to the badge of its slice', () => {
		const { layout } = viewOf(1, 0, 1232);
		const hit = createHitTester(layout, { top: 40, laneHeight: 22, clusterTop: 350, charPx: 6.6 });
		const slice = layout.density!.slicePx;
		const third = layout.clusters[2];
		const s = Math.floor(third.x0 / slice);
		for (const x of [s * slice + 1, (s + 0.5) * slice, (s + 1) * slice - 1]) {
			const found = hit(x, 200);
			expect(found && 'cluster' in found ? found.cluster : undefined).toBe(third);
		}
		expect(hit(600, 20)).toBeUndefined();
	});
});
