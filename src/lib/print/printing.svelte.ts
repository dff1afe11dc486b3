/**
 * Whether the page is being printed. The record on paper (`PrintRecord.svelte`) holds every shown
 * event with its passages: kept in the page at all times, it was most of the page's DOM and heap
 * (at 100 000 events, 100 000 articles nobody sees on screen). It is drawn when printing starts
 * and dropped after.
 */
import { flushSync } from 'svelte';

export class PrintState {
	/** True from the moment printing starts (or print media is emulated) until it ends. */
	active = $state(false);

	/**
	 * Follows `beforeprint`/`afterprint` (the print dialog, Ctrl+P) and the print media query
	 * (which also changes when print media is emulated). Returns the cleanup.
	 */
	watch(target: Window = window): () => void {
		const query = target.matchMedia('print');
		const set = (printing: boolean) => {
			if (this.active === printing) return;
			this.active = printing;
			// `beforeprint` is the last moment before the page is laid out for paper: the record
			// must be in the DOM when the handler returns, not after the next microtask.
			flushSync();
		};
		const before = () => set(true);
		const after = () => set(query.matches);
		const change = () => set(query.matches);
		// Not `set`: this runs in an effect, where flushing again is not allowed (nor needed).
		this.active = query.matches;
		target.addEventListener('beforeprint', before);
		target.addEventListener('afterprint', after);
		query.addEventListener('change', change);
		return () => {
			target.removeEventListener('beforeprint', before);
			target.removeEventListener('afterprint', after);
			query.removeEventListener('change', change);
		};
	}
}
