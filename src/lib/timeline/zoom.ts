/**
 * Attaches d3-zoom to the timeline's SVG. The zoom handler is the one writer of the view's
 * transform; limits live here and nowhere else.
 */
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom';
import type { TimelineView } from './view.svelte.ts';
import { DAY_MS } from './scale.ts';

/** The narrowest window a user can zoom to. */
export const MIN_WINDOW_MS = 2 * DAY_MS;

/** Largest zoom factor: the whole extent down to about `MIN_WINDOW_MS`. */
export function maxZoomFactor(extent: [number, number]): number {
	return Math.max(1, (extent[1] - extent[0]) / MIN_WINDOW_MS);
}

/**
 * Creates the zoom behaviour for `view`, attaches it to `svg`, and returns a cleanup. `onReady`
 * receives the behaviour so buttons can apply target transforms through it.
 */
export function attachZoom(
	svg: SVGSVGElement,
	view: TimelineView,
	height: number,
	onReady: (behavior: ZoomBehavior<SVGSVGElement, unknown>) => void
): () => void {
	const behavior = zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, maxZoomFactor(view.extent)])
		// An explicit extent: the default reads SVG geometry that jsdom lacks.
		.extent([
			[0, 0],
			[view.width, height]
		])
		.translateExtent([
			[0, 0],
			[view.width, height]
		])
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			view.transform = event.transform;
		});
	const selection = select(svg).call(behavior);
	onReady(behavior);
	return () => {
		selection.on('.zoom', null);
	};
}
