import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordWrites, writeSaid, writesSoFar } from './record-writes.ts';
import { serveSynthetic } from './served-file.ts';

/**
 * A drag moves one composited layer (`src/lib/timeline/pan-layer.ts`): its steps scroll the plot
 * and write the window it shows (the SVG's data attributes), nothing else; the overdraw shows what
 * comes into view, and when the drag ends nothing on screen moves.
 */

/** The plot's scroll position (px), by which a drag slides its layer. */
const plotScroll = (page: Page) =>
	page.evaluate(() => document.querySelector('.timeline .plot')!.scrollLeft);
/** The plot's width at rest (px): the SVG's during a drag is three of it. */
const restWidthOf = (page: Page) =>
	page.evaluate(
		() => document.querySelector<SVGSVGElement>('.timeline .plot > svg')!.width.baseVal.value / 3
	);

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/** Every drawn mark's shape on screen: event id → left, top (px, to a tenth). */
function markBoxes(page: Page): Promise<Record<string, string>> {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('.timeline .plot g.mark')].map((g) => {
				const box = g.querySelector('circle, rect.span')!.getBoundingClientRect();
				return [g.getAttribute('data-event-id'), `${box.x.toFixed(1)},${box.y.toFixed(1)}`];
			})
		)
	);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`a drag slides the plot as one layer and nothing moves when it ends (${viewport.width}×${viewport.height})`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('./');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const svg = timeline.locator('.plot > svg');
		await expect(svg).toHaveAttribute('data-renderer', 'svg');
		await expect(timeline.locator('g.mark').first()).toBeVisible();
		const box = (await timeline.locator('.plot').boundingBox())!;
		const y = box.y + box.height / 2;
		const startX = box.x + box.width * 0.75;
		// Zoom in a little, so that there is somewhere to drag to; then wait for the wheel's end.
		await page.mouse.move(startX, y);
		const windowBefore = await svg.getAttribute('data-window');
		await page.mouse.wheel(0, -240);
		await expect(svg).not.toHaveAttribute('data-window', windowBefore!);
		// The wheel's gesture ends once the wheel rests (d3-zoom: 150 ms); a drag begun before would
		// join it, and its end would come in the middle of the drag.
		await expect(svg).not.toHaveClass(/gesture/);

		await page.mouse.down();
		await page.mouse.move(startX - 20, y);
		await expect(svg).toHaveClass(/layered/);
		// Every later step: the plot's scroll position (no write to the page), and not one write to
		// the timeline but the window said on the SVG (the list below may still be following the
		// wheel's window).
		await recordWrites(page, '.timeline');
		const moves = Math.floor((box.width * 0.5) / 20);
		for (let i = 2; i <= moves; i++) await page.mouse.move(startX - 20 * i, y);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		const writes = (await writesSoFar(page)).map(writeSaid);
		expect(writes.length).toBeGreaterThan(0);
		// (The window and the count in it, which the bench and the tests read, are said on the SVG.)
		const allowed = ['data-window', 'data-visible-count'].map(
			(name) => `attributes ${name} on svg`
		);
		for (const write of writes) expect(allowed).toContain(write);
		// The layer begins a width left of the plot: slid by the whole drag, to the nearest pixel.
		expect(
			Math.abs((await plotScroll(page)) - ((await restWidthOf(page)) + 20 * moves))
		).toBeLessThanOrEqual(0.5);

		// The overdraw: what the drag brought into view is drawn (marks and the axis).
		await page.screenshot({ path: `test-results/pan-layer-mid-${viewport.width}.png` });
		const during = await markBoxes(page);
		const inRightHalf = Object.values(during).filter((p) => {
			const x = Number(p.split(',')[0]);
			return x > box.x + box.width / 2 && x < box.x + box.width;
		});
		expect(inRightHalf.length).toBeGreaterThan(0);

		await page.mouse.up();
		await expect(svg).not.toHaveClass(/gesture/);
		expect(await plotScroll(page)).toBe(0);
		const after = await markBoxes(page);
		expect(Object.keys(after).length).toBeGreaterThan(0);
		for (const [id, at] of Object.entries(after)) expect(at, id).toBe(during[id]);
		await page.screenshot({ path: `test-results/pan-layer-after-${viewport.width}.png` });
	});
}

/**
 * How the plot's canvas is drawn: by the page through a desynchronized 2D context or a plain one,
 * or by the canvas worker (the page cannot get a context of a canvas handed to it).
 */
const drawnBy = (canvas: Locator) =>
	canvas.evaluate((c: HTMLCanvasElement) => {
		try {
			return c.getContext('2d')?.getContextAttributes().desynchronized ? 'desynchronized' : 'plain';
		} catch {
			return 'worker';
		}
	});

/**
 * The share of pixels (0–1) that differ by more than a faint anti-aliasing in two PNG screenshots
 * of the same size, in the columns [from, to) px (all by default), decoded by the page itself (the
 * project has no PNG decoder of its own).
 */
