import { afterEach, describe, expect, it } from 'vitest';
import { adoptAfter, adoptServedParts, servedPart } from './served-parts.ts';
import { FIRST_VIEW_ID, isLiveDrawn, STALE_CLASS, takeOverFirstView } from './take-over.ts';

/** A served first view holding a served list, and the live page with the list's slot. */
function servedPage() {
	document.body.innerHTML = `<div id="${FIRST_VIEW_ID}"><h1>Served</h1><div data-served-part="list"><nav class="list">rows</nav></div></div><div id="app"><section class="timeline"><div class="plot"><svg data-renderer="svg"></svg></div></section><div class="panes"><div hidden data-served-slot="list"></div></div></div>`;
	return {
		live: document.getElementById('app')!,
		slot: document.querySelector<HTMLElement>('[data-served-slot]')!
	};
}

afterEach(() => {
	document.body.innerHTML = '';
	document.documentElement.classList.remove(STALE_CLASS);
});

describe('served parts', () => {
	it('finds the served list, and none when the first view is stale', () => {
		servedPage();
		expect(servedPart('list')?.textContent).toBe('rows');
		document.documentElement.classList.add(STALE_CLASS);
		expect(servedPart('list')).toBeNull();
	});

	it('moves the served list into the live page in the task that removes the served view', async () => {
		const { live, slot } = servedPage();
		const node = servedPart('list')!;
		let adopted = 0;
		adoptAfter(slot, node, () => adopted++);
		// Waiting: still in the served view, which is on screen.
		expect(node.closest(`#${FIRST_VIEW_ID}`)).not.toBeNull();
		expect(adopted).toBe(0);
		// The slot counts as the list drawn: the take-over does not wait for the list's module.
		expect(isLiveDrawn(live, false)).toBe(true);
		await takeOverFirstView(live, () => isLiveDrawn(live, false), document, adoptServedParts);
		expect(document.getElementById(FIRST_VIEW_ID)).toBeNull();
		expect(slot.nextElementSibling).toBe(node);
		expect(adopted).toBe(1);
	});

	it('adopts at once after the take-over, and the live list taking its place removes it', () => {
		const { slot } = servedPage();
		const node = servedPart('list')!;
		document.getElementById(FIRST_VIEW_ID)!.remove();
		const undo = adoptAfter(slot, node, () => {});
		expect(slot.nextElementSibling).toBe(node);
		undo();
		expect(node.isConnected).toBe(false);
		// Nothing left waiting for a later take-over.
		adoptServedParts();
		expect(node.isConnected).toBe(false);
	});
});
