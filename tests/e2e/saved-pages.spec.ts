import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { decodeHtmlBytes } from '../../src/lib/import/html-text.ts';
import { extractSavedPage } from '../../src/lib/drafts/saved-page.ts';

/**
 * The saved pages among the fixtures, each added in Chromium with Add article: the text the app
 * keeps for it (the source its drafts cite, as saved in the browser) is the text the CLI
 * extracts from the same file, character for character.
 */

const SAVED_PAGES = [
	'tests/fixtures/html-page/page.html',
	'tests/fixtures/redteam/pages/p01-scripts-forms.html',
	'tests/fixtures/redteam/pages/p02-windows-1252.html'
];

const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

/** The source texts of the work saved in this browser (IndexedDB), by file name. */
async function savedTexts(page: Page): Promise<Record<string, string>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, string>>((resolve, reject) => {
				const open = indexedDB.open('evidence-timeline-authoring');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('working').objectStore('working').get('current');
					get.onerror = () => reject(get.error);
					get.onsuccess = () => resolve(get.result.working.texts);
				};
			})
	);
}

for (const path of SAVED_PAGES)
	test(`Add article extracts ${basename(path)} as the CLI does`, async ({ page }) => {
		const cli = extractSavedPage(decodeHtmlBytes(new Uint8Array(readFileSync(path)))!);
		expect(cli?.text.length).toBeGreaterThan(0);

		await page.goto('./');
		await page.getByRole('button', { name: 'Add article' }).click();
		const panel = page.getByRole('dialog', { name: 'Add article' });
		await panel.locator('input[type="file"]').setInputFiles(path);
		await panel.getByRole('button', { name: 'Find events' }).click();
		await expect(panel).toHaveCount(0);
		const bar = page.getByRole('region', { name: 'Your changes' });
		await expect(bar).toContainText('Saved in this browser.');

		const known = new Set(bundled.sources.map((s) => s.file));
		const added = Object.entries(await savedTexts(page)).filter(([name]) => !known.has(name));
		expect(added.map(([, text]) => text)).toEqual([cli!.text]);
	});
