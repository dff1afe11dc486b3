import { expect, test, type Locator, type Page } from '@playwright/test';
import { recordWrites, writesSoFar, type Write } from './record-writes.ts';

/**
 * What a zoom step asks of the browser on the seed page (issue 22): it writes only what moved,
 * never an attribute to the value it had, never an uncertain bar's width or fill (it would be laid
 * out and painted again: the bar is stretched by its group instead, its soft ends a gradient of
 * its own colour, not a mask, which had every bar drawn apart); the list keeps its sticky
 * headings few (each one is a composited layer, updated on every frame); and with no input,
 * nothing is written at all. Writes are counted, not timed: the bench measures the time.
 */

test.beforeEach(async ({ page }) => {
	page.on('pageerror', (error) => {
		throw error;
	});
});

/** Two frames: whatever the last input asked for has been drawn. */
const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/** The page at rest: the wheel's gesture over (d3-zoom: 150 ms after the last notch). */
async function atRest(svg: Locator) {
	await expect(svg).not.toHaveClass(/gesture/);
}

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 }
]) {
	test(`a zoom step writes only what moved, and no step nothing (${viewport.width}×${viewport.height})`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		await page.goto('./');
		const timeline = page.getByRole('region', { name: 'Timeline' });
		const svg = timeline.locator('.plot > svg');
		await expect(svg).toHaveAttribute('data-renderer', 'svg');
		await expect(timeline.locator('g.mark.uncertain').first()).toBeVisible();
		const plot = (await timeline.locator('.plot').boundingBox())!;
		await page.mouse.move(plot.x + plot.width / 2, plot.y + plot.height / 2);
		// A first notch, so that the steps measured are steps of a zoomed view.
		let shown = await svg.getAttribute('data-window');
		await page.mouse.wheel(0, -120);
		await expect(svg).not.toHaveAttribute('data-window', shown!);
		await atRest(svg);
		await twoFrames(page);

		await recordWrites(page, '.timeline .plot svg');
		const steps = 3;
		const writes: Write[] = [];
		for (let i = 0; i < steps; i++) {
			shown = await svg.getAttribute('data-window');
			await page.mouse.wheel(0, -120);
			await expect(svg).not.toHaveAttribute('data-window', shown!);
			await twoFrames(page);
			writes.push(...(await writesSoFar(page)));
		}
		const attributes = writes.filter((w) => w.type === 'attributes');
		expect(attributes.filter((w) => w.name === 'transform').length).toBeGreaterThan(0);
		// Nothing rewritten to the value it had.
		expect(attributes.filter((w) => w.oldValue === w.value)).toEqual([]);
		// An uncertain bar is stretched, never re-sized, and its fill is never touched.
		expect(
			attributes.filter(
				(w) =>
					w.mark.includes('uncertain') &&
					w.target.startsWith('rect.span') &&
					(w.name === 'width' || w.name === 'style')
			)
		).toEqual([]);
		const bar = timeline.locator('g.mark.uncertain rect.span').first();
		await expect(bar).toHaveAttribute('width', '1');
		// Its soft ends: a gradient of the mark's own colour that fades at both ends, and no mask.
		const soft = await bar.evaluate((rect) => {
			const id = /url\("?#([^")]+)"?\)/.exec(getComputedStyle(rect).fill)?.[1];
			const stops = [...(id ? document.getElementById(id)!.querySelectorAll('stop') : [])];
			return {
				masked: rect.hasAttribute('mask') || getComputedStyle(rect).mask !== 'none',
				opacities: stops.map((stop) => Number(getComputedStyle(stop).stopOpacity)),
				colors: new Set(stops.map((stop) => getComputedStyle(stop).stopColor)).size,
				markColor: getComputedStyle(rect.closest('g.mark')!).getPropertyValue('--mark-color')
			};
		});
		expect(soft.masked).toBe(false);
		expect(soft.opacities).toHaveLength(4);
		expect(soft.opacities[0]).toBeLessThan(soft.opacities[1]);
		expect(soft.opacities[3]).toBeLessThan(soft.opacities[2]);
		expect(soft.colors).toBe(1);
		expect(soft.markColor).not.toBe('');
		// What moves and what it moves by: places, a range bar's or a tap target's width, a label's
		// side, a mark's lane and tab stop, and the window said on the SVG.
		const moved = new Set([
			'transform',
			'width',
			'x',
			'text-anchor',
			'data-lane',
			'tabindex',
			'class',
			'data-window',
			'data-visible-count'
		]);
		// A cluster says what it holds, which a zoom step changes.
		const cluster = new Set(['aria-label', 'data-count', 'data-event-ids']);
		expect(
			attributes.filter(
				(w) => !moved.has(w.name!) && !(w.target === 'g.cluster' && cluster.has(w.name!))
			)
		).toEqual([]);
		expect(attributes.filter((w) => w.name === 'class' && !w.target.startsWith('svg'))).toEqual([]);
		await page.screenshot({ path: test.info().outputPath(`zoom-steps-${viewport.width}.png`) });

		// No input, no writes: once the gesture is over and the list has followed, two seconds of
		// frames change nothing anywhere on the page. The pointer leaves the plot first: a mark that
		// the zoom slid under it gets its tooltip when Chromium sends the hover it owes, at a time of
		// the machine's choosing (one of the idle writes in a CI run).
		await page.mouse.move(1, 1);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
		await atRest(svg);
		await recordWrites(page, 'body');
		await page.waitForTimeout(2000);
		await twoFrames(page);
		expect(await writesSoFar(page)).toEqual([]);
	});
}

