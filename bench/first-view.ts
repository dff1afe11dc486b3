/**
 * What the app page loads on its own: the build's JS and CSS files a browser fetches from opening
 * the page until its first view is drawn and interactive with nothing more to fetch, without any
 * user action. Shared by the bench (`bundle.ts`'s `appInitial`) and the end-to-end size check, so
 * that a part the page imports right after its first paint (the list, the filters, the overview)
 * counts as initial: it is not loaded on first use, and calling it lazy would hide its bytes.
 */
import type { Page } from '@playwright/test';

/** The page's own .js and .css files, relative to its folder (`assets/main-x.js`). */
function ownAsset(pageUrl: URL, url: string): string | undefined {
	const asset = new URL(url);
	const folder = pageUrl.pathname.slice(0, pageUrl.pathname.lastIndexOf('/') + 1);
	if (asset.origin !== pageUrl.origin || !asset.pathname.startsWith(folder)) return undefined;
	if (!/\.(js|css)$/.test(asset.pathname)) return undefined;
	return decodeURIComponent(asset.pathname.slice(folder.length));
}

/**
 * Opens `url` (the app page) in `page` and waits for what a reader sees of its first view: marks
 * on the timeline, the overview strip, the filters' search box and the list's rows; then for the
 * network to be idle, so that a part imported after those appeared is counted too. Returns the
 * JS and CSS files fetched, sorted.
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
		const seen = [
			timeline.locator('g.mark, g.cluster, canvas').first(),
			page.getByRole('group', { name: /^Overview of the whole timeline/ }),
			page.getByRole('searchbox', { name: 'Search events' }),
			page
				.getByRole('navigation', { name: 'Events in chronological order' })
				.getByRole('button')
				.first()
		];
		for (const locator of seen) await locator.waitFor({ state: 'visible', timeout: 60_000 });
		await page.waitForLoadState('networkidle');
	} finally {
		page.off('response', record);
	}
	return [...fetched].sort();
}
