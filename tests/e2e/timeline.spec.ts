import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { screenshotPath } from './screenshot-path.ts';

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

const timelineOf = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const plotOf = (timeline: Locator) => timeline.locator('.plot');

/** Opens the page on the whole extent (it opens on where most events are): Fit all. */
async function openWhole(page: Page) {
	await page.goto('./');
	const timeline = timelineOf(page);
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/^\d{3}0s$/);
}

/** The brush's window on the overview strip, in px: [x, width]. */
async function brushWindow(timeline: Locator): Promise<[number, number]> {
	const box = await timeline.locator('.brush .selection').boundingBox();
	return [box!.x, box!.width];
}

/** Wheel-zooms the plot about the point `fraction` of its width from the left. */
async function wheelZoom(page: Page, timeline: Locator, fraction: number, steps: number) {
	await plotOf(timeline).scrollIntoViewIfNeeded();
	const box = (await plotOf(timeline).boundingBox())!;
	await page.mouse.move(box.x + box.width * fraction, box.y + box.height / 2);
	for (let i = 0; i < steps; i++) {
		await page.mouse.wheel(0, -240);
		await page.waitForTimeout(40);
	}
}

test('a wheel zoom narrows the visible window and moves the axis to a finer level', async ({
	page
}) => {
	await openWhole(page);
	const timeline = timelineOf(page);
	const major = timeline.locator('.axis text.major');
	const minor = timeline.locator('.axis text.minor');
	// Two decades: decades over years.
	await expect(major.first()).toHaveText(/^\d{3}0s$/);
	await expect(minor.first()).toHaveText(/^\d{4}$/);
	const overview = await brushWindow(timeline);

	await wheelZoom(page, timeline, 0.82, 10);
	// A year or so: years over months.
	await expect(major.first()).toHaveText(/^\d{4}$/);
	await expect(
		minor.filter({ hasText: /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/ }).first()
	).toBeVisible();
	// The overview brush follows: a narrower window.
	await expect.poll(async () => (await brushWindow(timeline))[1]).toBeLessThan(overview[1] / 4);
});

test('the overview brush and the main view stay in sync both ways', async ({ page }) => {
	await openWhole(page);
	const timeline = timelineOf(page);
	const major = timeline.locator('.axis text.major');
	await wheelZoom(page, timeline, 0.82, 10);
	await expect(major.first()).toHaveText(/^\d{4}$/);
	const yearBefore = Number(await major.first().textContent());

	// Dragging the brush window to the left moves the main view to earlier years.
	const [x, width] = await brushWindow(timeline);
	const strip = (await timeline.locator('.overview svg').boundingBox())!;
	await page.mouse.move(x + width / 2, strip.y + strip.height / 2);
	await page.mouse.down();
	await page.mouse.move(x + width / 2 - strip.width * 0.3, strip.y + strip.height / 2, {
		steps: 8
	});
	await page.mouse.up();
	await expect
		.poll(async () => Number(await major.first().textContent()))
		.toBeLessThan(yearBefore - 3);

	// Drawing a new window on the strip shows that window in the main view.
	await page.mouse.move(strip.x + strip.width * 0.1, strip.y + strip.height / 2);
	await page.mouse.down();
	await page.mouse.move(strip.x + strip.width * 0.5, strip.y + strip.height / 2, { steps: 8 });
	await page.mouse.up();
	const plot = timeline.locator('svg[data-window]');
	const [e0, e1] = (await plot.getAttribute('data-extent'))!.split('/').map(Date.parse);
	const expected = [e0 + (e1 - e0) * 0.1, e0 + (e1 - e0) * 0.5];
	const tolerance = ((e1 - e0) / strip.width) * 3; // three overview pixels
	await expect
		.poll(async () => {
			const [w0, w1] = (await plot.getAttribute('data-window'))!.split('/').map(Date.parse);
			return Math.max(Math.abs(w0 - expected[0]), Math.abs(w1 - expected[1]));
		})
		.toBeLessThan(tolerance + 86_400_000);
	await expect
		.poll(async () => (await brushWindow(timeline))[1])
		.toBeGreaterThan(strip.width * 0.38);
	await expect.poll(async () => (await brushWindow(timeline))[1]).toBeLessThan(strip.width * 0.42);
});

