/**
 * The timeline's view state, one per reading surface, shared through context (`view-context.ts`)
 * with everything that shows or moves the visible window: the plot, the overview, the list, the
 * URL and the embeds. The d3-zoom transform and the width are the only sources of truth; the
 * zoomed scale, visible window and ticks are derived. Only the d3-zoom handler writes `transform`;
 * every other control (buttons, keys, the overview brush, jumps, links, the list) computes a target
 * with `zoom-math.ts` and asks d3-zoom to apply it through the methods below.
 */
import { select, type Selection } from 'd3-selection';
import { zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { createBaseScale } from './scale.ts';
import { computeAxisTicks } from './ticks.ts';
import { createZoomBehavior } from './zoom.ts';
import {
	clampTransform,
	maxZoomFactor,
	transformCentredOn,
	transformForWindow
} from './zoom-math.ts';

/**
 * A method of the zoom behaviour called with its source event: d3-zoom 3 passes a last argument on
 * as the zoom event's `sourceEvent`, which its type definitions do not declare yet.
 */
type ZoomMethod = (
	selection: Selection<Element, unknown, null, undefined>,
	...args: unknown[]
) => void;

/** Who moved the view last: the reader (a gesture, a button, a key) or the program. */
export type MovedBy = 'user' | 'program';

export class TimelineView {
	/** Width of the plot in px; 0 until the container has been measured. */
	width = $state(0);
	/** The d3-zoom transform; written only by the zoom handler. */
	transform: ZoomTransform = $state.raw(zoomIdentity);
	/**
	 * Who made the last move: 'user' when d3-zoom's event had a source event (a gesture, or a
	 * control that passed its click or key event along), else 'program'.
	 */
	movedBy: MovedBy = $state('program');
	/**
	 * The window the reader's last move ended on (UTC ms): a gesture once it ends, a button or a
	 * key at once. Moves by the program leave it as it is. The list follows it, not every frame.
	 */
	settledByUser: readonly [number, number] | undefined = $state.raw();
	/**
	 * A move of the reader's is under way: from its first zoom event to d3-zoom's `end` (a wheel
	 * that has rested for 150 ms, a drag or a pinch let go). What only follows the view (the
	 * overview's window, the status line, the list) waits for the end: during a gesture a step
	 * redraws the plot alone, not the page around it. A button or a key starts and ends its move
	 * in one call, so what follows moves with it at once.
	 */
	inGesture = $state(false);
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
	visible = $derived(this.x.domain() as [number, number]);
	ticks = $derived(computeAxisTicks(this.x, this.width));

	/**
	 * A window asked for before the plot could show it (no width yet, or not attached): a link
	 * opened on load. Shown when the zoom behaviour is attached.
	 */
	#pending: readonly [number, number] | undefined = $state.raw();
	/** The width `transform` was written at, so a resize keeps the same window. */
	#transformWidth = 0;
	#target: Element | undefined;
	#behavior: ZoomBehavior<Element, unknown> | undefined;

	/** `getExtent` is read reactively: the extent follows the data it is computed from. */
	constructor(getExtent: () => [number, number]) {
		this.#getExtent = getExtent;
	}

	/**
	 * The window the view shows, or will show once it can (a link's, before the first layout);
	 * undefined while there is no plot to show one.
	 */
	get window(): readonly [number, number] | undefined {
		return this.#pending ?? (this.width > 0 ? this.visible : undefined);
	}

	/** The zoom handler's write (and the only one). */
	onZoom(t: ZoomTransform, sourceEvent: Event | null = null): void {
		this.transform = t;
		this.movedBy = sourceEvent ? 'user' : 'program';
		this.inGesture = sourceEvent !== null;
		this.#transformWidth = this.width;
	}

	/** The end of a move (d3-zoom's `end` event). */
	onZoomEnd(sourceEvent: Event | null = null): void {
		this.inGesture = false;
		if (sourceEvent) this.settledByUser = this.visible;
	}

	/**
	 * Attaches d3-zoom to `target` at the current width and extent (the plot re-attaches when they
	 * change) and carries the window over: the pending one if any, else the same window as before.
	 * Returns the cleanup.
	 */
	attach(target: Element, height: number): () => void {
		const behavior = createZoomBehavior(
			{ width: this.width, height, maxK: this.maxK },
			(t, sourceEvent) => this.onZoom(t, sourceEvent),
			(sourceEvent) => this.onZoomEnd(sourceEvent)
		);
		const selection = select(target).call(behavior);
		// A gesture cut short by the re-attach never sends its end.
		this.inGesture = false;
		this.#target = target;
		this.#behavior = behavior;
		const pending = this.width > 0 ? this.#pending : undefined;
		if (pending) this.#pending = undefined;
		// A new behaviour starts from identity: apply the window it must show.
		selection.call(
			behavior.transform,
			pending
				? this.#targetFor(pending)
				: clampTransform(this.#transformAtWidth(), this.width, this.maxK)
		);
		return () => {
			selection.on('.zoom', null);
			if (this.#target === target) this.#target = this.#behavior = undefined;
		};
	}

	/** The current transform rescaled to the current width: the same window after a resize. */
	#transformAtWidth(): ZoomTransform {
		const t = this.transform;
		if (!this.#transformWidth || this.#transformWidth === this.width) return t;
		return zoomIdentity.translate((t.x * this.width) / this.#transformWidth, 0).scale(t.k);
	}

	#targetFor(window: readonly [number, number]): ZoomTransform {
		return transformForWindow(this.baseX, window, this.width, this.maxK);
	}

	/**
	 * Asks d3-zoom to apply `t`; its handler then writes `transform`. A window still waiting for
	 * the plot is dropped: this move came after it, and a re-attach must not bring it back.
	 */
	#apply(t: ZoomTransform, sourceEvent?: Event): void {
		this.#pending = undefined;
		if (this.#target && this.#behavior)
			select(this.#target).call(this.#behavior.transform as ZoomMethod, t, undefined, sourceEvent);
	}

	/** Zooms by `factor` about `aboutX` (px; default the centre). Pass the input event if any. */
	zoomBy(factor: number, aboutX?: number, sourceEvent?: Event): void {
		if (!this.#target || !this.#behavior) return;
		const about: [number, number] | undefined =
			aboutX === undefined ? undefined : [Math.min(this.width, Math.max(0, aboutX)), 0];
		select(this.#target).call(this.#behavior.scaleBy as ZoomMethod, factor, about, sourceEvent);
	}

	/** Pans by a fraction of the visible width (positive: towards later dates). */
	panBy(fraction: number, sourceEvent?: Event): void {
		if (this.#target && this.#behavior)
			select(this.#target).call(
				this.#behavior.translateBy as ZoomMethod,
				(-fraction * this.width) / this.transform.k,
				0,
				sourceEvent
			);
	}

	/** Frames every event (the whole extent). */
	fit(sourceEvent?: Event): void {
		this.#pending = undefined;
		this.#apply(zoomIdentity, sourceEvent);
	}

	/**
	 * Shows the window [t0, t1] (UTC ms), within the zoom limits. Before the plot is attached with
	 * a width, the window waits and is shown then.
	 */
	showWindow(window: readonly [number, number], sourceEvent?: Event): void {
		if (!this.#target || this.width === 0) {
			this.#pending = [window[0], window[1]];
			return;
		}
		this.#apply(this.#targetFor(window), sourceEvent);
	}

	/** Centres `ms` (UTC ms), narrowing the window to `maxWindowMs` if it is wider. */
	centreOn(ms: number, maxWindowMs = Infinity, sourceEvent?: Event): void {
		this.#apply(
			transformCentredOn(this.baseX, this.transform, ms, this.width, this.maxK, maxWindowMs),
			sourceEvent
		);
	}
}
