/**
 * One picture of the canvas renderer (`Marks.canvas.svelte`): the axis while a gesture is under
 * way, the events' density, the marks, the selection's outline, the drafts' dashes, the labels
 * and the cluster badges, described as plain data (`CanvasFrame`, made by `canvas-frame.ts`) and
 * drawn by `drawCanvasFrame` on any 2D context: the page's, or an OffscreenCanvas's in the canvas
 * worker (`canvas.worker.ts`). Plain data because a frame crosses to the worker by
 * `postMessage`: numbers in one typed array (copied in one piece), strings in arrays, colours
 * already resolved (only the page has the styles). No DOM here.
 */
import { drawAxisLabels, drawAxisLines, type AxisColors } from './axis-draw.ts';
import { densityBars } from './density-bars.ts';
import { CLUSTER_WIDTH, POINT_RADIUS } from './marks.ts';
import type { AxisTicks } from './tick-types.ts';

/** The 2D contexts a frame is drawn on. */
export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The frame's colours (CSS colours the canvas understands, resolved by the page). */
export interface FrameColors extends AxisColors {
	surface: string;
}

/** The marks' looks, drawn in this order (see `drawMarks`). */
export const LOOK_DOT = 0;
export const LOOK_DOT_APPROXIMATE = 1;
export const LOOK_RANGE = 2;
export const LOOK_UNCERTAIN = 3;
export const LOOK_UNCERTAIN_APPROXIMATE = 4;
const LOOKS = 5;

/** A mark's fields in `CanvasFrame.marks`, `MARK_FIELDS` numbers a mark. */
export const MARK_X0 = 0;
export const MARK_X1 = 1;
export const MARK_LANE = 2;
export const MARK_LOOK = 3;
/** Its colour, as an index into `CanvasFrame.palette`. */
export const MARK_COLOR = 4;
/** `FLAG_*` bits. */
export const MARK_FLAGS = 5;
export const MARK_LABEL_X = 6;
export const MARK_FIELDS = 7;

export const FLAG_DRAFT = 1;
export const FLAG_LABEL_LEFT = 2;
export const FLAG_LABELLED = 4;
/** A point's outline is a circle, any other's a rectangle. */
export const FLAG_POINT = 8;

/** Where a picture is drawn: its size and rows, in CSS px, and the axis it carries. */
export interface FrameGeometry {
	/** The drawing's size in CSS px, and device pixels per CSS px. */
	width: number;
	height: number;
	ratio: number;
	/** The lanes' top, a lane's height and the cluster row's top (px). */
	top: number;
	laneHeight: number;
	clusterTop: number;
	/** The axis, drawn here during a gesture (`axis-draw.ts`); `gap`: the periods' title rows. */
	axis?: { ticks: AxisTicks; axisHeight: number; gap?: [number, number] };
}

/** Everything one picture needs, in CSS px. */
export interface CanvasFrame extends FrameGeometry {
	colors: FrameColors;
	/** The marks' colours; a mark names one by its index. */
	palette: string[];
	/** `MARK_FIELDS` numbers a mark, in the layout's order. */
	marks: Float64Array;
	/** Each mark's label ('' when it has none). */
	labels: string[];
	/** The selected mark's index, or -1. */
	selected: number;
	/** Each cluster badge's left edge (px) and text. */
	clusterX: Float64Array;
	badges: string[];
	/** The events' density, with each topic's colour. */
	density?: {
		counts: Float32Array[];
		colors: string[];
		columnPx: number;
		x0: number;
		max: number;
	};
}

/** The one font the marks' labels and the badges are drawn in. */
export const FONT = '12px system-ui, sans-serif';

/**
 * What a context keeps between frames that is costly to set again: its font (setting one parses
 * it and resolves it against the canvas's style). Forget it (`font = undefined`) when the
 * canvas's size changes: that resets the context's state.
 */
export interface ContextMemory {
	font?: string;
}

/**
 * Draws `frame` on `canvas` (the page's or a worker's OffscreenCanvas) through its `context`,
 * after giving the canvas the frame's size in device pixels when it has another: resizing
 * reallocates the backing store and resets the context's state, its font too (`memory`).
 */
export function drawCanvasFrameSized(
	canvas: { width: number; height: number },
	context: Context2D,
	frame: CanvasFrame,
	memory: ContextMemory
): void {
	const w = Math.round(frame.width * frame.ratio);
	const h = Math.round(frame.height * frame.ratio);
	if (canvas.width !== w || canvas.height !== h) {
		canvas.width = w;
		canvas.height = h;
		memory.font = undefined;
	}
	drawCanvasFrame(context, frame, memory);
}

