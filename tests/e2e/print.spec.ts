import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/** Print: the record as a reader would keep it on paper, light whatever the theme, no controls. */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test('printing gives every shown event with its date, basis and quoted passages, in light colours', async ({
	page
}) => {
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto('./');
	await expect(page.locator('g.mark').first()).toBeVisible();
	await page.getByRole('button', { name: 'Dark' }).click();
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });

	const record = page.getByRole('region', { name: 'The record, as printed' });
	await expect(record).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
	await expect(record.locator('article')).toHaveCount(dataset.events.length);
	for (const event of [dataset.events[0], dataset.events[20], dataset.events.at(-1)!]) {
		const article = record.locator('article').filter({ hasText: event.title });
		await expect(article).toContainText(event.date.basis);
		for (const citation of event.citations) {
			const source = dataset.sources.find((s) => s.id === citation.source)!;
			await expect(article).toContainText(citation.quote.slice(0, 60));
			await expect(article).toContainText(source.outlet);
		}
	}
	// No control is printed, nor the plot.
	const shownControls = await page
		.locator('button, input, summary, svg')
		.evaluateAll((all) => all.filter((e) => e.checkVisibility()).length);
	expect(shownControls).toBe(0);
	// Light paper and dark ink, though the page is in its dark theme.
	const colours = await record.evaluate((r) => ({
		page: getComputedStyle(document.documentElement).backgroundColor,
		ink: getComputedStyle(r).color
	}));
	expect(colours.page).toBe('rgb(255, 255, 255)');
	expect(colours.ink).toBe('rgb(0, 0, 0)');

	// The filters apply on paper too.
	await page.emulateMedia({ media: 'screen' });
	await page.getByRole('searchbox', { name: 'Search events' }).fill('Patriot');
	// The search applied (the list may still be the served one, its module loading on this first
	// use): the tally says how many match, and the list then shows as many.
	const tally = page.getByRole('status').filter({ hasText: /\d+ of \d+ events/ });
	await expect(tally).toBeVisible();
	const shown = Number(/(\d+) of/.exec(await tally.innerText())![1]);
	expect(shown).toBeLessThan(dataset.events.length);
	await expect(page.locator('nav.list li')).toHaveCount(shown);
	await page.emulateMedia({ media: 'print' });
	await expect(record.locator('article')).toHaveCount(shown);
});
