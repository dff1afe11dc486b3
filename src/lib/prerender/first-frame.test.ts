/**
 * The served first view is the live page's first view: the same window, ticks and marks as the
 * page state computes once its plot has the same width.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppState } from '../app/app-state.svelte.ts';
import { validateDataset } from '../data/validate.ts';
import { createTimeIndex, maxOverlap } from '../timeline/time-index.ts';
import { layoutTimeline } from '../timeline/marks.ts';
import { CHAR_PX, plotRows } from '../timeline/plot-geometry.ts';
import { DAY_MS } from '../timeline/scale.ts';
import { firstFrame, FIRST_FRAME_WIDTH } from './first-frame.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

/** What d3-selection and d3-zoom call on the element they attach to. */
function plotStandIn(): Element {
	return {
		addEventListener() {},
		removeEventListener() {},
		style: { setProperty() {}, removeProperty() {}, getPropertyValue: () => '' }
	} as unknown as Element;
}

/** The live page state on `text`, loaded, its plot attached at `width` px. */
async function livePage(text: string, width: number): Promise<AppState> {
	const app = new AppState(new URL('https://example.org/events.json'));
	await app.load(() =>
		Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(text) } as Response)
	);
	app.view.width = width;
	app.view.attach(plotStandIn(), 400);
	return app;
}

const bundled = readFileSync('events.json', 'utf8');

describe('firstFrame', () => {
	it.each([
		['the bundled dataset', bundled, FIRST_FRAME_WIDTH],
		['the bundled dataset, narrower', bundled, 700],
		['a small dataset whose first view is its whole extent', JSON.stringify(miniDataset()), 900]
	])('lays out %s as the live page does at the same width', async (_, text, width) => {
		const dataset = validateDataset(JSON.parse(text), { file: 'events.json' });
		const frame = firstFrame(dataset, width);
		const { view } = await livePage(text, width);
		const pixel = (view.visible[1] - view.visible[0]) / width;
		expect(Math.abs(frame.window[0] - view.visible[0])).toBeLessThan(pixel);
		expect(Math.abs(frame.window[1] - view.visible[1])).toBeLessThan(pixel);
		expect(frame.ticks).toEqual(view.ticks);
		const rows = plotRows(maxOverlap(dataset.events), false, 0, false);
		const live = layoutTimeline(
			createTimeIndex(dataset.events),
			Math.floor(view.visible[0] / DAY_MS),
			Math.floor(view.visible[1] / DAY_MS),
			view.x,
			{ lanes: rows.lanes, width, charPx: CHAR_PX, hitPx: rows.hitPx }
		);
		const marks = (layout: typeof live) =>
			layout.marks.map((m) => [m.event.id, m.lane, Math.round(m.x0), m.labelled]);
		expect(marks(frame.layout)).toEqual(marks(live));
		expect(frame.layout.marks.length).toBeGreaterThan(0);
	});
});
