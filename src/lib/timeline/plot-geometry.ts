/** The plot's rows in px: the axis on top, the lanes of marks, and the cluster row below. */

export const AXIS_HEIGHT = 34;
export const LANE_HEIGHT = 22;
/**
 * The smallest tap target, in px: WCAG 2.5.8 asks for 24 × 24. The phone's strip gives each mark
 * a target this wide (see `hitPx` in marks.ts) on lanes this tall.
 */
export const TAP_TARGET_PX = 24;
/** The top of the first lane. */
export const LANES_TOP = AXIS_HEIGHT + 6;
/** The average width of a label's character, in px, for the layout's label room. */
export const CHAR_PX = 6.6;
/** Lanes: as many as events share a day, so that the deepest zoom separates them all. */
const MIN_LANES = 6;
const MAX_LANES = 14;
/** A strip keeps to a few lanes: what does not fit goes to clusters, as at any zoom. */
const STRIP_LANES = 4;

/** The height in px of a row of period labels under the axis. */
export const PERIOD_ROW = 16;
/** The top of the first row of period labels, just under the axis. */
export const PERIODS_TOP = AXIS_HEIGHT + 2;

export interface PlotRows {
	lanes: number;
	/** The height of a lane (and of the cluster row) in px. */
	laneHeight: number;
	/** The narrowest tap target a mark gets, in px (0: the mark itself is the target). */
	hitPx: number;
	/** The top of the first lane: under the axis and the rows of period labels. */
	lanesTop: number;
	/** The top of the cluster row, and the plot's height, in px. */
	clusterTop: number;
	height: number;
}

/**
 * The rows for `maxOverlap` events sharing a day, or for a strip, under `periodRows` of periods.
 * `touch` (a strip always is): lanes as tall as a tap target, and a target for every mark.
 */
export function plotRows(
	maxOverlap: number,
	strip: boolean,
	periodRows = 0,
	touch = strip
): PlotRows {
	const lanes = strip ? STRIP_LANES : Math.min(MAX_LANES, Math.max(MIN_LANES, maxOverlap));
	// Read by touch (a phone): each lane as tall as a tap target. With a mouse, the marks stay
	// packed closer; the keyboard reaches every one of them either way.
	const laneHeight = touch || strip ? TAP_TARGET_PX : LANE_HEIGHT;
	const lanesTop = LANES_TOP + periodRows * PERIOD_ROW;
	const clusterTop = lanesTop + lanes * laneHeight + 2;
	return {
		lanes,
		laneHeight,
		hitPx: touch || strip ? TAP_TARGET_PX : 0,
		lanesTop,
		clusterTop,
		height: clusterTop + laneHeight + 4
	};
}
