/**
 * An element's width from a ResizeObserver, as an attachment (`{@attach observeWidth(set)}`).
 *
 * Why not `bind:clientWidth`: Svelte reads `clientWidth` once when the binding starts, which
 * forces a layout in the middle of building the page (35–50 ms on the seed page, before anything
 * is drawn). A ResizeObserver reports the size after the browser's own layout, at no extra cost.
 */
import type { Attachment } from 'svelte/attachments';

/**
 * Calls `set` with the element's content-box width in whole pixels (as `clientWidth` gives it
 * for an element without padding) when it is first laid out and whenever it changes.
 */
export function observeWidth(set: (width: number) => void): Attachment<HTMLElement> {
	return (node) => {
		const observer = new ResizeObserver((entries) => {
			const entry = entries.at(-1);
			if (entry) set(Math.round(entry.contentRect.width));
		});
		observer.observe(node);
		return () => observer.disconnect();
	};
}
