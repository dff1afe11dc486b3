import { expect, test, type Page } from '@playwright/test';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { findEvents } from '../../src/lib/authoring/pipeline.ts';
import { checkDatasetFiles } from '../../scripts/check-data-lib.ts';

/**
 * Building a timeline in the browser, against the built app under its CSP (the pipeline runs in a
 * worker from the page's own origin): an article not among the dataset's five (from the drafts'
 * held-out set) is pasted, its events found, edited, accepted, merged and dropped; all of it is
 * still there after a reload; the downloaded zip passes check:data; a zip is opened back in.
 */

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const texts = Object.fromEntries(
	readdirSync('sources').map((n) => [n, readFileSync(`sources/${n}`, 'utf8')])
);
const ARTICLE = readFileSync(
	'tests/heldout/articles/pti-newindianexpress-2018-helmand.txt',
	'utf8'
);
const TITLE = 'Afghan airstrike on Taliban kills six civilians';
/** The same pipeline in Node tells the test which drafts the page will show. */
const expected = findEvents({
	dataset: real,
	texts,
	articles: [{ name: 'pasted', text: ARTICLE }],
	fields: { title: TITLE, outlet: 'PTI' }
});
if (!expected.ok) throw new Error(expected.problems.join('\n'));
const drafts = expected.draftIds;
const TARGET = 'qassem-soleimani-killed-us-drone-strike';
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

async function violations(page: Page): Promise<string[]> {
	await page.evaluate(AXE);
	const found = await page.evaluate(() =>
		(
			window as unknown as {
				axe: {
					run(
						c: Document,
						o: object
					): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe
			.run(document, {
				runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] }
			})
			.then((r) => r.violations)
	);
	return found.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Unzips a download into a new folder and runs check:data (drafts refused) on it. */
function checkZip(bytes: Uint8Array) {
	const dir = mkdtempSync(join(tmpdir(), 'e2e-publish-'));
	for (const [path, data] of Object.entries(unzipSync(bytes))) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), data);
	}
	return {
		report: checkDatasetFiles(join(dir, 'events.json'), { readFileSync, readdirSync, existsSync }),
		dataset: JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as DatasetFile
	};
}

async function download(page: Page): Promise<Uint8Array> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download for publishing' }).click()
	]);
	return new Uint8Array(readFileSync((await file.path())!));
}

const list = (page: Page) =>
	page.getByRole('navigation', { name: 'Events in chronological order' });
const reader = (page: Page) => page.getByRole('region', { name: 'Source reader' });
const review = (page: Page) => reader(page).getByRole('group', { name: 'Review this draft' });

async function openEvent(page: Page, id: string) {
	await list(page).locator(`[data-event-id="${id}"]`).click();
	await expect(reader(page)).toBeVisible();
}

