import { describe, expect, it } from 'vitest';
import {
	drawAxisLabels,
	drawAxisLines,
	MAJOR_FONT,
	MINOR_FONT,
	snapLine,
	type AxisContext
} from './axis-draw.ts';
import { LABEL_DX, MAJOR_LABEL_Y, MINOR_LABEL_RISE } from './axis-metrics.ts';
import type { AxisTicks } from './tick-types.ts';

/** A 2D context that records what is drawn: segments per stroke, and texts with their font. */
function recorder() {
	const strokes: { style: string; alpha: number; segments: [number, number, number, number][] }[] =
		[];
	const texts: { text: string; x: number; y: number; font: string; fill: string }[] = [];
	let path: [number, number, number, number][] = [];
	let at: [number, number] = [0, 0];
	const context = {
		strokeStyle: '',
		fillStyle: '',
		lineWidth: 1,
		globalAlpha: 1,
		font: '',
		textAlign: 'start',
		textBaseline: 'alphabetic',
		beginPath: () => void (path = []),
		moveTo: (x: number, y: number) => void (at = [x, y]),
		lineTo: (x: number, y: number) => {
			path.push([at[0], at[1], x, y]);
			at = [x, y];
		},
		stroke() {
			strokes.push({ style: String(this.strokeStyle), alpha: this.globalAlpha, segments: path });
		},
		fillText(text: string, x: number, y: number) {
			texts.push({ text, x, y, font: this.font, fill: String(this.fillStyle) });
		}
	};
	return { context: context as unknown as AxisContext, strokes, texts };
}

const TICKS: AxisTicks = {
	minorUnit: 'month',
	minorStep: 6,
	minor: [
		{ ms: 1, x: 10.3, label: 'Jan' },
		{ ms: 2, x: 110.7, label: 'Jul' }
	],
	major: [{ ms: 1, x: 10.3, label: '2015' }]
};
const COLORS = { grid: 'grid', border: 'border', muted: 'muted', text: 'text' };

describe('snapLine', () => {
	it.each([
		[10.3, 1, 10.5],
		[10.7, 1, 10.5],
		[10.3, 2, 10.5],
		[10.3, 3, 30.5 / 3]
	])('puts a 1 px line at x %f on whole device pixels at ratio %i', (x, ratio, expected) => {
		const centre = snapLine(x, ratio);
		expect(centre).toBeCloseTo(expected, 5);
		// Its edges, in device pixels, are whole numbers.
		expect(Number.isInteger(Math.round((centre - 0.5) * ratio * 1e6) / 1e6)).toBe(true);
	});
});

describe('drawAxisLines', () => {
	it('draws a grid line per tick down to the foot, the baseline, and the majors over them', () => {
		const { context, strokes } = recorder();
		drawAxisLines(context, TICKS, { axisHeight: 34, height: 300, width: 500, ratio: 1 }, COLORS);
		expect(strokes.map((s) => s.style)).toEqual(['grid', 'border', 'border']);
		expect(strokes[0].segments).toEqual([
			[10.5, MAJOR_LABEL_Y + 4, 10.5, 300],
			[110.5, MAJOR_LABEL_Y + 4, 110.5, 300]
		]);
		expect(strokes[1].segments).toEqual([[0, 34.5, 500, 34.5]]);
		expect(strokes[2]).toEqual({ style: 'border', alpha: 0.7, segments: [[10.5, 0, 10.5, 300]] });
	});

	it("leaves the periods' title rows out of the grid lines", () => {
		const { context, strokes } = recorder();
		drawAxisLines(
			context,
			TICKS,
			{ axisHeight: 34, height: 300, width: 500, ratio: 1, gap: [36, 60] },
			COLORS
		);
		expect(strokes[2].segments).toEqual([
			[10.5, 0, 10.5, 36],
			[10.5, 60, 10.5, 300]
		]);
	});
});

describe('drawAxisLabels', () => {
	it('writes every label as given, where the SVG axis puts it, in its font and colour', () => {
		const { context, texts } = recorder();
		drawAxisLabels(context, TICKS, 34, COLORS);
		expect(texts).toEqual([
			{
				text: 'Jan',
				x: 10.3 + LABEL_DX,
				y: 34 - MINOR_LABEL_RISE,
				font: MINOR_FONT,
				fill: 'muted'
			},
			{
				text: 'Jul',
				x: 110.7 + LABEL_DX,
				y: 34 - MINOR_LABEL_RISE,
				font: MINOR_FONT,
				fill: 'muted'
			},
			{ text: '2015', x: 10.3 + LABEL_DX, y: MAJOR_LABEL_Y, font: MAJOR_FONT, fill: 'text' }
		]);
	});
});
