import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zoomIdentity } from 'd3-zoom';
import { validateDataset } from '../data/validate.ts';
import type { TimelineEvent } from '../data/types.ts';
import fc from 'fast-check';
import {
	drawnExtent,
	layoutTimeline,
	markShape,
	sortNearlySorted,
	truncateLabel,
	type TimelineLayout
} from './marks.ts';
import { createBaseScale, DAY_MS, timeExtent } from './scale.ts';
import { createTimeIndex, eventsInWindow, maxOverlap } from './time-index.ts';
import { transformForWindow } from './zoom-math.ts';
import { maxZoomFactor } from './zoom.ts';

const seed = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')), {
	file: 'events.json'
}).events;

describe('markShape', () => {
	const withDate = (date: Partial<TimelineEvent['date']>) =>
		({ date: { approximate: false, ...date } }) as TimelineEvent;
	it('draws a known day as a point, known first and last days as a range, the rest as uncertain', () => {
		expect(markShape(withDate({ precision: 'day', start: '2024-09-23' }))).toBe('point');
		expect(markShape(withDate({ precision: 'day', start: '2024-09-01', end: '2024-09-03' }))).toBe(
			'range'
		);
		expect(markShape(withDate({ precision: 'month', start: '2024-06' }))).toBe('uncertain');
		expect(markShape(withDate({ precision: 'year', start: '2005', end: '2007' }))).toBe(
			'uncertain'
		);
	});
});

describe('sortNearlySorted', () => {
	it('orders indexes by key, stably, like Array.prototype.sort', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: -20, max: 20 })), (keys) => {
				const expected = keys.map((_, i) => i).sort((a, b) => keys[a] - keys[b]);
				expect(sortNearlySorted(keys)).toEqual(expected);
			})
		);
	});
});

describe('truncateLabel', () => {
	it('keeps short titles and cuts long ones with an ellipsis', () => {
		expect(truncateLabel('Short', 10)).toBe('Short');
		expect(truncateLabel('A rather long title', 10)).toBe('A rather…');
	});
});

/** Lays out the seed dataset for the window [from, to] (UTC ms) across `width` px. */
function layoutWindow(events: TimelineEvent[], window: [number, number], width: number) {
	const extent = timeExtent(events);
	const baseX = createBaseScale(extent, width);
	const t = window ? transformForWindow(baseX, window, width, maxZoomFactor(extent)) : zoomIdentity;
	const x = t.rescaleX(baseX);
	const [from, to] = x.domain().map((d) => d.getTime());
	const visible = eventsInWindow(
		createTimeIndex(events),
		Math.floor(from / DAY_MS),
		Math.floor(to / DAY_MS)
	);
	const lanes = Math.min(14, Math.max(6, maxOverlap(events)));
	return layoutTimeline(visible, (ms) => x(ms), { lanes, width });
}

/** Every drawn thing's px claim per lane, label included when drawn. */
function overlaps(layout: TimelineLayout, charPx = 6.6): string[] {
	const problems: string[] = [];
	const byLane = new Map<number, [number, number, string][]>();
	for (const m of layout.marks) {
		const [start, end] = drawnExtent(m, charPx);
		byLane.set(m.lane, [...(byLane.get(m.lane) ?? []), [start, end, m.event.id]]);
	}
	for (const claims of byLane.values()) {
		claims.sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < claims.length; i++)
			if (claims[i][0] < claims[i - 1][1]) problems.push(`${claims[i - 1][2]} / ${claims[i][2]}`);
	}
	return problems;
}

describe('the seed dataset on the timeline', () => {
	const windows = [3650, 365, 90, 30, 7, 2, 1].map((days) => days * DAY_MS);

	it('draws every event on its own, labelled, at some zoom centred on it', () => {
		const unreachable = seed.filter((event) => {
			const centre = (event.when.firstDay + 0.5) * DAY_MS;
			return !windows.some((w) => {
				const layout = layoutWindow(seed, [centre - w / 2, centre + w / 2], 1200);
				return layout.marks.some((m) => m.event.id === event.id && m.labelled);
			});
		});
		expect(unreachable.map((e) => e.id)).toEqual([]);
	});

	it('never overlaps marks or labels, from the whole extent down to a day', () => {
		for (const width of [360, 1200]) {
			const extent = timeExtent(seed);
			expect(overlaps(layoutWindow(seed, extent, width))).toEqual([]);
			for (const event of seed)
				for (const w of windows) {
					const centre = (event.when.firstDay + 0.5) * DAY_MS;
					expect(overlaps(layoutWindow(seed, [centre - w / 2, centre + w / 2], width))).toEqual([]);
				}
		}
	});
});