function differingShare(
	page: Page,
	a: Buffer,
	b: Buffer,
	[from, to] = [0, Infinity]
): Promise<number> {
	return page.evaluate(
		async ([a64, b64, from, to]) => {
			const pixels = async (base64: string) => {
				const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
				const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
				const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
				const context = canvas.getContext('2d')!;
				context.drawImage(bitmap, 0, 0);
				return context.getImageData(0, 0, bitmap.width, bitmap.height);
			};
			const [pa, pb] = await Promise.all([pixels(a64), pixels(b64)]);
			const [da, db] = [pa.data, pb.data];
			if (pa.width !== pb.width || pa.height !== pb.height) return 1;
			let differing = 0;
			let counted = 0;
			for (let i = 0; i < pa.data.length; i += 4) {
				const column = (i / 4) % pa.width;
				if (column < from || column >= to) continue;
				counted++;
				const d = Math.max(
					Math.abs(da[i] - db[i]),
					Math.abs(da[i + 1] - db[i + 1]),
					Math.abs(da[i + 2] - db[i + 2])
				);
				if (d > 48) differing++;
			}
			return differing / Math.max(1, counted);
		},
		[a.toString('base64'), b.toString('base64'), from, to] as const
	);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`10 000 events: a drag slides the canvas as one layer, redrawn where it ends without a jump (${viewport.width}×${viewport.height})`, async ({
		page
	}) => {
		// Generating, serving and parsing 9 MB takes a few seconds on a small CI machine.
		test.slow();
		await page.setViewportSize(viewport);
		await page.goto(`./?data=${serveSynthetic({ events: 10_000, seed: 11 })}`);
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const svg = timeline.locator('.plot > svg');
		// The canvas shown: the worker's, or the page's laid over it (during a drag).
		const canvas = timeline.locator('.plot > canvas:visible');
		// Reading and checking 9 MB took over the default 5 s once in a CI run.
		await expect(svg).toHaveAttribute('data-renderer', 'canvas', { timeout: 30_000 });
		await expect(canvas).toBeVisible();
		await timeline.locator('.plot').scrollIntoViewIfNeeded();
		const box = (await timeline.locator('.plot').boundingBox())!;
		const y = box.y + box.height / 2;
		const startX = box.x + box.width * 0.75;
		// Zoom in at the middle, so that there is room to drag either way.
		await page.mouse.move(box.x + box.width / 2, y);
		const windowBefore = await svg.getAttribute('data-window');
		await page.mouse.wheel(0, -480);
		await expect(svg).not.toHaveAttribute('data-window', windowBefore!);
		await expect(svg).not.toHaveClass(/gesture/);
		await expect(svg).toHaveAttribute('data-renderer', 'canvas');
		await page.mouse.move(startX, y);
		const restWidth = await canvas.evaluate((c: HTMLCanvasElement) => c.width);

		await page.mouse.down();
		await page.mouse.move(startX - 20, y);
		await expect(svg).toHaveClass(/layered/);
		// The layer: three widths of canvas, the window and its overdraw either side.
		await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(3 * restWidth);
		// The layer, drawn once and only slid, is on a desynchronized canvas: Chromium does not copy
		// its unchanged bitmap into a new frame at each step's commit. At rest, the worker's again
		// (or a plain one, where there is no worker).
		expect(await drawnBy(canvas)).toBe('desynchronized');
		await recordWrites(page, '.timeline');
		const moves = Math.floor((box.width * 0.5) / 20);
		for (let i = 2; i <= moves; i++) await page.mouse.move(startX - 20 * i, y);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		// A steady step scrolls the plot, which slides the canvas with the SVG, and writes only the
		// window said on the SVG: the canvas is not redrawn (its size and its pixels are attributes
		// of nothing) nor restyled.
		const writes = (await writesSoFar(page)).map(writeSaid);
		const allowed = ['attributes data-window on svg', 'attributes data-visible-count on svg'];
		for (const write of writes) expect(allowed).toContain(write);
		expect(await canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(3 * restWidth);
		// (d3-zoom's constraint may have held the last pixels of the drag back.)
		const slid = (await plotScroll(page)) - (await restWidthOf(page));
		expect(slid).toBeGreaterThan(0.8 * 20 * moves);

		const plotClip = { x: box.x, y: box.y, width: box.width, height: box.height };
		const mid = await page.screenshot({
			path: `test-results/pan-layer-canvas-mid-${viewport.width}.png`,
			clip: plotClip
		});
		// The overdraw: what the drag brought into view is drawn, not blank. The right quarter of the
		// plot was beyond its edge when the drag began.
		const right = { ...plotClip, x: box.x + box.width * 0.75, width: box.width * 0.25 };
		const blank = await page.screenshot({ clip: right });
		const shown = (await canvas.elementHandle())!;
		await shown.evaluate((c: HTMLCanvasElement) => (c.style.visibility = 'hidden'));
		const withoutCanvas = await page.screenshot({ clip: right });
		await shown.evaluate((c: HTMLCanvasElement) => (c.style.visibility = ''));
		expect(await differingShare(page, blank, withoutCanvas)).toBeGreaterThan(0.002);

		await page.mouse.up();
		await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.width)).toBe(restWidth);
		await expect.poll(() => drawnBy(canvas)).toBe('worker');
		expect(await plotScroll(page)).toBe(0);
		const after = await page.screenshot({
			path: `test-results/pan-layer-canvas-after-${viewport.width}.png`,
			clip: plotClip
		});
		// Nothing moves when the drag ends: the plot looks the same, bar the labels at its edges (at
		// rest they are fitted to the plot's edges, a mark beyond the edge goes with its label).
		if (box.width > 900) {
			const middle: [number, number] = [250, box.width - 480];
			expect(await differingShare(page, mid, after, middle)).toBeLessThan(0.03);
		}
		expect(await differingShare(page, mid, after)).toBeLessThan(0.08);
	});
}