/**
 * Draws `frame` on `context`, whose canvas already has the frame's size in device pixels.
 * Colours are set once a look, not once a mark, and each look is one path: at a thousand marks a
 * frame, the calls and the changes of style were most of the canvas's cost.
 */
export function drawCanvasFrame(
	context: Context2D,
	frame: CanvasFrame,
	memory: ContextMemory
): void {
	const { width, height, ratio, top, laneHeight, clusterTop, colors, marks, labels } = frame;
	context.setTransform(ratio, 0, 0, ratio, 0, 0);
	context.clearRect(0, 0, width, height);
	if (frame.axis)
		drawAxisLines(
			context,
			frame.axis.ticks,
			{ axisHeight: frame.axis.axisHeight, height, width, gap: frame.axis.gap, ratio },
			colors
		);
	// Set when it changed, not on every frame (the context keeps it). Drawing text needs the
	// page's style up to date all the same: a frame's first fillText pays any pending style
	// recalculation.
	if (memory.font !== FONT) context.font = memory.font = FONT;
	context.textBaseline = 'middle';
	if (frame.density) drawDensity(context, frame.density, top, clusterTop);
	const count = marks.length / MARK_FIELDS;
	const middle = (i: number) =>
		top + marks[i * MARK_FIELDS + MARK_LANE] * laneHeight + laneHeight / 2;
	// Marks by colour and look, in one pass (colours in the order they first appear).
	const byColor: number[][][] = [];
	const colorOrder: number[] = [];
	for (let i = 0; i < count; i++) {
		const color = marks[i * MARK_FIELDS + MARK_COLOR];
		let looks = byColor[color];
		if (!looks) {
			looks = byColor[color] = Array.from({ length: LOOKS }, () => []);
			colorOrder.push(color);
		}
		looks[marks[i * MARK_FIELDS + MARK_LOOK]].push(i);
	}
	for (const color of colorOrder) {
		context.fillStyle = frame.palette[color];
		context.strokeStyle = frame.palette[color];
		context.lineWidth = 1;
		drawMarks(context, frame, byColor[color], middle);
	}
	// What stands out is drawn over the rest: the selection's outline and the drafts' dashes.
	if (frame.selected >= 0) {
		context.strokeStyle = colors.text;
		context.lineWidth = 2.5;
		outline(context, frame, frame.selected, middle(frame.selected), 0);
	}
	let dashed = false;
	for (let i = 0; i < count; i++) {
		if (!(marks[i * MARK_FIELDS + MARK_FLAGS] & FLAG_DRAFT)) continue;
		if (!dashed) {
			context.setLineDash([3, 2]);
			context.lineWidth = 1.5;
			dashed = true;
		}
		context.strokeStyle = frame.palette[marks[i * MARK_FIELDS + MARK_COLOR]];
		outline(context, frame, i, middle(i), 2);
	}
	if (dashed) context.setLineDash([]);
	context.fillStyle = colors.text;
	// Setting the alignment parses it: only when it changes.
	let align: CanvasTextAlign = 'left';
	context.textAlign = align;
	for (let i = 0; i < count; i++) {
		const flags = marks[i * MARK_FIELDS + MARK_FLAGS];
		if (!(flags & FLAG_LABELLED)) continue;
		const markAlign = flags & FLAG_LABEL_LEFT ? 'right' : 'left';
		if (markAlign !== align) context.textAlign = align = markAlign;
		context.fillText(labels[i], marks[i * MARK_FIELDS + MARK_LABEL_X], middle(i));
	}
	context.textAlign = 'center';
	for (let c = 0; c < frame.badges.length; c++) drawBadge(context, frame, c);
	context.textAlign = 'start';
	if (frame.axis) {
		drawAxisLabels(context, frame.axis.ticks, frame.axis.axisHeight, colors);
		// The labels' fonts are set now: the next frame sets its own again.
		memory.font = undefined;
	}
}

/** Cluster badge `c`: a pill and its count. */
function drawBadge(context: Context2D, frame: CanvasFrame, c: number) {
	const { ratio, clusterTop, colors } = frame;
	const x0 = frame.clusterX[c];
	context.strokeStyle = colors.muted;
	context.fillStyle = colors.surface;
	context.lineWidth = 1;
	context.beginPath();
	context.roundRect(x0, clusterTop + 4, CLUSTER_WIDTH - 4, 16, 8);
	context.fill();
	context.stroke();
	context.fillStyle = colors.text;
	const badge = frame.badges[c];
	// The pill's room, kept whatever the font the system gives: a wider text is drawn smaller
	// rather than over the pill's edge (badge texts are at most five characters).
	const room = CLUSTER_WIDTH - 10;
	// Measured only when it may not fit: measuring costs more than drawing the text.
	const wide = badge.length < 5 ? 0 : context.measureText(badge).width;
	const cx = x0 + (CLUSTER_WIDTH - 4) / 2;
	const cy = clusterTop + 12;
	if (wide > room) {
		// Smaller by scaling about the text's centre, not by another font: a font set forces a
		// style recalculation (see above).
		const s = room / wide;
		context.setTransform(ratio * s, 0, 0, ratio * s, ratio * cx * (1 - s), ratio * cy * (1 - s));
	}
	context.fillText(badge, cx, cy);
	if (wide > room) context.setTransform(ratio, 0, 0, ratio, 0, 0);
}

