import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { datasetJsonPieces, generateSyntheticDataset } from '../../scripts/synthetic-dataset.ts';

/**
 * A dataset file too big for one string (hundreds of megabytes) is read as it arrives
 * (`src/lib/data/stream-dataset.ts`). A file that big would take minutes here, so `?stream=1`
 * sends a small one down the same path: the same fetch, the same streaming parser and validator
 * the threshold picks for a big file; only the size that chooses it differs.
 */

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

// Tracing snapshots the whole DOM (thousands of list rows) at every action.
test.use({ trace: 'off' });

test.beforeEach(({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/** Whether the page fetched the streaming reader's chunk (it loads on first use only). */
function watchStreamChunk(page: Page): () => boolean {
	let fetched = false;
	page.on('request', (request) => {
		if (/\/stream-dataset-[\w-]+\.js$/.test(new URL(request.url()).pathname)) fetched = true;
	});
	return () => fetched;
}

test('a file read as it arrives draws its events, and lists a broken one by file, event and field', async ({
	page
}) => {
	test.slow();
	const big = generateSyntheticDataset(real, { events: 3000, seed: 11 });
	const broken = big.events[1234];
	(broken.date as unknown as Record<string, unknown>).start = '2024-13-45';
	writeFileSync('dist/e2e-streamed.json', [...datasetJsonPieces(big)].join(''));

	const streamed = watchStreamChunk(page);
	await page.goto('./?data=e2e-streamed.json&stream=1');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title);
	await expect(page.locator('.tally')).toHaveText('2999 events');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('svg[data-renderer]')).toHaveAttribute('data-renderer', 'canvas');
	await expect(timeline.locator('canvas:visible')).toBeVisible();
	const problems = page.getByRole('region', { name: 'Problems in the data' });
	await expect(problems).toContainText('1 problem in the data');
	await expect(problems).toContainText(broken.id);
	await expect(problems).toContainText('events[1234].date.start');
	expect(streamed()).toBe(true);
	await page.screenshot({ path: 'test-results/streamed-dataset.png' });
});

test('an ordinary file takes the one-string path and never fetches the streaming reader', async ({
	page
}) => {
	const streamed = watchStreamChunk(page);
	writeFileSync('dist/e2e-not-streamed.json', JSON.stringify(real));
	await page.goto('./?data=e2e-not-streamed.json');
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
	expect(streamed()).toBe(false);
});

test('a broken file read as it arrives is named in one line, with the bundled timeline offered', async ({
	page
}) => {
	const text = JSON.stringify(real);
	writeFileSync('dist/e2e-streamed-cut.json', text.slice(0, Math.floor(text.length / 2)));
	await page.goto('./?data=e2e-streamed-cut.json&stream=1');
	const failure = page.getByRole('region', { name: 'The timeline could not be loaded' });
	await expect(failure.getByRole('alert')).toHaveText(
		/^Could not load the timeline “e2e-streamed-cut\.json”: it is not valid JSON \(.+\)\.$/
	);
	await expect(
		failure.getByRole('button', { name: 'Show the bundled timeline instead' })
	).toBeVisible();
});
