import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { EMPTY_FILTER, filterEvents } from '../../src/lib/filter/filter.ts';

/** A search fits the timeline to its matches, with a way back to the view before it. */

const dataset = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile, {
	file: 'events.json'
});
/** The events a search for "Jordan" matches, by the app's own filter. */
const matches = filterEvents(dataset.events, { ...EMPTY_FILTER, query: 'Jordan' }, dataset.actors)
	.map((e) => e.id)
	.sort();

test.use({ viewport: { width: 1280, height: 800 } });

test('searching "Jordan" shows its matches in the middle of the plot, and the view comes back', async ({
	page
}) => {
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const plot = timeline.locator('svg[data-window]');
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	const before = await plot.getAttribute('data-window');

	await page.getByRole('searchbox', { name: 'Search events' }).fill('Jordan');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	// The list holds the matches and nothing else once the search has been applied (read at once,
	// it could still be the list before the search: the filters load on first use).
	expect(matches.length).toBeGreaterThan(0);
	const listed = () =>
		list
			.getByRole('button')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-id')!).sort());
	await expect.poll(listed).toEqual(matches);
	const ids = matches;
	// Every match is drawn (not in a cluster), within the middle of the plot.
	const box = (await timeline.locator('.plot > svg').boundingBox())!;
	for (const id of ids) {
		const shape = timeline.locator(`g.mark[data-event-id="${id}"] :is(circle, rect)`).first();
		await expect(shape).toBeVisible();
		await expect
			.poll(
				async () => {
					const mark = (await shape.boundingBox())!;
					const centre = (mark.x + mark.width / 2 - box.x) / box.width;
					return centre > 0.15 && centre < 0.85;
				},
				{ message: id }
			)
			.toBe(true);
	}

	await timeline.page().getByRole('button', { name: 'Back to the view before the search' }).click();
	await expect(plot).toHaveAttribute('data-window', before!);
	await expect(
		page.getByRole('button', { name: 'Back to the view before the search' })
	).toHaveCount(0);
});
