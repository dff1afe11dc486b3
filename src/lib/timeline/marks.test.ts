import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { zoomIdentity } from 'd3-zoom';
import { validateDataset } from '../data/validate.ts';
import type { TimelineEvent } from '../data/types.ts';
import fc from 'fast-check';
import {
	CLUSTER_WIDTH,
	clusterBadgeText,
	clusterLabel,
	drawnExtent,
	layoutTimeline,
	markShape,
	MIN_SPAN_PX,
	POINT_RADIUS,
	truncateLabel,
	fitLabels,
	hitBox,
	type DrawnMark,
	type MarkLayoutOptions,
	type TimelineLayout
} from './marks.ts';
import { layoutMarks } from './layout.ts';
import { createBaseScale, DAY_MS, dayToMs, timeExtent } from './scale.ts';
import { createTimeIndex, eventsInWindow, maxOverlap } from './time-index.ts';
import { compareEvents } from '../data/event.ts';
import { generateSyntheticDataset } from '../../../scripts/synthetic-dataset.ts';
import { maxZoomFactor, transformForWindow } from './zoom-math.ts';

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

describe('truncateLabel', () => {
	it('keeps short titles and cuts long ones with an ellipsis', () => {
		expect(truncateLabel('Short', 10)).toBe('Short');
		expect(truncateLabel('A rather long title', 10)).toBe('A rather…');
	});

	it('ends on a whole word, without a dangling comma, within the room', () => {
		expect(truncateLabel('Iran sets up cells in Iraq that use bombs', 30)).toBe(
			'Iran sets up cells in Iraq…'
		);
		expect(truncateLabel('Drones, rockets, and bombs', 16)).toBe('Drones, rockets…');
		for (const max of [8, 12, 20, 33])
			expect(
				truncateLabel('Quds Force starts pulling trusted fighters out', max).length
			).toBeLessThanOrEqual(max);
	});

	it('cuts a single long word rather than show nothing', () => {
		expect(truncateLabel('Supercalifragilistic', 8)).toBe('Superca…');
	});
});

describe('a cluster badge', () => {
	it.each([
		[1, '+1'],
		[1792, '+1792'],
		[9999, '+9999'],
		[10_000, '+10K'],
		[11_545, '+11K'],
		[99_999, '+99K'],
		[115_999, '+115K'],
		[1_159_999, '+1.1M']
	])('says %i as %s: at most five characters, never more than it holds', (count, text) => {
		expect(clusterBadgeText(count)).toBe(text);
		expect(text.length).toBeLessThanOrEqual(5);
	});

	it('gives the exact count and the dates in its name', () => {
		const [first, last] = [seed[0], seed.at(-1)!];
		expect(clusterLabel({ count: 11_545, first, last })).toBe(
			`11545 more events, ${first.when.label} to ${last.when.label}: zoom in to see them`
		);
	});
});

describe('fitLabels', () => {
	const CHAR = 6.6;
	const event = (id: string, title: string) => ({ id, title }) as TimelineEvent;
	const point = (id: string, title: string, x: number, lane = 0): DrawnMark => ({
		event: event(id, title),
		shape: 'point',
		approximate: false,
		draft: false,
		x0: x,
		x1: x,
		lane,
		labelled: true,
		label: truncateLabel(title, 32),
		labelX: x + POINT_RADIUS + 4
	});
	const long = 'A title long enough that thirty-two characters would cut it short';

	it('shows the whole title when the lane has room for it', () => {
		const marks = [point('a', long, 100), point('b', 'Next', 700)];
		fitLabels(marks, 1000, CHAR);
		expect(marks[0].label).toBe(long);
	});

	it('cuts a title at a word before the next mark on its lane, never past it', () => {
		const marks = [point('a', long, 100), point('b', 'Next', 300)];
		fitLabels(marks, 1000, CHAR);
		expect(marks[0].label).toMatch(/^A title long enough.*\w…$/);
		expect(drawnExtent(marks[0], CHAR)[1]).toBeLessThanOrEqual(300 - POINT_RADIUS);
	});

	it('puts a label the plot edge would cut on the left of its mark, inside the plot', () => {
		const marks = [point('a', long, 950)];
		fitLabels(marks, 1000, CHAR);
		expect(marks[0].labelLeft).toBe(true);
		expect(marks[0].label).toBe(long);
		const [from, to] = drawnExtent(marks[0], CHAR);
		expect(from).toBeGreaterThanOrEqual(0);
		expect(to).toBeLessThanOrEqual(1000);
	});

	it('gives way when there is no room worth a label on either side', () => {
		const marks = [point('a', 'Left', 20), point('b', long, 60)];
		fitLabels(marks, 80, CHAR);
		expect(marks[1].labelled).toBe(false);
	});
});

