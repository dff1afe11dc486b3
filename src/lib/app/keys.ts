/**
 * The reading keys, shared by the page and the embeds: n / p step through the shown events, Enter
 * opens the selected event's source, Escape closes it, / goes to the search box.
 */

export type KeyAction = 'next' | 'previous' | 'open' | 'close' | 'search';

/** Whether a key press belongs to a control (typing, a button) rather than to the page. */
function isForControl(target: EventTarget | null): boolean {
	const element = target as HTMLElement | null;
	return !!element?.closest?.(
		'input, textarea, select, button, a, [contenteditable], [role=button]'
	);
}

/** What a key press asks for, or undefined when it is not ours (or a control's own key). */
export function keyAction(event: KeyboardEvent, readerOpen: boolean): KeyAction | undefined {
	if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return undefined;
	// A dialog (the embed dialog) has its own keys: Escape closes it, not the reader behind.
	if ((event.target as HTMLElement | null)?.closest?.('dialog')) return undefined;
	if (event.key === 'Escape' && readerOpen) return 'close';
	const typing = (event.target as HTMLElement | null)?.closest?.('input, textarea, select');
	if (typing) return undefined;
	if (event.key === 'n') return 'next';
	if (event.key === 'p') return 'previous';
	if (event.key === 'Enter' && !isForControl(event.target)) return 'open';
	if (event.key === '/') return 'search';
	return undefined;
}
