import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import type { DatasetFile } from '../../src/lib/data/types.ts';

/**
 * Real files from TimelineJS3's repository, vis-timeline's and a SIMILE implementation's
 * (tests/fixtures/import/README.md), each imported with `npm run import` into the built app and
 * opened: no page error, no request to another host, every event's mark and every period drawn.
 */
const FILES = [
	'timelinejs/cosmological.json',
	'timelinejs/eras.json',
	'timelinejs/group_sample.json',
	'sheet-csv/women_in_computing.csv',
	'vis-timeline/basic.json',
	'simile/sample-small.json'
];

const folderOf = (file: string) => `e2e-import/${file.replace(/\W+/g, '-')}`;

// One worker for this file: every worker would run the imports in beforeAll into the same
// folders, and the second would find the first one's files there.
test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
	rmSync('dist/e2e-import', { recursive: true, force: true });
	for (const file of FILES) {
		const result = spawnSync(
			'npx',
			[
				'jiti',
				'scripts/import.ts',
				`tests/fixtures/import/${file}`,
				'--out',
				`dist/${folderOf(file)}`
			],
			{ encoding: 'utf8', timeout: 60_000 }
		);
		if (result.status !== 0) throw new Error(`import of ${file} failed: ${result.stderr}`);
	}
});

for (const file of FILES) {
	test(`${file}: imported, opened, its marks and periods drawn`, async ({ page }) => {
		const folder = folderOf(file);
		const dataset = JSON.parse(readFileSync(`dist/${folder}/events.json`, 'utf8')) as DatasetFile;
		const errors: string[] = [];
		const elsewhere: string[] = [];
		page.on('pageerror', (error) => errors.push(String(error)));
		page.on('request', (request) => {
			if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
		});
		await page.goto(`./?data=${folder}/events.json`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		// The first view opens where most events are; the whole timeline is one click away.
		await timeline.getByRole('button', { name: 'Fit all' }).click();
		const plot = timeline.locator('svg[data-visible-count]');
		await expect(plot).toHaveAttribute('data-visible-count', String(dataset.events.length));
		await expect(timeline.locator('[data-event-id], canvas').first()).toBeVisible();
		const periods = dataset.periods ?? [];
		await expect(timeline.locator('.periods .period')).toHaveCount(periods.length);
		for (const period of periods)
			await expect(timeline.locator('.periods text', { hasText: period.title })).toHaveCount(1);
		const list = page.getByRole('navigation', { name: 'Events in chronological order' });
		for (const period of periods.slice(0, 2))
			await expect(list.locator('.period-start', { hasText: period.title })).toBeVisible();
		expect(errors).toEqual([]);
		expect(elsewhere).toEqual([]);
	});
}

test('the cosmology example draws all its slides on an axis counted in billions of years', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(String(error)));
	await page.goto(`./?data=${folderOf('timelinejs/cosmological.json')}/events.json`);
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('svg[data-visible-count]')).toHaveAttribute(
		'data-visible-count',
		'6'
	);
	await expect(timeline.locator('.axis text', { hasText: '10 billion years ago' })).toHaveCount(1);
	await expect(
		timeline.getByRole('button', { name: 'Draft, 13,798,000,000 BCE: The Big Bang' })
	).toBeVisible();
	// Zooming far in keeps the axis readable: distinct labels, and no error.
	const plot = timeline.locator('svg[data-window]');
	const before = await plot.getAttribute('data-window');
	const box = (await timeline.locator('.plot').boundingBox())!;
	await page.mouse.move(box.x + 60, box.y + 100);
	for (let i = 0; i < 40; i++) await page.mouse.wheel(0, -500);
	await expect
		.poll(async () => {
			const labels = await timeline.locator('.axis text').allTextContents();
			const zoomed = (await plot.getAttribute('data-window')) !== before;
			return zoomed && labels.length > 1 && new Set(labels).size === labels.length;
		})
		.toBe(true);
	expect(errors).toEqual([]);
});

test('an imported event’s media is a link in the reader, and nothing is fetched from it', async ({
	page
}) => {
	const folder = folderOf('sheet-csv/women_in_computing.csv');
	const elsewhere: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
	});
	const dataset = JSON.parse(readFileSync(`dist/${folder}/events.json`, 'utf8')) as DatasetFile;
	const ada = dataset.events.find((e) => e.title === 'Ada Lovelace')!;
	await page.goto(`./?data=${folder}/events.json#event=${ada.id}`);
	const reader = page.getByRole('region', { name: 'Source reader' });
	const link = reader.getByRole('link', { name: /^Media: Portrait by Alfred Edward Chalon/ });
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(link).toHaveAttribute('href', ada.links![0].url);
	await expect(reader.locator('img, iframe, video, audio')).toHaveCount(0);
	expect(elsewhere).toEqual([]);
});

test('Download image gives the view with its axis, periods and labels, as SVG and as PNG at 2×', async ({
	page
}) => {
	const folder = folderOf('timelinejs/eras.json');
	const dataset = JSON.parse(readFileSync(`dist/${folder}/events.json`, 'utf8')) as DatasetFile;
	// The dark theme on screen: the picture is in light colours all the same.
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(`./?data=${folder}/events.json`);
	const plot = page.locator('.timeline .plot > svg');
	await expect(plot).toHaveAttribute('data-visible-count', String(dataset.events.length));
	const width = Number(await plot.getAttribute('width'));
	const height = Number(await plot.getAttribute('height'));

	await page.locator('summary', { hasText: 'Download' }).click();
	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download image (SVG)' }).click()
	]);
	expect(svgDownload.suggestedFilename()).toBe('eras-test-timeline.svg');
	const svg = readFileSync((await svgDownload.path())!, 'utf8');
	expect(svg).toContain('>Eras Test</text>');
	expect(svg).toContain('>Tang Dynasty in China</text>');
	expect(svg).toContain('>700s</text>');
	expect(svg).toContain('Battle of Nineveh');
	expect(svg).not.toMatch(/class=|<script|href="http/);
	// Light colours: the plot's backdrop is the light theme's white surface, not the dark one.
	expect(svg).toMatch(/class="backdrop"|fill:\s*rgb\(255, 255, 255\)/);

	await page.locator('summary', { hasText: 'Download' }).click();
	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download image (PNG)' }).click()
	]);
	const png = readFileSync((await pngDownload.path())!);
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	// The IHDR chunk: width and height, big-endian, at bytes 16 and 20.
	expect(png.readUInt32BE(16)).toBe(width * 2);
	expect(png.readUInt32BE(20)).toBe((height + 28) * 2);
	await pngDownload.saveAs('test-results/eras-timeline.png');
});
