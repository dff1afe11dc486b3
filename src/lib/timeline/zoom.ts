/**
 * The d3-zoom behaviour of the timeline's plot: wheel and trackpad zoom about the pointer, drag to
 * pan, pinch on touch screens and double-click to zoom in (shift: out). Its limits are one
 * function, `clampTransform`, given to d3 as `constrain`; its handler is the one writer of the
 * view's transform (`TimelineView.onZoom`).
 *
 * Loaded on the plot's first use (`view.svelte.ts`): the first view draws without it, and what the
 * reader did before it arrived (`early-zoom.ts`) is handed to it by `replayEarly`.
 */
import { zoom, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { select, type Selection } from 'd3-selection';
import { clampTransform } from './zoom-math.ts';
import { zoomTakes, type EarlyInput } from './early-zoom.ts';

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
			.filter(zoomTakes)
			.on('zoom', (event: D3ZoomEvent<Element, unknown>) =>
				onzoom(event.transform, (event.sourceEvent as Event | null) ?? null)
			)
			.on('end', (event: D3ZoomEvent<Element, unknown>) =>
				onend((event.sourceEvent as Event | null) ?? null)
			)
	);
}

/**
 * A method of the zoom behaviour called with its source event: d3-zoom 3 passes a last argument on
 * as the zoom event's `sourceEvent`, which its type definitions do not declare yet.
 */
type ZoomMethod = (
	selection: Selection<Element, unknown, null, undefined>,
	...args: unknown[]
) => void;

/** The behaviour attached to a plot, and the moves the view asks of it. */
export interface AttachedZoom {
	/** Applies `t` (already within the limits). */
	transform(t: ZoomTransform, sourceEvent?: Event): void;
	/** Zooms by `factor` about `about` (px in the plot; default its centre). */
	scaleBy(factor: number, about: [number, number] | undefined, sourceEvent?: Event): void;
	/** Moves by `dx` px of the unzoomed scale. */
	translateBy(dx: number, sourceEvent?: Event): void;
	detach(): void;
}

/** Attaches the behaviour (see `createZoomBehavior`) to `target`. */
export function attachZoom(
	target: Element,
	limits: ZoomLimits,
	onzoom: (transform: ZoomTransform, sourceEvent: Event | null) => void,
	onend: (sourceEvent: Event | null) => void
): AttachedZoom {
	const behavior = createZoomBehavior(limits, onzoom, onend);
	const selection = select(target).call(behavior);
	const call = (method: unknown, ...args: unknown[]) =>
		selection.call(method as ZoomMethod, ...args);
	return {
		transform: (t, sourceEvent) => call(behavior.transform, t, undefined, sourceEvent),
		scaleBy: (factor, about, sourceEvent) => call(behavior.scaleBy, factor, about, sourceEvent),
		translateBy: (dx, sourceEvent) => call(behavior.translateBy, dx, 0, sourceEvent),
		detach: () => void selection.on('.zoom', null)
	};
}

/**
 * Hands what the reader did before the behaviour arrived to it, in the order it was done: each
 * input event is dispatched again (a browser lets an event whose dispatch has ended be dispatched
 * once more, with its coordinates, keys and touches as they were) where d3-zoom listens for it, so
 * d3 reads it as it would have read it then, and a move the view was asked for (a key, a button)
 * is made. A gesture still under way goes on: d3 has seen its start, and its next events reach d3.
 */
export function replayEarly(inputs: readonly EarlyInput[], plot: Element): void {
	for (const input of inputs) {
		if (typeof input === 'function') input();
		else if (input.on === 'window') window.dispatchEvent(input.event);
		else {
			// Where it was aimed, if still in the plot (d3's filter reads it); else the plot itself.
			const target = input.event.target;
			const there = target instanceof Node && target.isConnected && plot.contains(target);
			(there ? target : plot).dispatchEvent(input.event);
		}
	}
}
