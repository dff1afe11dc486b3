/**
 * The overview strip's brush (d3-brush), attached on the strip's first use (`Overview.svelte`):
 * the strip and its window are drawn without it, and a reader who only looks never loads it.
 */
// d3-brush calls selection methods the first view does not load (scripts/lean-selection.ts).
import 'virtual:d3-selection-rest';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { pointer, select } from 'd3-selection';
import type { TimelineView } from './view.svelte.ts';

/** What the brush reads of the strip, each time it is asked: the window in px on the strip. */
export interface BrushTarget {
	view: TimelineView;
	/** The strip's height, px. */
	height: number;
}

/** A brush on `node` (the strip's `g.brush`) and how to move it and detach it. */
export interface AttachedBrush {
	/** Moves the brush to `windowPx` on the strip (a programmatic move: the view is not asked). */
	move(windowPx: readonly [number, number]): void;
	detach(): void;
}

/**
 * Attaches a brush spanning the view's width to `node`: a brush gesture asks the view (d3-zoom,
 * its one writer) to show the window drawn; a click without a drag centres the window there.
 */
export function attachOverviewBrush(
	node: SVGGElement,
	{ view, height }: BrushTarget
): AttachedBrush {
	const behavior = brushX()
		.extent([
			[0, 0],
			[view.width, height]
		])
		.on('brush end', (event: D3BrushEvent<unknown>) => {
			// Programmatic moves (following the main view) have no source event.
			if (!event.sourceEvent) return;
			const selection = event.selection as [number, number] | null;
			if (selection && selection[1] - selection[0] >= 1) {
				view.showWindow(
					[view.baseX.invert(selection[0]), view.baseX.invert(selection[1])],
					event.sourceEvent
				);
			} else if (event.type === 'end') {
				const [px] = pointer(event.sourceEvent, node);
				view.centreOn(view.baseX.invert(px), Infinity, event.sourceEvent);
			}
		});
	const group = select(node).call(behavior);
	return {
		move: (windowPx) => group.call(behavior.move, [windowPx[0], windowPx[1]]),
		detach: () => void group.on('.brush', null)
	};
}
