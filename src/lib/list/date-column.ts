/**
 * Whether the list's date column shows every date whole, from what the list measures: then its
 * cells need no clip. The column is `clamp(9.5rem, <widest date>, 40%)` of a row's grid (see
 * EventList's styles): a date is cut only when the widest is wider than 40% of the row. A clipped
 * cell is a clip node and a paint chunk of its own for the browser; a zoom step of the timeline
 * layerises the whole page (the list's chunks too), so a clip that cuts nothing costs on every
 * step. Wrong on the safe side only: when in doubt (not measured yet, rounding), the clip stays.
 */
export function datesFitColumn(widestDatePx: number, listWidthPx: number, remPx: number): boolean {
	if (!(widestDatePx > 0) || !(listWidthPx > 0) || !(remPx > 0)) return false;
	// A row's grid: the list's width less the row's padding (0.25rem each side).
	const grid = listWidthPx - 0.5 * remPx;
	// One px for rounding: the widest date was measured rounded up, the column is not rounded.
	return widestDatePx <= Math.max(9.5 * remPx, 0.4 * grid) - 1;
}
