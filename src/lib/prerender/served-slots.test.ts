import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdWhilePressed, keepServedFilters, keepServedList } from './served-slots.ts';
import { SERVED_PICK } from './take-over.ts';

afterEach(() => {
	document.body.replaceChildren();
	vi.useRealTimers();
});

/** A live page's root with an empty slot, and a served part not inside a first view. */
function page(served: string) {
	const root = document.createElement('div');
	const slot = document.createElement('div');
	root.append(slot);
	document.body.append(root);
	const holder = document.createElement('div');
	holder.innerHTML = served;
	const node = holder.firstElementChild as HTMLElement;
	return { root, slot, node };
}

function hooks(root: HTMLElement) {
	return {
		onuse: vi.fn(),
		onpress: vi.fn(),
		ontaken: vi.fn(),
		root: () => root,
		drawn: () => Promise.resolve()
	};
}

const SERVED_LIST =
	'<nav class="list"><button data-event-id="a">A</button><button data-event-id="b">B</button></nav>';

describe('keepServedList', () => {
	it('moves the served list in after the slot, selects a pressed row and reports the use', () => {
		const { root, slot, node } = page(SERVED_LIST);
		const onselect = vi.fn();
		const h = hooks(root);
		keepServedList(slot, node, { ...h, onselect });
		expect(slot.nextElementSibling).toBe(node);
		node.querySelector<HTMLElement>('[data-event-id="b"]')!.click();
		expect(onselect).toHaveBeenCalledWith('b');
		node.dispatchEvent(new Event('pointerdown'));
		expect(h.onuse).toHaveBeenCalled();
		expect(h.onpress).toHaveBeenCalled();
	});

	it('opens the row clicked before any script ran, once, when the list is taken over', () => {
		const { root, slot, node } = page(SERVED_LIST);
		const onselect = vi.fn();
		document.documentElement.dataset[SERVED_PICK] = 'b';
		keepServedList(slot, node, { ...hooks(root), onselect });
		expect(onselect).toHaveBeenCalledExactlyOnceWith('b');
		expect(document.documentElement.dataset[SERVED_PICK]).toBeUndefined();
	});

	it('hands the focused row over to the live list when it takes over', async () => {
		const { root, slot, node } = page(SERVED_LIST);
		const h = hooks(root);
		const end = keepServedList(slot, node, { ...h, onselect: vi.fn() });
		node.querySelector<HTMLElement>('[data-event-id="b"]')!.focus();
		// The live list, drawn where the served one was.
		const live = page(SERVED_LIST).node;
		root.append(live);
		end();
		expect(h.ontaken).toHaveBeenCalled();
		expect(node.isConnected).toBe(false);
		// Once the live list has had two frames to measure its rows.
		await vi.waitFor(() =>
			expect(document.activeElement).toBe(live.querySelector('[data-event-id="b"]'))
		);
	});
});

describe('keepServedFilters', () => {
	const SERVED_FILTERS =
		'<div class="filters"><input type="search"><button type="button">Topics</button></div>';

	it('filters as the reader types, and replays a press on another control on the live bar', async () => {
		const { root, slot, node } = page(SERVED_FILTERS);
		const onquery = vi.fn();
		const end = keepServedFilters(slot, node, { ...hooks(root), onquery });
		const box = node.querySelector('input')!;
		box.value = 'strike';
		box.dispatchEvent(new Event('input', { bubbles: true }));
		expect(onquery).toHaveBeenCalledWith('strike');
		node.querySelector('button')!.click();
		const live = page(SERVED_FILTERS).node;
		const pressed = vi.fn();
		live.querySelector('button')!.addEventListener('click', pressed);
		root.append(live);
		end();
		await Promise.resolve();
		expect(pressed).toHaveBeenCalledOnce();
	});
});

describe('holdWhilePressed', () => {
	it('holds from the press until after the click its release makes', () => {
		vi.useFakeTimers();
		const start = vi.fn();
		const end = vi.fn();
		holdWhilePressed(start, end)();
		expect(start).toHaveBeenCalledOnce();
		dispatchEvent(new Event('pointerup'));
		expect(end).not.toHaveBeenCalled();
		vi.runAllTimers();
		expect(end).toHaveBeenCalledOnce();
	});
});
