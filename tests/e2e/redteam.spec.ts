import { expect, test, type Page } from '@playwright/test';
import { cpSync, readFileSync } from 'node:fs';
import cases from '../fixtures/redteam/cases.json' with { type: 'json' };
import { guardPage } from './guard-page.ts';

/**
 * The red-team cases that render (tests/fixtures/redteam, expectations in cases.json, written
 * before any run), in Chromium under the build's policy: nothing from the data may run, style the
 * page, navigate it or fetch from another origin. Every test logs each request the page makes,
 * every CSP violation (a listener installed before any script), every dialog and page error.
 */

const HERE = 'tests/fixtures/redteam';
const GOOD = ['good-drone', 'good-halt', 'good-meeting'];
const bundled = JSON.parse(readFileSync('events.json', 'utf8')) as {
	title: string;
	events: unknown[];
};

test.beforeAll(() => {
	cpSync(`${HERE}/datasets`, 'dist/e2e-redteam', { recursive: true });
});

/** Starts watching a page; `trouble()` says everything that went wrong, requests elsewhere too. */
async function watch(page: Page) {
	const trouble = guardPage(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) =>
			((window as unknown as { violations: string[] }).violations ??= []).push(
				`${event.violatedDirective} ${event.blockedURI}`
			)
		);
	});
	return async () => {
		const origin = new URL(page.url()).origin;
		for (const url of requests)
			if (!url.startsWith(`${origin}/`) && !url.startsWith('blob:'))
				trouble.push(`request off the origin: ${url}`);
		for (const frame of page.frames()) {
			const violations = await frame
				.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
				.catch(() => []);
			trouble.push(...violations.map((v) => `CSP violation: ${v}`));
		}
		return { trouble, requests };
	};
}

const list = (page: Page) =>
	page.getByRole('navigation', { name: 'Events in chronological order' });
const reader = (page: Page) => page.getByRole('region', { name: 'Source reader' });
const failure = (page: Page) =>
	page.getByRole('region', { name: 'The timeline could not be loaded' });

async function openEvent(page: Page, id: string) {
	await list(page).locator(`[data-event-id="${id}"]`).click();
	await expect(reader(page).getByRole('heading', { level: 2 })).toBeVisible();
}

/** Elements a payload of D01 would make, if any became markup (the app has details of its own). */
const INJECTED =
	'base, meta[http-equiv="refresh"], link[href*="evil"], form[action*="evil"], object, embed, video, details[ontoggle], use[href*="evil"], img[srcset], a[ping], [onerror], [ontoggle], [onfocus], [autofocus]';

