/**
 * The timeline's view state. The d3-zoom transform and the width are the only sources of truth;
 * the zoomed scale, visible window and ticks are derived. Only the d3-zoom handler writes
 * `transform` (see `zoom.ts`); every other control (buttons, keys, the overview brush, jumps)
 * computes a target with `zoom-math.ts` and asks d3-zoom to apply it through the methods below.
 */
import { select } from 'd3-selection';
import { zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { createBaseScale } from './scale.ts';
import { computeAxisTicks } from './ticks.ts';
import { transformCentredOn, transformForWindow } from './zoom-math.ts';
import { maxZoomFactor } from './zoom.ts';

export class TimelineView {
	/** Width of the plot in px; 0 until the container has been measured. */
	width = $state(0);
	/** The d3-zoom transform; written only by the zoom handler. */
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/** The full time extent in UTC ms, derived from the data (see the constructor). */
	readonly extent: [number, number] = $derived.by(() => this.#getExtent());
	#getExtent: () => [number, number];

	/** Largest zoom factor: the whole extent down to about a day. */
	maxK = $derived(maxZoomFactor(this.extent));
	/** Unzoomed scale over the whole extent. */
	baseX = $derived(createBaseScale(this.extent, this.width));
	/** The scale as the user sees it now. */
	x = $derived(this.transform.rescaleX(this.baseX));
	/** Visible window in UTC ms. */
	visible = $derived(this.x.domain());
	ticks = $derived(computeAxisTicks(this.x, this.width));

	/** The width `transform` was written at, so a resize keeps the same window. */
	#transformWidth = 0;
	#target: Element | undefined;
	#behavior: ZoomBehavior<Element, unknown> | undefined;

	/** `getExtent` is read reactively: the extent follows the data it is computed from. */
	constructor(getExtent: () => [number, number]) {
		this.#getExtent = getExtent;
	}

	/** The zoom handler's write (and the only one). */
	onZoom(t: ZoomTransform): void {
		this.transform = t;
		this.#transformWidth = this.width;
	}

	/** The current transform rescaled to the current width: the same window after a resize. */
	transformAtWidth(): ZoomTransform {
		const t = this.transform;
		if (!this.#transformWidth || this.#transformWidth === this.width) return t;
		return zoomIdentity.translate((t.x * this.width) / this.#transformWidth, 0).scale(t.k);
	}

	/** Called by `attachZoom`: the element d3-zoom listens on and its behaviour. */
	connect(target: Element, behavior: ZoomBehavior<Element, unknown>): () => void {
		this.#target = target;
		this.#behavior = behavior;
		return () => {
			if (this.#target === target) this.#target = this.#behavior = undefined;
		};
	}

	/** Asks d3-zoom to apply `t`; its handler then writes `transform`. */
	#apply(t: ZoomTransform): void {
		if (this.#target && this.#behavior) select(this.#target).call(this.#behavior.transform, t);
	}

	zoomBy(factor: number, aboutX?: number): void {
		if (!this.#target || !this.#behavior) return;
		const about: [number, number] | undefined =
			aboutX === undefined ? undefined : [Math.min(this.width, Math.max(0, aboutX)), 0];
		select(this.#target).call(this.#behavior.scaleBy, factor, about);
	}

	/** Pans by a fraction of the visible width (positive: towards later dates). */
	panBy(fraction: number): void {
		if (this.#target && this.#behavior)
			select(this.#target).call(
				this.#behavior.translateBy,
				(-fraction * this.width) / this.transform.k,
				0
			);
	}

	/** Frames every event (the whole extent). */
	fit(): void {
		this.#apply(zoomIdentity);
	}

	/** Shows the window [t0, t1] (UTC ms), within the zoom limits. */
	showWindow(window: readonly [number, number]): void {
		this.#apply(transformForWindow(this.baseX, window, this.width, this.maxK));
	}

	/** Centres `ms` (UTC ms), narrowing the window to `maxWindowMs` if it is wider. */
	centreOn(ms: number, maxWindowMs = Infinity): void {
		this.#apply(
			transformCentredOn(this.baseX, this.transform, ms, this.width, this.maxK, maxWindowMs)
		);
	}
}
