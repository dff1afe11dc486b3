/**
 * The timeline's view state. The d3-zoom transform and the width are the only sources of truth;
 * the zoomed scale, visible window and ticks are derived. Only the d3-zoom handler writes
 * `transform` (see `zoom.ts`); other controls ask d3-zoom to move through `zoomBehavior`.
 */
import { zoomIdentity, type ZoomTransform } from 'd3-zoom';
import { createBaseScale } from './scale.ts';
import { computeTicks } from './ticks.ts';

export class TimelineView {
	/** Width of the plot in px; 0 until the container has been measured. */
	width = $state(0);
	/** The d3-zoom transform; written only by the zoom handler. */
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/** The full time extent in UTC ms, derived from the data (see the constructor). */
	readonly extent: [number, number] = $derived.by(() => this.#getExtent());
	#getExtent: () => [number, number];

	/** Unzoomed scale over the whole extent. */
	baseX = $derived(createBaseScale(this.extent, this.width));
	/** The scale as the user sees it now. */
	x = $derived(this.transform.rescaleX(this.baseX));
	/** Visible window in UTC ms. */
	visible = $derived(this.x.domain().map((d) => d.getTime()) as [number, number]);
	ticks = $derived(computeTicks(this.x, this.width));

	/** `getExtent` is read reactively: the extent follows the data it is computed from. */
	constructor(getExtent: () => [number, number]) {
		this.#getExtent = getExtent;
	}
}
