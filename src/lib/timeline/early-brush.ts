/**
 * A press on the overview strip made before its brush has arrived (`overview-brush.ts` loads on
 * the strip's first use, and a reader on a phone may press it before anything else): the brush
 * never saw the press, so the strip reads it itself when it ends, as the brush would have, and
 * the reader's intent is not lost.
 */

/** What the press did, on the strip: where it went down and came up, px. */
export interface EarlyPress {
	downPx: number;
	upPx: number;
}

/** Below this many px between down and up, a press is a click, as d3-brush counts it. */
const CLICK_PX = 1;

/**
 * What a press made before the brush arrived asks for, as d3-brush would have read it: a click
 * centres the window there (`centre`, px); a drag begun on the window moves it by the drag; a
 * drag begun outside it draws a new window between down and up. Windows are in px on the strip,
 * kept within `[0, width]`.
 */
export function readEarlyPress(
	{ downPx, upPx }: EarlyPress,
	windowPx: readonly [number, number],
	width: number
): { centre: number } | { window: [number, number] } {
	const clamp = (px: number) => Math.min(width, Math.max(0, px));
	if (Math.abs(upPx - downPx) < CLICK_PX) return { centre: clamp(upPx) };
	const [from, to] = windowPx;
	if (downPx >= from && downPx <= to) {
		// Moved whole, stopped at the ends as the brush stops it.
		const shift = Math.min(width - to, Math.max(-from, upPx - downPx));
		return { window: [from + shift, to + shift] };
	}
	const [a, b] = [clamp(downPx), clamp(upPx)].sort((p, q) => p - q);
	return { window: [a, b] };
}