test('paste an article, review its drafts, reload, publish a zip that passes check:data', async ({
	page
}) => {
	// The longest flow of the suite (a worker's drafts, a reload, a zip read back and checked):
	// about 25 s of the default 30 on a busy two-core machine, so it gets three times that.
	test.slow();
	await page.goto('./');
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await panel.getByLabel('Article text').fill(ARTICLE);
	await panel.getByLabel('Title').fill(TITLE);
	await panel.getByLabel('Outlet').fill('PTI');
	expect(await violations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/authoring-panel.png' });

	const began = Date.now();
	await panel.getByRole('button', { name: 'Find events' }).click();
	await expect(page.locator('.tally')).toHaveText(`${real.events.length + drafts.length} events`);
	console.log(
		`Find events → drafts on screen: ${Date.now() - began} ms (${ARTICLE.split(/\s+/).length} words)`
	);
	await expect(panel).toHaveCount(0);
	const bar = page.getByRole('region', { name: 'Your changes' });
	await expect(bar).toContainText('Changes are kept in this browser until you publish.');
	await expect(bar).toContainText(`${drafts.length} draft events found in 1 article`);
	// The inferred publication date, with the words it was read from.
	await expect(bar).toContainText('published 2018-05-01');
	await expect(bar.locator('q.evidence').first()).toContainText('01st May 2018');
	await expect(page.locator('.timeline .mark.draft, .timeline g.draft').first()).toBeAttached();
	await page.screenshot({ path: 'test-results/authoring-found.png' });

	// Edit a title, then accept that draft.
	const [first, second, third, fourth] = drafts;
	await openEvent(page, first);
	await review(page).getByRole('button', { name: 'Edit' }).click();
	await review(page).getByLabel('Title').fill('Airstrike in Helmand kills six civilians');
	await review(page).getByLabel('Kind').fill('airstrike');
	expect(await violations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/authoring-review.png' });
	await review(page).getByRole('button', { name: 'Save the edit' }).click();
	await expect(reader(page).getByRole('heading', { level: 2 })).toHaveText(
		'Airstrike in Helmand kills six civilians'
	);
	await review(page).getByRole('button', { name: 'Accept', exact: true }).click();
	await expect(reader(page).getByRole('group', { name: 'Review this draft' })).toHaveCount(0);

	// Merge another into an event already there.
	await openEvent(page, second);
	await review(page).getByLabel('Add as citation to').selectOption(TARGET);
	await review(page).getByRole('button', { name: 'Add as citation' }).click();
	await expect(list(page).locator(`[data-event-id="${second}"]`)).toHaveCount(0);

	// Drop a third.
	await openEvent(page, third);
	await review(page).getByRole('button', { name: 'Drop', exact: true }).click();
	await expect(list(page).locator(`[data-event-id="${third}"]`)).toHaveCount(0);

	// Undo, with the keyboard and the button: a dropped draft comes back.
	await openEvent(page, fourth);
	await review(page).getByRole('button', { name: 'Drop', exact: true }).click();
	await expect(list(page).locator(`[data-event-id="${fourth}"]`)).toHaveCount(0);
	await page.locator('body').press('Control+z');
	await expect(list(page).locator(`[data-event-id="${fourth}"]`)).toHaveCount(1);
	await openEvent(page, fourth);
	await review(page).getByRole('button', { name: 'Drop', exact: true }).click();
	await expect(list(page).locator(`[data-event-id="${fourth}"]`)).toHaveCount(0);
	await bar.getByRole('button', { name: /^Undo/ }).click();
	await expect(list(page).locator(`[data-event-id="${fourth}"]`)).toHaveCount(1);

	const total = real.events.length + drafts.length - 2;
	await expect(page.locator('.tally')).toHaveText(`${total} events`);

	// A reload keeps all of it (once the bar says the last change is saved).
	await expect(bar).toContainText('Saved in this browser.');
	await page.reload();
	await expect(page.getByRole('region', { name: 'Your changes' })).toBeVisible();
	await expect(page.locator('.tally')).toHaveText(`${total} events`);
	await expect(list(page).getByText('Airstrike in Helmand kills six civilians')).toBeVisible();
	await expect(list(page).locator(`[data-event-id="${third}"]`)).toHaveCount(0);

	// Download for publishing: the zip passes check:data with the new article's events and citations.
	const { report, dataset } = checkZip(await download(page));
	expect(report.problems).toEqual([]);
	const source = expected.added[0].sourceId;
	const accepted = dataset.events.find((e) => e.id === first)!;
	expect(accepted).toMatchObject({
		title: 'Airstrike in Helmand kills six civilians',
		kind: 'airstrike'
	});
	expect(accepted.citations[0].source).toBe(source);
	expect(
		dataset.events.find((e) => e.id === TARGET)!.citations.some((c) => c.source === source)
	).toBe(true);
	expect(dataset.events.some((e) => e.draft || e.id === third)).toBe(false);
	expect(dataset.events).toHaveLength(real.events.length + 1);
	await expect(page.getByRole('region', { name: 'Your changes' })).toContainText(
		`${drafts.length - 3} drafts not yet reviewed are left out`
	);
});

test('a new timeline from nothing, published, then opened back in', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await expect(panel.getByRole('button', { name: 'Find events' })).toBeEnabled();
	await panel.getByRole('button', { name: 'Close Add article' }).click();
	await page.getByRole('button', { name: 'New timeline' }).click();
	const dialog = page.getByRole('dialog', { name: 'New timeline' });
	await dialog.getByLabel('Title').fill('Helmand 2018');
	await dialog.getByRole('button', { name: 'Start the timeline' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helmand 2018');
	await expect(page.getByText('This dataset has no events to show.')).toBeVisible();

	await page.getByRole('button', { name: 'Add article' }).click();
	await panel.getByLabel('Article text').fill(ARTICLE);
	await panel.getByRole('button', { name: 'Find events' }).click();
	await expect(panel).toHaveCount(0);
	// The view moves to where the drafts are (the address holds the window).
	await expect
		.poll(async () => {
			const hash = new URLSearchParams((await page.evaluate(() => location.hash)).slice(1));
			return `${hash.get('from')} ${hash.get('to')}`;
		})
		.toMatch(/^20(0\d|1[0-8])-\d\d-\d\d 20(1[89]|20)-\d\d-\d\d$/);
	await page.getByRole('button', { name: 'Review drafts' }).click();
	const groups = page.getByRole('region', { name: 'Drafts to review' });
	await expect(groups.getByRole('listitem').first()).toBeVisible();
	expect(await violations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/authoring-groups.png' });
	await groups.getByRole('button', { name: 'Select all shown' }).click();
	await groups.getByRole('button', { name: 'Accept selected' }).click();
	const zip = await download(page);
	const { report, dataset } = checkZip(zip);
	expect(report.problems).toEqual([]);
	expect(dataset.title).toBe('Helmand 2018');
	expect(dataset.events.length).toBeGreaterThan(3);

	// Discard (confirmed) goes back to the published dataset; Open takes the zip back in.
	await page.getByRole('button', { name: 'Discard changes' }).click();
	await page
		.getByRole('dialog', { name: 'Discard changes?' })
		.getByRole('button', { name: 'Discard changes' })
		.click();
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
	await page.getByLabel('Open…').setInputFiles({
		name: 'helmand-2018-timeline.zip',
		mimeType: 'application/zip',
		buffer: Buffer.from(zip)
	});
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helmand 2018');
	await expect(page.locator('.tally')).toHaveText(`${dataset.events.length} events`);
	await list(page).locator('li button').first().click();
	await expect(reader(page).locator('mark.cited').first()).toBeVisible();
});

test('usable on a phone: the panel fits 390 px and finds events', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		hasTouch: true
	});
	const page = await context.newPage();
	await page.goto('./');
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await panel.getByLabel('Article text').fill(ARTICLE);
	// In the dark theme too, on a phone, the open panel has no WCAG violation.
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await violations(page)).toEqual([]);
	const box = (await panel.boundingBox())!;
	expect(box.x).toBeGreaterThanOrEqual(0);
	expect(box.x + box.width).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/authoring-phone-panel.png' });
	await panel.getByRole('button', { name: 'Find events' }).click();
	await expect(page.locator('.tally')).toHaveText(`${real.events.length + drafts.length} events`);
	// The bar of changes, folded on a phone to leave the list the screen, unfolds on what was found.
	const changes = page.getByRole('region', { name: 'Your changes' });
	await expect(
		changes.getByText(`${drafts.length} draft events found`, { exact: true })
	).toBeVisible();
	await expect(changes.getByRole('button', { name: 'Review drafts' })).toBeVisible();
	await page.screenshot({ path: 'test-results/authoring-phone-after.png' });
	await context.close();
});

