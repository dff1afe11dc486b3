import { expect, test } from '@playwright/test';
import { APP_INITIAL_CEILING_KB, measureBundle } from '../../bench/bundle.ts';
import { openFirstView } from '../../bench/first-view.ts';

/**
 * The app page's initial JS and CSS, measured on the build these tests serve: what its HTML loads
 * and everything a browser fetched before the first view was drawn and idle, gzipped as the bench
 * counts it. A part imported right after the first paint counts; only a part loaded on a user's
 * first use does not.
 */
test('the app page loads no more than its ceiling of JS and CSS before its first view', async ({
	page
}) => {
	const firstView = await openFirstView(page, new URL('./', test.info().project.use.baseURL).href);
	const { appInitial } = measureBundle('dist', firstView);
	const fromHtml = measureBundle('dist').appInitial.files;
	console.log(
		`initial JS+CSS: ${appInitial.gzipKB} KB gz (${appInitial.rawKB} KB raw) in ${appInitial.files.length} files: ${appInitial.files.join(' ')}`
	);
	// The page fetched what its HTML names: the browser's record and the build's agree.
	expect(firstView).toEqual(expect.arrayContaining(fromHtml));
	// Parts on first use were not fetched unasked.
	for (const lazy of [
		/SourceReader/,
		/EmbedDialog/,
		/formats/,
		/Marks\.canvas/,
		/tools/,
		/validate/
	])
		expect(firstView.filter((file) => lazy.test(file))).toEqual([]);
	expect(appInitial.gzipKB).toBeLessThanOrEqual(APP_INITIAL_CEILING_KB);
});
