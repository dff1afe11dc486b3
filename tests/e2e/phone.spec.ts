import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { isoDayToMs } from '../../src/lib/data/civil-date.ts';
import { screenshotPath } from './screenshot-path.ts';

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

test('a tap opens an event (no hover needed) on a sheet over the whole screen', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const event = dataset.events[1];
	await list.locator(`[data-event-id="${event.id}"]`).tap();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	const sheet = page.getByRole('dialog', { name: event.title });
	await expect(sheet).toBeVisible();
	// One surface: the sheet covers the screen, and nothing of the list or the strip shows through.
	expect(await sheet.boundingBox()).toEqual({ x: 0, y: 0, width: 390, height: 844 });
	for (const [x, y] of [
		[20, 100],
		[200, 420],
		[370, 800]
	] as const) {
		expect(
			await page.evaluate(([px, py]) => !!document.elementFromPoint(px, py)?.closest('dialog'), [
				x,
				y
			] as const)
		).toBe(true);
	}

	// A mark tapped on the strip opens its event too.
	await sheet.getByRole('button', { name: 'Back to the list' }).tap();
	await expect(sheet).toHaveCount(0);
	const mark = page.getByRole('region', { name: 'Timeline' }).locator('g.mark circle').first();
	const id = await mark.locator('..').getAttribute('data-event-id');
	await mark.tap();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(
		dataset.events.find((e) => e.id === id)!.title
	);
});

test('the cited passage opens unobstructed in the upper part of the sheet', async ({ page }) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	// Events whose passage lies deep in its article, where the sheet must scroll to it.
	const deep = dataset.events.filter((e) => e.citations[0].start > 2000).slice(0, 3);
	expect(deep.length).toBeGreaterThan(0);
	for (const event of deep) {
		await list.locator(`[data-event-id="${event.id}"]`).tap();
		const sheet = page.getByRole('dialog', { name: event.title });
		const mark = sheet.locator('mark.cited').first();
		await expect(mark).toBeVisible();
		await expect
			.poll(async () => (await mark.boundingBox())!.y, { message: event.id })
			.toBeLessThan(844 / 3);
		// The passage's first line: below the sheet's bar, and what is painted there is the passage.
		const line = await mark.evaluate((m) => m.getClientRects()[0].toJSON() as DOMRect);
		const bar = (await sheet.getByRole('button', { name: 'Back to the list' }).boundingBox())!;
		expect(line.y).toBeGreaterThan(bar.y + bar.height);
		expect(
			await page.evaluate(([x, y]) => !!document.elementFromPoint(x, y)?.closest('mark.cited'), [
				line.x + line.width / 2,
				line.y + line.height / 2
			] as const)
		).toBe(true);
		const box = (await mark.boundingBox())!;
		console.log(`phone passage ${event.id}: top at ${Math.round(box.y)} px of 844`);
		await page.keyboard.press('Escape');
		await expect(sheet).toHaveCount(0);
	}
});

test("Back, Escape and the browser's back all return to the list, on the selected row", async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const [first, second] = [dataset.events[20], dataset.events[30]];
	const rowInView = async (id: string) => {
		const [row, box] = [
			(await list.locator(`[data-event-id="${id}"]`).boundingBox())!,
			(await list.boundingBox())!
		];
		return row.y >= box.y && row.y + row.height <= box.y + box.height + 1;
	};
	const sheet = page.getByRole('dialog');

	await list.locator(`[data-event-id="${first.id}"]`).tap();
	await expect(sheet).toBeVisible();
	await sheet.getByRole('button', { name: 'Back to the list' }).tap();
	await expect(sheet).toHaveCount(0);
	await expect.poll(() => rowInView(first.id)).toBe(true);

	await list.locator(`[data-event-id="${second.id}"]`).tap();
	await expect(sheet).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(sheet).toHaveCount(0);

	// The browser's back closes the sheet and stays on the list, not on the event read before.
	await list.locator(`[data-event-id="${first.id}"]`).tap();
	await expect(sheet).toBeVisible();
	await page.goBack();
	await expect(sheet).toHaveCount(0);
	await expect(list.locator('[aria-current="true"]')).toHaveAttribute('data-event-id', second.id);
	expect(await rowInView(second.id)).toBe(true);
});

