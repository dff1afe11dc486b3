import { expect, test } from '@playwright/test';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { addArticle } from '../../scripts/add-article-lib.ts';

/**
 * The sixth article (tests/fixtures/sixth-article, written for the project) added to a copy of the
 * dataset: its dated sentences come up as drafts in the app, each citing its sentence, and a
 * reviewer can hide, accept or drop them.
 */

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const article = readFileSync('tests/fixtures/sixth-article/article.txt', 'utf8');
const expected = JSON.parse(readFileSync('tests/fixtures/sixth-article/expected.json', 'utf8')) as {
	published: string;
};

test('a sixth article becomes drafts the app shows apart, cited and reviewable', async ({
	page
}) => {
	const sourceTexts = new Map(
		readdirSync('sources').map((name) => [name, readFileSync(`sources/${name}`, 'utf8')])
	);
	const result = addArticle(real, article, {
		published: expected.published,
		title: 'Iraqi militias step up drone launches as talks on a US drawdown stall',
		outlet: 'Test desk',
		sourceTexts
	});
	mkdirSync('dist/e2e-sixth/sources', { recursive: true });
	cpSync('sources', 'dist/e2e-sixth/sources', { recursive: true });
	writeFileSync(`dist/e2e-sixth/sources/${result.file.name}`, article);
	writeFileSync('dist/e2e-sixth/events.json', JSON.stringify(result.dataset));

	await page.goto('./?data=e2e-sixth/events.json');
	const drafts = result.drafts.length;
	expect(drafts).toBeGreaterThan(10);
	await expect(page.locator('.tally')).toHaveText(`${real.events.length + drafts} events`);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.locator('.draft-badge')).toHaveCount(drafts);

	// A draft opens on its sentence, highlighted in the article, with the review offered.
	const draft = result.drafts[0];
	await list.locator(`[data-event-id="${draft.id}"]`).click();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(draft.title);
	await expect(reader.locator('mark.cited').first()).toBeVisible();
	expect((await reader.locator('mark.cited').allTextContents()).join('')).toBe(
		draft.citations[0].quote
	);
	const review = reader.getByRole('group', { name: 'Review this draft' });
	await review.getByRole('button', { name: 'Accept' }).click();
	await expect(list.locator('.draft-badge')).toHaveCount(drafts - 1);

	// Dropping one removes it; hiding the rest leaves the reviewed dataset.
	await list.locator(`[data-event-id="${result.drafts[1].id}"]`).click();
	await review.getByRole('button', { name: 'Drop' }).click();
	await expect(list.locator(`[data-event-id="${result.drafts[1].id}"]`)).toHaveCount(0);
	await page.getByRole('checkbox', { name: /drafts? awaiting review/ }).uncheck();
	await expect(list.locator('.draft-badge')).toHaveCount(0);
	await expect(page.locator('.tally')).toHaveText(`${real.events.length + 1} events`);
});

test('a draft that tells an event already there, added as its citation, joins it and the reader moves to that event', async ({
	page
}) => {
	// The join's rules load on first use (not with the page): accepting must still land.
	const target = real.events.find((e) => e.citations.length === 1)!;
	const draft = {
		...target,
		id: 'draft-tells-again',
		title: `${target.title} (told again)`,
		draft: true,
		citationOf: target.id
	};
	mkdirSync('dist/e2e-join/sources', { recursive: true });
	cpSync('sources', 'dist/e2e-join/sources', { recursive: true });
	writeFileSync(
		'dist/e2e-join/events.json',
		JSON.stringify({ ...real, events: [...real.events, draft] })
	);

	await page.goto('./?data=e2e-join/events.json');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await list.locator(`[data-event-id="${draft.id}"]`).click();
	const reader = page.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(draft.title);
	await reader
		.getByRole('group', { name: 'Review this draft' })
		.getByRole('button', { name: 'Add as citation' })
		.click();
	await expect(list.locator(`[data-event-id="${draft.id}"]`)).toHaveCount(0);
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(target.title);
	await expect(page.locator('.tally')).toHaveText(`${real.events.length} events`);
});
