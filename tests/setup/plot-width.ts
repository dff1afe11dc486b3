/**
 * jsdom lays nothing out: component tests that render the timeline give every element a width and
 * supply a ResizeObserver that reports it (the components read widths from one), for the tests of one file.
 */
import { afterAll, beforeAll } from 'vitest';

export function givePlotsAWidth(width = 1000): void {
	const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
	beforeAll(() => {
		Object.defineProperty(Element.prototype, 'clientWidth', {
			configurable: true,
			get: () => width
		});
		// Reports the width once, when observing starts, as a browser does after the first layout.
		globalThis.ResizeObserver ??= class {
			#report: ResizeObserverCallback;
			constructor(report: ResizeObserverCallback) {
				this.#report = report;
			}
			observe(target: Element) {
				const entry = { target, contentRect: { width, height: 0 } } as ResizeObserverEntry;
				this.#report([entry], this as unknown as ResizeObserver);
			}
			unobserve() {}
			disconnect() {}
		} as unknown as typeof ResizeObserver;
	});
	afterAll(() => {
		if (clientWidth) Object.defineProperty(Element.prototype, 'clientWidth', clientWidth);
	});
}
