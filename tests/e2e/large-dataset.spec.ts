import { expect, test } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { generateSyntheticDataset } from '../../scripts/synthetic-dataset.ts';

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

// Tracing snapshots the whole DOM (ten thousand list rows) at every action: seconds each.
test.use({ trace: 'off' });

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('10 000 events: drawn on a canvas, hit-tested, and back to SVG marks when zoomed in', async ({
	page
}) => {
	// Generating, serving and parsing 9 MB takes a few seconds on a small CI machine.
	test.slow();
	const big = generateSyntheticDataset(dataset, { events: 10_000, seed: 7 });
	// Served by the preview server beside the built events.json, so sources resolve as usual.
	writeFileSync('dist/e2e-synthetic-10k.json', JSON.stringify(big));
	await page.goto('./?data=e2e-synthetic-10k.json');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title);
	const svg = timeline.locator('svg[data-renderer]');
	await expect(svg).toHaveAttribute('data-renderer', 'canvas');
	await expect(timeline.locator('canvas')).toBeVisible();

	// Hit-testing: sweep the first lane until a mark answers, then click it.
	const box = (await timeline.locator('.plot').boundingBox())!;
	const tooltip = page.getByRole('tooltip');
	const laneY = box.y + 40 + 11;
	let found = false;
	for (let x = box.x + 10; x < box.x + box.width - 10 && !found; x += 3) {
		await page.mouse.move(x, laneY);
		found = await tooltip.isVisible();
	}
	expect(found).toBe(true);
	const title = (await tooltip.locator('.title').textContent())!;
	await page.mouse.down();
	await page.mouse.up();
	await expect(
		page.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(title);

	// Zoom in until fewer than the canvas threshold are in view.
	await timeline.locator('.plot').scrollIntoViewIfNeeded();
	const plot = (await timeline.locator('.plot').boundingBox())!;
	await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
	for (let i = 0; i < 40 && (await svg.getAttribute('data-renderer')) === 'canvas'; i++)
		await page.mouse.wheel(0, -240);
	await expect(svg).toHaveAttribute('data-renderer', 'svg');
	await expect(timeline.locator('g.mark').first()).toBeVisible();
});
