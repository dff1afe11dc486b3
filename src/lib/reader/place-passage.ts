/**
 * Where a scroller must stand so that a passage sits in the upper third of what it shows: near
 * the top with a line or two of context above, never at the bottom edge where it is easy to miss.
 */

/** The share of the visible height left above a placed passage, as context. */
export const CONTEXT_ABOVE = 0.15;

/**
 * The scrollTop (px) that puts a passage starting at `passageTop` (px, in the scroller's content)
 * at `CONTEXT_ABOVE` of the visible height below `insetTop` (px hidden by something sticky at the
 * top), within what the scroller can reach.
 */
export function placedScrollTop(
	passageTop: number,
	clientHeight: number,
	scrollHeight: number,
	insetTop = 0
): number {
	const visible = Math.max(0, clientHeight - insetTop);
	const top = passageTop - insetTop - visible * CONTEXT_ABOVE;
	return Math.round(Math.max(0, Math.min(top, scrollHeight - clientHeight)));
}

/**
 * What scrolls `node` vertically: its nearest ancestor (itself included) that is a scroll
 * container, whether or not it overflows now, else the document.
 */
export function verticalScroller(node: Element): Element {
	for (let at: Element | null = node; at; at = at.parentElement) {
		const { overflowY } = getComputedStyle(at);
		if (overflowY === 'auto' || overflowY === 'scroll') return at;
	}
	return node.ownerDocument.scrollingElement ?? node.ownerDocument.documentElement;
}
