/**
 * Mark layout for the timeline: places marks on a fixed number of lanes so that nothing overlaps at
 * the current zoom, keeps labels where there is room for them, and merges what does not fit into
 * cluster badges on one extra row below the lanes. Pure (px in, indexes out) because it runs on
 * every zoom frame for up to ~100 000 visible items.
 */

export interface LayoutItem {
	/** Left edge of the mark in px (for a point: its centre minus its radius). */
	markStart: number;
	/** Right edge of the mark in px (≥ markStart). */
	markEnd: number;
	/** Width of the item's label in px; the label is drawn from `markStart` rightwards. */
	labelWidth: number;
	/**
	 * Where a cluster badge for the item would start, in px (default `markStart`): where the mark
	 * is drawn, when its claim reaches further left for a tap target.
	 */
	badgeStart?: number;
}

export interface LayoutOptions {
	/** Number of mark lanes (rows), not counting the cluster row. */
	lanes: number;
	/** Minimum px between two things on one lane, and between two clusters. */
	gap: number;
	/** Width in px a cluster badge needs (e.g. for "+123"). */
	clusterWidth: number;
	/** The plot's width in px: a badge is kept within [0, width] (default: unbounded). */
	width?: number;
}

/**
 * Where a cluster badge for an item starting at `start` begins: at the item, but never past the
 * plot's edges, where the badge would be cut ("+1" read as "+").
 */
export function clusterStartFor(start: number, clusterWidth: number, width?: number): number {
	if (width === undefined) return start;
	return Math.max(0, Math.min(start, width - clusterWidth));
}

export interface PlacedMark {
	/** Index into the input. */
	index: number;
	/** Lane in [0, lanes). */
	lane: number;
	/** Whether the label is drawn; unlabelled marks show their label on hover only. */
	labelled: boolean;
}

export interface Cluster {
	/** Indexes (into the input) of the items merged into this cluster, ascending. */
	indexes: number[];
	/** px extent of the badge on the cluster row: [start, start + clusterWidth]; every item of the
	 * cluster starts in [start, end + gap), or beyond the plot's edge the badge was kept from. */
	start: number;
	end: number;
}

export interface Layout {
	/** Items that got a lane, in input order. */
	marks: PlacedMark[];
	/** Items that did not, merged left to right; disjoint, at least `gap` px apart. */
	clusters: Cluster[];
}

/**
 * The placement rule, on a list of items: what `layoutTimeline` (marks.ts) computes while skipping
 * what can only be clustered, and what its tests compare it with.
 *
 * Places `items` (sorted by `markStart`, px) greedily in input order, O(items × lanes):
 *
 * 1. labelled, on the first lane whose last claim ends at least `gap` px before `markStart`. A
 *    labelled claim is [markStart, max(markEnd, markStart + labelWidth)];
 * 2. otherwise on the first lane where the last mark itself (without its label) ends at least `gap`
 *    px before `markStart`: that mark loses its label, since its label is what stands in the way;
 * 3. otherwise the item overflows into a cluster on the cluster row. A cluster is a badge
 *    [first markStart, first markStart + clusterWidth], moved inside the plot at its edges
 *    (`clusterStartFor`); an overflowing item joins the current cluster when its badge would start
 *    less than `gap` px after the current badge's end, else starts the next one.
 *    Clusters are bounded in width on purpose: chaining overlapping items instead would merge a
 *    dense decade into one badge that no zoom step could open.
 *
 * Step 2 is how labels give way: an unlabelled claim starts where the labelled one does, so "does
 * it fit without its own label" is the same test as step 1 and could never rescue an item. Instead
 * a label is kept exactly when no later item on its lane needs the room. Every new mark starts
 * labelled, so the last mark of a dense stretch on each lane keeps its label.
 *
 * Output is deterministic. Lanes stay disjoint (claims ≥ `gap` apart) even for unsorted input;
 * clusters are only guaranteed disjoint for sorted input.
 */
export function layoutMarks(items: readonly LayoutItem[], options: LayoutOptions): Layout {
	const { gap, clusterWidth, width } = options;
	const lanes = new LanePacker(Math.min(items.length, options.lanes), gap);
	const marks: PlacedMark[] = [];
	const clusters: Cluster[] = [];
	let cluster: Cluster | undefined;

	for (let index = 0; index < items.length; index++) {
		const item = items[index];
		const start = item.markStart;
		const placed = lanes.place(start, item.markEnd, item.labelWidth, marks.length);
		if (placed.lane >= 0) {
			if (placed.unlabel >= 0) marks[placed.unlabel].labelled = false;
			marks.push({ index, lane: placed.lane, labelled: true });
			continue;
		}
		const badge = clusterStartFor(item.badgeStart ?? start, clusterWidth, width);
		if (cluster !== undefined && badge < cluster.end + gap) {
			cluster.indexes.push(index);
			// Only reachable with unsorted input; keeps the cluster covering its items regardless.
			if (badge < cluster.start) cluster.start = badge;
		} else {
			cluster = { indexes: [index], start: badge, end: badge + clusterWidth };
			clusters.push(cluster);
		}
	}

	return { marks, clusters };
}