test('one scroller: the page stays put while the list scrolls, and titles wrap whole', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.getByRole('button').first()).toBeVisible();
	const sizes = await page.evaluate(() => {
		const nav = document.querySelector('nav.list')!;
		return {
			page: document.documentElement.scrollHeight,
			list: [nav.scrollHeight, nav.clientHeight]
		};
	});
	expect(sizes.page).toBeLessThanOrEqual(844);
	expect(sizes.list[0]).toBeGreaterThan(sizes.list[1]);
	// Every title is whole: not cut on either side, for every event (the list draws every row).
	const cut = await list
		.locator('.title')
		.evaluateAll((titles) =>
			titles
				.filter((t) => t.scrollWidth > t.clientWidth + 1 || t.scrollHeight > t.clientHeight + 1)
				.map((t) => t.textContent)
		);
	expect(cut).toEqual([]);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test('every control is at least 24 × 24 px, on the page and on the sheet', async ({ page }) => {
	/** Visible controls smaller than 24 px either way (a checkbox counts with its label). */
	const small = () =>
		page.evaluate(() =>
			[
				...document.querySelectorAll<HTMLElement>(
					'button, a[href], input, select, summary, [role=button], [role=tab]'
				)
			]
				// Skip links are keyboard-only until focused (then 2rem tall).
				.filter((e) => e.checkVisibility() && !e.closest('[aria-hidden=true], svg, .skip-links'))
				.map((e) => (e.matches('input[type=checkbox]') ? (e.closest('label') ?? e) : e))
				.map((e) => ({ e, box: e.getBoundingClientRect() }))
				.filter(({ box }) => box.width < 24 || box.height < 24)
				.map(({ e, box }) => `${e.textContent?.trim().slice(0, 30)} ${box.width}×${box.height}`)
		);
	await page.goto('./');
	await expect(page.locator('g.mark').first()).toBeVisible();
	expect(await small()).toEqual([]);
	const event = dataset.events.find((e) => new Set(e.citations.map((c) => c.source)).size > 1)!;
	await page.locator(`nav [data-event-id="${event.id}"]`).tap();
	await expect(page.getByRole('dialog').locator('mark.cited').first()).toBeVisible();
	expect(await small()).toEqual([]);
	expect(await page.evaluate(() => document.querySelector('dialog')!.scrollWidth)).toBe(390);
});

/**
 * Each mark's and cluster's target in a plot: the element a tap lands on (its unseen `.hit`), its
 * box, and whether a tap at each corner (1 px in) and at the middle reaches this mark and no other.
 */
function tapTargets(svg: Locator) {
	return svg.evaluate((plot) => {
		const frame = plot.getBoundingClientRect();
		return [...plot.querySelectorAll<SVGGElement>('g.mark, g.cluster')].map((g) => {
			const hit = g.querySelector('.hit') ?? g;
			const box = hit.getBoundingClientRect();
			const points = [
				[box.left + 1, box.top + 1],
				[box.right - 1, box.top + 1],
				[box.left + 1, box.bottom - 1],
				[box.right - 1, box.bottom - 1],
				[box.left + box.width / 2, box.top + box.height / 2]
			];
			return {
				id: g.dataset.eventId ?? `cluster ${g.dataset.count}`,
				width: box.width,
				height: box.height,
				inside:
					box.left >= frame.left - 0.5 &&
					box.right <= frame.right + 0.5 &&
					box.top >= frame.top - 0.5 &&
					box.bottom <= frame.bottom + 0.5,
				reached: points.every(
					([x, y]) => document.elementFromPoint(x, y)?.closest('g.mark, g.cluster') === g
				)
			};
		});
	});
}

/** Checks every target in a plot: at least 24 × 24 px, inside the plot, reached anywhere on it. */
async function expectTapTargets(svg: Locator, view: string) {
	const found = await tapTargets(svg);
	expect(found.length, view).toBeGreaterThan(5);
	for (const target of found) {
		expect(target.width, `${target.id} (${view})`).toBeGreaterThanOrEqual(24);
		expect(target.height, `${target.id} (${view})`).toBeGreaterThanOrEqual(24);
		expect(target.inside, `${target.id} (${view}) within the plot`).toBe(true);
		expect(target.reached, `${target.id} (${view}) takes a tap anywhere on it`).toBe(true);
	}
}

test('every mark and cluster on the strip takes taps on a target of at least 24 × 24 px', async ({
	page
}) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const svg = timeline.locator('.plot > svg');
	await expect(svg.locator('g.mark').first()).toBeVisible();

	for (const view of ['first view', 'Fit all']) {
		if (view === 'Fit all') {
			await timeline.getByRole('button', { name: 'Fit all' }).tap();
			await expect(svg).toHaveAttribute('data-window', /^200\d/);
		}
		await expectTapTargets(svg, view);
	}

	// A tap at the edge of a dot's target, off the dot itself, opens its event.
	const dot = svg.locator('g.mark:has(circle)').first();
	const id = (await dot.getAttribute('data-event-id'))!;
	const box = (await dot.locator('.hit').boundingBox())!;
	await page.touchscreen.tap(box.x + 2, box.y + 2);
	await expect(
		page.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(dataset.events.find((e) => e.id === id)!.title);
});

