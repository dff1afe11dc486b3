import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile, DateRecord } from '../../src/lib/data/types.ts';
import { serveFile, serveSynthetic, syntheticDataset } from './served-file.ts';
import { generateSyntheticDataset } from '../../scripts/synthetic-dataset.ts';

/**
 * Extreme data renders sensibly: deep time (3000 BCE to 3000 CE, year 0, years below 100), a single
 * event, every event on one day, an empty dataset, and 100 000 events with a loading state.
 */

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

// Tracing snapshots the whole DOM at every action: far too slow with the big dataset.
test.use({ trace: 'off' });

/** A synthetic dataset whose events get these dates, in this (canonical) order. */
function withDates(name: string, dates: Omit<DateRecord, 'basis'>[]): DatasetFile {
	const dataset = generateSyntheticDataset(real, { events: dates.length, seed: 11 });
	dataset.title = name;
	dataset.events.forEach((event, i) => {
		event.date = { ...dates[i], basis: 'Synthetic: an extreme date for testing.' };
	});
	return dataset;
}

async function open(page: Page, dataset: DatasetFile, file: string) {
	serveFile(file, JSON.stringify(dataset));
	await page.goto(`./?data=${file}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
}

/** No number went wrong on the way to the screen. */
async function expectNoBrokenText(page: Page) {
	const text = await page.locator('body').innerText();
	expect(text).not.toMatch(/NaN|Invalid Date|undefined|Infinity/);
}

test.beforeEach(({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('deep time: 3000 BCE to 3000 CE, year 0 and years below 100', async ({ page }) => {
	const years = ['-2999', '-0500', '-0043', '0000', '0044', '0099', '1066', '3000'];
	const dataset = withDates(
		'Deep time',
		years.map((start) => ({ start, precision: 'year', approximate: false }))
	);
	await open(page, dataset, 'e2e-deep-time.json');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	// The extent is padded beyond the first and last years.
	await expect(timeline.locator('svg[data-extent]')).toHaveAttribute(
		'data-extent',
		/^-00[23]\d{3}-\d\d-\d\d\/[23]\d{3}-/
	);
	// Every event is in the list, dated as a reader writes it.
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.getByRole('button')).toHaveCount(years.length);
	expect(await list.locator('li .date').allTextContents()).toEqual([
		'3000 BCE',
		'501 BCE',
		'44 BCE',
		'1 BCE',
		'44 CE',
		'99 CE',
		'1066',
		'3000'
	]);
	// The axis labels the eras without overlapping or losing the sign.
	const labels = await timeline.locator('.axis text').allTextContents();
	expect(labels.some((label) => /BCE/.test(label))).toBe(true);
	// The earliest event can be reached and opened.
	await timeline.getByRole('button', { name: 'Later event' }).click();
	await expect(timeline.locator(`g.mark[data-event-id="${dataset.events[0].id}"]`)).toBeVisible();
	await expectNoBrokenText(page);
});

test('a single event', async ({ page }) => {
	const dataset = withDates('One event', [
		{ start: '2024-09-23', precision: 'day', approximate: false }
	]);
	await open(page, dataset, 'e2e-single.json');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark')).toHaveCount(1);
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect(timeline.locator('g.mark')).toHaveCount(1);
	await timeline.locator('g.mark circle').click();
	await expect(page.getByRole('region', { name: 'Source reader' })).toBeVisible();
	await expectNoBrokenText(page);
});

test('every event on one day', async ({ page }) => {
	const count = 200;
	const dataset = withDates(
		'One busy day',
		Array.from({ length: count }, () => ({
			start: '2024-09-23',
			precision: 'day' as const,
			approximate: false
		}))
	);
	await open(page, dataset, 'e2e-one-day.json');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const svg = timeline.locator('svg[data-visible-count]');
	await expect(svg).toHaveAttribute('data-visible-count', String(count));
	// What does not fit is one cluster that lists its events at the deepest zoom.
	const cluster = timeline.locator('g.cluster');
	await expect(cluster).toHaveCount(1);
	const drawn = await timeline.locator('g.mark').count();
	expect(drawn + Number(await cluster.getAttribute('data-count'))).toBe(count);
	// A click zooms in towards the deepest zoom, where the cluster lists its events.
	const list = timeline.getByRole('dialog');
	// The list loads on its first use: once asked for, it says so until it arrives.
	const listed = list.or(timeline.getByRole('status').filter({ hasText: 'Listing the events' }));
	for (let i = 0; i < 30 && !(await listed.first().isVisible()); i++) await cluster.click();
	await expect(list).toBeVisible();
	await expect(list.getByRole('button')).toHaveCount(count - drawn + 1);
	await expectNoBrokenText(page);
});

test('an empty dataset says so', async ({ page }) => {
	const dataset = withDates('Nothing yet', []);
	await open(page, dataset, 'e2e-empty.json');
	await expect(page.getByText('This dataset has no events to show.')).toBeVisible();
	await expect(page.getByRole('region', { name: 'Timeline' })).toHaveCount(0);
});

test('100 000 events: a loading state, then the timeline on a canvas @alone', async ({ page }) => {
	test.setTimeout(180_000);
	const choice = { events: 100_000, seed: 5 };
	const big = syntheticDataset(choice);
	const file = serveSynthetic(choice);
	page.on('crash', () => {
		throw new Error('the page crashed (out of memory?) while loading 100 000 events');
	});
	// The dataset is held back until the loading state has been seen: asserting a state that
	// lasts only as long as a download takes would race the machine's speed.
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${file}`, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto(`./?data=${file}`);
	await expect(page.locator('.loading')).toHaveText('Loading the dataset…');
	release();
	// Native queries: Playwright's locators walk every element of the page (to pierce shadow
	// roots) on every poll, which is slow on a page this large. The timeline is drawn first and
	// the filters (with the tally) arrive after it: both are waited for.
	await page.waitForFunction(
		() =>
			document.querySelector('svg[data-renderer]')?.getAttribute('data-renderer') === 'canvas' &&
			document.querySelector('.tally') !== null,
		undefined,
		{ timeout: 120_000, polling: 500 }
	);
	expect(
		await page.evaluate(() => [
			document.querySelector('h1')?.textContent,
			document.querySelector('.tally')?.textContent?.trim()
		])
	).toEqual([big.title, '100000 events']);
});