test('a long article (about 1 700 words) into a new timeline: the time from Find events to drafts on screen', async ({
	page
}) => {
	const long = readFileSync('sources/002_791f6848acca642c.txt', 'utf8');
	await page.goto('./');
	await page.getByRole('button', { name: 'Add article' }).click();
	await page
		.getByRole('dialog', { name: 'Add article' })
		.getByRole('button', { name: 'Close Add article' })
		.click();
	await page.getByRole('button', { name: 'New timeline' }).click();
	await page
		.getByRole('dialog', { name: 'New timeline' })
		.getByLabel('Title')
		.fill('One long article');
	await page.getByRole('button', { name: 'Start the timeline' }).click();
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await panel.getByLabel('Article text').fill(long);
	// The article states no date of its own (the dataset gives it as given).
	await panel.getByLabel('Publication date (optional)').fill('2021-05');
	const began = Date.now();
	await panel.getByRole('button', { name: 'Find events' }).click();
	await expect(page.locator('.draft-badge').first()).toBeVisible();
	const ms = Date.now() - began;
	const text = (await page.getByRole('region', { name: 'Your changes' }).textContent()) ?? '';
	const drafts = Number(/(\d+) draft events? found/.exec(text)?.[1]);
	expect(drafts).toBeGreaterThan(10);
	await expect(page.locator('.tally')).toHaveText(`${drafts} events`);
	// Measured, not asserted: the machines that run this are small and busy.
	console.log(
		`Find events → drafts on screen: ${ms} ms for ${long.split(/\s+/).length} words, ${drafts} drafts`
	);
});

