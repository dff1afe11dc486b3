/**
 * Which dataset the app shows: `?data=<url>` (the embed frame: `?src=<url>`) when given and on the
 * page's own origin (the app makes no requests elsewhere), else `events.json` beside the page.
 * A refused address gives the reason (`refused`): the page and the frame say it like a dataset that
 * could not be loaded, and never show the bundled one unasked in its place.
 */
export function datasetUrlFor(page: URL, key = 'data'): { url: URL; refused?: string } {
	const fallback = new URL('events.json', page);
	const requested = page.searchParams.get(key);
	if (!requested) return { url: fallback };
	let url: URL;
	try {
		url = new URL(requested, page);
	} catch {
		return {
			url: fallback,
			refused: 'it is not a valid address'
		};
	}
	if (url.origin !== page.origin)
		return {
			url: fallback,
			refused: `it is on another site (${url.origin}), and the app loads datasets from its own site only`
		};
	return { url };
}

/**
 * The page's address for the bundled dataset: without `?data=` (and without the hash, whose
 * event and window were the other dataset's). Undefined when the page already shows it.
 */
export function bundledPageUrl(page: URL, key = 'data'): URL | undefined {
	if (!page.searchParams.has(key)) return undefined;
	const url = new URL(page.href);
	url.searchParams.delete(key);
	url.hash = '';
	return url;
}
