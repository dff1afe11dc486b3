import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * Accessibility in Chromium: axe-core finds no WCAG 2.2 A/AA violation on the app (reader open, both
 * themes) and on both embeds; a keyboard alone reaches the timeline, steps through events, opens a
 * source and comes back.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const SOLEIMANI = 'qassem-soleimani-killed-us-drone-strike';

interface AxeViolation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

/** Runs axe in the page (evaluated through the debugging protocol, so the page's CSP allows it). */
async function violations(page: Page): Promise<string[]> {
	await page.evaluate(AXE);
	const found = await page.evaluate(
		(tags) =>
			(
				window as unknown as {
					axe: { run(c: Document, o: object): Promise<{ violations: AxeViolation[] }> };
				}
			).axe
				.run(document, { runOnly: { type: 'tag', values: tags } })
				.then((r) => r.violations),
		TAGS
	);
	return found.map(
		(v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test(`axe: no violations on the app with the reader open (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto(`./#event=${SOLEIMANI}`);
		await expect(
			page.getByRole('region', { name: 'Source reader' }).locator('mark').first()
		).toBeVisible();
		expect(await violations(page)).toEqual([]);
	});
}

test('axe: no violations on the page of a dataset that could not be loaded, in both schemes', async ({
	page
}) => {
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('./?data=e2e-axe-missing.json');
		await expect(
			page.getByRole('button', { name: 'Show the bundled timeline instead' })
		).toBeVisible();
		expect(await violations(page)).toEqual([]);
	}
});

test('axe: no violations on the element (compact popover open) and in the frame', async ({
	page
}) => {
	await page.goto('./embed-example.html');
	const element = page.locator('event-timeline');
	await expect(element.locator('g.mark').first()).toBeVisible();
	await page.getByRole('button', { name: /^select\(/ }).click();
	await expect(element.locator('.reader-popover mark').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);

	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`./embed.html?src=events.json&event=${SOLEIMANI}`);
	await expect(
		page.getByRole('region', { name: 'Source reader' }).locator('mark').first()
	).toBeVisible();
	expect(await violations(page)).toEqual([]);
});

test('the keyboard alone: reach the timeline, step through events, open the source, come back', async ({
	page
}) => {
	// Up to 40 Tab presses, each followed by a look at the focus: two round trips to the browser
	// apiece, which a busy machine (a load of 16 on two cores) stretched past the default 30 s.
	test.slow();
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	// One tab stop for all the marks (roving focus).
	await expect(timeline.locator('[data-stop][tabindex="0"]')).toHaveCount(1);

	// Tab until a mark has focus.
	const focusedStop = () =>
		page.evaluate(() => document.activeElement?.getAttribute('data-stop') ?? null);
	for (let i = 0; i < 40 && !(await focusedStop()); i++) await page.keyboard.press('Tab');
	const first = await focusedStop();
	expect(first).not.toBeNull();
	// Focus is visible: an outline or a stroke in the focus colour.
	await expect(page.getByRole('tooltip')).toBeVisible();

	// The arrows step to the next event in time, and the tooltip follows.
	await page.keyboard.press('ArrowRight');
	const second = await focusedStop();
	expect(second).not.toBe(first);
	const event = dataset.events.find((e) => e.id === second);
	if (event) await expect(page.getByRole('tooltip')).toContainText(event.title);

	// Enter selects it and opens its source; the selection is announced by its headline.
	const stopId = second!.replace(/^cluster:/, '');
	const opened = dataset.events.find((e) => e.id === stopId)!;
	if (second!.startsWith('cluster:')) test.skip(true, 'the second stop is a cluster');
	await page.keyboard.press('Enter');
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(opened.title);
	await expect(page.locator('[aria-live="polite"]').first()).toHaveText(opened.title);

	// Into the reader, then Escape: the reader closes and focus is back on the mark.
	for (let i = 0; i < 80; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate(() => !!document.activeElement?.closest('.reader'))) break;
	}
	expect(await page.evaluate(() => !!document.activeElement?.closest('.reader'))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(reader).toHaveCount(0);
	// Back on the event: its mark, or its row when the timeline followed the Tabs through the list
	// away from the mark.
	await expect
		.poll(() =>
			page.evaluate(
				() =>
					document.activeElement?.getAttribute('data-stop') ??
					document.activeElement?.getAttribute('data-event-id')
			)
		)
		.toBe(second);

	// Zooming out removes the mark's label room, not the keyboard's place: focus stays on a mark.
	if (!(await focusedStop())) await timeline.locator('[data-stop][tabindex="0"]').focus();
	for (let i = 0; i < 6; i++) await page.keyboard.press('-');
	expect(await focusedStop()).not.toBeNull();
	for (let i = 0; i < 8; i++) await page.keyboard.press('+');
	expect(await focusedStop()).not.toBeNull();
});

test('reduced motion: zooming, jumping and opening a source animate nothing', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await timeline.getByRole('button', { name: 'Later event' }).click();
	await page
		.getByRole('navigation', { name: 'Events in chronological order' })
		.getByRole('button')
		.first()
		.click();
	await expect(page.getByRole('region', { name: 'Source reader' })).toBeVisible();
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});
