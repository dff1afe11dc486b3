import { expect, test, type Locator } from '@playwright/test';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { DAY_MS } from '../../src/lib/data/civil-date.ts';
import { serveSynthetic, syntheticDataset } from './served-file.ts';

/**
 * The chronological list of a long dataset draws only the rows in view, and still scrolls through
 * every event, follows the timeline and brings a selection into view.
 */

const choice = { events: 10_000, seed: 11 };
const big = syntheticDataset(choice);
// In the order the list shows them.
const events = validateDataset(big, { file: 'synthetic' }).events;
const byId = new Map(events.map((e) => [e.id, e]));

// Tracing snapshots the whole page at every action: with a 9 MB dataset, seconds each.
test.use({ trace: 'off' });

let file = '';
test.beforeAll(() => {
	// Served by the preview server beside the built events.json, so sources resolve as usual.
	file = serveSynthetic(choice);
});

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/** The event of the row just below the list's sticky headings. */
function topEvent(list: Locator) {
	return list.evaluate((nav) => {
		const box = nav.getBoundingClientRect();
		const headings = [nav.querySelector('h2'), nav.querySelector('h3')].reduce(
			(height, heading) => height + (heading?.getBoundingClientRect().height ?? 0),
			0
		);
		return (
			document
				.elementFromPoint(box.left + box.width / 2, box.top + headings + 8)
				?.closest<HTMLElement>('[data-event-id]')?.dataset.eventId ?? null
		);
	});
}

/** Whether the row of this event is drawn, inside the list's box. */
async function rowInView(list: Locator, id: string): Promise<boolean> {
	const row = list.locator(`[data-event-id="${id}"]`);
	if ((await row.count()) === 0) return false;
	const [rowBox, listBox] = [await row.boundingBox(), await list.boundingBox()];
	return (
		!!rowBox &&
		!!listBox &&
		rowBox.y >= listBox.y - 1 &&
		rowBox.y + rowBox.height <= listBox.y + listBox.height + 1
	);
}

test('10 000 events: the list draws the rows in view, scrolls to the end, and follows the timeline', async ({
	page
}) => {
	test.slow();
	await page.goto(`./?data=${file}`);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(list.locator(`[data-event-id="${events[0].id}"]`)).toBeVisible();

	// A few dozen rows, of one height, and each says where it stands in its month.
	const rows = list.locator('li');
	const drawn = await rows.count();
	expect(drawn).toBeGreaterThan(10);
	expect(drawn).toBeLessThan(300);
	const heights = await rows.evaluateAll((lis) =>
		lis.map((li) => li.getBoundingClientRect().height)
	);
	expect(Math.max(...heights) - Math.min(...heights)).toBeLessThan(0.5);
	await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
	await expect(rows.first()).toHaveAttribute('aria-setsize', /^\d+$/);
	await page.screenshot({ path: test.info().outputPath('long-list-top.png') });

	// Zooming the timeline: the list follows to the window's first event.
	const plot = timeline.locator('.plot');
	const renderer = timeline.locator('svg[data-renderer]');
	const svg = timeline.locator('svg[data-window]');
	await plot.scrollIntoViewIfNeeded();
	const box = (await plot.boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
	for (let i = 0; i < 40 && (await renderer.getAttribute('data-renderer')) !== 'svg'; i++)
		await page.mouse.wheel(0, -240);
	await expect(renderer).toHaveAttribute('data-renderer', 'svg');
	const windowDays = async () =>
		(await svg.getAttribute('data-window'))!
			.split('/')
			.map((day) => Math.floor(Date.parse(day) / DAY_MS));
	await expect
		.poll(async () => {
			const [from, to] = await windowDays();
			const id = await topEvent(list);
			const event = id ? byId.get(id) : undefined;
			// The first event reaching the window's first day, or one beside it.
			return !!event && event.when.lastDay >= from - 1 && event.when.firstDay <= to;
		})
		.toBe(true);
	// Far from the list's first rows: the window moved it.
	expect(await list.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(10_000);

	// Back to the top without the reader's input (the timeline does not follow), then a mark
	// clicked on the timeline, far down the list: its row scrolls into view, marked, and focus
	// stays on the mark.
	await list.evaluate((nav) => (nav.scrollTop = 0));
	await expect(list.locator(`[data-event-id="${events[0].id}"]`)).toBeVisible();
	const marks = timeline.locator('g.mark');
	const mark = marks.nth(Math.floor((await marks.count()) / 2));
	const id = (await mark.getAttribute('data-event-id'))!;
	expect(events.findIndex((e) => e.id === id)).toBeGreaterThan(1000);
	await mark.click();
	const row = list.locator(`[data-event-id="${id}"]`);
	await expect(row).toHaveAttribute('aria-current', 'true');
	await expect.poll(() => rowInView(list, id)).toBe(true);
	await expect(mark).toBeFocused();
	await expect(list.locator(`[data-event-id="${events[0].id}"]`)).toHaveCount(0);

	// Scrolled to the end by the reader: the last event is there, at the bottom, under its year.
	await list.hover();
	for (let i = 0; i < 5; i++) await page.mouse.wheel(0, 1_000_000);
	const last = events.at(-1)!;
	await expect.poll(() => rowInView(list, last.id)).toBe(true);
	const [lastBox, listBox] = [
		(await list.locator(`[data-event-id="${last.id}"]`).boundingBox())!,
		(await list.boundingBox())!
	];
	// The spacers add up: the last row ends where the list does.
	expect(Math.abs(lastBox.y + lastBox.height - (listBox.y + listBox.height))).toBeLessThan(2);
	// The sticky year heading over the top row is the last event's year.
	const stuckYear = await list.evaluate((nav) => {
		const box = nav.getBoundingClientRect();
		return document.elementFromPoint(box.left + box.width / 2, box.top + 4)?.closest('h2')
			?.textContent;
	});
	expect(stuckYear).toBe(String(new Date(last.when.firstDay * DAY_MS).getUTCFullYear()));
	expect(await list.locator('li').count()).toBeLessThan(300);
	await page.screenshot({ path: test.info().outputPath('long-list-end.png') });
});

test('10 000 events: Tab walks on past the rows first drawn', async ({ page }) => {
	test.slow();
	await page.goto(`./?data=${file}`);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const first = list.locator(`[data-event-id="${events[0].id}"]`);
	await expect(first).toBeVisible();
	const drawn = await list.locator('li').count();
	// Each row Tab reaches is scrolled into view, which draws the rows after it.
	await first.focus();
	for (let i = 0; i < drawn + 20; i++) await page.keyboard.press('Tab');
	await expect(list.locator(`[data-event-id="${events[drawn + 20].id}"]`)).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(list.locator(`[data-event-id="${events[drawn + 19].id}"]`)).toBeFocused();
});
