import { expect, test, type Page } from '@playwright/test';

/**
 * A drag moves one composited layer (`src/lib/timeline/pan-layer.ts`): its steps write the layer's
 * transform and the window it shows (its data attributes), nothing else, the overdraw shows what comes into view, and when the drag ends
 * nothing on screen moves.
 */

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
		// Every later step: the layer's transform, and not one other write to the timeline (the list
		// below may still be following the wheel's window).
		await page.evaluate(() => {
			const writes: string[] = ((window as unknown as { writes: string[] }).writes = []);
			new MutationObserver((records) => {
				for (const r of records)
					writes.push(
						`${r.type} ${r.attributeName ?? ''} on ${(r.target as Element).tagName ?? '#text'}`
					);
			}).observe(document.querySelector('.timeline')!, {
				subtree: true,
				attributes: true,
				childList: true,
				characterData: true
			});
		});
		const moves = Math.floor((box.width * 0.5) / 20);
		for (let i = 2; i <= moves; i++) await page.mouse.move(startX - 20 * i, y);
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
		const writes = await page.evaluate(() => (window as unknown as { writes: string[] }).writes);
		expect(writes.length).toBeGreaterThan(0);
		// (The window and the count in it, which the bench and the tests read, are said on the SVG.)
		const allowed = ['style', 'data-window', 'data-visible-count'].map(
			(name) => `attributes ${name} on svg`
		);
		expect(writes).toContain('attributes style on svg');
		for (const write of writes) expect(allowed).toContain(write);
		const style = await svg.getAttribute('style');
		expect(style).toBe(`transform: translateX(-${20 * moves}px);`);

		// The overdraw: what the drag brought into view is drawn (marks and the axis).
		await page.screenshot({ path: `test-results/pan-layer-mid-${viewport.width}.png` });
		const during = await markBoxes(page);
		const inRightHalf = Object.values(during).filter((p) => {
			const x = Number(p.split(',')[0]);
			return x > box.x + box.width / 2 && x < box.x + box.width;
		});
		expect(inRightHalf.length).toBeGreaterThan(0);

		await page.mouse.up();
		await expect(svg).not.toHaveAttribute('style', /translateX/);
		const after = await markBoxes(page);
		expect(Object.keys(after).length).toBeGreaterThan(0);
		for (const [id, at] of Object.entries(after)) expect(at, id).toBe(during[id]);
		await page.screenshot({ path: `test-results/pan-layer-after-${viewport.width}.png` });
	});
}
