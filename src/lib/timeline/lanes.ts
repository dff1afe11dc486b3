/**
 * Lane packing: each item claims [start, end) px on one lane (its mark and its label); items are
 * placed, in order, on the first lane free at their start. No two items on a lane overlap.
 */

export interface LaneItem {
	/** Left edge in px. */
	start: number;
	/** Right edge in px (mark end or label end, whichever is further). */
	end: number;
}

/**
 * Returns the lane index of each item (same order as `items`, which must be sorted by `start`).
 * Items that would need more than `maxLanes` lanes get -1: the caller shows them as overflow.
 */
export function packLanes(items: readonly LaneItem[], gap = 6, maxLanes = Infinity): number[] {
	const laneEnds: number[] = [];
	return items.map((item) => {
		for (let lane = 0; lane < laneEnds.length; lane++) {
			if (laneEnds[lane] + gap <= item.start) {
				laneEnds[lane] = item.end;
				return lane;
			}
		}
		if (laneEnds.length >= maxLanes) return -1;
		laneEnds.push(item.end);
		return laneEnds.length - 1;
	});
}
