/**
 * Parts of the first view that load on their first use, not before: what a reader does before
 * such a part has arrived is not lost, and the part takes over without anything moving.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

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
 * Holds back the module whose built file `file` matches (the page keeps what the build served, or
 * draws without it, until it arrives) until `release()`; `asked()` says whether it was requested.
 */
async function holdModule(page: Page, file: RegExp) {
	const held: Route[] = [];
	let released = false;
	await page.route(file, (route) => (released ? route.continue() : void held.push(route)));
	return {
		asked: () => held.length > 0,
		release: async () => {
			released = true;
			for (const route of held.splice(0)) await route.continue();
		}
	};
}

/** Holds back the overview's brush (d3-brush). */
const holdBrush = (page: Page) => holdModule(page, /\/assets\/overview-brush-[^/]*\.js$/);

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
	await page.waitForLoadState('networkidle');
	const [, before] = await stripWindow(page);
	await timeline.getByRole('button', { name: 'Zoom in' }).click();
	// The zoom's code loads on its first use and the click is replayed when it is in: wait for the
	// zoom itself, not for a window that was there before it (a busy CI machine read that one).
	await expect.poll(async () => (await stripWindow(page))[1]).toBeLessThan(before * 0.8);
	const [x, width] = await stripWindow(page);
	const strip = (await timeline.locator('.overview svg').boundingBox())!;
	const [from, to] = await viewWindow(page);
	const y = strip.y + strip.height / 2;

	// Dragged on its window a fifth of the strip to the left, while the brush is held back.
	await page.mouse.move(x + width / 2, y);
	await page.mouse.down();
	await page.mouse.move(x + width / 2 - strip.width * 0.2, y, { steps: 5 });
	await page.mouse.up();
	await expect.poll(() => brush.asked()).toBe(true);
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

/** Holds back the list's module (the page keeps the list the build served until its first use). */
const holdList = (page: Page) => holdModule(page, /\/assets\/EventList-[^/]*\.js$/);

const listOf = (page: Page) =>
	page.getByRole('navigation', { name: 'Events in chronological order' });

/** Opens the page and waits for the live page to have taken over, the served list in it. */
async function openTakenOver(page: Page) {
	await page.goto('./');
	await expect(page.locator('#first-view')).toHaveCount(0);
	await expect(listOf(page).getByRole('button').first()).toBeVisible();
}

test('the served list stays until it is used: a row clicked before its module arrived opens the event', async ({
	page
}) => {
	const list = await holdList(page);
	await openTakenOver(page);
	await page.waitForLoadState('networkidle');
	// Nothing asked for it: the list on screen is the one the build served.
	expect(list.asked()).toBe(false);
	const row = listOf(page).getByRole('button', { name: /Mass protests in Iraq/ });
	await row.click();
	// Opened at once; the list's module is asked for, to show the selection.
	await expect(page.getByRole('region', { name: /^Source/ }).first()).toBeVisible();
	await expect.poll(() => list.asked()).toBe(true);
	await list.release();
	await expect(listOf(page).locator('[aria-current="true"]')).toHaveText(/Mass protests in Iraq/);
	await expect(listOf(page)).toHaveCount(1);
});

test('a row clicked before any of the page’s script has run opens its event once the page runs', async ({
	page
}) => {
	// The page's entry module held: only first-view-guard.js has run.
	const entry = await holdModule(page, /\/assets\/main-[^/]*\.js$/);
	await page.goto('./', { waitUntil: 'commit' });
	const served = page.locator('#first-view [data-served-part="list"]');
	const row = served.getByRole('button', { name: /Mass protests in Iraq/ });
	await row.click();
	await expect.poll(() => entry.asked()).toBe(true);
	await expect(page.locator('#first-view')).toHaveCount(1);
	await entry.release();
	await expect(page.locator('#first-view')).toHaveCount(0);
	await expect(page.getByRole('region', { name: /^Source/ }).first()).toBeVisible();
	await expect(listOf(page).locator('[aria-current="true"]')).toHaveText(/Mass protests in Iraq/);
});

test('a row reached by the keyboard before the list’s module arrived keeps the focus, and Enter opens it', async ({
	page
}) => {
	const list = await holdList(page);
	await openTakenOver(page);
	await page.getByRole('button', { name: 'Skip to the list' }).focus();
	await page.keyboard.press('Enter');
	const first = listOf(page).getByRole('button').first();
	await expect(first).toBeFocused();
	await expect.poll(() => list.asked()).toBe(true);
	const id = await first.getAttribute('data-event-id');
	await list.release();
	// The live list took over with the focus on the same row.
	await expect(listOf(page).locator(`[data-event-id="${id}"]`)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: /^Source/ }).first()).toBeVisible();
	await expect(listOf(page).locator('[aria-current="true"]')).toHaveAttribute('data-event-id', id!);
});

test('a search typed before the list’s module arrived filters the list', async ({ page }) => {
	const list = await holdList(page);
	await openTakenOver(page);
	await page.getByRole('searchbox', { name: 'Search events' }).fill('Patriot');
	await expect.poll(() => list.asked()).toBe(true);
	await list.release();
	// The list shows the matches, as many as the tally says (a search reads summaries and quotes
	// too), not the 56 rows served.
	const tally = page.getByRole('status').filter({ hasText: /of \d+ events/ });
	await expect(tally).toHaveText(/^\s*6 of 56 events/);
	await expect(listOf(page).getByRole('button')).toHaveCount(6);
	await expect(listOf(page).getByRole('button').first()).toContainText(
		'Switzerland orders five Patriot'
	);
});

