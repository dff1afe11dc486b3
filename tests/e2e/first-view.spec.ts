import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { screenshotPath } from './screenshot-path.ts';

/**
 * The first view opens on where the events are, not on empty decades; the outliers stay one
 * gesture away through the overview and "Fit all".
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/**
 * The widest stretch of the plot with no mark in it (edges included), as a share of the plot's
 * width: from the drawn shapes (dots, bars, clusters), not their labels.
 */
function widestEmptyShare(page: Page): Promise<number> {
	return page
		.getByRole('region', { name: 'Timeline' })
		.locator('.plot > svg')
		.evaluate((svg) => {
			const plot = svg.getBoundingClientRect();
			const shapes = [
				...svg.querySelectorAll('g.mark circle, g.mark rect:not(.hit), g.cluster rect:not(.hit)')
			].map((s) => s.getBoundingClientRect());
			const spans = shapes
				.map((b) => [Math.max(b.left, plot.left), Math.min(b.right, plot.right)] as const)
				.filter(([a, b]) => b > a)
				.sort((a, b) => a[0] - b[0]);
			let widest = 0;
			let reached = plot.left;
			for (const [a, b] of spans) {
				widest = Math.max(widest, a - reached);
				reached = Math.max(reached, b);
			}
			widest = Math.max(widest, plot.right - reached);
			return widest / plot.width;
		});
}

for (const size of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 }
])
	test(`the first view has no empty stretch wider than a third of the plot (${size.width}×${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('./');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		await expect(timeline.locator('g.mark').first()).toBeVisible();
		await page.waitForTimeout(200);
		const share = await widestEmptyShare(page);
		console.log(
			`first view ${size.width}×${size.height}: widest empty stretch ${(share * 100).toFixed(1)} %`
		);
		expect(share).toBeLessThan(1 / 3);
		// Most events are in view: the marks drawn (clusters counted) hold nine in ten.
		const drawn = await timeline
			.locator('g.mark')
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
		const clustered = await timeline
			.locator('g.cluster')
			.evaluateAll((cs) => cs.reduce((n, c) => n + Number(c.getAttribute('data-count')), 0));
		expect(drawn.length + clustered).toBeGreaterThanOrEqual(Math.ceil(dataset.events.length * 0.9));
	});

test('the outliers stay reachable: the overview shows the whole extent, and Fit all frames it', async ({
	page
}) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const first = dataset.events[0];
	const last = dataset.events.at(-1)!;
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	// The overview's axis runs from the first event's year to the last's.
	const years = (await timeline.locator('.overview text').allTextContents())
		.map(Number)
		.filter((y) => y > 0);
	expect(Math.min(...years)).toBeLessThanOrEqual(Number(first.date.start.slice(0, 4)) + 1);
	expect(Math.max(...years)).toBeGreaterThanOrEqual(Number(last.date.start.slice(0, 4)) - 1);
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect(timeline.locator(`g.mark[data-event-id="${first.id}"]`)).toBeVisible();
});

test('README screenshot: the first view', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await page.waitForTimeout(200);
	await timeline.screenshot({ path: screenshotPath('first-view') });
});
