/**
 * The plot's zoom code (d3-zoom, d3-drag: `zoom.ts`) loads on the plot's first use, not before the
 * first view. A gesture made before it has arrived is kept and handed to it when it does: each
 * test makes the same gesture on two pages, one with the code held back until the gesture is made
 * (or half made), one with the code already in, and the view must end on the same window.
 */
import { expect, test, type Page, type Route } from '@playwright/test';

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/** The built file of the zoom code. */
const ZOOM_FILE = /\/assets\/zoom-[^/]*\.js$/;
/** A window well inside the seed's extent, so that a pan moves it (a link opens on it). */
const ZOOMED = './#from=2024-02-01&to=2024-09-30';

const timelineOf = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const plotOf = (page: Page) => timelineOf(page).locator('.plot');

/** The view's window (the plot's `data-window`, ISO days) and how many events it holds. */
async function shown(page: Page): Promise<string> {
	const svg = timelineOf(page).locator('svg[data-window]');
	return `${await svg.getAttribute('data-window')} (${await svg.getAttribute('data-visible-count')})`;
}

/** Opens `url` and waits for the live first view, drawn and idle. */
async function open(page: Page, url: string) {
	await page.goto(url);
	await expect(timelineOf(page).locator('g.mark').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
}

/** d3-zoom is attached to the plot (it keeps its transform on the node as `__zoom`). */
async function zoomAttached(page: Page): Promise<boolean> {
	return plotOf(page).evaluate((plot) => '__zoom' in plot);
}

/** Holds the zoom code back until `release()`; `asked()`: whether the page asked for it. */
async function holdZoom(page: Page) {
	const held: Route[] = [];
	let released = false;
	await page.route(ZOOM_FILE, (route) => (released ? route.continue() : void held.push(route)));
	return {
		asked: () => held.length > 0,
		release: async () => {
			released = true;
			for (const route of held.splice(0)) await route.continue();
			await expect.poll(() => zoomAttached(page)).toBe(true);
		}
	};
}

/** The page with the zoom code already in: a pointer has come over the plot, and gone. */
async function withZoom(page: Page, url: string) {
	await open(page, url);
	const box = (await plotOf(page).boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await expect.poll(() => zoomAttached(page)).toBe(true);
	await page.mouse.move(0, 0);
}

/** A point of the plot, as fractions of its box. */
async function at(page: Page, fx: number, fy = 0.6): Promise<[number, number]> {
	const box = (await plotOf(page).boundingBox())!;
	return [box.x + box.width * fx, box.y + box.height * fy];
}

/** Touches through the debugging protocol: each step, every finger's point. */
async function touch(page: Page, steps: [number, number][][]) {
	const cdp = await page.context().newCDPSession(page);
	const points = (step: [number, number][]) => step.map(([x, y], id) => ({ x, y, id }));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]) });
	for (const step of steps.slice(1))
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(step) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

/** The gestures, each as a reader makes it. */
const GESTURES: Record<string, { url: string; make: (page: Page) => Promise<void> }> = {
	'a wheel’s zoom': {
		url: './',
		make: async (page) => {
			await page.mouse.move(...(await at(page, 0.4)));
			for (let i = 0; i < 4; i++) await page.mouse.wheel(0, -120);
		}
	},
	'a drag’s pan': {
		url: ZOOMED,
		make: async (page) => {
			const [x, y] = await at(page, 0.6);
			await page.mouse.move(x, y);
			await page.mouse.down();
			await page.mouse.move(x - 200, y + 5, { steps: 6 });
			await page.mouse.up();
		}
	},
	'a double-click’s zoom': {
		url: './',
		make: async (page) => page.mouse.dblclick(...(await at(page, 0.3, 0.15)))
	},
	'a key’s zoom, with a mark focused': {
		url: './',
		make: async (page) => {
			await timelineOf(page).locator('[data-stop][tabindex="0"]').focus();
			await page.keyboard.press('+');
			await page.keyboard.press('+');
		}
	}
};

