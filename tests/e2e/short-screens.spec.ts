import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * Short screens: 200 % browser zoom on a small laptop (640 × 360 CSS px) and a phone held
 * sideways. Nothing sticky takes more than a third of the screen, and the passage read is in sight.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/**
 * Sticky or fixed things on screen that cover more than a third of it, at every scroll position
 * of the page from top to bottom (the reader's own sheet, the surface itself, excepted).
 */
async function bigStickies(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const found = new Set<string>();
		const screen = innerWidth * innerHeight;
		const bottom = document.documentElement.scrollHeight - innerHeight;
		for (let y = 0; y <= bottom + innerHeight / 2; y += innerHeight / 2) {
			scrollTo(0, Math.min(y, bottom));
			await new Promise(requestAnimationFrame);
			for (const element of document.querySelectorAll<HTMLElement>('body *')) {
				const { position } = getComputedStyle(element);
				if (position !== 'sticky' && position !== 'fixed') continue;
				if (element.matches('dialog[open]') || !element.checkVisibility()) continue;
				const box = element.getBoundingClientRect();
				const w = Math.max(0, Math.min(box.right, innerWidth) - Math.max(box.left, 0));
				const h = Math.max(0, Math.min(box.bottom, innerHeight) - Math.max(box.top, 0));
				if (w * h > screen / 3)
					found.add(
						`${element.tagName}.${element.className} ${Math.round((w * h * 100) / screen)} %`
					);
			}
		}
		scrollTo(0, 0);
		return [...found];
	});
}

for (const size of [
	{ width: 640, height: 360, name: '200 % zoom' },
	{ width: 844, height: 390, name: 'a phone held sideways' }
])
	test(`${size.name} (${size.width}×${size.height}): nothing sticky covers a third, and the passage is in sight`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('./');
		const list = page.getByRole('navigation', { name: 'Events in chronological order' });
		await expect(list.getByRole('button').first()).toBeVisible();
		expect(await bigStickies(page)).toEqual([]);

		const event = dataset.events.find((e) => e.citations[0].start > 1500)!;
		const row = list.locator(`[data-event-id="${event.id}"]`);
		await row.scrollIntoViewIfNeeded();
		await row.click();
		const mark = page.getByRole('region', { name: 'Source reader' }).locator('mark.cited').first();
		await expect(mark).toBeInViewport();
		const line = await mark.evaluate((m) => m.getClientRects()[0].toJSON() as DOMRect);
		expect(
			await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('mark.cited'), [
				line.x + line.width / 2,
				line.y + line.height / 2
			] as const)
		).toBe(true);
		expect(await bigStickies(page)).toEqual([]);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(size.width);
	});
