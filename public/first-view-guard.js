/*
 * Evidence timeline: runs first in the page's body, before the first view the build rendered into
 * the page (src/lib/prerender/) is parsed, so before it can be painted. Not in the head: there the
 * parser, waiting for it, would find the page's styles and modules only once it had run (measured:
 * they were then requested after it). A preload at the top of the head asks for it first instead,
 * ahead of the dozen module files that would otherwise hold its request back.
 *
 * That first view is the bundled events.json. When the address asks for another dataset
 * (?data=… on the app, ?src=… on the embed frame) or this browser holds saved authoring work
 * (which the page restores in its place), showing it even for a moment would present the bundled
 * timeline as what the reader asked for: the class set here hides it, and the page's script
 * shows its own loading state instead. It also applies the reader's saved theme before the
 * first paint, as the page's script does once it runs.
 *
 * A row of the served list clicked before the page's script has run would be lost: the click is
 * recorded on the root element (data-served-pick, the row's event), and the live page opens that
 * event when it takes the served list over (src/lib/prerender/served-slots.ts).
 *
 * A classic script from the page's own origin: the content security policy forbids inline
 * scripts, and a module would run only after the body had been parsed, and maybe painted.
 * The names below are those of src/lib/prerender/take-over.ts, src/lib/authoring/saved-flag.ts
 * and src/lib/theme/theme.svelte.ts (a unit test keeps them equal).
 */
(() => {
	const STALE_CLASS = 'first-view-stale';
	const SERVED_PICK = 'servedPick';
	const SAVED_FLAG = 'evidence-timeline:authoring';
	const THEME_KEY = 'evidence-timeline:theme';

	const script = document.currentScript;
	const options = (script && script.dataset) || {};
	const root = document.documentElement;
	const storage = () => {
		try {
			return window.localStorage;
		} catch {
			return undefined;
		}
	};

	// The dataset the address asks for, if it is not the bundled one (the same file, however spelt).
	const param = options.datasetParam || 'data';
	const requested = new URLSearchParams(location.search).get(param);
	let other = false;
	if (requested) {
		try {
			other = new URL(requested, location.href).href !== new URL('events.json', location.href).href;
		} catch {
			other = true;
		}
	}
	const saved = options.savedWork === 'restore' && storage()?.getItem(SAVED_FLAG) === '1';
	if (other || saved) root.classList.add(STALE_CLASS);

	// Until the live page has moved the served list out of the served first view, where only
	// this script listens to it.
	document.addEventListener(
		'click',
		(event) => {
			const target = event.target;
			const row =
				target instanceof Element &&
				target.closest('#first-view [data-served-part="list"] [data-event-id]');
			if (row) root.dataset[SERVED_PICK] = row.getAttribute('data-event-id');
		},
		true
	);

	if (options.theme === 'stored') {
		const theme = storage()?.getItem(THEME_KEY);
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	} else if (options.theme === 'query') {
		const theme = new URLSearchParams(location.search).get('theme');
		if (theme === 'light' || theme === 'dark') root.dataset.theme = theme;
	}
})();
