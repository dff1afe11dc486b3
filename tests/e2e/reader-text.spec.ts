import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * The reader's text on a desktop: other events' passages flow in the sentence, the selected
 * passage opens in the upper part of the reader, and selecting never makes the page jump or loses
 * the selected row in the list.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;

test.use({ viewport: { width: 1280, height: 800 } });

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/**
 * The faint passages that do not flow with the text around them: the last character before one
 * (or the first after it) sits on another line than the passage's own first (or last) line.
 */
function brokenFlow(article: Locator): Promise<string[]> {
	return article.evaluate((root) => {
		const charBox = (node: Text, at: number) => {
			const range = document.createRange();
			range.setStart(node, at);
			range.setEnd(node, at + 1);
			return range.getBoundingClientRect();
		};
		const broken: string[] = [];
		for (const mark of root.querySelectorAll('mark.other')) {
			const lines = mark.getClientRects();
			const [first, last] = [lines[0], lines[lines.length - 1]];
			const before = mark.previousSibling;
			if (before instanceof Text && /\S$/.test(before.data)) {
				const box = charBox(before, before.data.length - 1);
				if (Math.abs(box.bottom - first.bottom) > 3) broken.push(`before: ${mark.textContent}`);
			}
			const after = mark.nextSibling;
			if (after instanceof Text && /^\S/.test(after.data)) {
				const box = charBox(after, 0);
				if (Math.abs(box.bottom - last.bottom) > 3) broken.push(`after: ${mark.textContent}`);
			}
		}
		return broken;
	});
}

/** An event whose article has other events' passages in running text. */
const richArticle = (() => {
	const counts = new Map<string, number>();
	for (const e of dataset.events)
		for (const c of e.citations) counts.set(c.source, (counts.get(c.source) ?? 0) + 1);
	const source = [...counts].sort((a, b) => b[1] - a[1])[0][0];
	return dataset.events.find((e) => e.citations[0].source === source)!;
})();

test('passages of other events are marked inline, in the flow of the sentence', async ({
	page
}) => {
	await page.goto(`./#event=${richArticle.id}`);
	const reader = page.getByRole('region', { name: 'Source reader' });
	const article = reader.locator('article');
	await expect(article.locator('mark.other').first()).toBeVisible();
	expect(await article.locator('mark.other').count()).toBeGreaterThan(3);
	expect(await brokenFlow(article)).toEqual([]);
	// A long passage wraps over several lines like the text around it.
	const lines = await article
		.locator('mark.other')
		.evaluateAll((marks) => Math.max(...marks.map((m) => m.getClientRects().length)));
	expect(lines).toBeGreaterThan(1);

	// Still reached by the keyboard, and Enter reads its event.
	await reader.locator('summary').focus();
	const passage = article.getByRole('button').first();
	for (let i = 0; i < 8; i++) {
		await page.keyboard.press('Tab');
		if (await passage.evaluate((p) => p === document.activeElement)) break;
	}
	await expect(passage).toBeFocused();
	const before = await reader.getByRole('heading', { level: 2 }).textContent();
	await page.keyboard.press('Enter');
	await expect(reader.getByRole('heading', { level: 2 })).not.toHaveText(before!);
});

/** Where the first cited passage starts in the reader's text box, as a share of its height. */
async function passageShare(page: Page): Promise<number> {
	const reader = page.getByRole('region', { name: 'Source reader' });
	const mark = reader.locator('mark.cited').first();
	await expect(mark).toBeVisible();
	return mark.evaluate((m) => {
		const box = m.closest('article')!.getBoundingClientRect();
		return (m.getBoundingClientRect().top - box.top) / box.height;
	});
}

for (const size of [
	{ width: 1024, height: 768 },
	{ width: 1440, height: 900 }
])
	test(`the selected passage opens in the upper part of the reader, and the page stays put (${size.width}×${size.height})`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		await page.goto('./');
		const list = page.getByRole('navigation', { name: 'Events in chronological order' });
		await expect(list.getByRole('button').first()).toBeVisible();
		// Read from the list, scrolled to the top of the page's lower half.
		await list.evaluate((nav) => scrollTo(0, nav.getBoundingClientRect().top + scrollY - 10));
		const scrolled = await page.evaluate(() => scrollY);
		const deep = dataset.events.filter((e) => e.citations[0].start > 1500).slice(0, 4);
		for (const event of deep) {
			const row = list.locator(`[data-event-id="${event.id}"]`);
			await row.scrollIntoViewIfNeeded();
			const pageAt = await page.evaluate(() => scrollY);
			await row.click();
			await expect(page.getByRole('heading', { level: 2, name: event.title })).toBeVisible();
			await expect.poll(() => passageShare(page), { message: event.id }).toBeLessThan(0.25);
			expect(await passageShare(page)).toBeGreaterThan(0);
			expect(await page.evaluate(() => scrollY)).toBe(pageAt);
			await expect(row).toBeInViewport();
		}
		expect(scrolled).toBeGreaterThan(0);
	});

test('the selected row stays in view in the list after a deep link and after clearing a search', async ({
	page
}) => {
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	const inList = async (id: string) => {
		const [row, box] = [
			(await list.locator(`[data-event-id="${id}"]`).boundingBox())!,
			(await list.boundingBox())!
		];
		return row.y >= box.y - 1 && row.y + row.height <= box.y + box.height + 1;
	};
	const late = dataset.events.at(-3)!;
	await page.goto(`./#event=${late.id}`);
	await expect(list.locator('[aria-current="true"]')).toHaveAttribute('data-event-id', late.id);
	await expect.poll(() => inList(late.id)).toBe(true);

	// Search, pick an early match, clear the search: the row is still in view.
	const early = dataset.events.find((e) => /Jordan/.test(e.title + e.summary))!;
	await page.getByRole('searchbox', { name: 'Search events' }).fill('Jordan');
	await list.locator(`[data-event-id="${early.id}"]`).click();
	await page.getByRole('searchbox', { name: 'Search events' }).fill('');
	await expect(list.getByRole('button')).toHaveCount(dataset.events.length);
	await expect.poll(() => inList(early.id)).toBe(true);
});
