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

test('a link restores the selection, the window and the filters; back and forward step through selections', async ({
	page
}) => {
	const event = dataset.events.find((e) => e.date.precision === 'day' && e.citations.length > 0)!;
	const year = Number(event.date.start.slice(0, 4));
	await page.goto(`./#event=${event.id}&from=${year}-01-01&to=${year}-12-31`);
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await expect(reader.locator('mark.cited').first()).toBeInViewport();
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const plot = timeline.locator('svg[data-window]');
	await expect(plot).toHaveAttribute(
		'data-window',
		new RegExp(`^${year}-01-01/(${year}-12-31|${year + 1}-01-01)$`)
	);
	await expect(timeline.locator(`g.mark[data-event-id="${event.id}"]`)).toBeVisible();
	// The list shows the linked event's row, and stays there once the page has settled.
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await page.waitForTimeout(300);
	const [rowBox, listBox] = [
		(await list.locator(`[data-event-id="${event.id}"]`).boundingBox())!,
		(await list.boundingBox())!
	];
	expect(rowBox.y).toBeGreaterThanOrEqual(listBox.y);
	expect(rowBox.y + rowBox.height).toBeLessThanOrEqual(listBox.y + listBox.height + 1);

	// Two more selections, then back twice and forward once.
	const [second, third] = dataset.events.filter((e) => e.id !== event.id).slice(0, 2);
	await list.locator(`[data-event-id="${second.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`#event=${second.id}`));
	await list.locator(`[data-event-id="${third.id}"]`).click();
	await expect(page).toHaveURL(new RegExp(`#event=${third.id}`));
	await page.goBack();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(second.title);
	await page.goBack();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	await page.goForward();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(second.title);
});

test('search and facet filters narrow the list and the timeline, with counts, and survive a reload', async ({
	page
}) => {
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(list.getByRole('button')).toHaveCount(dataset.events.length);
	// `/` focuses the search box; words may match a quote, a summary or a title, accents ignored.
	await page.keyboard.press('/');
	await expect(page.getByRole('searchbox', { name: 'Search events' })).toBeFocused();
	await page.keyboard.type('Hezbollah');
	// Searched: titles, summaries, quotes, places, and the names and aliases of the actors.
	const actorNames = (id: string) => {
		const actor = dataset.actors.find((a) => a.id === id)!;
		return [actor.name, ...(actor.aliases ?? [])];
	};
	const matching = dataset.events.filter((e) =>
		[
			e.title,
			e.summary,
			...e.citations.map((c) => c.quote),
			...e.places,
			...e.actors.flatMap(actorNames)
		].some((t) => /hezbollah/i.test(t))
	);
	await expect(list.getByRole('button')).toHaveCount(matching.length);
	await expect(
		page.getByText(`${matching.length} of ${dataset.events.length} events`)
	).toBeVisible();

	// Topic facet: only Ukraine.
	const ukraine = dataset.topics.find((t) => t.id !== 'iraq-militias')!;
	await page.getByRole('searchbox', { name: 'Search events' }).fill('');
	await page
		.getByRole('search')
		.locator('summary')
		.filter({ hasText: /^Topic/ })
		.click();
	await page.getByRole('checkbox', { name: new RegExp(ukraine.label) }).check();
	const inTopic = dataset.events.filter((e) => e.topic === ukraine.id);
	await expect(list.getByRole('button')).toHaveCount(inTopic.length);
	await timeline.getByRole('button', { name: 'Fit all' }).click();
	const marks = await timeline
		.locator('g.mark')
		.evaluateAll((m) => m.map((x) => x.getAttribute('data-event-id')));
	expect(marks.every((id) => inTopic.some((e) => e.id === id))).toBe(true);
	await expect(page).toHaveURL(new RegExp(`topic=${ukraine.id}`));
	await page.reload();
	await expect(list.getByRole('button')).toHaveCount(inTopic.length);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(list.getByRole('button')).toHaveCount(dataset.events.length);
});

test('the shown events download as JSON, CSV, TimelineJS3 and its sheet, with their citations', async ({
	page
}) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search events' }).fill('Patriot');
	const shown = dataset.events.filter((e) =>
		[e.title, e.summary, ...e.citations.map((c) => c.quote)].some((t) => /patriot/i.test(t))
	);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.getByRole('button')).toHaveCount(shown.length);

	const openDownloads = () => page.locator('summary', { hasText: 'Download' }).click();
	await openDownloads();
	const [json] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download JSON' }).click()
	]);
	const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as DatasetFile;
	expect(exported.events.map((e) => e.id).sort()).toEqual(shown.map((e) => e.id).sort());
	expect(exported.events[0].citations.length).toBeGreaterThan(0);

	await openDownloads();
	const [csv] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download CSV' }).click()
	]);
	expect(csv.suggestedFilename()).toMatch(/-events\.csv$/);
	const text = readFileSync((await csv.path())!, 'utf8');
	const rows = text.trim().split('\r\n');
	expect(rows[0]).toContain('id,date,start');
	expect(rows.length - 1).toBe(shown.reduce((n, e) => n + Math.max(1, e.citations.length), 0));

	// The TimelineJS3 file and its sheet: one slide (row) per shown event, the passages in the text.
	await openDownloads();
	const [timelinejs] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download TimelineJS3', exact: true }).click()
	]);
	expect(timelinejs.suggestedFilename()).toMatch(/-timelinejs\.json$/);
	const slides = JSON.parse(readFileSync((await timelinejs.path())!, 'utf8')).events;
	expect(slides).toHaveLength(shown.length);
	expect(slides[0].text.text).toContain('<blockquote>');
	await openDownloads();
	const [sheet] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download TimelineJS3 sheet (CSV)' }).click()
	]);
	expect(sheet.suggestedFilename()).toMatch(/-sheet\.csv$/);
	expect(readFileSync((await sheet.path())!, 'utf8').split('\r\n')[0]).toBe(
		'Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background'
	);
});

