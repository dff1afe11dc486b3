/**
 * How the live page keeps a served part (the list, the filters: `served-parts.ts`) until its
 * first use, and hands over to the live part then: what counts as a use, a press held so that its
 * click is not lost, the served list measured as the live one measures itself, and what the
 * reader was doing (focus, caret, scroll, a control pressed) carried over to the live part.
 * Plain DOM code beside `Workspace.svelte`, which only decides when a part is needed.
 */
import { datesFitColumn } from '../list/date-column.ts';
import { adoptAfter } from './served-parts.ts';
import { SERVED_PICK } from './take-over.ts';

/** What a reader does in a served part that makes its live part needed. */
export const FIRST_USE_EVENTS = [
	'pointerdown',
	'focusin',
	'keydown',
	'wheel',
	'touchstart',
	'scroll'
] as const;

/** The controls of the filter bar, in its order: the same in the served bar and the live one. */
const FILTER_CONTROLS = 'input, button, summary';

/**
 * Reports a press from its start (`onstart`) to just after the click it makes (`onend`): a
 * part's module may arrive between the press and its click, and the served part must be kept
 * until the press ends, or the click would find no element to land on and be lost.
 */
export function holdWhilePressed(onstart: () => void, onend: () => void): () => void {
	return () => {
		onstart();
		const release = () => {
			removeEventListener('pointerup', release, true);
			removeEventListener('pointercancel', release, true);
			// After the click this press makes, dispatched in the same task as its pointerup.
			setTimeout(onend);
		};
		addEventListener('pointerup', release, true);
		addEventListener('pointercancel', release, true);
	};
}

/**
 * The sizes the live list measures on itself (EventList: the widest date, the tallest title
 * where titles wrap, whether every date fits its column), which the build could not: measured
 * the same way on the served one, by a ResizeObserver (no forced layout), so that the live list
 * takes its place unmoved.
 */
function measureServedList(node: HTMLElement): ResizeObserver | undefined {
	if (typeof ResizeObserver === 'undefined') return undefined;
	const dates = node.querySelector('.date-probe');
	// The list itself (the served part's first child), or one inside what was given.
	const list = node.matches('nav.list') ? node : node.querySelector<HTMLElement>('nav.list');
	const rows = [...node.querySelectorAll('.row-probe button')];
	const heights = new Map<Element, number>();
	let widestDate = 0;
	let listWidth = 0;
	const observer = new ResizeObserver((entries) => {
		for (const entry of entries) {
			const box = entry.borderBoxSize?.[0];
			const width = box?.inlineSize ?? entry.contentRect.width;
			const height = box?.blockSize ?? entry.contentRect.height;
			if (entry.target === dates) {
				widestDate = Math.ceil(width);
				node.style.setProperty('--date-width', `${widestDate}px`);
			} else if (entry.target === list) {
				// Its content box: the width without the scroll bar, as the live list's clientWidth.
				listWidth = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
			} else if (height > 0) heights.set(entry.target, height);
		}
		const tallest = Math.ceil(Math.max(0, ...heights.values()));
		if (tallest > 0) node.style.setProperty('--row-min-height', `${tallest}px`);
		const rem = parseFloat(getComputedStyle(node.ownerDocument.documentElement).fontSize);
		list?.classList.toggle('dates-whole', datesFitColumn(widestDate, listWidth, rem));
	});
	if (dates) observer.observe(dates);
	if (list) observer.observe(list);
	for (const row of rows) observer.observe(row);
	return observer;
}

/** What a served part's slot tells the live page. */
interface ServedSlotHooks {
	/** The reader used the part: its live part is needed. */
	onuse: () => void;
	/** A press started on the part (see `holdWhilePressed`). */
	onpress: () => void;
	/** The live part has taken over, for good. */
	ontaken: () => void;
	/** The live page's root, where the live part is drawn after the take-over. */
	root: () => HTMLElement | undefined;
	/** Resolves once the live part is in the DOM (Svelte's `tick`). */
	drawn: () => Promise<void>;
}

/** Listens to `events` on `node` with `handler`; returns what stops it. */
function listen(node: HTMLElement, events: readonly string[], handler: (event: Event) => void) {
	for (const type of events) node.addEventListener(type, handler, { passive: true });
	return () => {
		for (const type of events) node.removeEventListener(type, handler);
	};
}

/**
 * Keeps the served list `node` after the live page's `slot` (an attachment: returns what ends
 * it). A row pressed selects its event at once (`onselect`), as the live list would; when the
 * live list takes its place, it starts where the served one was scrolled to, with the focus on
 * the same row.
 */
