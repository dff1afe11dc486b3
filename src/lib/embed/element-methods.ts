/**
 * The element's methods, `select(id)` and `zoomTo(from, to)`. Svelte mounts a custom element's
 * component a tick after it is connected and exposes exports only once mounted; these methods
 * work from the start: calls made before the component is ready wait for it.
 */

/** What the mounted component does for the methods. */
export interface TimelineController {
	select(id: string): void;
	zoomTo(from: string | number | Date, to: string | number | Date): void;
}

/** Where the component hands its controller to the element (a symbol: no public name). */
export const ATTACH_CONTROLLER = Symbol('event-timeline controller');

export interface ControllableElement extends HTMLElement {
	[ATTACH_CONTROLLER](controller: TimelineController | undefined): void;
}

type Call = (controller: TimelineController) => void;

/** Svelte's `customElement.extend`: adds the methods to the element class. */
// A mixin's constructor must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function withTimelineMethods<T extends new (...args: any[]) => HTMLElement>(Base: T) {
	return class EventTimelineElement extends Base {
		#controller: TimelineController | undefined;
		#waiting: Call[] = [];

		[ATTACH_CONTROLLER](controller: TimelineController | undefined): void {
			this.#controller = controller;
			if (controller) for (const call of this.#waiting.splice(0)) call(controller);
		}

		#call(call: Call): void {
			if (this.#controller) call(this.#controller);
			else this.#waiting.push(call);
		}

		/** Selects an event by id and opens its source, as a click would. */
		select(id: string): void {
			this.#call((controller) => controller.select(id));
		}

		/** Shows a window: ISO days ('2024-01-01', the `to` day included), Dates or UTC ms. */
		zoomTo(from: string | number | Date, to: string | number | Date): void {
			this.#call((controller) => controller.zoomTo(from, to));
		}
	};
}
