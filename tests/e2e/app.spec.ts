import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { screenshotPath } from './screenshot-path.ts';

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const sourceText = (id: string) => {
	const source = dataset.sources.find((s) => s.id === id)!;
	return readFileSync(`sources/${source.file}`, 'utf8');
};

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('shows every event of the dataset on the timeline page, with no data problems', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.getByRole('button')).toHaveCount(dataset.events.length);
	await expect(page.getByText(/problems? in the data/)).toHaveCount(0);
	// The timeline draws marks on a D3 time axis.
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('g.mark').first()).toBeVisible();
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/\d{4}/);
});

test('clicking an event in the list shows its source with the cited passage marked and in view', async ({
	page
}) => {
	await page.goto('./');
	const event = dataset.events.find((e) => e.citations.length > 1) ?? dataset.events[0];
	await page
		.getByRole('navigation', { name: 'Events in chronological order' })
		.locator(`[data-event-id="${event.id}"]`)
		.click();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	const citation = event.citations[0];
	const mark = reader.locator('mark.cited').first();
	await expect(mark).toBeVisible();
	await expect(mark).toBeInViewport();
	// The marked text is the quote, and it sits in the article's own text.
	const marked = (await reader.locator('mark.cited').allTextContents()).join('');
	expect(marked).toContain(citation.quote.slice(0, 40));
	expect(sourceText(citation.source)).toContain(citation.quote);
	await expect(reader.locator('article')).toContainText(sourceText(citation.source).slice(0, 30));
});

test('README screenshot: the whole page with a cited passage highlighted', async ({ page }) => {
	await page.setViewportSize({ width: 1400, height: 1400 });
	await page.goto('./');
	// The most important event reported by the most sources.
	const event = dataset.events
		.slice()
		.sort((a, b) => b.importance - a.importance || b.citations.length - a.citations.length)[0];
	await page.locator(`nav [data-event-id="${event.id}"]`).click();
	await page.evaluate(() => window.scrollTo(0, 0));
	const mark = page.getByRole('region', { name: 'Source reader' }).locator('mark.cited').first();
	await expect(mark).toBeInViewport();
	await page.screenshot({ path: screenshotPath('app') });
});

test('clicking an event mark on the timeline opens its source', async ({ page }) => {
	await page.goto('./');
	// A dot: wholly inside the plot (a bar may run off its edge).
	const mark = page.getByRole('region', { name: 'Timeline' }).locator('g.mark:has(circle)').first();
	const id = await mark.getAttribute('data-event-id');
	const event = dataset.events.find((e) => e.id === id)!;
	await mark.locator('circle').click();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await expect(reader.locator('mark.cited').first()).toBeInViewport();
});

test('dates are shown as the text knows them, whatever the time zone', async ({ page }) => {
	await page.goto('./');
	const dayEvent = dataset.events.find((e) => e.date.precision === 'day' && !e.date.end);
	test.skip(!dayEvent, 'the dataset has no day-precise event');
	const [y, m, d] = dayEvent!.date.start.split('-').map(Number);
	const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', {
		month: 'long',
		timeZone: 'UTC'
	});
	const row = page.locator(`nav [data-event-id="${dayEvent!.id}"]`);
	await expect(row).toContainText(`${d} ${month} ${y}`);
});

test('zooming with the buttons changes the visible window', async ({ page }) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('.axis text').first()).toBeVisible();
	// From the whole extent (the page opens on where most events are).
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/0s$/);
	const before = await timeline.locator('.axis text').allTextContents();
	for (let i = 0; i < 6; i++)
		await timeline.getByRole('button', { name: 'Zoom in', exact: true }).click();
	await expect
		.poll(async () => (await timeline.locator('.axis text').allTextContents()).join('|'))
		.not.toBe(before.join('|'));
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect
		.poll(async () => (await timeline.locator('.axis text').allTextContents()).join('|'))
		.toBe(before.join('|'));
});

test('selecting another event of the same article brings its passage into view', async ({
	page
}) => {
	// Two events citing one source, as far apart in its text as the dataset allows.
	const bySource = new Map<string, { id: string; start: number }[]>();
	for (const e of dataset.events)
		for (const c of e.citations)
			bySource.set(c.source, [...(bySource.get(c.source) ?? []), { id: e.id, start: c.start }]);
	const [first, last] = [...bySource.values()]
		.map((list) => list.sort((a, b) => a.start - b.start))
		.map((list) => [list[0], list.at(-1)!] as const)
		.sort((a, b) => b[1].start - b[0].start - (a[1].start - a[0].start))[0];
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const reader = page.getByRole('region', { name: 'Source reader' });

	await page.goto('./');
	await list.locator(`[data-event-id="${first.id}"]`).click();
	await expect(reader.locator('mark.cited').first()).toBeInViewport();
	await list.locator(`[data-event-id="${last.id}"]`).click();
	const title = dataset.events.find((e) => e.id === last.id)!.title;
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(title);
	await expect(reader.locator('mark.cited').first()).toBeInViewport();
});

test('the keyboard zooms and pans the timeline, and 0 fits it again', async ({ page }) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const axis = async () => (await timeline.locator('.axis text').allTextContents()).join('|');
	await expect(timeline.locator('.axis text').first()).toBeVisible();
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	await expect(timeline.locator('.axis text.major').first()).toHaveText(/0s$/);
	const whole = await axis();
	// From the toolbar: a focused mark that zooms out of view is removed and takes focus with it
	// (roving focus that survives zooming is future work).
	await timeline.getByRole('button', { name: 'Fit all' }).focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('+');
	await expect.poll(axis).not.toBe(whole);
	const zoomed = await axis();
	await page.keyboard.press('ArrowRight');
	await expect.poll(axis).not.toBe(zoomed);
	await page.keyboard.press('0');
	await expect.poll(axis).toBe(whole);
});
