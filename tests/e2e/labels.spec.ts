import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * Labels on desktops: the whole title where there is room, cut at a word with an ellipsis where
 * there is not (the whole title a hover or a focus away), and never cut by the plot's edge.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const titleOf = (id: string) => dataset.events.find((e) => e.id === id)!.title;

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

interface DrawnLabel {
	id: string;
	text: string;
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** Every drawn label, with its box relative to the plot. */
async function labels(
	page: Page
): Promise<{ width: number; labels: DrawnLabel[]; shapes: DrawnLabel[] }> {
	return page.locator('.plot > svg').evaluate((svg) => {
		const plot = svg.getBoundingClientRect();
		const boxOf = (element: Element, id: string, text: string) => {
			const box = element.getBoundingClientRect();
			return {
				id,
				text,
				left: box.left - plot.left,
				right: box.right - plot.left,
				top: box.top - plot.top,
				bottom: box.bottom - plot.top
			};
		};
		const marks = [...svg.querySelectorAll('g.mark')];
		return {
			width: plot.width,
			labels: marks.flatMap((m) =>
				[...m.querySelectorAll('text')].map((t) =>
					boxOf(t, m.getAttribute('data-event-id')!, t.textContent ?? '')
				)
			),
			shapes: marks.flatMap((m) =>
				[...m.querySelectorAll('circle, rect')].map((s) =>
					boxOf(s, m.getAttribute('data-event-id')!, '')
				)
			)
		};
	});
}

const overlap = (a: DrawnLabel, b: DrawnLabel) =>
	a.left < b.right - 0.5 &&
	b.left < a.right - 0.5 &&
	a.top < b.bottom - 0.5 &&
	b.top < a.bottom - 0.5;

for (const size of [
	{ width: 1024, height: 768 },
	{ width: 1280, height: 800 },
	{ width: 1440, height: 900 }
])
	test(`labels are whole where there is room, cut at a word, and inside the plot (${size.width}×${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('./');
		await expect(page.locator('g.mark text').first()).toBeVisible();
		for (const window of [undefined, '2024-01-01/2024-12-31', '2025-06-01/2025-08-31']) {
			if (window) {
				const [from, to] = window.split('/');
				await page.goto(`./#from=${from}&to=${to}`);
				await expect(page.locator('svg[data-window]')).toHaveAttribute(
					'data-window',
					new RegExp(`^${from.slice(0, 7)}`)
				);
				await expect(page.locator('g.mark text').first()).toBeVisible();
			}
			const { width, labels: drawn, shapes } = await labels(page);
			expect(drawn.length).toBeGreaterThan(3);
			for (const label of drawn) {
				// Inside the plot.
				expect(label.left, label.text).toBeGreaterThanOrEqual(0);
				expect(label.right, label.text).toBeLessThanOrEqual(width);
				// Whole, or cut after a whole word.
				const title = titleOf(label.id);
				if (label.text !== title) {
					expect(label.text, title).toMatch(/…$/);
					const kept = label.text.slice(0, -1);
					expect(title.startsWith(kept), title).toBe(true);
					expect(title[kept.length], `${label.text} of ${title}`).toMatch(/[\s,;:–—-]/);
				}
				// Over no other label and no other event's mark.
				for (const other of drawn)
					if (other !== label)
						expect(overlap(label, other), `${label.text} / ${other.text}`).toBe(false);
				for (const shape of shapes)
					if (shape.id !== label.id) expect(overlap(label, shape), label.text).toBe(false);
			}
			// Titles longer than the old 32-character cut are shown whole where there is room.
			if (!window)
				expect(
					drawn.filter((l) => l.text === titleOf(l.id) && l.text.length > 32).length
				).toBeGreaterThanOrEqual(3);
		}
	});

test('a shortened label shows its whole title on hover', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('g.mark text').first()).toBeVisible();
	const { labels: drawn } = await labels(page);
	const cut = drawn.find((l) => l.text.endsWith('…'))!;
	expect(cut).toBeDefined();
	await page
		.locator(`g.mark[data-event-id="${cut.id}"] :is(circle, rect)`)
		.first()
		.hover({ force: true });
	await expect(page.getByRole('tooltip')).toContainText(titleOf(cut.id));
});
