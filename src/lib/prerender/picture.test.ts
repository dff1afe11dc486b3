/**
 * The served picture draws the live timeline's first frame: each laid-out mark once, where the
 * live marks put it (to a tenth of a pixel), in its topic's colour; the axis's ticks and labels;
 * the clusters with their counts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate.ts';
import { createTopicColor } from '../theme/topic-colors.ts';
import { POINT_RADIUS } from '../timeline/marks.ts';
import { firstFrame } from './first-frame.ts';
import { drawPicture, px } from './picture.ts';

const dataset = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')), {
	file: 'events.json'
});
const frame = firstFrame(dataset);
const topicColor = createTopicColor(dataset.topics);
const picture = drawPicture(frame, topicColor);
const { rows, layout } = frame;

describe('px', () => {
	it.each([
		[45.62962962962963, 45.6],
		[204.1783264746228, 204.2],
		[-1, -1],
		[0.05, 0.1],
		[1232, 1232]
	])('writes %f px as %f', (value, written) => expect(px(value)).toBe(written));
});

describe('drawPicture', () => {
	it('draws every mark of the layout once, grouped by its topic’s colour in layout order', () => {
		expect(layout.marks.length).toBeGreaterThan(10);
		const drawn = picture.groups.flatMap((g) => g.marks.map((m) => ({ color: g.color, m })));
		expect(drawn).toHaveLength(layout.marks.length);
		expect(new Set(picture.groups.map((g) => g.color)).size).toBe(picture.groups.length);
		for (const group of picture.groups) {
			const own = layout.marks.filter((m) => topicColor(m.event.topic) === group.color);
			expect(group.marks.map((m) => m.x)).toEqual(own.map((m) => px(m.x0)));
		}
	});

	it('puts each shape and label where the live marks do: lane, centre, width, anchor', () => {
		const marks = picture.groups.flatMap((g) => g.marks);
		const byX = (a: { x: number; y: number }, b: { x: number; y: number }) =>
			a.x - b.x || a.y - b.y;
		const expected = layout.marks.map((m) => {
			const top = rows.lanesTop + m.lane * rows.laneHeight;
			const point = m.shape === 'point';
			return {
				shape: m.shape,
				x: px(m.x0),
				y: point ? px(top + rows.laneHeight / 2) : top + 4,
				width: point ? 0 : px(m.x1 - m.x0),
				label: m.labelled ? `${px(m.labelX)} ${m.label} ${m.labelLeft === true}` : undefined
			};
		});
		const actual = marks.map((m) => ({
			shape: m.shape,
			x: m.x,
			y: m.y,
			width: m.width,
			label: m.label ? `${m.label.x} ${m.label.text} ${m.label.left}` : undefined
		}));
		expect([...actual].sort(byX)).toEqual([...expected].sort(byX));
		expect(picture.barHeight).toBe(rows.laneHeight - 8);
		expect(POINT_RADIUS).toBeGreaterThan(0);
	});

	it('softens a bar whose date is known to a month or year, and fades an approximate one', () => {
		const marks = picture.groups.flatMap((g) => g.marks);
		const uncertain = marks.filter((m) => m.shape === 'uncertain');
		expect(uncertain.length).toBeGreaterThan(0);
		for (const m of uncertain)
			expect(m.mask).toBe(m.flags.includes('approximate') ? 'faded' : 'soft');
		for (const m of marks.filter((m) => m.shape !== 'uncertain')) expect(m.mask).toBeUndefined();
	});

	it('draws one grid line and one label per tick, and the clusters with their counts', () => {
		const segments = (d: string) => d.match(/M/g)?.length ?? 0;
		expect(segments(picture.minorGrid)).toBe(frame.ticks.minor.length);
		expect(segments(picture.majorGrid)).toBe(frame.ticks.major.length);
		expect(picture.minorLabels.map((l) => l.text)).toEqual(frame.ticks.minor.map((t) => t.label));
		expect(picture.majorLabels.map((l) => l.text)).toEqual(frame.ticks.major.map((t) => t.label));
		expect(picture.minorGrid).toMatch(/^(M-?\d+(\.\d)? \d+V\d+)+$/);
		expect(picture.clusters.map((c) => c.label.text)).toEqual(
			layout.clusters.map((c) => `+${c.count}`)
		);
	});
});
