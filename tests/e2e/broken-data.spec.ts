import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * Broken data never gives a blank page: the app names the file, the event and the field, shows
 * every valid event, and lists what it skipped.
 */

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.beforeEach(({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

async function open(page: Page, file: string, text: string) {
	writeFileSync(`dist/${file}`, text);
	await page.goto(`./?data=${file}`);
}

const problems = (page: Page) => page.getByRole('region', { name: 'Problems in the data' });

test('a file that is not JSON: the message names the file and where it broke', async ({ page }) => {
	await open(page, 'e2e-not-json.json', '{"format": "evidence-timeline", "version": 1,');
	await expect(problems(page)).toContainText('1 problem in the data');
	await expect(problems(page)).toContainText('e2e-not-json.json');
	await expect(problems(page)).toContainText('is not valid JSON');
	await expect(page.getByText('This dataset has no events to show.')).toBeVisible();
});

test('a format version this reader does not know', async ({ page }) => {
	await open(page, 'e2e-version.json', JSON.stringify({ ...real, version: 99 }));
	await expect(problems(page)).toContainText('version');
	await expect(problems(page)).toContainText('format version 99 is not supported');
});

test('a missing source file, a bad date and a quote that does not match: valid events stay', async ({
	page
}) => {
	const broken = structuredClone(real);
	// A bad date: the event is skipped and named.
	const badDate = broken.events[3];
	badDate.date.start = '2024-13-45';
	// A quote edited after the fact: the event loads (texts are checked when read) and the reader
	// says it cannot find it.
	const badQuote = broken.events.find((e) => e.citations.length === 1 && e.id !== badDate.id)!;
	badQuote.citations[0].quote = 'words the article never printed';
	// A source whose file is gone: its events load, and the reader says which file failed.
	const lostSource = broken.sources.find((s) => s.id !== badQuote.citations[0].source)!;
	lostSource.file = 'gone-missing.txt';
	const citingLost = broken.events.find(
		(e) => e.id !== badDate.id && e.citations.every((c) => c.source === lostSource.id)
	)!;
	await open(page, 'e2e-broken.json', JSON.stringify(broken));

	await expect(problems(page)).toContainText('1 problem in the data');
	await expect(problems(page)).toContainText(badDate.id);
	await expect(problems(page)).toContainText(`events[3].date.start`);
	// Every other event is shown.
	await expect(page.locator('.tally')).toHaveText(`${real.events.length - 1} events`);

	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const reader = page.getByRole('region', { name: 'Source reader' });
	await list.locator(`[data-event-id="${badQuote.id}"]`).click();
	await expect(reader).toContainText('One cited passage could not be found in');
	await list.locator(`[data-event-id="${citingLost.id}"]`).click();
	// vite preview, like many single-page-app hosts, answers a missing file with its index page.
	await expect(reader.getByRole('alert')).toContainText(
		'Could not load gone-missing.txt: the server sent a web page instead (the file is probably missing)'
	);
});
