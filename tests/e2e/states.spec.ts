import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/** States a reader must be told about rather than left to guess. */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test('a link to an event the dataset does not hold says so, until an event is selected', async ({
	page
}) => {
	page.on('pageerror', (error) => {
		throw error;
	});
	await page.goto('./#event=no-such-event-here');
	const note = page.getByRole('status').filter({ hasText: 'no-such-event-here' });
	await expect(note).toBeVisible();
	await expect(note).toContainText('does not hold');
	await expect(page.getByRole('region', { name: 'Source reader' })).toHaveCount(0);
	await page.locator(`nav [data-event-id="${dataset.events[3].id}"]`).click();
	await expect(note).toHaveCount(0);
});
