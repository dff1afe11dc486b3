import { expect, test } from '@playwright/test';
import {
	APP_INITIAL_CEILING_KB,
	EMBED_INITIAL_CEILING_KB,
	measureBundle
} from '../../bench/bundle.ts';
import { frameUrl, openFirstView } from '../../bench/first-view.ts';

/** Parts of the page loaded on a user's first use, never before the first view. */
const ON_FIRST_USE = [
	/EventList/,
	/FilterBar/,
	/SourceReader/,
	/EmbedDialog/,
	/formats/,
	/Marks\.canvas/,
	/overview-brush/,
	// The plot's zoom code (d3-zoom, d3-drag): on the plot's first use (first-gesture.spec.ts).
	/assets\/zoom-/,
	/tools/,
	// The mark's tooltip: on a pointer's first coming over the plot, or a mark's first hover or focus.
	/MarkTooltip/,
	// The bands of periods: the bundled dataset has none.
	/PeriodBands/,
	// The legend: the served one is kept while the live one would say the same.
	/Legend/,
	/validate/
];

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
	for (const lazy of ON_FIRST_USE) expect(firstView.filter((file) => lazy.test(file))).toEqual([]);
	expect(appInitial.gzipKB).toBeLessThanOrEqual(APP_INITIAL_CEILING_KB);
	// A few files, not one per shared module (see scripts/first-view-chunks.ts).
	expect(appInitial.files.length).toBeLessThanOrEqual(FEW_FILES);
});

/** The guard, the page's entry, its own part, the shared first view and their CSS; the overview. */
const FEW_FILES = 7;

/**
 * The embed frame's page counted the same way: what its HTML loads and what a browser fetched
 * before the frame's first view was drawn and idle, not its HTML's list alone.
 */
test('the embed frame loads no more than its ceiling of JS and CSS before its first view', async ({
	page
}) => {
	const url = frameUrl(new URL('./', test.info().project.use.baseURL).href);
	const firstView = await openFirstView(page, url);
	const { embedInitial } = measureBundle('dist', [], firstView);
	const fromHtml = measureBundle('dist').embedInitial.files;
	console.log(
		`embed frame initial JS+CSS: ${embedInitial.gzipKB} KB gz (${embedInitial.rawKB} KB raw) in ${embedInitial.files.length} files: ${embedInitial.files.join(' ')}`
	);
	expect(firstView).toEqual(expect.arrayContaining(fromHtml));
	// More than the HTML names: the honest count sees the parts fetched after it.
	expect(embedInitial.files.length).toBeGreaterThan(fromHtml.length);
	for (const lazy of ON_FIRST_USE) expect(firstView.filter((file) => lazy.test(file))).toEqual([]);
	expect(embedInitial.gzipKB).toBeLessThanOrEqual(EMBED_INITIAL_CEILING_KB);
	expect(embedInitial.files.length).toBeLessThanOrEqual(FEW_FILES);
});
