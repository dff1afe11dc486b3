/**
 * The axis (its baseline, grid lines and tick labels) drawn on the marks' canvas, for dense views,
 * while a gesture (a wheel, a drag, a pinch) is under way.
 *
 * Why a canvas and not the SVG axis there: every zoom step moves every tick, and in SVG that is a
 * transform written per tick, a style recalculation, layout and paint of each moved group, and
 * nodes removed and inserted when the ticks' level changes; profiled at 10 000 events, about a
 * third of a zoom step's main-thread time. The canvas is redrawn on every step anyway (its marks
 * moved), and a few dozen lines and labels more cost it a fraction of a millisecond. At rest, and
 * wherever the marks are SVG, the SVG axis (`Axis.svelte`) draws it: its labels stay text (the
 * picture export keeps them, in its light colours), and its nodes are made once a gesture, not
 * moved on each step. Both draw the same geometry from here. The axis is hidden from assistive
 * technology in both: the window is said by the toolbar and the list.
 */
import type { AxisTicks } from './tick-types.ts';
import { LABEL_DX, MAJOR_LABEL_Y, MINOR_GRID_DROP, MINOR_LABEL_RISE } from './axis-metrics.ts';

/** The fonts of the SVG axis's CSS (`Axis.svelte`), as the canvas's `font`. */
export const MINOR_FONT = '11px system-ui, sans-serif';
export const MAJOR_FONT = '600 12px system-ui, sans-serif';

/** Resolved colours of the axis (CSS colour strings the canvas understands). */
export interface AxisColors {
	grid: string;
	border: string;
	muted: string;
	text: string;
}

/** Where the axis is drawn, in the canvas's CSS px. */
export interface AxisGeometry {
	/** Height of the axis band (the baseline's y). */
	axisHeight: number;
	/** Where the grid lines end: the plot's foot. */
	height: number;
	/** Width of the baseline. */
	width: number;
	/**
	 * Rows the grid lines leave out (the periods' label strips, drawn in SVG under the canvas):
	 * there the SVG axis drew its lines under the strips' titles, and over them they would cross
	 * the text.
	 */
	gap?: readonly [number, number];
	/** Device pixels per CSS px: lines are put on whole device pixels, so they stay sharp. */
	ratio: number;
}

/** The 2D context's part the axis uses (a recording fake in tests). */
export type AxisContext = Pick<
	CanvasRenderingContext2D,
	| 'beginPath'
	| 'moveTo'
	| 'lineTo'
	| 'stroke'
	| 'fillText'
	| 'strokeStyle'
	| 'fillStyle'
	| 'lineWidth'
	| 'globalAlpha'
	| 'font'
	| 'textAlign'
	| 'textBaseline'
>;

/**
 * x (CSS px) of a 1 px line's centre near `x`, placed so that its edges fall on device pixels:
 * a line between two pixels is drawn as two half-tone ones, which reads as blurred.
 */
export function snapLine(x: number, ratio: number): number {
	return (Math.round(x * ratio - ratio / 2) + ratio / 2) / ratio;
}

/** A vertical line from y0 to y1, around `gap` (added to the current path). */
function vertical(
	context: AxisContext,
	x: number,
	y0: number,
	y1: number,
	gap: readonly [number, number] | undefined
) {
	if (gap && gap[0] < y1 && gap[1] > y0) {
		if (gap[0] > y0) {
			context.moveTo(x, y0);
			context.lineTo(x, gap[0]);
		}
		if (gap[1] < y1) {
			context.moveTo(x, gap[1]);
			context.lineTo(x, y1);
		}
		return;
	}
	context.moveTo(x, y0);
	context.lineTo(x, y1);
}

/**
 * The axis's lines: the baseline and the grid, under the marks (draw first). One path per look:
 * three strokes a frame whatever the ticks.
 */
export function drawAxisLines(
	context: AxisContext,
	ticks: AxisTicks,
	geometry: AxisGeometry,
	colors: AxisColors
): void {
	const { axisHeight, height, width, gap, ratio } = geometry;
	context.lineWidth = 1;
	context.strokeStyle = colors.grid;
	context.beginPath();
	for (const tick of ticks.minor)
		vertical(context, snapLine(tick.x, ratio), MAJOR_LABEL_Y + MINOR_GRID_DROP, height, gap);
	context.stroke();
	context.strokeStyle = colors.border;
	context.beginPath();
	const base = snapLine(axisHeight, ratio);
	context.moveTo(0, base);
	context.lineTo(width, base);
	context.stroke();
	context.globalAlpha = 0.7;
	context.beginPath();
	for (const tick of ticks.major) vertical(context, snapLine(tick.x, ratio), 0, height, gap);
	context.stroke();
	context.globalAlpha = 1;
}

/**
 * The axis's labels, as the SVG axis places them (its text, untouched: a label is never
 * shortened). Sets the font twice and leaves the major one set; the caller sets its own after.
 */
export function drawAxisLabels(
	context: AxisContext,
	ticks: AxisTicks,
	axisHeight: number,
	colors: AxisColors
): void {
	context.textAlign = 'left';
	context.textBaseline = 'alphabetic';
	context.font = MINOR_FONT;
	context.fillStyle = colors.muted;
	const minorY = axisHeight - MINOR_LABEL_RISE;
	for (const tick of ticks.minor) context.fillText(tick.label, tick.x + LABEL_DX, minorY);
	context.font = MAJOR_FONT;
	context.fillStyle = colors.text;
	for (const tick of ticks.major) context.fillText(tick.label, tick.x + LABEL_DX, MAJOR_LABEL_Y);
}
