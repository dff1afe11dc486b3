/**
 * public/first-view-guard.js, run as the served page runs it (before the first view), against the
 * page's own notions of the dataset asked for, saved work and the saved theme.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { markSavedWork } from '../authoring/saved-flag.ts';
import { ThemeState } from '../theme/theme.svelte.ts';
import { SERVED_PICK, STALE_CLASS } from './take-over.ts';

const guard = readFileSync('public/first-view-guard.js', 'utf8');

/** Runs the guard at `search` as a page whose script tag carries `options` (data-* attributes). */
function runGuard(search: string, options: Record<string, string>): HTMLElement {
	history.replaceState(null, '', `/${search}`);
	const script = document.createElement('script');
	Object.assign(script.dataset, options);
	Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
	try {
		new Function(guard)();
	} finally {
		Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
	}
	return document.documentElement;
}

const APP = { datasetParam: 'data', savedWork: 'restore', theme: 'stored' };
const FRAME = { datasetParam: 'src', theme: 'query' };

afterEach(() => {
	document.documentElement.classList.remove(STALE_CLASS);
	delete document.documentElement.dataset.theme;
	delete document.documentElement.dataset[SERVED_PICK];
	document.body.replaceChildren();
	localStorage.clear();
});

describe('first-view-guard.js', () => {
	it.each([
		['the app, as published', '', APP, false],
		['the app, the bundled file named', '?data=events.json', APP, false],
		['the app, the bundled file spelt otherwise', '?data=./events.json', APP, false],
		['the app, another dataset', '?data=big/10k.json', APP, true],
		['the app, an address that is no URL', '?data=http://[', APP, true],
		['the frame, the bundled file', '?src=events.json&compact', FRAME, false],
		['the frame, another dataset', '?src=other.json', FRAME, true]
	])(
		'hides the served first view only when it is not the dataset asked for: %s',
		(_, search, options, hidden) => {
			expect(runGuard(search, options).classList.contains(STALE_CLASS)).toBe(hidden);
		}
	);

	it('hides it when the app will restore saved work in its place, and not in the frame', () => {
		markSavedWork(true);
		expect(runGuard('', FRAME).classList.contains(STALE_CLASS)).toBe(false);
		expect(runGuard('', APP).classList.contains(STALE_CLASS)).toBe(true);
	});

	it('applies the theme the reader chose before the first paint', () => {
		new ThemeState().set('dark');
		delete document.documentElement.dataset.theme;
		expect(runGuard('', APP).dataset.theme).toBe('dark');
		delete document.documentElement.dataset.theme;
		expect(runGuard('?theme=light', FRAME).dataset.theme).toBe('light');
	});

	it('records a served row clicked before the page’s script ran, until the list leaves the first view', () => {
		const root = runGuard('', APP);
		document.body.innerHTML =
			'<div id="first-view"><div data-served-part="list"><button data-event-id="a"><span>A</span></button></div></div>' +
			'<div id="app"><button data-event-id="b">B</button></div>';
		document.querySelector<HTMLElement>('#app button')!.click();
		expect(root.dataset[SERVED_PICK]).toBeUndefined();
		document.querySelector<HTMLElement>('#first-view span')!.click();
		expect(root.dataset[SERVED_PICK]).toBe('a');
	});
});