test('clicking a cluster zooms in until its events are drawn as marks', async ({ page }) => {
	await openWhole(page);
	const timeline = timelineOf(page);
	const cluster = timeline.locator('g.cluster').first();
	await expect(cluster).toBeVisible();
	const ids = (await cluster.getAttribute('data-event-ids'))!.split(' ');
	expect(ids.length).toBeGreaterThan(0);
	await expect(cluster).toHaveAccessibleName(new RegExp(`^${ids.length} more events?`));
	const overview = await brushWindow(timeline);
	await cluster.click();
	await expect.poll(async () => (await brushWindow(timeline))[1]).toBeLessThan(overview[1] / 2);
	// Each of the cluster's events is now a mark of its own (clicking again if still crowded).
	for (let round = 0; round < 4; round++) {
		const drawn = await timeline
			.locator('g.mark')
			.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
		if (ids.every((id) => drawn.includes(id))) break;
		await timeline.locator('g.cluster').first().click();
	}
	for (const id of ids)
		await expect(timeline.locator(`g.mark[data-event-id="${id}"]`)).toBeVisible();
});

test('hovering a mark shows its date as the text knows it, its title and its sources', async ({
	page
}) => {
	await openWhole(page);
	const timeline = timelineOf(page);
	const mark = timeline.locator('g.mark').first();
	const id = await mark.getAttribute('data-event-id');
	const event = dataset.events.find((e) => e.id === id)!;
	await mark.hover();
	const tooltip = page.getByRole('tooltip');
	await expect(tooltip).toContainText(event.title);
	const sources = new Set(event.citations.map((c) => c.source)).size;
	await expect(tooltip).toContainText(`Reported by ${sources} source`);
	await mark.focus();
	await expect(tooltip).toContainText(event.title);
});

test('“Later event” steps through the events in order without leaving empty years on screen', async ({
	page
}) => {
	await openWhole(page);
	const timeline = timelineOf(page);
	const first = dataset.events[0];
	await timeline.getByRole('button', { name: 'Later event' }).click();
	await expect(timeline.getByRole('status')).toContainText(first.title);
	await expect(timeline.locator(`g.mark[data-event-id="${first.id}"]`)).toBeVisible();
	// At most a year in view: the axis shows months.
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/^\d{4}$/);
	await timeline.getByRole('button', { name: 'Later event' }).click();
	await expect(timeline.getByRole('status')).not.toContainText(first.title);
	await timeline.getByRole('button', { name: 'Earlier event' }).click();
	await expect(timeline.getByRole('status')).toContainText(first.title);
});

test('double-click zooms in about the pointer', async ({ page }) => {
	await page.goto('./');
	const timeline = timelineOf(page);
	const overview = await brushWindow(timeline);
	const box = (await plotOf(timeline).boundingBox())!;
	await page.mouse.dblclick(box.x + box.width * 0.8, box.y + 30);
	await expect.poll(async () => (await brushWindow(timeline))[1]).toBeLessThan(overview[1] * 0.6);
});

test('the theme switch overrides the system colours', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('./');
	const background = () =>
		page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
	const light = await background();
	await page
		.getByRole('group', { name: 'Colour theme' })
		.getByRole('button', { name: 'Dark' })
		.click();
	await expect.poll(background).not.toBe(light);
	await page.reload();
	await expect.poll(background).not.toBe(light);
	await page
		.getByRole('group', { name: 'Colour theme' })
		.getByRole('button', { name: 'Auto' })
		.click();
	await expect.poll(background).toBe(light);
});

test('README screenshots: the timeline at three zoom levels', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 560 });
	await openWhole(page);
	const timeline = timelineOf(page);
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await timeline.screenshot({ path: screenshotPath('timeline-decades') });
	await wheelZoom(page, timeline, 0.82, 10);
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/^\d{4}$/);
	await page.mouse.move(0, 0);
	await timeline.screenshot({ path: screenshotPath('timeline-year') });
	// Days: zoom in on the busiest day-precise cluster of points in view.
	const point = (await timeline.locator('g.mark.point circle').nth(1).boundingBox())!;
	const plot = (await plotOf(timeline).boundingBox())!;
	await wheelZoom(page, timeline, (point.x + point.width / 2 - plot.x) / plot.width, 7);
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/^[A-Z][a-z]{2} \d{4}$/);
	await page.mouse.move(0, 0);
	await timeline.screenshot({ path: screenshotPath('timeline-days') });
});