for (const [name, { url, make }] of Object.entries(GESTURES)) {
	test(`${name} made before the zoom code has arrived is made when it does`, async ({
		browser
	}) => {
		const reference = await browser.newPage();
		await withZoom(reference, url);
		const before = await shown(reference);
		await make(reference);
		await expect.poll(() => shown(reference)).not.toBe(before);
		// A wheel's gesture ends after it rests; the window is the same all the same.
		const expected = await shown(reference);

		const page = await browser.newPage();
		const zoom = await holdZoom(page);
		await open(page, url);
		expect(await shown(page)).toBe(before);
		await make(page);
		await expect.poll(() => zoom.asked()).toBe(true);
		// The first view stands while the code is held back.
		expect(await shown(page)).toBe(before);
		await zoom.release();
		await expect.poll(() => shown(page)).toBe(expected);
		await reference.close();
		await page.close();
	});
}

test('a drag under way when the zoom code arrives goes on to its end as one pan', async ({
	browser
}) => {
	const drag = async (page: Page, midway: () => Promise<void>) => {
		const [x, y] = await at(page, 0.7);
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x - 120, y, { steps: 4 });
		await midway();
		await page.mouse.move(x - 300, y + 4, { steps: 4 });
		await page.mouse.up();
	};
	const reference = await browser.newPage();
	await withZoom(reference, ZOOMED);
	await drag(reference, async () => {});
	const expected = await shown(reference);

	const page = await browser.newPage();
	const zoom = await holdZoom(page);
	await open(page, ZOOMED);
	const before = await shown(page);
	expect(before).not.toBe(expected);
	await drag(page, async () => {
		expect(await shown(page)).toBe(before);
		await zoom.release();
	});
	await expect.poll(() => shown(page)).toBe(expected);
	await reference.close();
	await page.close();
});

test('a mark clicked before the zoom code has arrived opens its event, and the view stays', async ({
	page
}) => {
	const zoom = await holdZoom(page);
	await open(page, './');
	const before = await shown(page);
	const mark = timelineOf(page).locator('g.mark').nth(3);
	const title = (await mark.getAttribute('aria-label'))!;
	await mark.click();
	await expect.poll(() => zoom.asked()).toBe(true);
	await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
	await expect(page.locator('body')).toContainText(title.replace(/^.*?: /, '').slice(0, 30));
	await zoom.release();
	expect(await shown(page)).toBe(before);
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	const TOUCHES: Record<
		string,
		{ url: string; steps: (page: Page) => Promise<[number, number][][]> }
	> = {
		'a touch’s pan': {
			url: ZOOMED,
			steps: async (page) => {
				const [x, y] = await at(page, 0.7);
				return [0, 1, 2, 3, 4, 5, 6].map((i) => [[x - i * 30, y]]);
			}
		},
		'a pinch’s zoom': {
			url: './',
			steps: async (page) => {
				const [x, y] = await at(page, 0.5);
				return [0, 1, 2, 3, 4, 5, 6].map((i) => [
					[x - 30 - i * 15, y],
					[x + 30 + i * 15, y]
				]);
			}
		}
	};

	for (const [name, { url, steps }] of Object.entries(TOUCHES)) {
		test(`${name} made before the zoom code has arrived is made when it does`, async ({
			browser
		}) => {
			const options = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
			const referenceContext = await browser.newContext(options);
			const reference = await referenceContext.newPage();
			await withZoom(reference, url);
			const before = await shown(reference);
			await touch(reference, await steps(reference));
			await expect.poll(() => shown(reference)).not.toBe(before);
			const expected = await shown(reference);

			const context = await browser.newContext(options);
			const page = await context.newPage();
			const zoom = await holdZoom(page);
			await open(page, url);
			await touch(page, await steps(page));
			await expect.poll(() => zoom.asked()).toBe(true);
			expect(await shown(page)).toBe(before);
			await zoom.release();
			await expect.poll(() => shown(page)).toBe(expected);
			await referenceContext.close();
			await context.close();
		});
	}
});
