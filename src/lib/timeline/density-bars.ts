/**
 * The density's bars in whole pixels: one bar a column from the lanes' foot, its height the square
 * root of the column's share of the fullest column's count (as the overview's, so that a lone
 * event beside a thousand still shows), split by topic. Pure: `Marks.canvas.svelte` fills them.
 *
 * The faint tail: a column of a few events (or of a fraction of one, an event known only to its
 * year being spread over its months) was 2 px high and split by topic into pieces under a pixel,
 * each rounded on its own to 0 or 1 px: a broken, dotted line along the foot that read as noise.
 * Now a column is never lower than `FAINT_PX`, and one too low to split into pieces of whole
 * pixels is drawn whole, in the colour of the topic with most events in it: a run of such columns
 * is a low, even strip that says "a few events here", and its colour still says of what; gaps of
 * a column or two within such a strip are bridged (`BRIDGE_COLUMNS`), or the strip is dashed.
 */

/** The lowest a column with any events is drawn, in px: high enough to read as a bar. */
export const FAINT_PX = 4;
/** A column split by topic gives each piece at least this much (px), or is drawn whole. */
const PIECE_PX = 2;
/**
 * Empty columns between two faint ones, at most this many, are drawn as the faint one before them:
 * the strip stays one strip. A column is 2 px: a gap of two is finer than the density says anyway.
 */
export const BRIDGE_COLUMNS = 2;

/** One topic's bars, as flat [column, top y, height] triples in whole px. */
export interface TopicBars {
	/** The topic's position in the density's `topics`. */
	topic: number;
	rects: number[];
}

/**
 * The bars of `counts` (per topic, per column), `max` the fullest column's count, drawn up from
 * `foot` (px) at most `room` px high. Topics with no bar are left out.
 */
export function densityBars(
	counts: readonly ArrayLike<number>[],
	max: number,
	foot: number,
	room: number
): TopicBars[] {
	const bars: TopicBars[] = counts.map((_, topic) => ({ topic, rects: [] }));
	if (max <= 0) return [];
	const columns = counts[0]?.length ?? 0;
	/** The last faint column drawn whole: its column and topic (-1: none yet). */
	let faintAt = -1;
	let faintTopic = -1;
	for (let c = 0; c < columns; c++) {
		let total = 0;
		let main = -1;
		let pieces = 0;
		for (let t = 0; t < counts.length; t++) {
			const n = counts[t][c];
			if (n <= 0) continue;
			total += n;
			pieces++;
			if (main < 0 || n > counts[main][c]) main = t;
		}
		if (total <= 0) continue;
		const height = Math.max(FAINT_PX, Math.round(Math.sqrt(Math.min(1, total / max)) * room));
		if (height === FAINT_PX && faintAt >= 0 && c - faintAt > 1 && c - faintAt <= BRIDGE_COLUMNS + 1)
			for (let gap = faintAt + 1; gap < c; gap++)
				bars[faintTopic].rects.push(gap, foot - FAINT_PX, FAINT_PX);
		if (height === FAINT_PX) {
			faintAt = c;
			faintTopic = main;
		}
		if (pieces === 1 || height < pieces * PIECE_PX) {
			bars[main].rects.push(c, foot - height, height);
			continue;
		}
		// Pieces stacked in topic order, each edge rounded once, so that they tile the bar exactly.
		let below = 0;
		let edge = foot;
		for (let t = 0; t < counts.length; t++) {
			const n = counts[t][c];
			if (n <= 0) continue;
			below += n;
			const top = foot - Math.round((height * below) / total);
			if (edge - top > 0) bars[t].rects.push(c, top, edge - top);
			edge = top;
		}
	}
	return bars.filter((b) => b.rects.length > 0);
}
