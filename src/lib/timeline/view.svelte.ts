/**
 * The timeline's view state, one per reading surface, shared through context (`view-context.ts`)
 * with everything that shows or moves the visible window: the plot, the overview, the list, the
 * URL and the embeds. The d3-zoom transform and the width are the only sources of truth; the
 * zoomed scale, visible window and ticks are derived. Only the d3-zoom handler writes `transform`;
 * every other control (buttons, keys, the overview brush, jumps, links, the list) computes a target
 * with `zoom-math.ts` and asks d3-zoom to apply it through the methods below.
 *
 * d3-zoom (`zoom.ts`) loads on the plot's first use: the first view is drawn without it, at the
 * transform of its window. Until it arrives the view writes the transform itself, only for a
 * move whose target is a window (`showWindow`, `centreOn`, `fit`: `clampTransform` of it, as d3's
 * `transform` applies it); a move relative to the transform (`zoomBy`, `panBy`) and every gesture
 * made on the plot meanwhile (`early-zoom.ts`) wait for it, in order, and ask for it. When it
 * arrives it is attached at the transform the view shows, and is handed what waited: from then
 * on it is the one writer.
 */
import { zoomIdentity, type ZoomTransform } from './zoom-transform.ts';
import { createBaseScale } from './scale.ts';
import { computeAxisTicks } from './ticks.ts';
import { recordEarlyZoom, wheelDoublings, type EarlyInput } from './early-zoom.ts';
import { Lazy } from '../shared/lazy.svelte.ts';
import type { AttachedZoom } from './zoom.ts';
import {
	clampTransform,
	maxZoomFactor,
	transformCentredOn,
	transformForWindow
} from './zoom-math.ts';

/** d3-zoom and the plot's gestures: on the plot's first use (one load for every view). */
const zoomPart = new Lazy('the zoom', () => import('./zoom.ts'));

/**
 * Loads the zoom code now (the plot loads it on its first use). Resolves once it is in, so that
 * an attach after it is synchronous (the unit tests).
 */
