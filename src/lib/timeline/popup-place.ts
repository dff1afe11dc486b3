/** Where a popup over the plot goes: the tooltip and the cluster list. Pure. */

/** A popup's width in px (its CSS max-width). */
export const POPUP_WIDTH = 280;

/** The left edge (px) of a popup for a mark starting at `x`, kept inside a plot `plotWidth` wide. */
export function popupLeft(x: number, plotWidth: number): number {
	return Math.min(Math.max(x - 12, 0), Math.max(0, plotWidth - POPUP_WIDTH));
}