/** Lays out the seed dataset for the window [from, to] (UTC ms) across `width` px. */
function layoutWindow(events: TimelineEvent[], window: [number, number], width: number) {
	const extent = timeExtent(events);
	const baseX = createBaseScale(extent, width);
	const t = window ? transformForWindow(baseX, window, width, maxZoomFactor(extent)) : zoomIdentity;
	const x = t.rescaleX(baseX);
	const [from, to] = x.domain();
	const lanes = Math.min(14, Math.max(6, maxOverlap(events)));
	return layoutTimeline(
		createTimeIndex(events),
		Math.floor(from / DAY_MS),
		Math.floor(to / DAY_MS),
		x,
		{ lanes, width }
	);
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

/**
 * The layout as it was first written: every visible event's geometry, sorted by where its mark
 * starts, then `layoutMarks`. O(visible) per frame, and the meaning of `layoutTimeline`, which
 * must give exactly this while doing work in proportion to what is drawn.
 */
const GAP_PX = 6;
function sortNearlySorted(keys: readonly number[]): number[] {
	const order = keys.map((_, i) => i);
	for (let i = 1; i < order.length; i++) {
		const index = order[i];
		const key = keys[index];
		let j = i - 1;
		while (j >= 0 && keys[order[j]] > key) {
			order[j + 1] = order[j];
			j--;
		}
		order[j + 1] = index;
	}
	return order;
}

function referenceLayout(
	visible: readonly TimelineEvent[],
	x: (ms: number) => number,
	{ lanes, width, maxLabelChars = 32, charPx = 6.6, hitPx = 0 }: MarkLayoutOptions
): { marks: DrawnMark[]; clusters: { events: TimelineEvent[]; x0: number; x1: number }[] } {
	const geometry = visible.map((event) => withHit(drawnGeometry(event)));

	/** The mark's claim widened to its tap target, when one is asked for. */
	function withHit<
		G extends { shape: string; x0: number; x1: number; markStart: number; markEnd: number }
	>(g: G): G & { hit?: [number, number]; sortStart: number } {
		// Items are taken in the order their marks start on screen, tap targets or not.
		if (hitPx <= 0) return { ...g, sortStart: g.markStart };
		const [drawnStart, drawnEnd] =
			g.shape === 'point' ? [g.x0 - POINT_RADIUS, g.x0 + POINT_RADIUS] : [g.x0, g.x1];
		const hit = hitBox(drawnStart, drawnEnd, hitPx, width);
		return {
			...g,
			hit,
			sortStart: g.markStart,
			markStart: hit[0] < drawnStart ? Math.min(g.markStart, hit[0]) : g.markStart,
			markEnd: hit[1] > drawnEnd ? Math.max(g.markEnd, hit[1]) : g.markEnd
		};
	}

	function drawnGeometry(event: TimelineEvent) {
		const shape = markShape(event);
		const start = x(dayToMs(event.when.firstDay));
		const end = x(dayToMs(event.when.lastDay) + DAY_MS);
		// The label's length is all the layout needs; the text is cut only for drawn marks.
		const labelChars = Math.min(event.title.length, maxLabelChars);
		if (shape === 'point') {
			const centre = (start + end) / 2;
			const labelX = centre + POINT_RADIUS + 4;
			return {
				event,
				shape,
				x0: centre,
				x1: centre,
				labelChars,
				labelX,
				markStart: centre - POINT_RADIUS,
				markEnd: centre + POINT_RADIUS
			};
		}
		// Clip long spans to the plot so that their label starts where the reader can see it.
		const x0 = Math.max(start, -2);
		const x1 = Math.min(Math.max(end, start + MIN_SPAN_PX), width + 2);
		const right = Math.max(x1, x0 + MIN_SPAN_PX);
		// Spans that meet end to end (31 May, then June) may share a lane: the claim stops a gap
		// short of the span's end, and the bar is drawn inset by a pixel so the two stay apart.
		const inset = right - x0 > 3 * MIN_SPAN_PX ? 1 : 0;
		return {
			event,
			shape,
			x0: x0 + inset,
			x1: right - inset,
			labelChars,
			labelX: x0 + 4,
			markStart: x0,
			markEnd: Math.max(x0 + MIN_SPAN_PX, right - GAP_PX)
		};
	}
	const order = sortNearlySorted(geometry.map((g) => g.sortStart));
	const items = order.map((i) => {
		const g = geometry[i];
		return {
			markStart: g.markStart,
			markEnd: g.markEnd,
			labelWidth: g.labelX - g.markStart + g.labelChars * charPx + 4,
			badgeStart: g.sortStart
		};
	});
	const layout = layoutMarks(items, { lanes, gap: GAP_PX, clusterWidth: CLUSTER_WIDTH, width });
	const marks: DrawnMark[] = layout.marks.map(({ index, lane, labelled }) => {
		const g = geometry[order[index]];
		const mark: DrawnMark = {
			event: g.event,
			shape: g.shape,
			approximate: g.event.date.approximate === true,
			draft: g.event.draft === true,
			x0: g.x0,
			x1: g.x1,
			lane,
			labelled,
			label: truncateLabel(g.event.title, maxLabelChars),
			labelX: g.labelX
		};
		if (g.hit) [mark.hitX0, mark.hitX1] = g.hit;
		return mark;
	});
	fitLabels(marks, width, charPx);
	const clusters = layout.clusters.map((cluster) => ({
		events: cluster.indexes
			.map((i) => order[i])
			.sort((a, b) => a - b)
			.map((i) => visible[i]),
		x0: cluster.start,
		x1: cluster.end
	}));
	return { marks, clusters };
}

/** What a layout shows, comparable across the two implementations. */
function shown(layout: {
	marks: DrawnMark[];
	clusters: { x0: number; x1: number; events: TimelineEvent[] | (() => TimelineEvent[]) }[];
}) {
	return {
		marks: layout.marks.map((m) => [
			m.event.id,
			m.lane,
			m.labelled,
			m.approximate,
			m.draft,
			m.x0,
			m.x1,
			// A label is drawn only when labelled: what an unlabelled mark holds there is never seen.
			m.labelled ? m.label : '',
			m.labelX,
			m.hitX0,
			m.hitX1
		]),
		clusters: layout.clusters.map((c) => {
			const events = typeof c.events === 'function' ? c.events() : c.events;
			return [events.map((e) => e.id), c.x0, c.x1];
		})
	};
}

function sameAsReference(
	events: TimelineEvent[],
	fromDay: number,
	toDay: number,
	x: (ms: number) => number,
	options: { lanes: number; width: number; hitPx?: number }
) {
	const index = createTimeIndex(events);
	const fast = layoutTimeline(index, fromDay, toDay, x, options);
	const visible = eventsInWindow(index, fromDay, toDay);
	expect(fast.visibleCount).toBe(visible.length);
	expect(shown(fast)).toEqual(shown(referenceLayout(visible, x, options)));
	for (const cluster of fast.clusters) {
		const listed = cluster.events();
		expect([cluster.count, cluster.first, cluster.last]).toEqual([
			listed.length,
			listed[0],
			listed.at(-1)
		]);
	}
}

describe('tap targets (the phone strip)', () => {
	it('are at least 24 px wide, inside the plot, and never overlap on a lane', () => {
		const real = JSON.parse(readFileSync('events.json', 'utf8'));
		const events = validateDataset(generateSyntheticDataset(real, { events: 2_000, seed: 7 }), {
			file: 'synthetic.json'
		}).events;
		const index = createTimeIndex(events);
		const [t0, t1] = timeExtent(events);
		const width = 370;
		let checked = 0;
		for (const fraction of [1, 0.1, 0.01, 0.001]) {
			const from = t0 + (t1 - t0) * 0.5 * (1 - fraction);
			const to = from + (t1 - t0) * fraction;
			const x = (ms: number) => ((ms - from) / (to - from)) * width;
			const layout = layoutTimeline(index, Math.floor(from / DAY_MS), Math.floor(to / DAY_MS), x, {
				lanes: 4,
				width,
				hitPx: 24
			});
			const lanes = new Map<number, DrawnMark[]>();
			for (const mark of layout.marks) {
				expect(mark.hitX1! - mark.hitX0!).toBeGreaterThanOrEqual(24);
				expect(mark.hitX0!).toBeGreaterThanOrEqual(0);
				expect(mark.hitX1!).toBeLessThanOrEqual(width);
				lanes.set(mark.lane, [...(lanes.get(mark.lane) ?? []), mark]);
				checked++;
			}
			for (const lane of lanes.values()) {
				// Nothing else drawn on the lane (a mark, a label) lies over another mark's target.
				const extents = lane.map((m) => drawnExtent(m, 6.6)).sort((a, b) => a[0] - b[0]);
				for (let i = 1; i < extents.length; i++)
					expect(extents[i][0]).toBeGreaterThanOrEqual(extents[i - 1][1]);
			}
			for (const cluster of layout.clusters) {
				expect(cluster.x0).toBeGreaterThanOrEqual(0);
				expect(cluster.x1).toBeLessThanOrEqual(width);
			}
		}
		expect(checked).toBeGreaterThan(20);
	});
});

describe('layoutTimeline draws what the sort-everything layout draws', () => {
	const anEvent = fc.record({
		firstDay: fc.integer({ min: 0, max: 60 }),
		length: fc.integer({ min: 0, max: 40 }),
		kind: fc.constantFrom('point', 'range', 'month', 'year'),
		title: fc.string({ maxLength: 40 })
	});

	it('on random events, windows, zooms and lane counts', () => {
		fc.assert(
			fc.property(
				// Dense: many events a day, so that lanes fill, labels give way and clusters form.
				fc.array(anEvent, { maxLength: 150, size: 'large' }),
				fc.integer({ min: -20, max: 70 }),
				fc.integer({ min: 0, max: 80 }),
				// 10 px a day puts a point's mark start exactly on a span's of the same day: a tie.
				fc.oneof(fc.constantFrom(10, 20, 0.5), fc.double({ min: 0.01, max: 400, noNaN: true })),
				fc.integer({ min: 1, max: 14 }),
				// Tap targets (the phone's strip) or none.
				fc.constantFrom(0, 24),
				(drafts, fromDay, days, pxPerDay, lanes, hitPx) => {
					const events = drafts
						.map(({ firstDay, length, kind, title }, i) => {
							const lastDay = kind === 'point' ? firstDay : firstDay + length;
							return {
								id: `e${i}`,
								title,
								date: {
									precision: kind === 'month' || kind === 'year' ? kind : 'day',
									end: kind === 'range' ? 'x' : undefined
								},
								when: { firstDay, lastDay }
							} as unknown as TimelineEvent;
						})
						.sort(compareEvents);
					const t0 = dayToMs(fromDay);
					const x = (ms: number) => ((ms - t0) / DAY_MS) * pxPerDay;
					const width = Math.max(1, (days + 1) * pxPerDay);
					sameAsReference(events, fromDay, fromDay + days, x, { lanes, width, hitPx });
				}
			),
			{ numRuns: 500 }
		);
	});

	it('on 10 000 synthetic events, from the whole extent down to days', () => {
		const real = JSON.parse(readFileSync('events.json', 'utf8'));
		const events = validateDataset(generateSyntheticDataset(real, { events: 10_000, seed: 3 }), {
			file: 'synthetic.json'
		}).events;
		const [t0, t1] = timeExtent(events);
		for (const fraction of [1, 0.3, 0.05, 0.01, 0.001, 0.0001]) {
			for (const at of [0, 0.37, 0.8]) {
				const from = t0 + (t1 - t0) * at * (1 - fraction);
				const to = from + (t1 - t0) * fraction;
				const x = (ms: number) => ((ms - from) / (to - from)) * 1250;
				sameAsReference(events, Math.floor(from / DAY_MS), Math.floor(to / DAY_MS), x, {
					lanes: 14,
					width: 1250
				});
			}
		}
	});
});

describe('layoutTimeline costs what is drawn, not what is in view', () => {
	it('asks the scale about as often with ten times the events in view', () => {
		const real = JSON.parse(readFileSync('events.json', 'utf8'));
		const events = validateDataset(generateSyntheticDataset(real, { events: 10_000, seed: 5 }), {
			file: 'synthetic.json'
		}).events;
		// Each event ten times over, on the same days: the same picture, ten times as many in view.
		const tenfold = events
			.flatMap((event) =>
				Array.from({ length: 10 }, (_, copy) => ({ ...event, id: `${event.id}-${copy}` }))
			)
			.sort(compareEvents);
		const [t0, t1] = timeExtent(events);
		const width = 1250;
		/** Calls of the scale (the layout's unit of work: every placement and every search asks it). */
		const work = (list: TimelineEvent[], fraction: number) => {
			let calls = 0;
			const from = t0 + (t1 - t0) * 0.3 * (1 - fraction);
			const to = from + (t1 - t0) * fraction;
			const x = (ms: number) => {
				calls++;
				return ((ms - from) / (to - from)) * width;
			};
			const layout = layoutTimeline(
				createTimeIndex(list),
				Math.floor(from / DAY_MS),
				Math.floor(to / DAY_MS),
				x,
				{ lanes: 14, width }
			);
			return { calls, layout };
		};
		for (const fraction of [1, 0.5]) {
			const once = work(events, fraction);
			const ten = work(tenfold, fraction);
			expect(ten.layout.visibleCount).toBe(10 * once.layout.visibleCount);
			// More events in view than the plot has pixels: what is drawn is bounded by the plot.
			expect(ten.layout.visibleCount).toBeGreaterThan(2 * width);
			expect(ten.layout.marks.length + ten.layout.clusters.length).toBeLessThan(
				1.3 * (once.layout.marks.length + once.layout.clusters.length)
			);
			// A binary search is one step longer per doubling: log2(10) ≈ 3.3 more, on about 17.
			expect(ten.calls).toBeLessThan(1.5 * once.calls);
			// Each cluster's events are still all there, for a click to reach.
			const clustered = (l: TimelineLayout) => l.clusters.reduce((n, c) => n + c.count, 0);
			expect(clustered(ten.layout) + ten.layout.marks.length).toBe(ten.layout.visibleCount);
		}
	});
});
