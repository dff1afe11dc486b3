import { serveFile } from './served-file.ts';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
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
	serveFile(file, text);
	await page.goto(`./?data=${file}`);
}

const problems = (page: Page) => page.getByRole('region', { name: 'Problems in the data' });

const failure = (page: Page) =>
	page.getByRole('region', { name: 'The timeline could not be loaded' });

/**
 * A dataset that could not be loaded says which and why in one line, and offers the bundled one
 * rather than showing it unasked; the offer takes the reader there, on an address that says so.
 */
async function expectFailureOffering(page: Page, line: RegExp) {
	const alert = failure(page).getByRole('alert');
	await expect(alert).toHaveText(line);
	// One line of text: one paragraph, one sentence.
	expect((await alert.innerText()).split('\n')).toHaveLength(1);
	// Nothing pretends to be the timeline asked for.
	await expect(page.getByRole('region', { name: 'Timeline', exact: true })).toHaveCount(0);
	await expect(page.locator('[data-event-id]')).toHaveCount(0);
	await failure(page).getByRole('button', { name: 'Show the bundled timeline instead' }).click();
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
	await expect(failure(page)).toHaveCount(0);
	expect(new URL(page.url()).searchParams.has('data')).toBe(false);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(real.title);
}

test('a file that is not JSON: the page says which and why, and offers the bundled timeline', async ({
	page
}) => {
	await open(page, 'e2e-not-json.json', '{"format": "evidence-timeline", "version": 1,');
	await expectFailureOffering(
		page,
		/^Could not load the timeline “e2e-not-json\.json”: it is not valid JSON \(.+\)\.$/
	);
});

test('an address the server has no file for (HTTP 404)', async ({ page }) => {
	await page.route(
		(url) => url.pathname.endsWith('/data/e2e-gone.json'),
		(route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' })
	);
	await page.goto('./?data=data/e2e-gone.json');
	await expectFailureOffering(
		page,
		/^Could not load the timeline “data\/e2e-gone\.json”: the server has no file at that address \(HTTP 404\)\.$/
	);
});

test('a missing file on a host that answers with its index page', async ({ page }) => {
	await page.goto('./?data=e2e-never-written.json');
	await expectFailureOffering(
		page,
		/^Could not load the timeline “e2e-never-written\.json”: the server sent a web page instead \(the file is probably missing\)\.$/
	);
});

test('a format version this reader does not know', async ({ page }) => {
	await open(page, 'e2e-version.json', JSON.stringify({ ...real, version: 99 }));
	await expectFailureOffering(
		page,
		/^Could not load the timeline “e2e-version\.json”: it is not a dataset this app can read \(version: format version 99 is not supported .*\)\.$/
	);
});

test('a file in which no event is valid: the problems are listed under the one line', async ({
	page
}) => {
	const broken = structuredClone(real);
	for (const event of broken.events) event.date.start = 'someday';
	await open(page, 'e2e-no-valid-event.json', JSON.stringify(broken));
	const summary = failure(page).getByText(`Show the ${real.events.length} problems`);
	await summary.click();
	await expect(failure(page).getByRole('listitem').first()).toContainText(real.events[0].id);
	await expectFailureOffering(
		page,
		new RegExp(
			`^Could not load the timeline “e2e-no-valid-event\\.json”: none of its events is valid \\(${real.events.length} problems, listed below\\)\\.$`
		)
	);
});

test('a dataset on another site is refused before any request, and said so', async ({ page }) => {
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
	});
	await page.goto('./?data=https://news.example/events.json');
	await expectFailureOffering(
		page,
		/^Could not load the timeline “https:\/\/news\.example\/events\.json”: it is on another site \(https:\/\/news\.example\), and the app loads datasets from its own site only\.$/
	);
	expect(elsewhere).toEqual([]);
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