/**
 * The lanes of `layoutMarks`, one item at a time: steps 1 and 2 of its greedy placement. Shared
 * with the streaming layout of the timeline (`marks.ts`), which also asks where the next free room
 * starts, to skip in one binary search every item that can only go to a cluster.
 */
export class LanePacker {
	readonly #gap: number;
	readonly #count: number;
	/** Per lane: where its last claim ends (label included if labelled); -Infinity = empty. */
	readonly #claimEnds: Float64Array;
	/** Per lane: where its last mark itself ends. */
	readonly #markEnds: Float64Array;
	/** Per lane: the caller's key of its last mark, so its label can be dropped. */
	readonly #lastKey: Int32Array;
	/** The answer of `place`, reused: it runs once per drawn item on every zoom frame. */
	readonly #placed = { lane: -1, unlabel: -1 };

	/** `lanes` is clamped at 0; more lanes than items can never be used, so callers may cap it. */
	constructor(lanes: number, gap: number) {
		this.#count = lanes > 0 ? Math.floor(lanes) : 0;
		this.#gap = gap;
		this.#claimEnds = new Float64Array(this.#count).fill(-Infinity);
		this.#markEnds = new Float64Array(this.#count).fill(-Infinity);
		this.#lastKey = new Int32Array(this.#count);
	}

	/**
	 * Places an item starting at `start`: `lane` is -1 when no lane has room. When the lane was won
	 * by dropping the label of its last mark, `unlabel` is that mark's key (else -1). `key` names the
	 * item for a later `unlabel`. The returned object is reused by the next call.
	 */
	place(
		start: number,
		markEnd: number,
		labelWidth: number,
		key: number
	): { lane: number; unlabel: number } {
		const gap = this.#gap;
		const end = markEnd > start ? markEnd : start;
		let lane = -1;
		let laneWithLabelInTheWay = -1;
		for (let candidate = 0; candidate < this.#count; candidate++) {
			if (this.#claimEnds[candidate] + gap <= start) {
				lane = candidate;
				break;
			}
			if (laneWithLabelInTheWay < 0 && this.#markEnds[candidate] + gap <= start) {
				laneWithLabelInTheWay = candidate;
			}
		}
		const placed = this.#placed;
		placed.unlabel = -1;
		if (lane < 0 && laneWithLabelInTheWay >= 0) {
			lane = laneWithLabelInTheWay;
			placed.unlabel = this.#lastKey[lane];
		}
		placed.lane = lane;
		if (lane >= 0) {
			const labelEnd = start + labelWidth;
			this.#claimEnds[lane] = labelEnd > end ? labelEnd : end;
			this.#markEnds[lane] = end;
			this.#lastKey[lane] = key;
		}
		return placed;
	}

	/** The smallest start at which `place` can find a lane now (Infinity with no lanes). */
	freeFrom(): number {
		let free = Infinity;
		for (let lane = 0; lane < this.#count; lane++)
			if (this.#markEnds[lane] + this.#gap < free) free = this.#markEnds[lane] + this.#gap;
		return free;
	}
}

/**
 * Time window (UTC ms) to zoom into so a cluster's items spread out: the span of their mark starts,
 * padded by `padding` × span on each side, widened about its centre to at least `minWindowMs`.
 * The bounds are rounded outwards to whole ms so that `t1 - t0 ≥ minWindowMs` and (for
 * `padding ≥ 0`) the window contains every start despite floating-point rounding; the centre
 * moves by at most about half a ms.
 */
export function clusterWindow(
	startsMs: readonly number[],
	minWindowMs: number,
	padding = 0.15
): [number, number] {
	if (startsMs.length === 0) throw new RangeError('clusterWindow needs at least one start');
	// A loop, not Math.min(...startsMs): spreading a huge cluster would overflow the call stack.
	let first = startsMs[0];
	let last = startsMs[0];
	for (const start of startsMs) {
		if (start < first) first = start;
		if (start > last) last = start;
	}
	const span = last - first;
	const width = Math.max(span * (1 + 2 * padding), minWindowMs);
	const centre = first + span / 2;
	const t0 = Math.floor(centre - width / 2);
	const t1 = Math.max(Math.ceil(centre + width / 2), t0 + Math.ceil(width));
	return [t0, t1];
}