test('the filter bar is one row; Filters and Share open their controls below, one at a time', async ({
	page
}) => {
	await page.goto('./');
	const bar = page.getByRole('search', { name: 'Filter the events' });
	const search = bar.getByRole('searchbox', { name: 'Search events' });
	await expect(search).toBeVisible();
	// One row: the search, the two buttons and the tally share a line, and the bar is that tall.
	const barBox = (await bar.boundingBox())!;
	const searchBox = (await search.boundingBox())!;
	expect(barBox.height).toBeLessThanOrEqual(40);
	for (const part of [
		bar.getByRole('button', { name: /^Filters/ }),
		bar.getByRole('button', { name: 'Share' }),
		bar.getByRole('status')
	]) {
		const box = (await part.boundingBox())!;
		expect(Math.abs(box.y + box.height / 2 - (searchBox.y + searchBox.height / 2))).toBeLessThan(4);
	}
	await expect(bar.locator('summary', { hasText: 'Topic' })).toBeHidden();
	await expect(bar.getByRole('button', { name: 'Copy link' })).toBeHidden();

	// Filters opens the facets; a choice is counted on the button and in the tally.
	const filters = bar.getByRole('button', { name: /^Filters/ });
	await filters.tap();
	await expect(filters).toHaveAttribute('aria-expanded', 'true');
	await bar.locator('summary', { hasText: 'Topic' }).tap();
	const topic = dataset.topics[0];
	await bar.getByRole('checkbox', { name: new RegExp(topic.label) }).check();
	const count = dataset.events.filter((e) => e.topic === topic.id).length;
	await expect(bar.getByRole('status')).toContainText(
		`${count} of ${dataset.events.length} events`
	);
	await expect(filters).toHaveText(/^Filters\s*\(1\)/);

	// Share opens the link, embed and download controls, and closes Filters.
	const share = bar.getByRole('button', { name: 'Share' });
	await share.tap();
	await expect(bar.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await expect(bar.locator('summary', { hasText: 'Download' })).toBeVisible();
	await expect(bar.locator('summary', { hasText: 'Topic' })).toBeHidden();
	await expect(filters).toHaveAttribute('aria-expanded', 'false');
	await share.tap();
	await expect(bar.getByRole('button', { name: 'Copy link' })).toBeHidden();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
});

test('the compact embed on a phone: every mark a target of 24 × 24 px, and a tap opens its event', async ({
	page
}) => {
	await page.goto('./embed.html?src=events.json&compact');
	const svg = page.getByRole('region', { name: 'Timeline' }).locator('.plot > svg');
	await expect(svg.locator('g.mark').first()).toBeVisible();
	await expectTapTargets(svg, 'compact frame');
	const bar = svg.locator('g.mark:has(rect.span)').first();
	const id = (await bar.getAttribute('data-event-id'))!;
	const box = (await bar.locator('.hit').boundingBox())!;
	await page.touchscreen.tap(box.x + box.width / 2, box.y + 2);
	await expect(
		page.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(dataset.events.find((e) => e.id === id)!.title);
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

test('README screenshot: an event read on a phone', async ({ page }) => {
	await page.goto('./');
	const event = dataset.events.find((e) => e.citations[0].start > 2000)!;
	await page.locator(`nav [data-event-id="${event.id}"]`).tap();
	const mark = page.getByRole('dialog').locator('mark.cited').first();
	await expect(mark).toBeInViewport();
	await page.screenshot({ path: screenshotPath('phone-reader') });
});

test('the embed frame stays within about one screen on a phone, its list scrolling inside', async ({
	page
}) => {
	await page.goto('./embed-example.html');
	const frame = page.frameLocator('iframe');
	await expect(frame.locator('g.mark').first()).toBeVisible();
	await expect(frame.locator('nav.list li').first()).toBeVisible();
	const height = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
	// Once its height has settled (the frame reports it as its content lays out).
	let last = -1;
	await expect
		.poll(
			async () => {
				const now = await height();
				const settled = now === last;
				last = now;
				return settled;
			},
			{ intervals: [300] }
		)
		.toBe(true);
	console.log(`embed frame on a phone: ${last} px, ${(last / 844).toFixed(2)} screens`);
	expect(last).toBeLessThanOrEqual(844 * 1.1);
	// The timeline is in the frame's first screen, under a list that scrolls.
	const list = await frame.locator('nav.list').evaluate((n) => n.scrollHeight > n.clientHeight);
	expect(list).toBe(true);
});
