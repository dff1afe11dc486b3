/**
 * How many events fall in each pixel column of the plot, for when the events in view outnumber
 * its pixels: then one mark per event cannot be drawn anyway, and a frame that lays out and draws
 * a thousand marks while ninety in a hundred events hide in clusters says less about where the
 * events are than their density does.
 *
 * Each event counts for one, spread evenly over the days it may have happened on
 * ([firstDay, lastDay + 1)): "some time in 1995" is a twelfth in each month of 1995, not a spike on
 * 1 January; a known day is one whole day. The count of a column is then F(t1) − F(t0), where F(t)
 * is how much of all events lies before the instant t. F is kept as prefix sums over the events
 * sorted by their first day and by their end, so that it costs two binary searches: a frame costs
 * the plot's width in columns times log(events), whatever the number of events in view, and never
 * a pass over them. Built once per dataset. No library does this piece (d3-array's `bin` walks every
 * value on each call); it is a few prefix sums.
 *
 * Derivation: an event [a, b) of length L = b − a counts (t − a) / L at a < t < b, and 1 from b on.
 * Summed over the events with a < t, minus the excess of those with b < t:
 * F(t) = t·Σ_{a<t} 1/L − Σ_{a<t} a/L − (t·Σ_{b<t} 1/L − Σ_{b<t} b/L).
 */
import type { TimelineEvent } from '../data/types.ts';
import { searchSorted } from './time-index.ts';

/** The prefix sums of one topic's events (days are counted from the index's `origin`). */
export interface DensityPart {
	topic: string;
	/** First days, ascending; then Σ 1/L and Σ a/L over the events before each position. */
	starts: ArrayLike<number>;
	startInverse: ArrayLike<number>;
	startWeighted: ArrayLike<number>;
	/** Ends (last day + 1), ascending; then Σ 1/L and Σ b/L over the events before each position. */
	ends: ArrayLike<number>;
	endInverse: ArrayLike<number>;
	endWeighted: ArrayLike<number>;
}

/** The events' density, by topic, in the order topics first appear in the events. */
export interface DensityIndex {
	/** A day near the events: days are stored relative to it, so that the sums stay precise. */
	origin: number;
	parts: DensityPart[];
}

/**
 * The ends of a part's events packed with their lengths in one number (end × 2^24 + length), so
 * that one numeric sort of a typed array orders them: a comparator sort of a million indices
 * costs several times more at load. Exact while every end is below 2^29 days from the origin
 * (1.4 million years); deep time is sorted by a comparator (`endsInOrder`).
 */
const LENGTH_BITS = 2 ** 24;
const PACKED_END_LIMIT = 2 ** 29;

/** The ends (b) and lengths (L) of events, both in days, sorted by end. */
function endsInOrder(b: Float64Array, lengths: Float64Array): [Float64Array, Float64Array] {
	const n = b.length;
	let packable = true;
	for (let k = 0; k < n && packable; k++)
		packable = b[k] < PACKED_END_LIMIT && lengths[k] < LENGTH_BITS;
	const ends = new Float64Array(n);
	const sortedLengths = new Float64Array(n);
	if (packable) {
		const packed = new Float64Array(n);
		for (let k = 0; k < n; k++) packed[k] = b[k] * LENGTH_BITS + lengths[k];
		packed.sort();
		for (let k = 0; k < n; k++) {
			ends[k] = Math.floor(packed[k] / LENGTH_BITS);
			sortedLengths[k] = packed[k] - ends[k] * LENGTH_BITS;
		}
	} else {
		const order = Uint32Array.from({ length: n }, (_, k) => k).sort((i, j) => b[i] - b[j]);
		for (let k = 0; k < n; k++) {
			ends[k] = b[order[k]];
			sortedLengths[k] = lengths[order[k]];
		}
	}
	return [ends, sortedLengths];
}

/** Builds the density index of `events` (in canonical order: ascending first day). */
export function createDensityIndex(events: readonly TimelineEvent[]): DensityIndex {
	const origin = events.length > 0 ? events[0].when.firstDay : 0;
	const byTopic = new Map<string, number[]>();
	events.forEach((event, position) => {
		const list = byTopic.get(event.topic);
		if (list) list.push(position);
		else byTopic.set(event.topic, [position]);
	});
	const parts: DensityPart[] = [];
	for (const [topic, positions] of byTopic) {
		const n = positions.length;
		const starts = new Float64Array(n);
		const startInverse = new Float64Array(n + 1);
		const startWeighted = new Float64Array(n + 1);
		const b = new Float64Array(n);
		const lengths = new Float64Array(n);
		for (let k = 0; k < n; k++) {
			const { firstDay, lastDay } = events[positions[k]].when;
			const a = firstDay - origin;
			const length = lastDay + 1 - firstDay;
			starts[k] = a;
			startInverse[k + 1] = startInverse[k] + 1 / length;
			startWeighted[k + 1] = startWeighted[k] + a / length;
			b[k] = a + length;
			lengths[k] = length;
		}
		const [ends, endLengths] = endsInOrder(b, lengths);
		const endInverse = new Float64Array(n + 1);
		const endWeighted = new Float64Array(n + 1);
		for (let k = 0; k < n; k++) {
			endInverse[k + 1] = endInverse[k] + 1 / endLengths[k];
			endWeighted[k + 1] = endWeighted[k] + ends[k] / endLengths[k];
		}
		parts.push({ topic, starts, startInverse, startWeighted, ends, endInverse, endWeighted });
	}
	return { origin, parts };
}

/** How much of a part's events lies before day `t` (relative to the origin; fractional). */
function before(part: DensityPart, t: number): number {
	const i = searchSorted(part.starts, t);
	const j = searchSorted(part.ends, t);
	return (
		t * part.startInverse[i] -
		part.startWeighted[i] -
		(t * part.endInverse[j] - part.endWeighted[j])
	);
}

/** The density of the events in `columns` equal columns between two instants. */
export interface ColumnDensity {
	/** Each column's width in px. */
	columnPx: number;
	/** Where the first column starts, in px. */
	x0: number;
	/** Per topic, how many events lie in each column (fractions: see the module's note). */
	topics: string[];
	counts: Float32Array[];
	/** The largest total of one column. */
	max: number;
}

/**
 * The density of `index` over [fromMs, toMs] (UTC ms) drawn over `width` px from px 0, in columns
 * of `columnPx` px. Work: (columns + 1) × topics × two binary searches.
 */
export function columnDensity(
	index: DensityIndex,
	fromMs: number,
	toMs: number,
	width: number,
	columnPx: number
): ColumnDensity {
	const columns = Math.max(1, Math.ceil(width / columnPx));
	const dayMs = 86_400_000;
	const daysPerPx = (toMs - fromMs) / dayMs / width;
	const firstDay = fromMs / dayMs - index.origin;
	const counts = index.parts.map(() => new Float32Array(columns));
	const totals = new Float32Array(columns);
	index.parts.forEach((part, p) => {
		const count = counts[p];
		let previous = before(part, firstDay);
		for (let c = 0; c < columns; c++) {
			const next = before(part, firstDay + (c + 1) * columnPx * daysPerPx);
			// Rounding in the sums can leave a hair below zero where nothing is.
			const value = Math.max(0, next - previous);
			count[c] = value;
			totals[c] += value;
			previous = next;
		}
	});
	let max = 0;
	for (let c = 0; c < columns; c++) if (totals[c] > max) max = totals[c];
	return {
		columnPx,
		x0: 0,
		topics: index.parts.map((part) => part.topic),
		counts,
		max
	};
}
