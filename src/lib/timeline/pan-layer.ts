/**
 * A drag that pans the plot moves a composited layer: the marks, labels and ticks laid out once,
 * over three widths (the window and one width of overdraw on each side), and slid by the plot's
 * scroll position on each step (`layerScroll`; the SVG and, when it draws the marks, the canvas
 * scroll as one), which the compositor applies without layout, paint or a redraw of the canvas. Pure: which
 * layout a move may keep, and where the layer sits; `Timeline.svelte` draws it.
 *
 * The lanes are packed from the layout's left edge, so a layout over another range packs other
 * lanes: re-laying out the layer where a drag ends would move what the reader sees. So the layout a
 * drag began (its anchor) is kept after the drag, and only the layer's offset is written into the
 * drawing once the drag ends; a zoom, a move by a control, or a drag past the overdraw lays out
 * afresh, as every step of a drag did before.
 */
import type { DrawnCluster, DrawnMark, TimelineLayout } from './marks.ts';
import { drawnExtent, fitLabels } from './marks.ts';

/** The transform and surroundings a layout was made for. */
export interface PanAnchor {
	/** The zoom factor and x translation (px) of the d3-zoom transform it was laid out at. */
	readonly k: number;
	readonly tx: number;
	/** Plot width in px. */
	readonly width: number;
	/** Laid out over three widths (a drag is under way or was), else over the window alone. */
	readonly strips: boolean;
	/** What else the layout depends on (the events' index, the lanes…), compared by identity. */
	readonly deps: readonly unknown[];
}

/** Keeps the anchor of the layout across the steps of a drag (see the module's note). */
export class PanLayer {
	#anchor: PanAnchor | undefined;
	#lastTx = NaN;

	/**
	 * The anchor for the view's transform `t` at `width` px: the same object while the layout it
	 * stands for still serves (so that nothing derived from it is recomputed), a new one when the
	 * layout must be made again.
	 *
	 * Kept when nothing moved (a re-read, or the end of a gesture), and during a gesture that only
	 * translates while the overdraw covers the view (at most one width either way). The first
	 * translating step of a gesture turns a one-width anchor into a three-width one, at the same
	 * transform.
	 */
	anchorFor(
		t: { k: number; x: number },
		width: number,
		inGesture: boolean,
		deps: readonly unknown[]
	): PanAnchor {
		const a = this.#anchor;
		const same =
			a !== undefined &&
			a.k === t.k &&
			a.width === width &&
			a.deps.length === deps.length &&
			a.deps.every((d, i) => d === deps[i]);
		let next: PanAnchor;
		if (same && (t.x === this.#lastTx || t.x === a.tx) && (a.strips || t.x === a.tx)) next = a;
		else if (same && inGesture && Math.abs(t.x - a.tx) <= width)
			next = a.strips ? a : { ...a, strips: true };
		else next = { k: t.k, tx: t.x, width, strips: false, deps: [...deps] };
		this.#lastTx = t.x;
		this.#anchor = next;
		return next;
	}
}

/**
 * Where the drawing sits, in px. During a drag over a three-width layout, layout coordinate c is on
 * screen at c + inner + css: `inner` is where the view stood when the drag began, `css` how far
 * the drag has moved since; the plot scrolls by both at once (`layerScroll`). At rest the drawing
 * is in the plot's px: both are 0.
 */
export interface LayerShift {
	inner: number;
	css: number;
}

/**
 * The shift for `anchor` when the view's transform is at `tx`. `base` is the view's offset from
 * the anchor (px) when the drag began: the layout's window is a width right of its left edge.
 */
export function layerShift(
	anchor: PanAnchor,
	tx: number,
	base: number,
	inGesture: boolean
): LayerShift {
	if (!anchor.strips || !inGesture) return { inner: 0, css: 0 };
	return { inner: base - anchor.width, css: tx - anchor.tx - base };
}

/**
 * The plot's horizontal scroll position (px) that shows a drag's layer where `shift` puts it: the
 * SVG is drawn three widths wide from the plot's left edge, and layout coordinate c shows at
 * c − scroll = c + inner + css. Between 0 and two widths while the anchor serves (the view at most
 * a width from it either way); 0 at rest.
 *
 * Why a scroll position and not the SVG's transform: Chromium takes a changed scroll offset
 * straight to the compositor, where a changed transform (even on a `will-change: transform`
 * layer) makes it re-layerize the whole page's paint and commit it again: measured, about 0.6 ms
 * and 1–2 ms of the main thread per drag step on the seed page. The scroll offset is kept whole
 * px by the browser: a fraction of a pixel mid-drag, none once the drag ends.
 */
export function layerScroll({ inner, css }: LayerShift): number {
	return Math.max(0, -(inner + css));
}

/**
 * The part of a layout whose marks (their shapes and tap targets) and clusters reach into
 * [lo, hi] px. A mark beyond the edge goes with its label, though the label ran into view during
 * the drag: at rest no label stands in the plot without its mark.
 */
export function partIn(layout: TimelineLayout, lo: number, hi: number): TimelineLayout {
	const marks = layout.marks.filter((mark) => {
		const [from, to] = drawnExtent({ ...mark, labelled: false }, 0);
		return to > lo && from < hi;
	});
	const clusters = layout.clusters.filter((c) => c.x1 > lo && c.x0 < hi);
	// The density is drawn whole: the plot clips the columns beyond its edges.
	return { marks, clusters, visibleCount: layout.visibleCount, density: layout.density };
}

/**
 * A copy of an unfitted layout moved by `dx` px, with its labels fitted to [0, width] px
 * (`fitLabels`): the plot's edges where the copy is drawn at rest, the layer's for a drag. The
 * layout itself is left as it is: it is fitted again for each place it is drawn in.
 */
export function fittedCopy(
	layout: TimelineLayout,
	dx: number,
	width: number,
	charPx: number
): TimelineLayout {
	const marks: DrawnMark[] = layout.marks.map((m) => ({
		...m,
		x0: m.x0 + dx,
		x1: m.x1 + dx,
		labelX: m.labelX + dx,
		hitX0: m.hitX0 === undefined ? undefined : m.hitX0 + dx,
		hitX1: m.hitX1 === undefined ? undefined : m.hitX1 + dx
	}));
	fitLabels(marks, width, charPx);
	const clusters: DrawnCluster[] = layout.clusters.map((c) => ({
		count: c.count,
		first: c.first,
		last: c.last,
		events: () => c.events(),
		x0: c.x0 + dx,
		x1: c.x1 + dx
	}));
	const density = layout.density && { ...layout.density, x0: layout.density.x0 + dx };
	return { marks, clusters, visibleCount: layout.visibleCount, density };
}
