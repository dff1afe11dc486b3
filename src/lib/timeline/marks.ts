/**
 * From visible events to what is drawn: each event's shape (how well its date is known), its
 * geometry in px at the current zoom, and its lane or cluster from `layoutMarks`. Pure; called on
 * every zoom frame with the visible events only.
 */
import type { TimelineEvent } from '../data/types.ts';
import { LanePacker, clusterStartFor } from './layout.ts';
import { markShape } from './mark-shape.ts';
import { LOOK, searchSorted, shapeOfLook, spansLastingInto, type TimeIndex } from './time-index.ts';
import { DAY_MS, dayToMs } from './scale.ts';
import type { ColumnDensity } from './column-density.ts';

export { markShape };
export type { MarkShape } from './mark-shape.ts';
import type { MarkShape } from './mark-shape.ts';

export interface DrawnMark {
	event: TimelineEvent;
	shape: MarkShape;
	/**
	 * The event's date is approximate, and it is a draft: its date's and its own flags, kept on the
	 * mark so that a frame drawing hundreds of marks reads them here and not from every event.
	 */
	approximate: boolean;
	draft: boolean;
	/** Left and right edges of the mark in px (a point's are its centre). */
	x0: number;
	x1: number;
	lane: number;
	/** Whether the label is drawn; if not, the title shows on hover and focus only. */
	labelled: boolean;
	/**
	 * The label (the title, cut to fit; empty when not `labelled`) and where it starts (or ends,
	 * when `labelLeft`), in px.
	 */
	label: string;
	labelX: number;
	/** The label sits left of its mark, ending at `labelX`: on the right the plot's edge cut it. */
	labelLeft?: boolean;
	/**
	 * The mark's tap target in px, when the layout was asked for one (`hitPx`): at least that wide
	 * around the mark, within the plot, and clear of every other mark's on its lane.
	 */
	hitX0?: number;
	hitX1?: number;
}

export interface DrawnCluster {
	/** How many events the cluster holds. */
	count: number;
	/** Its first and last event in canonical order (the first names it). */
	first: TimelineEvent;
	last: TimelineEvent;
	/**
	 * Its events in canonical order, made on demand: at the whole extent one cluster can hold most
	 * of a large dataset, and a zoom frame must not copy them.
	 */
	events(): TimelineEvent[];
	/** px extent on the cluster row. */
	x0: number;
	x1: number;
}

export interface TimelineLayout {
	marks: DrawnMark[];
	clusters: DrawnCluster[];
	/** How many events overlap the window, drawn or clustered. */
	visibleCount: number;
	/**
	 * With more events in view than the plot has pixels: their density per column, drawn in the
	 * lanes instead of marks (`density-layout.ts`); the clusters below hold every event in view.
	 */
	density?: DrawnDensity;
}

/** A layout's density (`column-density.ts`), with the width of the plot's slice each badge holds. */
export interface DrawnDensity extends ColumnDensity {
	/** px: badge k holds the events of [k × slicePx, (k + 1) × slicePx) from `x0`. */
	slicePx: number;
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
	/**
	 * The narrowest tap target in px (0: none). Each mark then claims at least this much of its
	 * lane, so that its target never overlaps another's: a 10 px dot or a 4 px bar is too small a
	 * target for a finger (WCAG 2.5.8 asks for 24 px), and enlarged targets that overlapped would
	 * send a tap to the neighbour.
	 */
	hitPx?: number;
	/**
	 * Fit the labels to their room (default). Without, every mark the packing left labelled has
	 * `label` '' for `fitLabels` to fill: for a layout drawn in parts (`pan-layer.ts`).
	 */
	fit?: boolean;
}

/** Radius of a point mark in px. */
export const POINT_RADIUS = 5;
/** Narrowest drawn span in px, so that a month at a two-decade zoom is still visible. */
export const MIN_SPAN_PX = 4;
/** Width of a cluster badge ("+123") in px. */
export const CLUSTER_WIDTH = 48;
const GAP_PX = 6;

/**
 * Counts from ten thousand on, shortened and cut, never rounded up ("11K" for 11 545): five
 * figures and the plus overflow the 44 px pill in the 12 px font. Intl's compact notation, not a
 * hand-written rule: it knows where K turns into M.
 */
