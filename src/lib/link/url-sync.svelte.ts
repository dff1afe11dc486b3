/**
 * Keeps the page's state in the URL hash (`#event=…&from=…&to=…&topic=…&q=…`) and the URL in the
 * page's state. A new selection is a new history entry, so back and forward step through
 * selections; the window and the filters only replace the current entry (every zoom frame would
 * otherwise flood the history). Opening a link, or going back, restores all three.
 */
import { untrack } from 'svelte';
import type { AppState } from '../app/app-state.svelte.ts';
import { DAY_MS, isoDayToMs, msToIsoDay } from '../data/civil-date.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

/** Quiet time before a zoom or a filter change is written to the URL, in ms. */
const WRITE_DELAY_MS = 300;

/** The hash for the app's current state. */
export function hashFor(app: AppState): string {
	const window = app.view.window;
	let from: string | undefined;
	let to: string | undefined;
	if (window) {
		try {
			// To the nearest day boundary, so that a link restores the same window it was made from.
			from = msToIsoDay(Math.round(window[0] / DAY_MS) * DAY_MS);
			to = msToIsoDay(Math.round(window[1] / DAY_MS) * DAY_MS - DAY_MS);
		} catch {
			// A window outside the Date range has no ISO day; leave it out of the link.
		}
	}
	return serializeUrlState({ event: app.selectedId, from, to, filter: app.filter });
}

/**
 * Applies a hash to the app: filters, selection (with the reader open unless `openReader` is
 * false) and the window.
 */
export function applyHash(app: AppState, hash: string, openReader = true): void {
	const state = parseUrlState(hash);
	app.filter = state.filter;
	applySelectionAndWindow(app, state, openReader);
}

/**
 * Applies a link's selection (with the reader open; none clears it) and window, leaving the
 * filters as they are: the embedded element takes its filters from attributes of their own.
 */
export function applySelectionAndWindow(app: AppState, state: UrlState, openReader = true): void {
	if (state.event && app.dataset?.events.some((e) => e.id === state.event))
		app.select(state.event, openReader || app.readerOpen);
	else {
		app.clearSelection();
		app.missingEventId = state.event;
	}
	const from = state.from ? isoDayToMs(state.from) : undefined;
	const to = state.to ? isoDayToMs(state.to) : undefined;
	if (from !== undefined && to !== undefined) app.view.showWindow([from, to + DAY_MS]);
}

/** Starts syncing once the dataset is loaded; returns a cleanup. */
export function syncUrl(app: AppState, location: Location = window.location): () => void {
	const url = () => `${location.pathname}${location.search}`;
	const write = (hash: string, push: boolean) => {
		if (hash === location.hash || (hash === '' && location.hash === '')) return;
		const target = hash || url();
		if (push) history.pushState(null, '', target);
		else history.replaceState(null, '', target);
	};
	applyHash(app, location.hash);
	// Going back or forward restores a selection: that must not push a new entry. The flag lives
	// until the effects triggered by the restore have run (they run before the next task).
	let restoring = false;
	const onpop = () => {
		restoring = true;
		// On a phone the reader is a sheet over the list: back closes it and returns to the list
		// (on the entry's selection), as a page of its own would, instead of opening another sheet.
		if (app.readerIsSheet) app.closeReader();
		applyHash(app, location.hash, !app.readerIsSheet);
		setTimeout(() => (restoring = false));
	};
	addEventListener('popstate', onpop);

	// The window and the filters are written once they have been still for WRITE_DELAY_MS. A
	// gesture's step only notes the time: one timer serves the whole gesture, where clearing and
	// setting one on every frame cost each zoom step about 0.2 ms.
	let timer: ReturnType<typeof setTimeout> | undefined;
	let changedAt = 0;
	const cancelWrite = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	const writeWhenStill = () => {
		const wait = changedAt + WRITE_DELAY_MS - performance.now();
		if (wait > 0) timer = setTimeout(writeWhenStill, wait);
		else {
			timer = undefined;
			write(hashFor(app), false);
		}
	};
	let lastSelected = app.selectedId;
	const stop = $effect.root(() => {
		$effect(() => {
			const selected = app.selectedId;
			void app.view.window;
			void app.filter;
			untrack(() => {
				if (restoring) {
					cancelWrite();
					lastSelected = selected;
					return;
				}
				if (selected !== lastSelected) {
					cancelWrite();
					lastSelected = selected;
					write(hashFor(app), true);
				} else {
					changedAt = performance.now();
					timer ??= setTimeout(writeWhenStill, WRITE_DELAY_MS);
				}
			});
		});
	});
	return () => {
		stop();
		cancelWrite();
		removeEventListener('popstate', onpop);
	};
}
