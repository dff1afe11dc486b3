import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/** The keyboard on a desktop: skip links first, Home and End on the marks, the status line. */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('the first Tab stops skip to the timeline and to the list', async ({ page }) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await page.keyboard.press('Tab');
	const toTimeline = page.getByRole('button', { name: 'Skip to the timeline' });
	await expect(toTimeline).toBeFocused();
	await expect(toTimeline).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(timeline.locator('[data-stop][tabindex="0"]')).toBeFocused();

	await page.keyboard.press('Shift+Tab');
	for (let i = 0; i < 40; i++) {
		if (
			await page
				.getByRole('button', { name: 'Skip to the list' })
				.evaluate((b) => b === document.activeElement)
		)
			break;
		await page.keyboard.press('Shift+Tab');
	}
	await expect(page.getByRole('button', { name: 'Skip to the list' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(
		page
			.getByRole('navigation', { name: 'Events in chronological order' })
			.getByRole('button')
			.first()
	).toBeFocused();
});

test('Home and End move to the first and last mark, not the page; the status names the selection', async ({
	page
}) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	const stop = () => page.evaluate(() => document.activeElement?.getAttribute('data-stop'));
	const stops = await timeline
		.locator('[data-stop]')
		.evaluateAll((all) => all.map((s) => s.getAttribute('data-stop')));
	const scrolled = await page.evaluate(() => scrollY);
	await page.keyboard.press('End');
	const last = await stop();
	await page.keyboard.press('Home');
	const first = await stop();
	expect(first).not.toBe(last);
	expect(stops).toContain(first);
	expect(stops).toContain(last);
	expect(await page.evaluate(() => scrollY)).toBe(scrolled);

	// The focused mark (not selected) shows a ring in the focus colour at every zoom, and keeps focus.
	const focusColour = await page.evaluate(() => {
		const probe = document.createElement('span');
		probe.style.color = 'var(--focus)';
		document.body.append(probe);
		const colour = getComputedStyle(probe).color;
		probe.remove();
		return colour;
	});
	for (const key of ['+', '+', '+', '-', '-', '-', '-']) {
		await page.keyboard.press(key);
		const ring = await page.evaluate(() => {
			const mark = document.activeElement;
			const shape = mark?.matches('g.mark:not(.selected)')
				? mark.querySelector('circle, rect')
				: null;
			return shape
				? { colour: getComputedStyle(shape).stroke, width: getComputedStyle(shape).strokeWidth }
				: null;
		});
		expect(ring, key).not.toBeNull();
		expect(ring!.colour, key).toBe(focusColour);
		expect(parseFloat(ring!.width), key).toBeGreaterThanOrEqual(2.5);
	}

	// Enter selects the focused mark; the timeline's status line names it.
	await page.keyboard.press('ArrowRight');
	const id = (await stop())!.replace(/^cluster:/, '');
	const event = dataset.events.find((e) => e.id === id);
	test.skip(!event, 'the focused stop is a cluster');
	await page.keyboard.press('Enter');
	await expect(timeline.getByRole('status')).toContainText(`Selected: `);
	await expect(timeline.getByRole('status')).toContainText(event!.title);
});

test('tabbing through the list leaves the timeline where it is; Enter selects and brings the event into view', async ({
	page
}) => {
	// A narrow window: the rows tabbed past lie after it, where a scroll of the list would take it.
	await page.goto('./#from=2019-10-01&to=2020-01-31');
	const svg = page.getByRole('region', { name: 'Timeline' }).locator('.plot > svg');
	await expect(svg).toHaveAttribute('data-window', /^2019-(09|10)-\d\d\/2020-0[12]-\d\d$/);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const window = await svg.getAttribute('data-window');
	// The list is its own scroller here: tabbing down it scrolls it.
	expect(await list.evaluate((nav) => nav.scrollHeight > nav.clientHeight)).toBe(true);

	await page.getByRole('button', { name: 'Skip to the list' }).focus();
	await page.keyboard.press('Enter');
	const rows = list.locator('button[data-event-id]');
	await expect(rows.first()).toBeFocused();
	const steps = 20;
	for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
	await expect(rows.nth(steps)).toBeFocused();
	// The list followed the focus down…
	expect(await list.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(0);
	await expect(rows.nth(steps)).toBeInViewport();
	// …and once any scroll it made has been answered (two frames: the list answers in one), the
	// timeline shows what it showed before.
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	await expect(svg).toHaveAttribute('data-window', window!);

	// Enter selects the focused row; the timeline brings its event into view, marked as selected.
	const id = (await rows.nth(steps).getAttribute('data-event-id'))!;
	await page.keyboard.press('Enter');
	await expect(svg.locator(`g.mark[data-event-id="${id}"]`)).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	const event = dataset.events.find((e) => e.id === id)!;
	await expect(
		page.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(event.title);
	// Scrolling the list by the keyboard is the reader scrolling: the timeline follows.
	const selectedWindow = (await svg.getAttribute('data-window'))!;
	await rows.nth(steps).focus();
	await page.keyboard.press('End');
	await expect(svg).not.toHaveAttribute('data-window', selectedWindow);
});
