import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('n and p step through the events, Enter opens the source and Escape closes it', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(list.getByRole('button').first()).toBeVisible();
	await page.keyboard.press('n');
	await expect(list.locator('[aria-current="true"]')).toHaveAttribute(
		'data-event-id',
		dataset.events[0].id
	);
	await page.keyboard.press('n');
	await expect(list.locator('[aria-current="true"]')).toHaveAttribute(
		'data-event-id',
		dataset.events[1].id
	);
	await expect(reader).toHaveCount(0);
	await page.keyboard.press('Enter');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(dataset.events[1].title);
	await page.keyboard.press('p');
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(dataset.events[0].title);
	await page.keyboard.press('Escape');
	await expect(reader).toHaveCount(0);
});

test('selecting in the list brings the event into the timeline, and the other way round', async ({
	page
}) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	// Zoom in on the first event's year, then pick the last event in the list: far outside.
	await timeline.getByRole('button', { name: 'Later event' }).click();
	const last = dataset.events.at(-1)!;
	await expect(timeline.locator(`g.mark[data-event-id="${last.id}"]`)).toHaveCount(0);
	await list.locator(`[data-event-id="${last.id}"]`).click();
	await expect(timeline.locator(`g.mark[data-event-id="${last.id}"]`)).toBeVisible();
	await expect(timeline.locator(`g.mark[data-event-id="${last.id}"]`)).toHaveAttribute(
		'aria-pressed',
		'true'
	);

	// A mark clicked on the timeline scrolls its row into view inside the list, and focus stays on
	// the mark.
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	const mark = timeline.locator('g.mark').first();
	const id = (await mark.getAttribute('data-event-id'))!;
	await mark.click();
	const row = list.locator(`[data-event-id="${id}"]`);
	await expect(row).toHaveAttribute('aria-current', 'true');
	const [rowBox, listBox] = [(await row.boundingBox())!, (await list.boundingBox())!];
	expect(rowBox.y).toBeGreaterThanOrEqual(listBox.y);
	expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);
	await expect(mark).toBeFocused();
});
