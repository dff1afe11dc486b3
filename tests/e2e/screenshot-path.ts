/**
 * Where an end-to-end test writes a screenshot the README shows.
 *
 * The README's pictures live in `docs/screenshots/` and are taken by the tests that drive the app into
 * the state each picture shows. Every run used to rewrite them, so a test run left the working tree
 * dirty with pixel noise (anti-aliasing, font hinting) and no change a reader could see. A run writes
 * them under `test-results/` to look at; `UPDATE_SCREENSHOTS=1 npm run test:e2e` refreshes the
 * README's copies when the app's look has changed.
 */
export function screenshotPath(name: string): string {
	const folder =
		process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : 'test-results/screenshots';
	return `${folder}/${name}.png`;
}
