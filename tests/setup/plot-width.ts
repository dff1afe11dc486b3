/**
 * jsdom lays nothing out: component tests that render the timeline give every element a width and
 * supply the ResizeObserver Svelte binds widths with, for the tests of one file.
 */
import { afterAll, beforeAll } from 'vitest';

export function givePlotsAWidth(width = 1000): void {
	const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth');
	beforeAll(() => {
		Object.defineProperty(Element.prototype, 'clientWidth', {
			configurable: true,
			get: () => width
		});
		globalThis.ResizeObserver ??= class {
			observe() {}
			unobserve() {}
			disconnect() {}
		} as unknown as typeof ResizeObserver;
	});
	afterAll(() => {
		if (clientWidth) Object.defineProperty(Element.prototype, 'clientWidth', clientWidth);
	});
}