test('the list makes sticky only the headings that can be stuck, and they still stick', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.locator('li').first()).toBeVisible();
	const stickyCount = () =>
		list.evaluate(
			(nav) =>
				[...nav.querySelectorAll('h2, h3')].filter((h) => getComputedStyle(h).position === 'sticky')
					.length
		);
	expect(await list.locator('h2, h3').count()).toBeGreaterThan(12);
	expect(await stickyCount()).toBeLessThanOrEqual(6);
	// Scrolled by the reader well into the list: the headings over the row at the top are stuck there.
	await list.hover();
	await page.mouse.wheel(0, 900);
	await expect.poll(() => list.evaluate((nav) => nav.scrollTop)).toBeGreaterThan(300);
	await twoFrames(page);
	const stuck = await list.evaluate((nav) => {
		const box = nav.getBoundingClientRect();
		const at = (y: number) =>
			document.elementFromPoint(box.left + 40, box.top + y)?.closest('h2, h3')?.tagName ?? null;
		return [at(4), at(box.height > 60 ? 40 : 0)];
	});
	expect(stuck).toEqual(['H2', 'H3']);
	expect(await stickyCount()).toBeLessThanOrEqual(6);
	await list.screenshot({ path: test.info().outputPath('list-scrolled.png') });
});

/** Each row's date cell: whether it is clipped, and whether its date is cut (wider than the cell). */
const dateCells = (page: Page) =>
	page.locator('nav.list li .date').evaluateAll((cells) =>
		cells.map((cell) => ({
			clipped: getComputedStyle(cell).overflowX !== 'visible',
			cut: cell.scrollWidth > cell.clientWidth + 0.5,
			// The date ends before the title begins: nothing overlaps.
			clear:
				cell.getBoundingClientRect().left + cell.scrollWidth <=
				cell.nextElementSibling!.getBoundingClientRect().left
		}))
	);

test('the list clips a date only where dates can be cut: on a wide page, served and live, none is', async ({
	page
}) => {
	// A clipped cell is a paint chunk and a clip node of its own, layerised with every frame of the
	// page (a zoom step's too): where every date fits its column, no date cell is clipped.
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('./');
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list).toHaveClass(/dates-whole/);
	let cells = await dateCells(page);
	expect(cells.length).toBeGreaterThan(40);
	expect(cells.filter((c) => c.clipped || c.cut || !c.clear)).toEqual([]);
	// The live list, once the list is used (a row focused), measures the same.
	await list.locator('li button').first().focus();
	await expect(list).toHaveClass(/dates-whole/);
	cells = await dateCells(page);
	expect(cells.filter((c) => c.clipped || c.cut || !c.clear)).toEqual([]);
	// Narrow enough that a date column of 40% cannot hold the widest date: the dates keep their clip,
	// so that a long one is cut with an ellipsis rather than running into the title.
	await page.setViewportSize({ width: 700, height: 800 });
	await page.evaluate(() => document.documentElement.style.setProperty('font-size', '24px'));
	await expect(list).not.toHaveClass(/dates-whole/);
	cells = await dateCells(page);
	expect(cells.every((c) => c.clipped)).toBe(true);
});
