import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { isoDayToMs } from '../../src/lib/data/civil-date.ts';

/** Phones: below 640 px the list comes first and the timeline is a strip; touch does everything. */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

/** The window's length in days, from the plot's `data-window` (ISO days). */
async function windowDays(page: Page): Promise<number> {
	const window = (await page.locator('svg[data-window]').getAttribute('data-window'))!;
	const [from, to] = window.split('/').map((day) => isoDayToMs(day)!);
	return (to - from) / 86_400_000;
}

/** Two fingers moving apart (or together) around a point, through the debugging protocol. */
async function pinch(page: Page, x: number, y: number, from: number, to: number) {
	const cdp = await page.context().newCDPSession(page);
	const points = (gap: number) => [
		{ x: x - gap / 2, y, id: 0 },
		{ x: x + gap / 2, y, id: 1 }
	];
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(from) });
	const steps = 8;
	for (let i = 1; i <= steps; i++)
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchMove',
			touchPoints: points(from + ((to - from) * i) / steps)
		});
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

test('the list comes first, the timeline is a strip at the bottom, nothing scrolls sideways', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(list.getByRole('button').first()).toBeVisible();
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	const listBox = (await list.boundingBox())!;
	const stripBox = (await timeline.boundingBox())!;
	expect(listBox.y).toBeLessThan(stripBox.y);
	// The strip stays on screen, along the bottom, and is short.
	expect(Math.round(stripBox.y + stripBox.height)).toBeLessThanOrEqual(844);
	expect(stripBox.height).toBeLessThan(844 / 3);
	await expect(timeline.getByRole('button', { name: 'Later event' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test('a tap opens an event (no hover needed), and the reader comes above the list', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const event = dataset.events[1];
	await list.locator(`[data-event-id="${event.id}"]`).tap();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	expect((await reader.boundingBox())!.y).toBeLessThan((await list.boundingBox())!.y);

	// A mark tapped on the strip opens its event too.
	const mark = page.getByRole('region', { name: 'Timeline' }).locator('g.mark circle').first();
	const id = await mark.locator('..').getAttribute('data-event-id');
	await mark.tap();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(
		dataset.events.find((e) => e.id === id)!.title
	);
});

test('pinching the strip zooms the timeline in and out', async ({ page }) => {
	await page.goto('./');
	const plot = page.getByRole('region', { name: 'Timeline' }).locator('.plot');
	await expect(plot.locator('g.mark').first()).toBeVisible();
	const box = (await plot.boundingBox())!;
	const before = await windowDays(page);
	await pinch(page, box.x + box.width / 2, box.y + box.height / 2, 40, 240);
	await expect.poll(() => windowDays(page)).toBeLessThan(before / 3);
	const zoomed = await windowDays(page);
	await pinch(page, box.x + box.width / 2, box.y + box.height / 2, 240, 60);
	await expect.poll(() => windowDays(page)).toBeGreaterThan(zoomed * 2);
});