export async function loadZoomCode(): Promise<void> {
	await zoomPart.load();
}

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
	#height = 0;
	/** d3-zoom on the plot, once its code has arrived. */
	#zoom: AttachedZoom | undefined;
	/** What waits for d3-zoom, in order (see the class's comment); undefined when nothing does. */
	#early: EarlyInput[] | undefined;
	/** The plot whose inputs are kept for d3-zoom, and how to stop keeping them. */
	#recording: { plot: Element; stop: () => void } | undefined;

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
	 * Before d3-zoom's code has arrived, the view takes that window itself and keeps the plot's
	 * inputs for it. Returns the cleanup.
	 */
	attach(target: Element, height: number): () => void {
		this.#target = target;
		this.#height = height;
		// A gesture cut short by the re-attach never sends its end.
		this.inGesture = false;
		const pending = this.width > 0 ? this.#pending : undefined;
		if (pending) this.#pending = undefined;
		const t = pending
			? this.#targetFor(pending)
			: clampTransform(this.#transformAtWidth(), this.width, this.maxK);
		if (zoomPart.value) this.#attachZoom(t);
		else {
			this.#write(t, null);
			this.#keepInputs(target);
		}
		return () => {
			if (this.#target !== target) return;
			this.#zoom?.detach();
			this.#target = this.#zoom = undefined;
		};
	}

	/** d3-zoom on the plot at `t`, then what waited for it (its code is in). */
	#attachZoom(t: ZoomTransform): void {
		const target = this.#target!;
		this.#zoom = zoomPart.value!.attachZoom(
			target,
			{ width: this.width, height: this.#height, maxK: this.maxK },
			(t, sourceEvent) => this.onZoom(t, sourceEvent),
			(sourceEvent) => this.onZoomEnd(sourceEvent)
		);
		// A new behaviour starts from identity: apply the window it must show.
		this.#zoom.transform(t);
		const early = this.#early;
		this.#early = undefined;
		this.#recording?.stop();
		this.#recording = undefined;
		if (early) zoomPart.value!.replayEarly(early, target);
	}

	/** Keeps the plot's inputs for d3-zoom, and loads it when the reader means to use the plot. */
	#keepInputs(plot: Element): void {
		if (this.#recording?.plot === plot) return;
		this.#recording?.stop();
		const stop = recordEarlyZoom(plot as HTMLElement, {
			intent: () => this.#loadZoom(),
			record: (input) => (this.#early ??= []).push(input),
			wheelZooms: (event) => {
				const k = this.transform.k * 2 ** wheelDoublings(event);
				return Math.min(this.maxK, Math.max(1, k)) !== this.transform.k;
			}
		});
		this.#recording = { plot, stop };
	}

	/**
	 * Loads d3-zoom (once for every view: another may have loaded it after this one was attached)
	 * and attaches it to the plot, if there is one still.
	 */
	#loadZoom(): void {
		void zoomPart.load().then((code) => {
			if (code && this.#target && !this.#zoom) this.#attachZoom(this.transform);
		});
	}

	/**
	 * Before d3-zoom: runs `move` when it arrives (after what waits already) and asks for it.
	 * Returns whether the move waits.
	 */
	#waitForZoom(move: () => void, always: boolean): boolean {
		if (this.#zoom || !this.#target) return false;
		if (!always && !this.#early) return false;
		(this.#early ??= []).push(move);
		this.#loadZoom();
		return true;
	}

	/** A move made before d3-zoom has arrived, as its `transform` makes one (start, zoom, end). */
	#write(t: ZoomTransform, sourceEvent: Event | null): void {
		this.onZoom(t, sourceEvent);
		this.onZoomEnd(sourceEvent);
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
	 * the plot is dropped: this move came after it, and a re-attach must not bring it back. Before
	 * d3-zoom has arrived the view applies it itself, unless other moves wait for d3-zoom.
	 */
	#apply(target: () => ZoomTransform, sourceEvent?: Event): void {
		this.#pending = undefined;
		if (this.#waitForZoom(() => this.#apply(target, sourceEvent), false)) return;
		if (this.#zoom) this.#zoom.transform(target(), sourceEvent);
		else if (this.#target)
			this.#write(clampTransform(target(), this.width, this.maxK), sourceEvent ?? null);
	}

	/** Zooms by `factor` about `aboutX` (px; default the centre). Pass the input event if any. */
	zoomBy(factor: number, aboutX?: number, sourceEvent?: Event): void {
		if (this.#waitForZoom(() => this.zoomBy(factor, aboutX, sourceEvent), true)) return;
		if (!this.#zoom) return;
		const about: [number, number] | undefined =
			aboutX === undefined ? undefined : [Math.min(this.width, Math.max(0, aboutX)), 0];
		this.#zoom.scaleBy(factor, about, sourceEvent);
	}

	/** Pans by a fraction of the visible width (positive: towards later dates). */
	panBy(fraction: number, sourceEvent?: Event): void {
		if (this.#waitForZoom(() => this.panBy(fraction, sourceEvent), true)) return;
		this.#zoom?.translateBy((-fraction * this.width) / this.transform.k, sourceEvent);
	}

	/** Frames every event (the whole extent). */
	fit(sourceEvent?: Event): void {
		this.#pending = undefined;
		this.#apply(() => zoomIdentity, sourceEvent);
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
		this.#apply(() => this.#targetFor(window), sourceEvent);
	}

	/** Centres `ms` (UTC ms), narrowing the window to `maxWindowMs` if it is wider. */
	centreOn(ms: number, maxWindowMs = Infinity, sourceEvent?: Event): void {
		this.#apply(
			() => transformCentredOn(this.baseX, this.transform, ms, this.width, this.maxK, maxWindowMs),
			sourceEvent
		);
	}
}
