/**
 * Parts of the first view that load on their first use, not before: what a reader does before
 * such a part has arrived is not lost, and the part takes over without anything moving.
 */
import { expect, test, type Page, type Route } from '@playwright/test';

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

const timelineOf = (page: Page) => page.getByRole('region', { name: 'Timeline' });

/** The view's window, ms since the epoch (the plot's `data-window`). */
async function viewWindow(page: Page): Promise<[number, number]> {
	const text = await timelineOf(page).locator('svg[data-window]').getAttribute('data-window');
	const [from, to] = text!.split('/').map(Date.parse);
	return [from, to];
}

/** The strip's window (the brush's selection, or the strip's own drawing of it), px. */
async function stripWindow(page: Page): Promise<[number, number]> {
	const box = (await timelineOf(page).locator('.brush .selection').boundingBox())!;
	return [box.x, box.width];
}

/**
 * Holds back every request for the overview's brush until `release()`; `asked()` says whether
 * one was made.
 */
async function holdBrush(page: Page) {
	const held: Route[] = [];
	let released = false;
	await page.route(/\/assets\/overview-brush-[^/]*\.js$/, (route) =>
		released ? route.continue() : void held.push(route)
	);
	return {
		asked: () => held.length > 0,
		release: async () => {
			released = true;
			for (const route of held.splice(0)) await route.continue();
		}
	};
}

test('the strip follows a zoom without its brush, which loads on the strip’s first use', async ({
	page
}) => {
	const brush = await holdBrush(page);
	await page.goto('./');
	const timeline = timelineOf(page);
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const [, before] = await stripWindow(page);
	await timeline.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await stripWindow(page))[1]).toBeLessThan(before * 0.8);
	expect(brush.asked()).toBe(false);

	const strip = (await timeline.locator('.overview svg').boundingBox())!;
	await page.mouse.move(strip.x + 5, strip.y + strip.height / 2);
	await expect.poll(() => brush.asked()).toBe(true);
	const [shownX, shownWidth] = await stripWindow(page);
	await brush.release();
	// The brush's own parts (the overlay that takes a new window), its window where the strip's was.
	await expect(timeline.locator('.brush .overlay')).toHaveCount(1);
	await expect(timeline.locator('.brush .selection')).toHaveCount(1);
	const [x, width] = await stripWindow(page);
	expect(Math.abs(x - shownX)).toBeLessThanOrEqual(1);
	expect(Math.abs(width - shownWidth)).toBeLessThanOrEqual(1);
});

test('a drag on the strip before its brush has arrived moves the view, and a click centres it', async ({
	page
}) => {
	const brush = await holdBrush(page);
	await page.goto('./');
	const timeline = timelineOf(page);
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await timeline.getByRole('button', { name: 'Zoom in' }).click();
	await expect.poll(async () => (await stripWindow(page))[1]).toBeGreaterThan(0);
	const [x, width] = await stripWindow(page);
	const strip = (await timeline.locator('.overview svg').boundingBox())!;
	const [from, to] = await viewWindow(page);
	const y = strip.y + strip.height / 2;

	// Dragged on its window a fifth of the strip to the left, while the brush is held back.
	await page.mouse.move(x + width / 2, y);
	await page.mouse.down();
	await page.mouse.move(x + width / 2 - strip.width * 0.2, y, { steps: 5 });
	await page.mouse.up();
	expect(brush.asked()).toBe(true);
	const [extentFrom, extentTo] = (await timeline
		.locator('svg[data-extent]')
		.getAttribute('data-extent'))!
		.split('/')
		.map(Date.parse);
	const shift = (extentTo - extentFrom) * 0.2;
	const pxMs = (extentTo - extentFrom) / strip.width;
	await expect
		.poll(async () => Math.abs((await viewWindow(page))[0] - (from - shift)))
		.toBeLessThan(pxMs * 3);
	const [movedFrom, movedTo] = await viewWindow(page);
	expect(Math.abs(movedTo - movedFrom - (to - from))).toBeLessThan(pxMs * 3);

	// A click far to the right centres the window there.
	await page.mouse.click(strip.x + strip.width * 0.9, y);
	const centre = extentFrom + (extentTo - extentFrom) * 0.9;
	await expect
		.poll(async () => {
			const [a, b] = await viewWindow(page);
			return Math.abs((a + b) / 2 - centre);
		})
		.toBeLessThan(pxMs * 3);

	// Once it arrives, the brush takes over where the window is, and drags as before.
	const [shownX] = await stripWindow(page);
	await brush.release();
	await expect(timeline.locator('.brush .overlay')).toHaveCount(1);
	expect(Math.abs((await stripWindow(page))[0] - shownX)).toBeLessThanOrEqual(1);
});