test('the reader sets a second, unrelated story apart and steps through the cited passages', async ({
	page
}) => {
	const twoStories = dataset.sources.find((s) => new Set(s.segments.map((g) => g.topic)).size > 1)!;
	const event = dataset.events
		.filter((e) => e.citations.filter((c) => c.source === twoStories.id).length > 1)
		.find((e) => e.topic === twoStories.segments[0].topic)!;
	const passages = event.citations.filter((c) => c.source === twoStories.id).length;
	await page.goto(`./#event=${event.id}`);
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(event.title);
	if (event.citations[0].source !== twoStories.id)
		await reader.getByRole('tab', { name: twoStories.outlet }).click();
	const apart = reader.getByRole('complementary', { name: 'A separate story on the same page' });
	await expect(apart).toContainText('A separate story on the same page');
	await expect(apart.locator('mark.cited')).toHaveCount(0);
	await expect(reader.getByText(`Passage 1 of ${passages}`)).toBeVisible();
	await reader.getByRole('button', { name: 'Next passage ›' }).click();
	await expect(reader.getByText(`Passage 2 of ${passages}`)).toBeVisible();
});

test('panning the timeline scrolls the list, and scrolling the list moves the timeline along', async ({
	page
}) => {
	await page.goto('./');
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const plot = timeline.locator('svg[data-window]');
	const windowOf = async () =>
		(await plot.getAttribute('data-window'))!.split('/').map((d) => Date.parse(d));
	/** The event of the row at the top of the list, below its sticky headings. */
	const topRow = () =>
		list.evaluate((nav) => {
			const box = nav.getBoundingClientRect();
			return document
				.elementFromPoint(box.left + box.width / 2, box.top + 72)
				?.closest('[data-event-id]')
				?.getAttribute('data-event-id');
		});
	const firstDayMs = (id: string) =>
		Date.parse(dataset.events.find((e) => e.id === id)!.date.start);

	// Zoom the timeline in on 2024: the list follows to the window's first event.
	const box = (await timeline.locator('.plot').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.82, box.y + box.height / 2);
	for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -240);
	await expect
		.poll(async () => (await windowOf())[1] - (await windowOf())[0])
		.toBeLessThan(3 * 365 * 86_400_000);
	await expect
		.poll(async () => {
			const [from] = await windowOf();
			const id = await topRow();
			return id ? firstDayMs(id) >= from - 366 * 86_400_000 : false;
		})
		.toBe(true);

	// Scroll the list back to the top: the timeline slides to its first events.
	await list.hover();
	await page.mouse.wheel(0, -100_000);
	await expect
		.poll(async () => (await windowOf())[0])
		.toBeLessThan(Date.parse(dataset.events[2].date.start.slice(0, 4)) + 366 * 86_400_000);
});

test('clicking a faint passage selects its event and keeps reading the same article', async ({
	page
}) => {
	// An event first cited in another article (`other`), whose passage in `article` no passage
	// of the event we start from (`start`, first cited in `article`) overlaps.
	const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
		a.start < b.end && b.start < a.end;
	const pairs = dataset.events.flatMap((other) =>
		other.citations
			.slice(1)
			.flatMap((passage) =>
				dataset.events
					.filter(
						(start) =>
							start.id !== other.id &&
							start.citations[0].source === passage.source &&
							other.citations[0].source !== passage.source &&
							!start.citations.some((c) => c.source === passage.source && overlaps(c, passage))
					)
					.map((start) => ({ other, start, passage }))
			)
	);
	const { other, start, passage } = pairs[0];
	const article = dataset.sources.find((s) => s.id === passage.source)!;
	await page.goto(`./#event=${start.id}`);
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 3 })).toHaveText(article.title);
	const quote = passage.quote;
	// The first faint run that lies in the other event's quote (runs are cut where quotes meet).
	const faint = reader.locator('mark.other [role=button]');
	await expect(faint.first()).toBeVisible();
	const texts = await faint.allTextContents();
	const index = texts.findIndex((t) => t.trim().length > 8 && quote.includes(t));
	expect(index).toBeGreaterThanOrEqual(0);
	await faint.nth(index).click();
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(other.title);
	await expect(reader.getByRole('heading', { level: 3 })).toHaveText(article.title);
	await expect(reader.locator('mark.cited').first()).toBeInViewport();
});
