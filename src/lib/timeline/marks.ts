/**
 * From visible events to what is drawn: each event's shape (how well its date is known), its
 * geometry in px at the current zoom, and its lane or cluster from `layoutMarks`. Pure; called on
 * every zoom frame with the visible events only.
 */
import type { TimelineEvent } from '../data/types.ts';
import { layoutMarks } from './layout.ts';
import { DAY_MS, dayToMs } from './scale.ts';

/**
 * How a date is drawn: `point`, a known day; `range`, known first and last days; `uncertain`,
 * the month(s) or year(s) the event falls in somewhere (drawn soft-edged).
 */
export type MarkShape = 'point' | 'range' | 'uncertain';

export function markShape(event: TimelineEvent): MarkShape {
	if (event.date.precision !== 'day') return 'uncertain';
	return event.date.end ? 'range' : 'point';
}

export interface DrawnMark {
	event: TimelineEvent;
	shape: MarkShape;
	/** Left and right edges of the mark in px (a point's are its centre). */
	x0: number;
	x1: number;
	lane: number;
	/** Whether the label is drawn; if not, the title shows on hover and focus only. */
	labelled: boolean;
	/** The label (the title, cut to fit) and where it starts, in px. */
	label: string;
	labelX: number;
}

export interface DrawnCluster {
	/** The events merged into the cluster, in canonical order. */
	events: TimelineEvent[];
	/** px extent on the cluster row. */
	x0: number;
	x1: number;
}

export interface TimelineLayout {
	marks: DrawnMark[];
	clusters: DrawnCluster[];
}

export interface MarkLayoutOptions {
	/** Number of lanes for marks (the cluster row comes below them). */
	lanes: number;
	/** Plot width in px; marks are drawn within [0, width]. */
	width: number;
	/** Longest label in characters. */
	maxLabelChars?: number;
	/** Average label character width in px (12px system-ui). */
	charPx?: number;
}

/** Radius of a point mark in px. */
export const POINT_RADIUS = 5;
/** Narrowest drawn span in px, so that a month at a two-decade zoom is still visible. */
export const MIN_SPAN_PX = 4;
/** Width of a cluster badge ("+123") in px. */
export const CLUSTER_WIDTH = 48;
const GAP_PX = 6;

/**
 * The indexes of `keys` in ascending key order (stable). An insertion sort: events arrive in time
 * order and only points and spans starting on the same day can swap, so it is close to O(n).
 */
export function sortNearlySorted(keys: readonly number[]): number[] {
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

/**
 * The px range a drawn mark covers on its lane: its shape and, when drawn, its label. What the
 * canvas hit-tests against, and what must never overlap on a lane.
 */
export function drawnExtent(mark: DrawnMark, charPx: number): [number, number] {
	const start = mark.shape === 'point' ? mark.x0 - POINT_RADIUS : mark.x0;
	const markEnd = mark.shape === 'point' ? mark.x0 + POINT_RADIUS : mark.x1;
	const labelEnd = mark.labelled ? mark.labelX + mark.label.length * charPx : markEnd;
	return [start, Math.max(markEnd, labelEnd)];
}

/** Cuts a title to `max` characters with an ellipsis. */
export function truncateLabel(title: string, max: number): string {
	return title.length > max ? `${title.slice(0, max - 1).trimEnd()}…` : title;
}

/**
 * Lays out the visible events (canonical order) at the scale `x` (UTC ms → px): no two marks or
 * labels overlap on a lane, and what does not fit becomes clusters.
 */
export function layoutTimeline(
	visible: readonly TimelineEvent[],
	x: (ms: number) => number,
	{ lanes, width, maxLabelChars = 32, charPx = 6.6 }: MarkLayoutOptions
): TimelineLayout {
	const geometry = visible.map((event) => {
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
	});
	const order = sortNearlySorted(geometry.map((g) => g.markStart));
	const items = order.map((i) => {
		const g = geometry[i];
		return {
			markStart: g.markStart,
			markEnd: g.markEnd,
			labelWidth: g.labelX - g.markStart + g.labelChars * charPx + 4
		};
	});
	const layout = layoutMarks(items, { lanes, gap: GAP_PX, clusterWidth: CLUSTER_WIDTH });
	const marks: DrawnMark[] = layout.marks.map(({ index, lane, labelled }) => {
		const g = geometry[order[index]];
		return {
			event: g.event,
			shape: g.shape,
			x0: g.x0,
			x1: g.x1,
			lane,
			labelled,
			label: truncateLabel(g.event.title, maxLabelChars),
			labelX: g.labelX
		};
	});
	const clusters: DrawnCluster[] = layout.clusters.map((cluster) => ({
		events: cluster.indexes
			.map((i) => order[i])
			.sort((a, b) => a - b)
			.map((i) => visible[i]),
		x0: cluster.start,
		x1: cluster.end
	}));
	return { marks, clusters };
}