const COMPACT_COUNT = new Intl.NumberFormat('en', {
	notation: 'compact',
	roundingMode: 'trunc'
} as Intl.NumberFormatOptions);

/**
 * The text on a cluster's badge: "+1792", or "+11K" for 11 545 (the exact count is in the
 * badge's name and tooltip, `clusterLabel`).
 */
export function clusterBadgeText(count: number): string {
	return `+${count < 10_000 ? count : COMPACT_COUNT.format(count)}`;
}

/**
 * What a cluster badge says to a screen reader and in its tooltip: the exact count and the dates
 * its events span.
 */
export function clusterLabel(cluster: Pick<DrawnCluster, 'count' | 'first' | 'last'>): string {
	const first = cluster.first.when.label;
	const last = cluster.last.when.label;
	const span = first === last ? first : `${first} to ${last}`;
	const count = cluster.count;
	return `${count} more ${count === 1 ? 'event' : 'events'}, ${span}: zoom in to see ${count === 1 ? 'it' : 'them'}`;
}

/**
 * The px range a drawn mark covers on its lane: its shape and, when drawn, its label. What the
 * canvas hit-tests against, and what must never overlap on a lane.
 */
export function drawnExtent(mark: DrawnMark, charPx: number): [number, number] {
	const start = Math.min(
		mark.shape === 'point' ? mark.x0 - POINT_RADIUS : mark.x0,
		mark.hitX0 ?? Infinity
	);
	const markEnd = Math.max(
		mark.shape === 'point' ? mark.x0 + POINT_RADIUS : mark.x1,
		mark.hitX1 ?? -Infinity
	);
	if (mark.labelled && mark.labelLeft)
		return [Math.min(start, mark.labelX - mark.label.length * charPx), markEnd];
	const labelEnd = mark.labelled ? mark.labelX + mark.label.length * charPx : markEnd;
	return [start, Math.max(markEnd, labelEnd)];
}

/**
 * A tap target for a mark drawn over [start, end] px: the mark, widened about its middle to at
 * least `size` px, and moved inside [0, width] (the plot clips what lies beyond, and a target cut
 * at the edge is a smaller target).
 */
export function hitBox(start: number, end: number, size: number, width: number): [number, number] {
	const middle = (start + end) / 2;
	let from = Math.min(start, middle - size / 2);
	let to = Math.max(end, middle + size / 2);
	if (from < 0) [from, to] = [0, Math.max(to - from, size)];
	if (to > width) [from, to] = [Math.max(0, width - Math.max(to - from, size)), width];
	return [from, to];
}

/**
 * Cuts a title to at most `max` characters, ellipsis included, at the end of a word when one ends
 * in the second half of the room (else mid-word: a title of one long word still shows its start).
 */
