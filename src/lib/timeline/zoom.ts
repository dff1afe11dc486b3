/**
 * Attaches d3-zoom to the timeline's plot. The zoom handler is the one writer of the view's
 * transform; limits live here and nowhere else. d3-zoom brings wheel and trackpad zoom about the
 * pointer, drag to pan, pinch on touch screens and double-click to zoom in (shift: out).
 */
import { select } from 'd3-selection';
import { zoom, type D3ZoomEvent } from 'd3-zoom';
import type { TimelineView } from './view.svelte.ts';
import { DAY_MS } from './scale.ts';

/** The narrowest window a user can zoom to: about one day across the plot. */
export const MIN_WINDOW_MS = DAY_MS;

/** Largest zoom factor: the whole extent down to about `MIN_WINDOW_MS`. */
export function maxZoomFactor(extent: [number, number]): number {
	return Math.max(1, (extent[1] - extent[0]) / MIN_WINDOW_MS);
}

/** Creates the zoom behaviour for `view`, attaches it to `target`, and returns a cleanup. */
export function attachZoom(target: Element, view: TimelineView, height: number): () => void {
	const behavior = zoom<Element, unknown>()
		// Double-click zooms at once, as every other control does: nothing animates.
		.duration(0)
		.scaleExtent([1, view.maxK])
		// An explicit extent: the default reads SVG geometry that jsdom lacks.
		.extent([
			[0, 0],
			[view.width, height]
		])
		.translateExtent([
			[0, 0],
			[view.width, height]
		])
		// d3's default filter (no secondary buttons, ctrl only with the wheel), and never from a
		// popup inside the plot, whose own clicks and scrolling must stay its own.
		.filter(
			(event: Event & { button?: number; ctrlKey?: boolean }) =>
				(!event.ctrlKey || event.type === 'wheel') &&
				!event.button &&
				!(event.target as Element | null)?.closest?.('[data-no-zoom]')
		)
		.on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
			view.onZoom(event.transform);
		});
	const selection = select(target).call(behavior);
	// A new behaviour starts from identity; carry the current window over (e.g. after a resize).
	selection.call(behavior.transform, view.transformAtWidth());
	const disconnect = view.connect(target, behavior);
	return () => {
		disconnect();
		selection.on('.zoom', null);
	};
}