/**
 * The events' density in the lanes (`density-bars.ts`), each topic's bars in its colour. One
 * fill style a topic: a few style changes a frame, whatever the events in view.
 */
function drawDensity(
	context: Context2D,
	density: NonNullable<CanvasFrame['density']>,
	top: number,
	clusterTop: number
) {
	const { counts, columnPx, x0, max } = density;
	const left = Math.round(x0);
	const foot = Math.round(clusterTop - 2);
	const bars = densityBars(counts, max, foot, foot - top - 4);
	context.globalAlpha = 0.8;
	for (const { topic, rects } of bars) {
		context.fillStyle = density.colors[topic];
		// Rectangles on whole pixels, one call each: Skia fills them as plain spans, where one
		// path of a thousand fractional rectangles was scan-converted with anti-aliasing when
		// the frame was committed (about 3 ms a zoom step at 10 000 events, profiled).
		for (let i = 0; i < rects.length; i += 3)
			context.fillRect(left + rects[i] * columnPx, rects[i + 1], columnPx, rects[i + 2]);
	}
	context.globalAlpha = 1;
}

/**
 * Draws marks of one colour (fill and stroke already set), by look: dots, soft bars and known
 * spans. Each look is one path filled (and stroked) once, not one call per mark.
 */
function drawMarks(
	context: Context2D,
	frame: CanvasFrame,
	byLook: readonly number[][],
	middle: (i: number) => number
) {
	const { marks } = frame;
	const barHeight = frame.laneHeight - 8;
	const x0 = (i: number) => marks[i * MARK_FIELDS + MARK_X0];
	const x1 = (i: number) => marks[i * MARK_FIELDS + MARK_X1];
	const paint = (
		groups: readonly (readonly number[])[],
		trace: (i: number, y: number) => void,
		alpha: number,
		stroke: boolean
	) => {
		if (groups.every((group) => group.length === 0)) return;
		context.beginPath();
		for (const group of groups) for (const i of group) trace(i, middle(i));
		context.globalAlpha = alpha;
		context.fill();
		context.globalAlpha = 1;
		if (stroke) context.stroke();
	};
	const dot = (i: number, y: number) => {
		context.moveTo(x0(i) + POINT_RADIUS, y);
		context.arc(x0(i), y, POINT_RADIUS, 0, Math.PI * 2);
	};
	const bar = (i: number, y: number) =>
		context.rect(x0(i), y - barHeight / 2, x1(i) - x0(i), barHeight);
	// The middle of a soft bar, solid; its outer fifths (approximate: two fifths) lighter.
	const core = (approximate: boolean) => (i: number, y: number) => {
		const w = x1(i) - x0(i);
		const edge = w * (approximate ? 0.4 : 0.2);
		context.rect(x0(i) + edge, y - barHeight / 2, w - 2 * edge, barHeight);
	};
	paint([byLook[LOOK_DOT]], dot, 1, false);
	paint([byLook[LOOK_DOT_APPROXIMATE]], dot, 0.4, true);
	paint([byLook[LOOK_RANGE]], bar, 0.4, true);
	// A path's fill is the union of its shapes whatever their order (bar anti-aliasing where two
	// overlap): one path for both.
	paint([byLook[LOOK_UNCERTAIN], byLook[LOOK_UNCERTAIN_APPROXIMATE]], bar, 0.2, false);
	paint([byLook[LOOK_UNCERTAIN]], core(false), 0.45, false);
	paint([byLook[LOOK_UNCERTAIN_APPROXIMATE]], core(true), 0.3, false);
}

/** An outline around mark `i`, grown by `grow` px (stroke style and width already set). */
function outline(context: Context2D, frame: CanvasFrame, i: number, y: number, grow: number) {
	const at = i * MARK_FIELDS;
	const x0 = frame.marks[at + MARK_X0];
	if (frame.marks[at + MARK_FLAGS] & FLAG_POINT) {
		context.beginPath();
		context.arc(x0, y, POINT_RADIUS + grow, 0, Math.PI * 2);
		context.stroke();
	} else {
		const h = frame.laneHeight - 8 + grow;
		context.strokeRect(x0, y - h / 2, frame.marks[at + MARK_X1] - x0, h);
	}
}
