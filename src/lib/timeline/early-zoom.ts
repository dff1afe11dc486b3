/**
 * What the reader does to the plot before its zoom code has arrived (`zoom.ts`, d3-zoom and d3-drag,
 * loaded on the plot's first use): a wheel, a drag, a touch, a pinch or a double-click made then
 * is kept, in order, and handed to d3-zoom when it arrives (`replayEarly`), so that the first
 * gesture does what it would have done had the code been there. A pointer coming over the plot, a
 * touch or focus in it says the reader means to use it: the code is asked for then.
 *
 * While it waits, the plot behaves towards the page as d3-zoom would: a wheel that zooms and a
 * drag's moves do not scroll or select the page, and the click that ends a drag selects nothing.
 */

/** A reader's input kept for d3-zoom: the event, and where d3-zoom listens for it. */
export interface EarlyEvent {
	event: Event;
	/** The plot (the event goes to its target again), or the window (a drag's moves and its end). */
	on: 'plot' | 'window';
}

/** An input kept for d3-zoom, or a move the view was asked for meanwhile (a key, a button). */
export type EarlyInput = EarlyEvent | (() => void);

/** What the recorder is told and asks. */
export interface EarlyZoomOptions {
	/** The reader means to use the plot: load the zoom code. */
	intent(): void;
	/** Keeps an input, in order. */
	record(input: EarlyEvent): void;
	/**
	 * Whether a wheel would change the zoom (d3-zoom ignores, and lets scroll the page, a wheel
	 * that cannot zoom further when no wheel gesture is under way).
	 */
	wheelZooms(event: WheelEvent): boolean;
}

/**
 * d3-zoom's `wheelDelta`: how many doublings of the zoom a wheel event asks for. Its formula, so
 * that the recorder lets through the same wheels as d3 does (see `wheelZooms`).
 */
export function wheelDoublings(event: WheelEvent): number {
	const perUnit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	return -event.deltaY * perUnit * (event.ctrlKey ? 10 : 1);
}

/**
 * The plot's zoom filter: d3's default (no secondary buttons, ctrl only with the wheel), and never
 * from a popup inside the plot, whose own clicks and scrolling must stay its own. d3-zoom's
 * (`zoom.ts`) and the recorder's before it arrives, so both take the same inputs.
 */
export function zoomTakes(event: Event & { button?: number; ctrlKey?: boolean }): boolean {
	return (
		(!event.ctrlKey || event.type === 'wheel') &&
		!event.button &&
		!(event.target as Element | null)?.closest?.('[data-no-zoom]')
	);
}

/** d3's `noevent`: the default and the other listeners of the event are d3's to stop. */
function noevent(event: Event): void {
	event.preventDefault();
	event.stopImmediatePropagation();
}

/**
 * Keeps the plot's inputs until the returned function is called (when the zoom code arrives,
 * before the kept inputs are handed to it).
 */
export function recordEarlyZoom(plot: HTMLElement, options: EarlyZoomOptions): () => void {
	const { intent, record } = options;
	let wheeling = false;
	const keep = (event: Event, on: EarlyEvent['on'] = 'plot') => record({ event, on });
	const listeners: [EventTarget, string, (event: Event) => void, AddEventListenerOptions?][] = [];
	const listen = <E extends Event>(
		target: EventTarget,
		type: string,
		listener: (event: E) => void,
		opts: AddEventListenerOptions = { passive: false }
	) => {
		target.addEventListener(type, listener as (event: Event) => void, opts);
		listeners.push([target, type, listener as (event: Event) => void, opts]);
	};
	const unlisten = (target: EventTarget, type: string) => {
		for (const [i, [t, name, listener, opts]] of [...listeners.entries()].reverse()) {
			if (t !== target || name !== type) continue;
			t.removeEventListener(name, listener, opts);
			listeners.splice(i, 1);
		}
	};

	for (const type of ['pointerover', 'focusin']) listen(plot, type, intent);
	listen(plot, 'wheel', (event: WheelEvent) => {
		intent();
		// As d3-zoom: a wheel already under way goes on; a first one that cannot zoom is the page's.
		if (!zoomTakes(event) || (!wheeling && !options.wheelZooms(event))) return;
		wheeling = true;
		event.preventDefault();
		keep(event);
	});
	listen(plot, 'dblclick', (event: MouseEvent) => {
		if (!zoomTakes(event)) return;
		event.preventDefault();
		keep(event);
	});
	listen(plot, 'mousedown', (event: MouseEvent) => {
		intent();
		if (!zoomTakes(event)) return;
		keep(event);
		// The drag's moves and its end, wherever the pointer goes: on the window, as d3-zoom.
		const view = window;
		const { clientX: x0, clientY: y0 } = event;
		let moved = false;
		listen(view, 'dragstart', noevent, { capture: true, passive: false });
		listen(view, 'selectstart', noevent, { capture: true, passive: false });
		listen(
			view,
			'mousemove',
			(move: MouseEvent) => {
				noevent(move);
				moved ||= move.clientX !== x0 || move.clientY !== y0;
				keep(move, 'window');
			},
			{ capture: true, passive: false }
		);
		listen(
			view,
			'mouseup',
			(up: MouseEvent) => {
				for (const type of ['dragstart', 'selectstart', 'mousemove', 'mouseup'])
					unlisten(view, type);
				noevent(up);
				keep(up, 'window');
				// A drag is not a click (d3-drag's `dragEnable`): the click that follows it goes nowhere.
				if (moved) {
					const swallow = (click: Event) => noevent(click);
					view.addEventListener('click', swallow, { capture: true, once: true });
					setTimeout(() => view.removeEventListener('click', swallow, { capture: true }), 0);
				}
			},
			{ capture: true, passive: false }
		);
	});
	listen(plot, 'touchstart', (event: TouchEvent) => {
		intent();
		if (zoomTakes(event)) keep(event);
	});
	for (const type of ['touchmove', 'touchend', 'touchcancel'])
		listen(plot, type, (event: TouchEvent) => {
			// The plot's `touch-action: none` already keeps the page from panning.
			if (type === 'touchmove') event.preventDefault();
			keep(event);
		});

	return () => {
		for (const [target, type, listener, opts] of listeners.splice(0))
			target.removeEventListener(type, listener, opts);
	};
}