export function truncateLabel(title: string, max: number): string {
	if (title.length <= max) return title;
	const room = title.slice(0, Math.max(0, max - 1));
	const space = room.lastIndexOf(' ');
	const cut = space >= room.length / 2 ? room.slice(0, space) : room;
	return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

/** The fewest characters worth drawing as a label; with less room the label gives way. */
const MIN_LABEL_CHARS = 6;
/** Room kept free at the plot's edge and before the next mark, in px, for the estimate's error. */
const LABEL_SLACK_PX = 8;

/**
 * Gives each drawn label the room it has on its lane (marks in layout order, left to right): the
 * whole title when it fits before the next mark on the lane or the plot's edge, else the title
 * cut at a word. A label the plot's edge would cut goes to the left of its mark when there is
 * more room there; one with no room worth drawing gives way (the title stays on hover and
 * focus). The layout packs lanes with short labels (`maxLabelChars`), so this never adds a
 * cluster. Mutates `marks`.
 */
export function fitLabels(marks: DrawnMark[], width: number, charPx: number): void {
	const byLane = new Map<number, DrawnMark[]>();
	for (const mark of marks) {
		const lane = byLane.get(mark.lane);
		if (lane) lane.push(mark);
		else byLane.set(mark.lane, [mark]);
	}
	// Where the next mark begins, its tap target included: a label over it would take its taps.
	const startOf = (m: DrawnMark) =>
		Math.min(m.shape === 'point' ? m.x0 - POINT_RADIUS : m.x0, m.hitX0 ?? Infinity);
	const chars = (px: number) => Math.floor(Math.max(0, px) / charPx);
	for (const lane of byLane.values()) {
		let previousEnd = -Infinity;
		for (let i = 0; i < lane.length; i++) {
			const mark = lane[i];
			const next = lane[i + 1];
			if (mark.labelled) {
				const title = mark.event.title;
				const rightLimit = next ? startOf(next) - GAP_PX : width - LABEL_SLACK_PX;
				const right = chars(rightLimit - mark.labelX);
				const leftStart = startOf(mark) - 4;
				const left = next ? 0 : chars(leftStart - Math.max(previousEnd + GAP_PX, LABEL_SLACK_PX));
				if (title.length <= right || right >= left || mark.shape !== 'point') {
					mark.label = truncateLabel(title, right);
				} else {
					mark.label = truncateLabel(title, left);
					mark.labelLeft = true;
					mark.labelX = leftStart;
				}
				if (mark.label.length < Math.min(MIN_LABEL_CHARS, title.length)) {
					mark.labelled = false;
					mark.labelLeft = undefined;
				}
			}
			previousEnd = drawnExtent(mark, charPx)[1];
		}
	}
}

/**
 * A cluster as the layout fills it: single events and runs of an index's `points` or `spans`, so
 * that adding 50 000 events is one step. Its events are listed only when someone asks.
 */
export class ClusterBuilder implements DrawnCluster {
	count = 0;
	first!: TimelineEvent;
	last!: TimelineEvent;
	readonly x0: number;
	readonly x1: number;
	readonly #events: readonly TimelineEvent[];
	readonly #singles: number[] = [];
	readonly #runs: { of: Int32Array; from: number; to: number }[] = [];
	#firstPosition = Infinity;
	#lastPosition = -Infinity;
	#listed: TimelineEvent[] | undefined;

	constructor(events: readonly TimelineEvent[], x0: number, x1: number) {
		this.#events = events;
		this.x0 = x0;
		this.x1 = x1;
	}

	/** Adds the event at `position` in the index's events. */
	add(position: number): void {
		this.#singles.push(position);
		this.#extend(position, position, 1);
	}

	/** Adds the events at positions of[from…to): ascending, as an index's points and spans are. */
	addRun(of: Int32Array, from: number, to: number): void {
		if (to <= from) return;
		this.#runs.push({ of, from, to });
		this.#extend(of[from], of[to - 1], to - from);
	}

	#extend(firstPosition: number, lastPosition: number, count: number) {
		this.count += count;
		this.#listed = undefined;
		if (firstPosition < this.#firstPosition) {
			this.#firstPosition = firstPosition;
			this.first = this.#events[firstPosition];
		}
		if (lastPosition > this.#lastPosition) {
			this.#lastPosition = lastPosition;
			this.last = this.#events[lastPosition];
		}
	}

	events(): TimelineEvent[] {
		if (this.#listed) return this.#listed;
		const positions = [...this.#singles];
		for (const { of, from, to } of this.#runs)
			for (let k = from; k < to; k++) positions.push(of[k]);
		positions.sort((a, b) => a - b);
		return (this.#listed = positions.map((position) => this.#events[position]));
	}
}

/**
 * How many events overlap the days [fromDay, toDay]: `layoutTimeline`'s `visibleCount` without
 * the layout, for a view drawn from a layout made over a wider range (`pan-layer.ts`). Binary
 * searches and the few spans that start earlier: it does not walk the events in view.
 */
export function countInView(index: TimeIndex, fromDay: number, toDay: number): number {
	const { pointDays, spanDays } = index;
	const points = searchSorted(pointDays, toDay, true) - searchSorted(pointDays, fromDay);
	const spanInWindow = searchSorted(spanDays, fromDay);
	const spanEnd = Math.max(spanInWindow, searchSorted(spanDays, toDay, true));
	return points + spansLastingInto(index, fromDay).length + spanEnd - spanInWindow;
}

/**
 * Lays out the events that overlap the days [fromDay, toDay] at the scale `x` (UTC ms → px): no two
 * marks or labels overlap on a lane, and what does not fit becomes clusters.
 *
 * The result is that of `layoutMarks` on the visible events sorted by where their marks start, but
 * the work is proportional to what is drawn, not to what is in view. On screen, points and spans
 * each run left to right in the index's order, so the two are merged rather than sorted. And once
 * an item has gone to a cluster, every item starting before the cluster's end or before the first
 * lane frees up must join it: one binary search per run finds where that stops. So a frame costs
 * about (marks + clusters) × log(events), whether 500 or 100 000 events are in view.
 */
export function layoutTimeline(
	index: TimeIndex,
	fromDay: number,
	toDay: number,
	x: (ms: number) => number,
	{ lanes, width, maxLabelChars = 32, charPx = 6.6, hitPx = 0, fit = true }: MarkLayoutOptions
): TimelineLayout {
	const { events, points, spans, pointDays, spanDays, looks } = index;

	// Points overlap the window exactly when their day is in it.
	let point = searchSorted(pointDays, fromDay);
	const pointEnd = searchSorted(pointDays, toDay, true);
	// Spans starting before the window overlap it only if they last into it: those few are kept in
	// a list; from `spanInWindow` on, every span up to `spanEnd` overlaps the window.
	const spanInWindow = searchSorted(spanDays, fromDay);
	const spanEnd = Math.max(spanInWindow, searchSorted(spanDays, toDay, true));
	const earlier = spansLastingInto(index, fromDay);
	// The spans as one run: `earlier`, then spanInWindow…spanEnd, addressed by `span`.
	const spanAt = (k: number) =>
		k < earlier.length ? earlier[k] : spanInWindow + k - earlier.length;
	let span = 0;
	const spanCount = earlier.length + spanEnd - spanInWindow;
	const visibleCount = pointEnd - point + spanCount;

	// Read from the index's typed arrays: these run in every binary search of every frame.
	const { pointLastDays } = index;
	const pointStart = (k: number) =>
		(x(dayToMs(pointDays[k])) + x(dayToMs(pointLastDays[k]) + DAY_MS)) / 2 - POINT_RADIUS;
	// Long spans are clipped to the plot so that their label starts where the reader can see it.
	const spanStart = (k: number) => Math.max(x(dayToMs(spanDays[spanAt(k)])), -2);
	/** The first k in [from, to) whose start is ≥ `boundary`; starts ascend with k. */
	const skipTo = (start: (k: number) => number, from: number, to: number, boundary: number) => {
		let lo = from;
		let hi = to;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (start(mid) < boundary) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};

	const packer = new LanePacker(Math.min(lanes, visibleCount), GAP_PX);
	const marks: DrawnMark[] = [];
	const clusters: DrawnCluster[] = [];
	let cluster: ClusterBuilder | undefined;

	while (point < pointEnd || span < spanCount) {
		// The next item from the left; on a tie, the earlier in canonical order (a stable sort).
		const nextPoint = point < pointEnd ? pointStart(point) : Infinity;
		const nextSpan = span < spanCount ? spanStart(span) : Infinity;
		const takePoint =
			nextPoint < nextSpan || (nextPoint === nextSpan && points[point] < spans[spanAt(span)]);
		const position = takePoint ? points[point] : spans[spanAt(span)];
		const event = events[position];
		const look = looks[position];
		const shape = shapeOfLook(look);
		const start = x(dayToMs(event.when.firstDay));
		const end = x(dayToMs(event.when.lastDay) + DAY_MS);
		const labelChars = Math.min(event.title.length, maxLabelChars);
		let x0: number, x1: number, labelX: number, markStart: number, markEnd: number;
		if (takePoint) {
			const centre = (start + end) / 2;
			x0 = x1 = centre;
			labelX = centre + POINT_RADIUS + 4;
			markStart = centre - POINT_RADIUS;
			markEnd = centre + POINT_RADIUS;
			point++;
		} else {
			const clippedStart = Math.max(start, -2);
			const clippedEnd = Math.min(Math.max(end, start + MIN_SPAN_PX), width + 2);
			const right = Math.max(clippedEnd, clippedStart + MIN_SPAN_PX);
			// Spans that meet end to end (31 May, then June) may share a lane: the claim stops a gap
			// short of the span's end, and the bar is drawn inset by a pixel so the two stay apart.
			const inset = right - clippedStart > 3 * MIN_SPAN_PX ? 1 : 0;
			x0 = clippedStart + inset;
			x1 = right - inset;
			labelX = clippedStart + 4;
			markStart = clippedStart;
			markEnd = Math.max(clippedStart + MIN_SPAN_PX, right - GAP_PX);
			span++;
		}

		// A badge starts where the mark is drawn, whatever its claim: the same rule as layoutMarks'.
		const badgeStart = markStart;
		let hit: [number, number] | undefined;
		if (hitPx > 0) {
			const drawnStart = takePoint ? x0 - POINT_RADIUS : x0;
			const drawnEnd = takePoint ? x0 + POINT_RADIUS : x1;
			hit = hitBox(drawnStart, drawnEnd, hitPx, width);
			// The claim covers the drawn mark already (a span's stops a gap short of its end, so that
			// spans meeting end to end share a lane): it grows only where the target reaches beyond.
			if (hit[0] < drawnStart) markStart = Math.min(markStart, hit[0]);
			if (hit[1] > drawnEnd) markEnd = Math.max(markEnd, hit[1]);
		}

		const labelWidth = labelX - markStart + labelChars * charPx + 4;
		const placed = packer.place(markStart, markEnd, labelWidth, marks.length);
		if (placed.lane >= 0) {
			if (placed.unlabel >= 0) marks[placed.unlabel].labelled = false;
			const mark: DrawnMark = {
				event,
				shape,
				approximate: (look & LOOK.approximate) !== 0,
				draft: (look & LOOK.draft) !== 0,
				x0,
				x1,
				lane: placed.lane,
				labelled: true,
				// Given by fitLabels, once the lane's next mark is known; never drawn unlabelled.
				label: '',
				labelX
			};
			if (hit) [mark.hitX0, mark.hitX1] = hit;
			marks.push(mark);
			continue;
		}
		const badge = clusterStartFor(badgeStart, CLUSTER_WIDTH, width);
		if (cluster === undefined || badge >= cluster.x1 + GAP_PX) {
			cluster = new ClusterBuilder(events, badge, badge + CLUSTER_WIDTH);
			clusters.push(cluster);
		}
		cluster.add(position);
		// Until the cluster's end, or until a lane frees up, nothing can be placed: all of it joins.
		// A badge pushed in from the plot's right edge is where every later badge would be pushed
		// too: all that cannot be placed from here on joins it. Without this, each event in the last
		// badge's width was taken one by one, more the denser the view: with 27 000 of the bench's
		// 100 000 events in view, 4 074 items a frame instead of 1 878.
		const joinsUntil = cluster.x1 + GAP_PX > width - CLUSTER_WIDTH ? Infinity : cluster.x1 + GAP_PX;
		const boundary = Math.min(joinsUntil, packer.freeFrom());
		const pointTo = skipTo(pointStart, point, pointEnd, boundary);
		cluster.addRun(points, point, pointTo);
		point = pointTo;
		const spanTo = skipTo(spanStart, span, spanCount, boundary);
		// The part of the skipped spans in `earlier` one by one (few), the rest as one run.
		for (; span < spanTo && span < earlier.length; span++) cluster.add(spans[earlier[span]]);
		if (span < spanTo) {
			const from = spanAt(span);
			cluster.addRun(spans, from, from + spanTo - span);
			span = spanTo;
		}
	}
	if (fit) fitLabels(marks, width, charPx);
	return { marks, clusters, visibleCount };
}

/** The most marks the SVG draws (`Timeline.svelte`'s `useCanvas`); past them, the canvas. */
const SVG_MARKS = 150;
/** The least room a mark takes on its lane, in px: a dot (10 px) and the gap after it. */
const MARK_PX = 16;

/**
 * From how many events in view the plot shows their density: more than its pixels, when the plot
 * can hold more marks than the SVG draws (they would be on the canvas anyway). On a plot too small
 * for that (a phone's strip), the marks are SVG elements the keyboard reaches, and stay so up to
 * `canvasAbove` events in view, where the canvas takes over whatever is drawn.
 */
export function densityFrom(width: number, lanes: number, canvasAbove: number): number {
	return (lanes * width) / MARK_PX > SVG_MARKS ? width : Math.max(width, canvasAbove);
}
