import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { AppState } from '../app/app-state.svelte.ts';
import { validateDataset } from '../data/validate.ts';
import { EMPTY_FILTER } from '../filter/filter.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { syncUrl } from './url-sync.svelte.ts';

describe('syncUrl', () => {
	let stop = () => {};
	/** An app over the mini dataset whose state the URL follows (stopped after each test). */
	function syncedApp(): AppState {
		const app = new AppState(new URL('https://example.org/events.json'));
		app.dataset = validateDataset(miniDataset(), { file: 'events.json' });
		stop = syncUrl(app);
		flushSync();
		return app;
	}

	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] });
		history.replaceState(null, '', '/');
	});
	afterEach(() => {
		stop();
		vi.useRealTimers();
	});

	it('writes a run of filter changes once, when they have been still for 300 ms', () => {
		const app = syncedApp();
		const replace = vi.spyOn(history, 'replaceState');
		for (const query of ['d', 'dr', 'dro', 'drone']) {
			app.filter = { ...EMPTY_FILTER, query };
			flushSync();
			vi.advanceTimersByTime(200);
		}
		expect(replace).not.toHaveBeenCalled();
		vi.advanceTimersByTime(99);
		expect(replace).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(replace).toHaveBeenCalledTimes(1);
		expect(location.hash).toBe('#q=drone');
		vi.advanceTimersByTime(1000);
		expect(replace).toHaveBeenCalledTimes(1);
	});

	it('pushes a new selection at once, as one history entry', () => {
		const app = syncedApp();
		const push = vi.spyOn(history, 'pushState');
		app.filter = { ...EMPTY_FILTER, query: 'drone' };
		flushSync();
		const id = app.dataset!.events[0].id;
		app.select(id);
		flushSync();
		expect(push).toHaveBeenCalledTimes(1);
		expect(location.hash).toContain(`event=${id}`);
		expect(location.hash).toContain('q=drone');
		// What follows the selection (the window moving to it) replaces that entry, never adds one.
		vi.advanceTimersByTime(1000);
		expect(push).toHaveBeenCalledTimes(1);
		expect(location.hash).toContain(`event=${id}`);
	});
});
