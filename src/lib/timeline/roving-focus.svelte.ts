/**
 * Focus on the timeline's marks across zooms. The marks and clusters are one tab stop (`roving.ts`
 * orders them); when a zoom removes the focused stop while nobody took focus elsewhere, focus goes
 * to the stop now drawn nearest to where it was in time, so a keyboard reader is never dropped.
 */
import { nearestStop } from './roving.ts';
import type { TimelineLayout } from './marks.ts';
import { DAY_MS } from './scale.ts';
import type { TimelineEvent } from '../data/types.ts';

/** The roving stop an event's target is in, if any. */
export function stopOf(target: EventTarget | null): HTMLElement | undefined {
	return (target as Element | null)?.closest?.<HTMLElement>('[data-stop]') ?? undefined;
}

export class RovingFocus {
	/** The key of the stop that has, or last had, focus. */
	key: string | undefined = $state();
	/** Where the focused stop was, in time (UTC ms). */
	atMs = 0;
	/** A stop had focus and nobody took it elsewhere: if a zoom removes the stop, focus follows. */
	#keep = false;
	#findEvent: (id: string) => TimelineEvent | undefined;

	constructor(findEvent: (id: string) => TimelineEvent | undefined) {
		this.#findEvent = findEvent;
	}

	onfocusin = (event: FocusEvent): void => {
		const stop = stopOf(event.target);
		if (!stop) return;
		this.#keep = true;
		this.key = stop.dataset.stop;
		const found = this.key && this.#findEvent(this.key.replace(/^cluster:/, ''));
		if (found) this.atMs = found.when.firstDay * DAY_MS;
	};

	onfocusout = (event: FocusEvent): void => {
		const stop = stopOf(event.target);
		const next = event.relatedTarget as Node | null;
		const plot = event.currentTarget as Element | null;
		if (!stop || (next && plot?.contains(next))) return;
		// Still on the page: the reader moved focus away (removal by a zoom leaves it detached).
		queueMicrotask(() => {
			if (stop.isConnected) this.#keep = false;
		});
	};

	/**
	 * After each new layout: puts focus back on the nearest stop if the focused one went away. `x`
	 * places a time (UTC ms) in the layout's px.
	 */
	restore(plot: HTMLElement | undefined, layout: TimelineLayout, x: (ms: number) => number): void {
		if (!this.#keep || !plot) return;
		const active = (plot.getRootNode() as Document | ShadowRoot).activeElement;
		if (active && plot.contains(active)) return;
		if (active && active !== document.body) {
			this.#keep = false;
			return;
		}
		const key = nearestStop(layout, x(this.atMs));
		const target = key
			? plot.querySelector<HTMLElement | SVGElement>(`[data-stop="${CSS.escape(key)}"]`)
			: plot.querySelector('svg');
		target?.focus();
	}
}
