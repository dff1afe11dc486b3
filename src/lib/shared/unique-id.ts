/**
 * Ids unique within the page, for SVG gradients and masks that components refer to by `url(#…)`.
 * A module counter rather than `$props.id()`, whose counter lives on `window.__svelte`: the embedded
 * element must not add anything to the host page's window but itself.
 */
let issued = 0;

export function uniqueId(prefix: string): string {
	issued += 1;
	return `${prefix}-${issued}`;
}
