import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { serveSynthetic, syntheticDataset } from './served-file.ts';
import { recordWrites, writeSaid, writesSoFar } from './record-writes.ts';

// Tracing snapshots the whole DOM (ten thousand list rows) at every action: seconds each.
test.use({ trace: 'off' });

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

test('10 000 events: their density on a canvas, a tap on it zooms in, then marks hit-tested, then SVG marks', async ({
	page
}) => {
	// Generating, serving and parsing 9 MB takes a few seconds on a small CI machine.
	test.slow();
	const choice = { events: 10_000, seed: 7 };
	const big = syntheticDataset(choice);
	// Served by the preview server beside the built events.json, so sources resolve as usual.
	await page.goto(`./?data=${serveSynthetic(choice)}`);
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(big.title);
	const svg = timeline.locator('svg[data-renderer]');
	await expect(svg).toHaveAttribute('data-renderer', 'canvas');
	// The canvas shown (a worker's, or the page's over it while the worker's is not ready).
	const canvas = timeline.locator('canvas:visible');
	await expect(canvas).toBeVisible();
	await expect(svg).toHaveAttribute('data-visible-count', '10000');

	// Ten thousand events in about 1 200 px: their density, each slice's events in a badge below.
	// Over a peak, the canvas names the badge of that slice, with its exact count.
	await timeline.locator('.plot').scrollIntoViewIfNeeded();
	const box = (await timeline.locator('.plot').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
	await expect(canvas).toHaveAttribute('title', /^\d+ more events, .+: zoom in to see them$/);
	const named = Number((await canvas.getAttribute('title'))!.split(' ')[0]);
	expect(named).toBeGreaterThan(50);
	const wholeWindow = await svg.getAttribute('data-window');
	await page.mouse.down();
	await page.mouse.up();
	// The tap zoomed into that slice: a narrower window, about its events.
	await expect(svg).not.toHaveAttribute('data-window', wholeWindow!);
	const inSlice = Number(await svg.getAttribute('data-visible-count'));
	expect(inSlice).toBeLessThan(10_000);
	expect(inSlice).toBeGreaterThanOrEqual(named);
	await page.screenshot({ path: 'test-results/large-dataset-slice.png' });

	// Hit-testing the marks drawn one by one: sweep the first lane until a mark answers, click it.
	const tooltip = page.getByRole('tooltip');
	const laneY = box.y + 40 + 11;
	let found = false;
	for (let x = box.x + 10; x < box.x + box.width - 10 && !found; x += 3) {
		await page.mouse.move(x, laneY);
		found = await tooltip.isVisible();
	}
	expect(found).toBe(true);
	const title = (await tooltip.locator('.title').textContent())!;
	await page.mouse.down();
	await page.mouse.up();
	await expect(
		page.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(title);

	// Zoom in until fewer than the canvas threshold are in view.
	await timeline.locator('.plot').scrollIntoViewIfNeeded();
	const plot = (await timeline.locator('.plot').boundingBox())!;
	await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
	for (let i = 0; i < 40 && (await svg.getAttribute('data-renderer')) === 'canvas'; i++)
		await page.mouse.wheel(0, -240);
	await expect(svg).toHaveAttribute('data-renderer', 'svg');
	await expect(timeline.locator('g.mark').first()).toBeVisible();
});

test('10 000 events: during a gesture the canvas draws the axis, at rest the SVG does, as text', async ({
	page
}) => {
	test.slow();
	await page.goto(`./?data=${serveSynthetic({ events: 10_000, seed: 11 })}`);
	const timeline = page.getByRole('region', { name: 'Timeline' });
	const svg = timeline.locator('svg[data-renderer]');
	await expect(svg).toHaveAttribute('data-renderer', 'canvas');
	await expect(timeline.locator('canvas:visible')).toBeVisible();
	/**
	 * How many pixels the canvas shows in the axis band (the plot's top 34 px): the plot shot with
	 * everything in it but its canvases hidden. Read from the screen, as the worker that draws the
	 * canvas keeps its pixels (`canvas-painter.ts`).
	 */
	const band = async () => {
		const box = (await timeline.locator('.plot').boundingBox())!;
		const shot = await page.screenshot({
			// Inside the plot's border and its rounded corners.
			clip: { x: box.x + 8, y: box.y + 3, width: box.width - 16, height: 31 },
			style: '.timeline .plot > :not(canvas) { visibility: hidden !important; }'
		});
		return page.evaluate(async (base64) => {
			const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
			const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
			const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
			// The plot's background is one colour, the band's commonest.
			const seen = new Map<number, number>();
			for (let i = 0; i < data.length; i += 4) {
				const rgb = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
				seen.set(rgb, (seen.get(rgb) ?? 0) + 1);
			}
			const background = [...seen].sort((a, b) => b[1] - a[1])[0][0];
			const channel = (rgb: number, k: number) => (rgb >> (16 - 8 * k)) & 255;
			let drawn = 0;
			for (let i = 0; i < data.length; i += 4)
				if ([0, 1, 2].some((k) => Math.abs(data[i + k] - channel(background, k)) > 24)) drawn++;
			return drawn;
		}, shot.toString('base64'));
	};
	const axisText = timeline.locator('.axis text');
	// At rest: the SVG's axis, its labels text; nothing of it on the canvas.
	await expect(axisText.first()).toBeVisible();
	const atRest = await axisText.allTextContents();
	expect(await band()).toBe(0);

	// A drag holds the gesture open as long as the button is down: the canvas draws the axis, and
	// the SVG has none to move.
	const box = (await timeline.locator('.plot').boundingBox())!;
	const y = box.y + box.height / 2;
	const startX = box.x + box.width * 0.7;
	await page.mouse.move(startX, y);
	await page.mouse.down();
	await page.mouse.move(startX - 20, y);
	await expect(svg).toHaveClass(/gesture/);
	await expect(timeline.locator('.axis')).toHaveCount(0);
	await expect.poll(band).toBeGreaterThan(300);
	// Its steps write nothing of the axis into the page (only the window said on the SVG).
	await recordWrites(page, '.timeline .plot svg');
	for (let i = 2; i <= 6; i++) await page.mouse.move(startX - 20 * i, y);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	const allowed = ['data-window', 'data-visible-count'].map((name) => `attributes ${name} on svg`);
	for (const write of (await writesSoFar(page)).map(writeSaid)) expect(allowed).toContain(write);
	await page.mouse.up();

	// At rest again: the SVG's axis is back, where the drag left the view, and the canvas's is gone.
	await expect(svg).not.toHaveClass(/gesture/);
	await expect(axisText.first()).toBeVisible();
	await expect.poll(band).toBe(0);
	expect(await axisText.allTextContents()).not.toEqual([]);
	// A wheel zoom ends the same way: the SVG's labels say the new level.
	await page.mouse.move(box.x + box.width / 2, y);
	for (let i = 0; i < 6; i++) {
		const shown = await svg.getAttribute('data-window');
		await page.mouse.wheel(0, -240);
		await expect(svg).not.toHaveAttribute('data-window', shown!);
	}
	await expect(svg).not.toHaveClass(/gesture/);
	await expect
		.poll(async () => (await axisText.allTextContents()).join('|'))
		.not.toBe(atRest.join('|'));
	await expect.poll(band).toBe(0);
});

test('10 000 events: the picture download holds what the canvas shows, though a worker draws it', async ({
	page
}) => {
	test.slow();
	await page.goto(`./?data=${serveSynthetic({ events: 10_000, seed: 11 })}`);
	const timeline = page.getByRole('region', { name: 'Timeline' });
	await expect(timeline.locator('svg[data-renderer]')).toHaveAttribute('data-renderer', 'canvas');
	const canvas = timeline.locator('canvas:visible');
	// The worker's canvas (the page cannot get a context of it), once it shows the view.
	await expect
		.poll(() =>
			canvas.evaluate((c: HTMLCanvasElement) => {
				try {
					c.getContext('2d');
					return 'page';
				} catch {
					return 'worker';
				}
			})
		)
		.toBe('worker');
	const canvasWidth = await canvas.evaluate((c: HTMLCanvasElement) => c.width);

	await page.locator('summary', { hasText: 'Download' }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download image (SVG)' }).click()
	]);
	const svg = readFileSync((await download.path())!, 'utf8');
	const href = /<image [^>]*href="(data:image\/png;base64,[^"]+)"/.exec(svg)?.[1];
	expect(href).toBeDefined();
	// The canvas's picture at its own size, with the density's bars and the badges in it.
	const picture = await page.evaluate(async (url) => {
		// An image, not a fetch: the page's policy lets it fetch from its own origin only.
		const image = new Image();
		image.src = url;
		await image.decode();
		const bitmap = await createImageBitmap(image);
		const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
		context.drawImage(bitmap, 0, 0);
		const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
		let drawn = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i] > 0) drawn++;
		return { width: bitmap.width, drawn };
	}, href!);
	expect(picture.width).toBe(canvasWidth);
	expect(picture.drawn).toBeGreaterThan(5000);
});