test('the keyboard alone: open the panel, paste, find events, review a draft, close', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
	await page.getByRole('button', { name: 'Add article' }).focus();
	await page.keyboard.press('Enter');
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await expect(panel).toBeVisible();
	// The modal panel holds focus: Tab moves within it.
	await expect(panel.getByRole('button', { name: 'Close Add article' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(panel.getByLabel('Article text')).toBeFocused();
	await page.keyboard.insertText(ARTICLE);
	await page.keyboard.press('Tab'); // the file input
	await page.keyboard.press('Tab');
	await expect(panel.getByLabel('Title')).toBeFocused();
	await page.keyboard.insertText(TITLE);
	await panel.getByRole('button', { name: 'Find events' }).focus();
	await page.keyboard.press('Enter');
	await expect(panel).toHaveCount(0);
	await expect(page.locator('.tally')).toHaveText(`${real.events.length + drafts.length} events`);
	await list(page).locator(`[data-event-id="${drafts[0]}"]`).focus();
	await page.keyboard.press('Enter');
	await review(page).getByRole('button', { name: 'Drop', exact: true }).focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.tally')).toHaveText(
		`${real.events.length + drafts.length - 1} events`
	);
	// Escape closes the panel without finding anything.
	await page.getByRole('button', { name: 'Add article' }).focus();
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
});

test('the passages set apart as less likely to be events: open the list, read one, promote it, undo', async ({
	page
}) => {
	// A retired held-out article with a timestamp, remarks and a state among its dated passages.
	const article = readFileSync(
		'tests/heldout-3/articles/wtvr-cnn-2013-geismar-explosion.txt',
		'utf8'
	);
	const found = findEvents({
		dataset: real,
		texts,
		articles: [{ name: 'pasted', text: article }],
		fields: { outlet: 'WTVR' }
	});
	if (!found.ok) throw new Error(found.problems.join('\n'));
	const apart = found.added[0].setApart;
	expect(apart.length).toBeGreaterThan(1);
	const promoted = apart.find(
		(s) => s.signal === 'remark' && s.draft.citations[0].quote.includes('told reporters')
	)!;

	await page.goto('./');
	await page.getByRole('button', { name: 'Add article' }).click();
	const panel = page.getByRole('dialog', { name: 'Add article' });
	await panel.getByLabel('Article text').fill(article);
	await panel.getByLabel('Outlet').fill('WTVR');
	await panel.getByRole('button', { name: 'Find events' }).click();
	const total = real.events.length + found.draftIds.length;
	await expect(page.locator('.tally')).toHaveText(`${total} events`);

	const bar = page.getByRole('region', { name: 'Your changes' });
	const summary = bar.getByText(`${apart.length} other dated passages, less likely to be events`);
	await summary.click();
	const item = bar.locator('.set-apart li', { hasText: promoted.draft.citations[0].quote });
	await expect(item).toBeVisible();
	await expect(item).toContainText('dates a remark, and what was said tells no happening');
	await expect(item).toContainText('14 June 2013');
	expect(await violations(page)).toEqual([]);
	await page.screenshot({ path: 'test-results/authoring-set-apart.png' });

	await item.getByRole('button', { name: /^Propose as a draft/ }).click();
	await expect(page.locator('.tally')).toHaveText(`${total + 1} events`);
	await expect(list(page).locator(`[data-event-id="${promoted.draft.id}"]`)).toBeAttached();
	await expect(
		bar.getByText(`${apart.length - 1} other dated passage${apart.length === 2 ? '' : 's'}`)
	).toBeVisible();
	await expect(item).toHaveCount(0);

	// Undo takes the draft back out, and the passage is listed apart again.
	await page.getByRole('button', { name: /^Undo/ }).click();
	await expect(page.locator('.tally')).toHaveText(`${total} events`);
	await expect(item).toHaveCount(1);
});
