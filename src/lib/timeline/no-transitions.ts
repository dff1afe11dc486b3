/**
 * Stands in for d3-transition and d3-interpolate in the app's build (see `vite.config.ts`). The
 * timeline never animates: every zoom, pan, jump and brush move is applied at once (d3-zoom's
 * double-click is set to `duration(0)` in `zoom.ts`), which also keeps faith with reduced motion.
 * d3-zoom and d3-brush import these modules only to animate and to stop animations, yet they
 * bring d3-color, d3-ease and d3-timer with them: about 26 kB of script that would never run.
 *
 * What they call when not animating is here and does nothing; anything that would animate throws,
 * so that an animation asked for by mistake fails loudly rather than silently jumping.
 */
import { selection } from 'd3-selection';

function noAnimations(): never {
	throw new Error('The timeline does not animate: d3 transitions are not in this build.');
}

/** Stops a node's transitions: there are none. */
export function interrupt(): void {}

/** Starting a transition, or interpolating for one. */
export const transition = noAnimations;
export const interpolate = noAnimations;
export const interpolateZoom = noAnimations;

// d3-transition adds these to every selection; d3-zoom and d3-brush call `interrupt()`.
Object.assign(selection.prototype, {
	interrupt(this: unknown) {
		return this;
	},
	transition: noAnimations
});
