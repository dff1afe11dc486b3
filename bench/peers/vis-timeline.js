/**
 * The vis-timeline peer page: loads the same dataset file as our app (`?data=`), maps every event
 * to an item (see `visItemOf`) and shows them with vis-timeline's defaults (stacking on, wheel
 * zooms, drag pans), at our plot's size, its first view the window ours first showed on the same
 * dataset (`?from=&to=`, passed by the bench), or without one the whole extent padded as ours
 * (vis-timeline's own fit pads far more). Sets the drawn mark after
 * vis-timeline's first draw with items, and exposes `window.bench` for the bench's checks.
 */
/* global vis -- the UMD build's global, from its <script> */
import {
	countInWindow,
	eventSpan,
	extentOf,
	markDrawn,
	readBenchParams,
	visItemOf
} from './common.js';

/** @typedef {{ id: string, title: string, date: { start: string, end?: string } }} BenchEvent */

const {
	dataUrl,
	width,
	height,
	window: firstWindow
} = readBenchParams(location.href, '../events.json');
const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));
container.style.width = `${width}px`;

const response = await fetch(dataUrl);
if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
/** @type {{ events: BenchEvent[] }} */
const dataset = await response.json();
const items = dataset.events.map(visItemOf);
const spans = dataset.events.map((event) => eventSpan(event.date));
const [start, end] = firstWindow ?? extentOf(spans);

// @ts-expect-error: the UMD build's global.
const timeline = new vis.Timeline(container, items, {
	// As tall as our plot, whatever is in view (its default height follows the stack, which would
	// move the plot under the pointer); taller stacks are clipped (verticalScroll stays off, so
	// the wheel zooms, as by default).
	height,
	start: new Date(start),
	end: new Date(end)
});
timeline.on('changed', () => {
	// After vis-timeline's own first-change handler (registered first), which sets the window
	// and makes the timeline visible.
	if (timeline.initialDrawDone && container.querySelector('.vis-item')) markDrawn();
});

// @ts-expect-error: the bench's hook.
window.bench = {
	/** The visible window, UTC ms. */
	window: () => {
		const { start, end } = timeline.getWindow();
		return [start.getTime(), end.getTime()];
	},
	inView() {
		const [from, to] = this.window();
		return countInWindow(spans, from, to);
	}
};
