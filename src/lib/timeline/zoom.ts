/**
 * The d3-zoom behaviour of the timeline's plot: wheel and trackpad zoom about the pointer, drag to
 * pan, pinch on touch screens and double-click to zoom in (shift: out). Its limits are one
 * function, `clampTransform`, given to d3 as `constrain`; its handler is the one writer of the
 * view's transform (`TimelineView.onZoom`).
 */
import { zoom, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { clampTransform } from './zoom-math.ts';

export interface ZoomLimits {
	/** Plot width and height in px. */
	width: number;
	height: number;
	/** Largest zoom factor (see `maxZoomFactor`). */
	maxK: number;
}

/**
 * Creates the behaviour. `onzoom` gets each transform, `onend` the end of each move (a wheel
 * gesture ends when the wheel has rested for d3's 150 ms), both with the input event that caused
 * it, or null for a move made by the program.
 */
export function createZoomBehavior(
	{ width, height, maxK }: ZoomLimits,
	onzoom: (transform: ZoomTransform, sourceEvent: Event | null) => void,
	onend: (sourceEvent: Event | null) => void
): ZoomBehavior<Element, unknown> {
	return (
		zoom<Element, unknown>()
			// Double-click zooms at once, as every other control does: nothing animates.
			.duration(0)
			// d3 reads the scale limits before `constrain` when it zooms about a point.
			.scaleExtent([1, maxK])
			// An explicit extent: the default reads SVG geometry that jsdom lacks.
			.extent([
				[0, 0],
				[width, height]
			])
			.constrain((t) => clampTransform(t, width, maxK))
			// d3's default filter (no secondary buttons, ctrl only with the wheel), and never from a
			// popup inside the plot, whose own clicks and scrolling must stay its own.
			.filter(
				(event: Event & { button?: number; ctrlKey?: boolean }) =>
					(!event.ctrlKey || event.type === 'wheel') &&
					!event.button &&
					!(event.target as Element | null)?.closest?.('[data-no-zoom]')
			)
			.on('zoom', (event: D3ZoomEvent<Element, unknown>) =>
				onzoom(event.transform, (event.sourceEvent as Event | null) ?? null)
			)
			.on('end', (event: D3ZoomEvent<Element, unknown>) =>
				onend((event.sourceEvent as Event | null) ?? null)
			)
	);
}
