/**
 * Parts of the served first view that the live page keeps as they were served until their first
 * use (the list): the build renders them with their own components (`FirstView.svelte`), so that
 * the live page can move the very nodes into its own layout when it takes over (`take-over.ts`),
 * and load the part's module only when a reader uses it or the part has to change. The list,
 * the filters and the legend (which no reader uses: it changes) are served so. Until then
 * the part is what the build drew, in the live page; its module then replaces it in one update.
 */
import { FIRST_VIEW_ID, STALE_CLASS } from './take-over.ts';

/** The parts served this way, by the value of their wrapper's `data-served-part`. */
export type ServedPartName = 'list' | 'filters' | 'legend';

/**
 * The served node of the part `name` (the root its component drew), while there is one to
 * keep: none when the page has no first view or it is not the dataset asked for (stale).
 */
export function servedPart(name: ServedPartName, doc: Document = document): HTMLElement | null {
	if (doc.documentElement.classList.contains(STALE_CLASS)) return null;
	return doc.querySelector<HTMLElement>(
		`#${FIRST_VIEW_ID} [data-served-part="${name}"] > :first-child`
	);
}

/** Slots of the live page waiting for the take-over to receive their served part. */
const waiting = new Map<HTMLElement, () => void>();

/**
 * Puts `node` (a served part) right after `slot` (an empty, hidden element of the live page's),
 * now if the served first view has already been taken over, else when it is (`adoptServedParts`).
 * Returns what undoes it: the node leaves the page, as the live part takes its place.
 */
export function adoptAfter(slot: HTMLElement, node: HTMLElement, onadopt: () => void): () => void {
	const adopt = () => {
		waiting.delete(slot);
		slot.after(node);
		onadopt();
	};
	if (node.closest(`#${FIRST_VIEW_ID}`)?.isConnected) waiting.set(slot, adopt);
	else adopt();
	return () => {
		waiting.delete(slot);
		node.remove();
	};
}

/** Moves every served part into the live page's slot waiting for it: called by the take-over. */
export function adoptServedParts(): void {
	for (const adopt of [...waiting.values()]) adopt();
}

/** The attribute of a live slot for a served part: the live page has drawn that part then. */
export const SERVED_SLOT_ATTRIBUTE = 'data-served-slot';