test('the served list follows a zoom of the timeline: its module loads, and the rows of the window come up', async ({
	page
}) => {
	await openTakenOver(page);
	await page.waitForLoadState('networkidle');
	const timeline = timelineOf(page);
	for (let i = 0; i < 4; i++) await timeline.getByRole('button', { name: 'Zoom in' }).click();
	const [from, to] = await viewWindow(page);
	// The event at the top of the list, just under its sticky headings, is one of the window's.
	await expect
		.poll(async () => {
			const id = await page.evaluate(() => {
				const nav = document.querySelector('nav.list')!;
				const top = nav.getBoundingClientRect().top + 60;
				const rows = [...nav.querySelectorAll<HTMLElement>('button[data-event-id]')];
				return rows.find((row) => row.getBoundingClientRect().bottom > top)?.dataset.eventId;
			});
			const event = dataset.events.find((e) => e.id === id);
			if (!event) return false;
			const [start, end] = daysOf(event.date.start, event.date.end ?? event.date.start);
			return start < to && end > from;
		})
		.toBe(true);
	expect(await listOf(page).evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
});

/** The first and the day after the last day of an ISO partial date span ("2024", "2024-01"), ms. */
function daysOf(start: string, end: string): [number, number] {
	const first = (iso: string) => {
		const [y, m = 1, d = 1] = iso.split('-').map(Number);
		return Date.UTC(y, m - 1, d);
	};
	const after = (iso: string) => {
		const [y, m, d] = iso.split('-').map(Number);
		if (d !== undefined) return Date.UTC(y, m - 1, d + 1);
		if (m !== undefined) return Date.UTC(y, m, 1);
		return Date.UTC(y + 1, 0, 1);
	};
	return [first(start), after(end)];
}

/** Holds back the filters' module, as `holdList` the list's. */
const holdFilters = (page: Page) => holdModule(page, /\/assets\/FilterBar-[^/]*\.js$/);

test('text typed in the served search box filters at once, and is kept, focused, when the filters arrive', async ({
	page
}) => {
	const filters = await holdFilters(page);
	await openTakenOver(page);
	await page.waitForLoadState('networkidle');
	expect(filters.asked()).toBe(false);
	const search = page.getByRole('searchbox', { name: 'Search events' });
	await search.click();
	await page.keyboard.type('Patriot');
	// Filtered while the filters' module is still held back.
	await expect(listOf(page).getByRole('button')).toHaveCount(6);
	await expect.poll(() => filters.asked()).toBe(true);
	await filters.release();
	await expect(page.getByRole('status').filter({ hasText: /of 56 events/ })).toHaveText(
		/6 of 56 events/
	);
	await expect(search).toHaveValue('Patriot');
	await expect(search).toBeFocused();
	// The caret is where it was: typing goes on at the end.
	await page.keyboard.type(' air');
	await expect(search).toHaveValue('Patriot air');
});

test('a menu of the served filters pressed before their module arrived opens once it has', async ({
	page
}) => {
	const filters = await holdFilters(page);
	await openTakenOver(page);
	await page.locator('.filters summary', { hasText: 'Topic' }).click();
	await expect.poll(() => filters.asked()).toBe(true);
	await filters.release();
	const topics = page.getByRole('group', { name: 'Topic' });
	await expect(topics).toBeVisible();
	await topics.getByRole('checkbox', { name: /Russia's war in Ukraine/ }).check();
	await expect(listOf(page).getByRole('button')).toHaveCount(17);
});

test('the served legend stays while it says what the live one would: a search loads the live one, with the matches’ counts', async ({
	page
}) => {
	const legend = await holdModule(page, /\/assets\/Legend-[^/]*\.js$/);
	await openTakenOver(page);
	await page.waitForLoadState('networkidle');
	// Nothing asked for it: the legend on screen is the one the build served, in the live page.
	expect(legend.asked()).toBe(false);
	const topics = timelineOf(page).getByRole('list', { name: 'Topics' });
	const counted = (topic: string) => dataset.events.filter((event) => event.topic === topic).length;
	for (const topic of dataset.topics)
		await expect(topics.getByRole('listitem').filter({ hasText: topic.label })).toHaveText(
			`${topic.label} (${counted(topic.id)})`
		);
	await expect(timelineOf(page).getByText('more events: click or zoom in')).toBeVisible();
	// A search changes the counts: the live legend is needed, and says them.
	await page.getByRole('searchbox', { name: 'Search events' }).fill('Patriot');
	await expect.poll(() => legend.asked()).toBe(true);
	await legend.release();
	const tally = page.getByRole('status').filter({ hasText: /of \d+ events/ });
	await expect(tally).toHaveText(/^\s*6 of 56 events/);
	const shown = await listOf(page).getByRole('button').allTextContents();
	expect(shown).toHaveLength(6);
	const countsOfMatches = dataset.topics.map(
		(topic) =>
			`${topic.label} (${dataset.events.filter((e) => e.topic === topic.id && shown.some((row) => row.includes(e.title))).length})`
	);
	await expect(topics.getByRole('listitem')).toHaveText(countsOfMatches);
	await expect(timelineOf(page).locator('.served-legend')).toHaveCount(0);
});
