import { expect, test } from '@playwright/test';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { guardPage } from './guard-page.ts';

/**
 * Hostile text (tests/fixtures/hostile: XSS payloads and bidi controls in every string field and in
 * the source texts) in the app and in the element: no script runs (no dialog), no CSP violation, no
 * page error, and the payloads show as text.
 */

const hostile = JSON.parse(
	readFileSync('tests/fixtures/hostile/events.json', 'utf8')
) as DatasetFile;

test.beforeAll(() => {
	// Served beside the build like any dataset a newsroom would publish.
	cpSync('tests/fixtures/hostile/events.json', 'dist/e2e-hostile/events.json');
	cpSync('tests/fixtures/hostile/sources', 'dist/e2e-hostile/sources', { recursive: true });
});

test('the app shows every payload as text, in the list, the timeline and the reader', async ({
	page
}) => {
	const trouble = guardPage(page);
	await page.goto('./?data=e2e-hostile/events.json');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(hostile.title);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const reader = page.getByRole('region', { name: 'Source reader' });
	for (const event of hostile.events) {
		await list.locator(`[data-event-id="${event.id}"]`).click();
		await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
		await expect(reader.locator('mark.cited').first()).toBeVisible();
		// Its mark (unless clustered) is named by its date and title, as text.
		const mark = page.locator(`g.mark[data-event-id="${event.id}"]`);
		if (await mark.count())
			expect((await mark.getAttribute('aria-label'))!.endsWith(`: ${event.title}`)).toBe(true);
	}
	// Nothing from the data became an element.
	const injected = await page.evaluate(
		() =>
			document.querySelectorAll(
				'img, iframe, object, embed, math, body script:not([src]), [onerror], [onload], [onmouseover], a[href^="javascript:"]'
			).length
	);
	expect(injected).toBe(0);
	await expect(page.getByText('<img src=x onerror=alert(1)>').first()).toBeVisible();
	expect(trouble).toEqual([]);
});

test('the element shows the same data as text', async ({ page }) => {
	writeFileSync(
		'dist/e2e-hostile-element.html',
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>' +
			'<script type="module" src="element/event-timeline.js"></script></head>' +
			'<body><event-timeline src="e2e-hostile/events.json"></event-timeline></body></html>'
	);
	const trouble = guardPage(page);
	await page.goto('./e2e-hostile-element.html');
	const element = page.locator('event-timeline');
	await expect(element.getByText(hostile.title, { exact: true })).toBeVisible();
	await element.locator(`[data-event-id="${hostile.events[0].id}"]`).first().click();
	await expect(element.getByRole('region', { name: 'Source reader' })).toBeVisible();
	const injected = await element.evaluate(
		(host) =>
			host.shadowRoot!.querySelectorAll(
				'img, iframe, object, embed, math, script, [onerror], [onload], [onmouseover], a[href^="javascript:"]'
			).length
	);
	expect(injected).toBe(0);
	expect(trouble).toEqual([]);
});
