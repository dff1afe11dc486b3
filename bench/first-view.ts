/**
 * What the app page loads on its own: the build's JS and CSS files a browser fetches from opening
 * the page until its first view is drawn and interactive with nothing more to fetch, without any
 * user action. Shared by the bench (`bundle.ts`'s `appInitial`) and the end-to-end size check, so
 * that a part the page imports right after its first paint (the overview) counts as initial: it
 * is not loaded on first use, and calling it lazy would hide its bytes.
 */
import type { Locator, Page } from '@playwright/test';

/** The page's own .js and .css files, relative to its folder (`assets/main-x.js`). */
function ownAsset(pageUrl: URL, url: string): string | undefined {
	const asset = new URL(url);
	const folder = pageUrl.pathname.slice(0, pageUrl.pathname.lastIndexOf('/') + 1);
	if (asset.origin !== pageUrl.origin || !asset.pathname.startsWith(folder)) return undefined;
	if (!/\.(js|css)$/.test(asset.pathname)) return undefined;
	return decodeURIComponent(asset.pathname.slice(folder.length));
}

/**
 * What a reader sees of a page's first view, waited for before the files are counted. The app
 * page and the embed frame's page (its full form, which the frame shows unless asked `compact`)
 * draw the same surface: marks on the timeline, the overview strip, the filters' search box and
 * the list's rows (the search box and the list the build served, until they are first used:
 * the same controls).
 */
export const FIRST_VIEW_PARTS_SEEN = ['marks', 'overview', 'search', 'list'] as const;

/** The address of the embed frame's page beside the app page at `appUrl`, on the bundled dataset. */
export function frameUrl(appUrl: string): string {
	return new URL('embed.html', appUrl).href;
}

/**
 * Opens `url` (the app page, or the embed frame's page: see `frameUrl`) in `page` and waits for
 * what a reader sees of its first view (`FIRST_VIEW_PARTS_SEEN`); then for the network to be
 * idle, so that a part imported after those appeared is counted too. Returns the JS and CSS
 * files fetched, sorted.
 */
export async function openFirstView(page: Page, url: string): Promise<string[]> {
	const pageUrl = new URL(url);
	const fetched = new Set<string>();
	const record = (response: { url(): string }) => {
		const file = ownAsset(pageUrl, response.url());
		if (file) fetched.add(file);
	};
	page.on('response', record);
	try {
		await page.goto(url);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const seen: Record<(typeof FIRST_VIEW_PARTS_SEEN)[number], Locator> = {
			marks: timeline.locator('g.mark, g.cluster, canvas').first(),
			overview: page.getByRole('group', { name: /^Overview of the whole timeline/ }),
			search: page.getByRole('searchbox', { name: 'Search events' }),
			list: page
				.getByRole('navigation', { name: 'Events in chronological order' })
				.getByRole('button')
				.first()
		};
		for (const part of FIRST_VIEW_PARTS_SEEN)
			await seen[part].waitFor({ state: 'visible', timeout: 60_000 });
		await page.waitForLoadState('networkidle');
	} finally {
		page.off('response', record);
	}
	return [...fetched].sort();
}