test('D01: markup in every field is shown as text; nothing styles, navigates, submits or fetches', async ({
	page
}) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d01-markup-everywhere.json');
	const raw = JSON.parse(readFileSync(`${HERE}/datasets/d01-markup-everywhere.json`, 'utf8')) as {
		title: string;
		events: { id: string; title: string }[];
	};
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(raw.title);
	for (const event of raw.events) {
		await openEvent(page, event.id);
		await expect(reader(page).getByRole('heading', { level: 2 })).toHaveText(event.title);
		await expect(reader(page).locator('mark.cited').first()).toBeVisible();
	}
	expect(await page.locator(INJECTED).count()).toBe(0);
	// The page still shows: no style from the data hid it.
	await expect(list(page)).toBeVisible();
	expect(page.url()).toContain('d01-markup-everywhere');
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('D02: a link that is not a web address is never a link; the events citing its source stay', async ({
	page
}) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d02-link-schemes.json');
	for (const id of [...GOOD, 'x-links'])
		await expect(list(page).locator(`[data-event-id="${id}"]`)).toHaveCount(1);
	await openEvent(page, 'x-links');
	await expect(reader(page).getByRole('link', { name: 'a real link' })).toHaveAttribute(
		'href',
		'https://example.org/ok'
	);
	const unsafe = await page.evaluate(
		() =>
			[...document.querySelectorAll('a[href]')]
				.map((a) => a.getAttribute('href')!)
				.filter((href) => /^\s*(javascript|data|vbscript|file):|^\s*\/\//i.test(href)).length
	);
	expect(unsafe).toBe(0);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('D04: the reader never highlights half a character as the evidence', async ({ page }) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d04-surrogate-split.json');
	const row = list(page).locator('[data-event-id="x-half-emoji"]');
	if ((await row.count()) > 0) {
		await openEvent(page, 'x-half-emoji');
		const marks = await reader(page).locator('mark.cited').allTextContents();
		for (const text of marks) expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(text)).toBe(false);
	}
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('D09: year 0 is 1 BCE and -0043-03-15 is 15 March 44 BCE', async ({ page }) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d09-dates.json');
	await expect(list(page).locator('[data-event-id="x-year-zero"]')).toContainText('1 BCE');
	await expect(list(page).locator('[data-event-id="x-44-bce"]')).toContainText(/15 March 44 BCE/);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

for (const c of cases.datasets.filter((d) => /^D1[23]/.test(d.id)))
	test(`${c.id}: source files and folders that lead elsewhere fetch nothing elsewhere`, async ({
		page
	}) => {
		const done = await watch(page);
		await page.goto(`./?data=e2e-redteam/${c.file}`);
		for (const id of GOOD)
			await expect(list(page).locator(`[data-event-id="${id}"]`)).toHaveCount(1);
		await openEvent(page, 'good-drone');
		// The cited text, or a plain "cannot be had": never another text.
		await expect(
			reader(page)
				.locator('mark.cited')
				.or(reader(page).getByText(/could not|cannot|missing|not found/i))
				.first()
		).toBeVisible();
		const cited = await reader(page).locator('mark.cited').allTextContents();
		for (const text of cited) expect(text).toBe('In January, a drone struck a base in Jordan');
		const { trouble, requests } = await done();
		expect(trouble).toEqual([]);
		expect(requests.filter((u) => /passwd|other\.txt|\?x=1/.test(u))).toEqual([]);
		// The page preloads the bundled events.json (index.html); a source file "../../events.json"
		// would ask for it a second time.
		expect(
			requests.filter((u) => new URL(u).pathname === '/events.json').length
		).toBeLessThanOrEqual(1);
	});

test('D15: a dataset saved with a byte order mark and CRLF loads', async ({ page }) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d15-bom-crlf.json');
	for (const id of GOOD) await expect(list(page).locator(`[data-event-id="${id}"]`)).toHaveCount(1);
	await expect(page.getByRole('region', { name: 'Problems in the data' })).toHaveCount(0);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('D16: a version written as a string is one line naming it', async ({ page }) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d16-version-string.json');
	const alert = failure(page).getByRole('alert');
	await expect(alert).toContainText('d16-version-string.json');
	await expect(alert).toContainText('version');
	expect((await alert.innerText()).split('\n')).toHaveLength(1);
	await expect(page.locator('[data-event-id]')).toHaveCount(0);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('D17: a source file with a byte order mark: each quote highlighted exactly', async ({
	page
}) => {
	const done = await watch(page);
	await page.goto('./?data=e2e-redteam/d17-source-bom.json');
	const quotes: Record<string, string> = {
		'good-drone': 'In January, a drone struck a base in Jordan',
		'good-halt': 'The group announced a halt to attacks on Jan. 30.',
		'good-meeting': 'Officials met in Baghdad on March 3'
	};
	for (const [id, quote] of Object.entries(quotes)) {
		await openEvent(page, id);
		await expect(reader(page).locator('mark.cited').first()).toHaveText(quote);
	}
	await expect(reader(page)).not.toContainText(/could not be found|differs/i);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

for (const c of cases.urls)
	test(`${c.id}: ${c.path}`, async ({ page }) => {
		const done = await watch(page);
		await page.goto(c.path);
		if ('refused' in c) {
			const alert = failure(page).getByRole('alert');
			await expect(alert).toBeVisible();
			if (c.refused) await expect(alert).toContainText(c.refused);
			expect((await alert.innerText()).split('\n')).toHaveLength(1);
			await expect(page.locator('[data-event-id]')).toHaveCount(0);
		} else if (c.loads === 'GOOD') {
			for (const id of GOOD)
				await expect(page.locator(`[data-event-id="${id}"]`).first()).toBeVisible();
		} else if ('searchBox' in c) {
			// A search that matches nothing: none of the events, and the text in the box as typed.
			await expect(page.locator('.tally')).toContainText(`of ${bundled.events.length} events`);
			await expect(page.getByRole('searchbox', { name: 'Search events' })).toHaveValue(
				c.searchBox as string
			);
		} else {
			await expect(page.locator('.tally')).toHaveText(`${bundled.events.length} events`);
			if ('selected' in c) await expect(reader(page)).toHaveCount(0);
		}
		const { trouble } = await done();
		expect(trouble).toEqual([]);
	});

/** Adds the saved page of P01 with Add article; what the page shows after. */
async function addSavedPage(page: Page) {
	await page.goto('./');
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await panel.locator('input[type="file"]').setInputFiles(`${HERE}/pages/p01-scripts-forms.html`);
	await panel.getByRole('button', { name: 'Find events' }).click();
	await expect(page.locator('.tally')).not.toHaveText(`${bundled.events.length} events`);
}

test('P01: a saved page with scripts, frames and forms: Add article runs nothing of it and fetches nothing elsewhere', async ({
	page
}) => {
	const done = await watch(page);
	await addSavedPage(page);
	const text = await page.locator('body').innerText();
	for (const planted of [
		'script wrote',
		'form value',
		'iframe said',
		'template said',
		'hidden block'
	])
		expect(text).not.toContain(planted);
	expect(await page.locator('iframe[srcdoc], form[action*="evil"], base').count()).toBe(0);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});

test('P01: …and no CSP violation is reported', async ({ page }) => {
	// A DOMParser in the page built the saved page's inert document under the app's policy, and
	// Chromium reported its inline handlers and <base> as it parsed them (nothing ran). The page is
	// now parsed by linkedom in Add article's worker, where no document and no policy see it.
	const done = await watch(page);
	await addSavedPage(page);
	const { trouble } = await done();
	expect(trouble).toEqual([]);
});