export function keepServedList(
	slot: HTMLElement,
	node: HTMLElement,
	hooks: ServedSlotHooks & { onselect: (id: string) => void }
): () => void {
	const onclick = (event: Event) => {
		const row = (event.target as Element).closest<HTMLElement>('[data-event-id]');
		if (row?.dataset.eventId) hooks.onselect(row.dataset.eventId);
	};
	let sizes: ResizeObserver | undefined;
	let stop = () => {};
	const undo = adoptAfter(slot, node, () => {
		stop = listen(node, FIRST_USE_EVENTS, hooks.onuse);
		node.addEventListener('pointerdown', hooks.onpress);
		node.addEventListener('click', onclick);
		sizes = measureServedList(node);
		const root = node.ownerDocument.documentElement;
		const early = root.dataset[SERVED_PICK];
		delete root.dataset[SERVED_PICK];
		if (early) hooks.onselect(early);
	});
	return () => {
		hooks.ontaken();
		node.removeEventListener('pointerdown', hooks.onpress);
		node.removeEventListener('click', onclick);
		sizes?.disconnect();
		stop();
		const top = node.scrollTop;
		const place = top > 0 ? rowAtTop(node) : undefined;
		const focused = node.contains(document.activeElement)
			? (document.activeElement as HTMLElement).dataset.eventId
			: undefined;
		undo();
		const live = () => hooks.root()?.querySelector<HTMLElement>('nav.list');
		const row = (list: HTMLElement, id: string) =>
			list.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
		void hooks
			.drawn()
			.then(() => {
				// The place and the focus at once, so that no key pressed meanwhile is lost.
				const list = live();
				if (list && top > 0) list.scrollTop = top;
				if (list && focused) row(list, focused)?.focus({ preventScroll: true });
			})
			// The place again two frames later, by the row at the top: the live list measures its
			// rows by a ResizeObserver in the first frame and keeps the row at its top where it was,
			// but reads that row against its estimated heights, so it can land far off (on a phone, a
			// row tapped before the take-over was scrolled a thousand pixels out of sight).
			.then(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))))
			.then(() => {
				const list = live();
				const anchor = list && place && row(list, place.id);
				if (list && place && anchor)
					list.scrollTop +=
						anchor.getBoundingClientRect().top - list.getBoundingClientRect().top - place.y;
			});
	};
}

/**
 * The row at the top of a scrolled list, by its event and its distance from the list's top: the
 * place to restore in the live list, whose rows may not sit at the same pixels yet.
 */
function rowAtTop(list: HTMLElement): { id: string; y: number } | undefined {
	const top = list.getBoundingClientRect().top;
	for (const row of list.querySelectorAll<HTMLElement>('[data-event-id]')) {
		const box = row.getBoundingClientRect();
		if (box.height > 0 && box.bottom > top && row.dataset.eventId)
			return { id: row.dataset.eventId, y: box.top - top };
	}
	return undefined;
}

/**
 * Keeps the served filters `node` after the live page's `slot` (an attachment: returns what ends
 * it). A search typed in them filters at once (`onquery`); any other press waits for the live
 * bar, which then gets it, on the same control; the focus, and where the caret was, go over too.
 */
export function keepServedFilters(
	slot: HTMLElement,
	node: HTMLElement,
	hooks: ServedSlotHooks & { onquery: (query: string) => void }
): () => void {
	const controls = () => [...node.querySelectorAll<HTMLElement>(FILTER_CONTROLS)];
	let pressed = -1;
	const oninput = (event: Event) => {
		const box = event.target as HTMLInputElement;
		if (box.type === 'search') hooks.onquery(box.value);
	};
	const onclick = (event: Event) => {
		const control = (event.target as Element).closest<HTMLElement>(FILTER_CONTROLS);
		if (!control || (control as HTMLInputElement).type === 'search') return;
		// Not acted on by the served markup (a menu opened, a box ticked, to no effect).
		event.preventDefault();
		pressed = controls().indexOf(control);
	};
	let stop = () => {};
	const undo = adoptAfter(slot, node, () => {
		stop = listen(node, FIRST_USE_EVENTS, hooks.onuse);
		node.addEventListener('pointerdown', hooks.onpress);
		node.addEventListener('input', oninput);
		node.addEventListener('click', onclick);
	});
	return () => {
		hooks.ontaken();
		node.removeEventListener('pointerdown', hooks.onpress);
		node.removeEventListener('input', oninput);
		node.removeEventListener('click', onclick);
		stop();
		const active = document.activeElement as HTMLInputElement | null;
		const focused = active && node.contains(active) ? controls().indexOf(active) : -1;
		const caret = focused >= 0 && active?.type === 'search' ? active.selectionStart : null;
		undo();
		void hooks.drawn().then(() => {
			const bar = hooks.root()?.querySelector<HTMLElement>('.filters');
			if (!bar) return;
			const live = [...bar.querySelectorAll<HTMLElement>(FILTER_CONTROLS)];
			if (focused >= 0) live[focused]?.focus();
			if (caret !== null) (live[focused] as HTMLInputElement).setSelectionRange(caret, caret);
			if (pressed >= 0) live[pressed]?.click();
		});
	};
}
