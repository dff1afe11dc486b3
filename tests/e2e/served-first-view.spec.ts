import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { screenshotPath } from './screenshot-path.ts';

/**
 * The first view the build renders into the served pages (src/lib/prerender/): a readable
 * document with scripts blocked, in the HTML itself, taken over by the live page without a blank
 * frame or a jump, and never presented as another dataset.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const sourceOf = new Map(dataset.sources.map((s) => [s.id, s]));
/** The event titles in the order the page lists them (the dataset's canonical order). */
const titles = dataset.events.map((e) => e.title);

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

/** Text as it stands in HTML source (Svelte's renderer escapes & and < in text). */
const asHtmlText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The controls a reader would see or reach by Tab: hidden ones (display: none) are neither. */
const noScriptControls = (page: Page) =>
	page.locator(':is(button, input, select, textarea):visible');

test.describe('with scripts blocked', () => {
	test.use({ javaScriptEnabled: false });

	for (const [name, viewport] of [
		['phone', PHONE],
		['laptop', LAPTOP]
	] as const) {
		test(`the page is the timeline as a readable list, on a ${name}`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('./');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
			const rows = page.getByRole('region', { name: 'Events' }).getByRole('listitem');
			await expect(rows).toHaveCount(dataset.events.length);
			await expect(rows.locator('.title')).toHaveText(titles);
			// Dates as the page states them ("late 2019", "c. 2020", "January 2024").
			await expect(rows.first().locator('.date')).toHaveText('2005–2007');
			await expect(rows.getByText('late 2019', { exact: true })).toBeVisible();
			// Each row links to the texts that report it, on this site.
			const first = dataset.events[0];
			const links = rows.first().getByRole('link');
			const cited = [...new Set(first.citations.map((c) => c.source))].map((id) =>
				sourceOf.get(id)!
			);
			await expect(links).toHaveText(cited.map((s) => s.outlet));
			const text = await page.request.get(`./${await links.first().getAttribute('href')}`);
			expect(text.status()).toBe(200);
			expect(await text.text()).toContain(first.citations[0].quote);
			// Nothing to press that would do nothing, and no empty plot box.
			// No control that would do nothing: the live list the build draws for the page's script
			// to keep (its rows are buttons) is not shown, nor reachable, without scripts.
			await expect(noScriptControls(page)).toHaveCount(0);
			await expect(
				page.getByRole('navigation', { name: 'Events in chronological order' })
			).toBeHidden();
			if (name === 'laptop') {
				const plot = page.getByRole('img', { name: /^Timeline of \d+ events/ });
				await expect(plot).toBeVisible();
				expect(await plot.locator('g.mark').count()).toBeGreaterThan(10);
				// The legend says only what works without scripts: a cluster cannot be opened here.
				const legend = page.getByRole('list', { name: 'How dates are drawn' });
				await expect(legend.getByText('more events, listed below')).toBeVisible();
				await expect(legend.getByText(/click|zoom/)).toBeHidden();
			} else await expect(page.getByRole('img', { name: /^Timeline of/ })).toBeHidden();
			await page.screenshot({ path: screenshotPath(`no-script-${name}`) });
		});
	}

	test('the embed frame reads the same way', async ({ page }) => {
		await page.setViewportSize({ width: 600, height: 500 });
		await page.goto('./embed.html?src=events.json&compact');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(dataset.title);
		await expect(page.getByRole('region', { name: 'Events' }).locator('.title')).toHaveText(titles);
		await expect(noScriptControls(page)).toHaveCount(0);
	});
});

test('the served page holds every event title of the first view, and no inline script', async ({
	page
}) => {
	const html = await (await page.request.get('./')).text();
	for (const title of titles) expect(html).toContain(asHtmlText(title));
	// Scripts from the site only (the content security policy has no 'unsafe-inline').
	for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\.\//);
	expect(html).toMatch(
		/<meta http-equiv="Content-Security-Policy" content="script-src &#39;self&#39;;/
	);
	// The guard the first view waits for is asked for before the page's styles and modules (a
	// preload), and runs before the first view is parsed.
	const preload = html.search(/<link rel="preload" href="\.\/first-view-guard\.js" as="script"/);
	expect(preload).toBeGreaterThan(html.indexOf('Content-Security-Policy'));
	for (const later of ['rel="stylesheet"', 'rel="modulepreload"', 'type="module"', '<body>'])
		expect(preload, later).toBeLessThan(html.indexOf(later));
	const guard = html.search(/<script\s+src="\.\/first-view-guard\.js"/);
	expect(guard).toBeGreaterThan(html.indexOf('<body>'));
	expect(guard).toBeLessThan(html.indexOf('id="first-view"'));

	// The served plot shows the marks the live plot shows first, labelled alike, at the width it
	// was drawn for (the picture's marks are shapes: they carry no id, only what a reader sees).
	await page.setViewportSize(LAPTOP);
	const servedPage = await page.context().newPage();
	await servedPage.setViewportSize(LAPTOP);
	await servedPage.route(/assets\/main-[^/]*\.js$/, (route) => route.abort());
	await servedPage.goto('./');
	// With scripts on, the list is served once: the record for scripts off is in a noscript, read
	// as one text and never parsed into elements.
	await expect(servedPage.locator('#first-view nav.list li')).toHaveCount(titles.length);
	await expect(servedPage.locator('#first-view .record')).toHaveCount(0);
	const picture = servedPage.getByRole('img', { name: /^Timeline of \d+ events/ });
	const servedCount = await picture.locator('g.mark').count();
	const servedLabels = await picture.locator('g.mark text').allTextContents();
	await servedPage.close();
	await page.goto('./');
	const live = page.getByRole('region', { name: 'Timeline' }).locator('g.mark');
	await expect(page.locator('#first-view')).toHaveCount(0);
	await expect(live.first()).toBeVisible();
	expect(servedCount).toBeGreaterThan(10);
	expect(await live.count()).toBe(servedCount);
	expect((await live.locator('text').allTextContents()).sort()).toEqual(servedLabels.sort());
});

/**
 * Records, at every animation frame and every DOM change from the first, how many events are in
 * sight (rows and marks, served or live) and whether the served first view is: what was painted.
 */
async function recordFrames(page: Page) {
	await page.addInitScript(() => {
		const seen = (selector: string) =>
			[...document.querySelectorAll(selector)].filter((e) =>
				e.checkVisibility({ visibilityProperty: true })
			).length;
		const log: { events: number; served: number }[] = [];
		(window as unknown as { frames_: typeof log }).frames_ = log;
		const record = () =>
			log.push({
				events: seen('#first-view li, #first-view g.mark, nav.list li, .timeline g.mark'),
				served: seen('#first-view h1, #first-view li')
			});
		new MutationObserver(record).observe(document, {
			childList: true,
			subtree: true,
			attributes: true
		});
		const frame = () => {
			record();
			requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	return () =>
		page.evaluate(
			() => (window as unknown as { frames_: { events: number; served: number }[] }).frames_
		);
}

for (const [name, viewport] of [
	['phone', PHONE],
	['laptop', LAPTOP]
] as const) {
	test(`the live page takes over with no blank frame and no warning, on a ${name}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		const messages: string[] = [];
		page.on('console', (m) => {
			if (m.type() === 'warning' || m.type() === 'error') messages.push(m.text());
		});
		page.on('pageerror', (error) => messages.push(error.message));
		const frames = await recordFrames(page);
		await page.goto('./');
		await expect(page.locator('#first-view')).toHaveCount(0);
		await expect(
			page.getByRole('navigation', { name: 'Events in chronological order' })
		).toBeVisible();
		const log = await frames();
		const firstShown = log.findIndex((f) => f.events > 0);
		expect(firstShown).toBeGreaterThanOrEqual(0);
		// From the first moment events were in sight, they stayed in sight.
		expect(log.slice(firstShown).filter((f) => f.events === 0)).toEqual([]);
		// The served view was shown, and is gone for good.
		expect(log.some((f) => f.served > 0)).toBe(true);
		expect(log.at(-1)?.served).toBe(0);
		// No hydration mismatch, nor any other warning, on the way.
		expect(messages).toEqual([]);
		// And the page works as before: a row opens its event.
		await page.getByRole('button', { name: new RegExp(titles[0]) }).click();
		await expect(page.getByRole('region', { name: /^Source/ }).first()).toBeVisible();
	});
}

/**
 * Where the filters, the plot, the legend, the list's first heading and the list's bottom edge
 * are, served (the script held back) or live (`root`); null for what is not shown.
 */
async function placesOf(page: Page, root: string) {
	return page.evaluate((root) => {
		const box = (selector: string) => {
			const found = document.querySelector(`${root} ${selector}`)?.getBoundingClientRect();
			return found?.width ? found : null;
		};
		const top = (selector: string) => (box(selector) ? Math.round(box(selector)!.top) : null);
		const list = box('nav.list');
		return {
			filters: top('.filters'),
			plot: top('.picture, .plot'),
			// The live page keeps the served legend while its own would say the same.
			legend: top('.legend') ?? top('.served-legend'),
			firstHeading: top('h2'),
			listBottom: list ? Math.round(list.bottom) : null
		};
	}, root);
}

/** The widths checked: phones, a tablet upright and sideways, laptops. */
const WIDTHS = [320, 390, 600, 660, 768, 1024, 1280];

test('the live page takes the served page’s place without moving the plot or the list', async ({
	page
}) => {
	const main = /assets\/main-[^/]*\.js$/;
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: width < 700 ? PHONE.height : LAPTOP.height });
		// Scripts on, the page's script held back: the served page as it stands before it runs.
		await page.route(main, (route) => route.abort());
		await page.goto('./');
		const served = await placesOf(page, '#first-view');
		await page.unroute(main);
		await page.goto('./');
		await expect(page.locator('#first-view')).toHaveCount(0);
		await expect(page.locator('nav.list li').first()).toBeVisible();
		const live = await placesOf(page, '#app');
		// The phone's strip is under the list, live only (its picture would be too small to read).
		const moved = Object.entries(served).filter(([part, at]) => {
			const now = live[part as keyof typeof live];
			if (part === 'plot' && at === null) return false;
			return at === null || now === null ? at !== now : Math.abs(at - now) > 2;
		});
		expect(
			moved,
			`${width} px: served ${JSON.stringify(served)}, live ${JSON.stringify(live)}`
		).toEqual([]);
	}
});

test('the live plot is drawn once, at the width the served picture gave it', async ({ page }) => {
	// The live plot draws at the served picture's width as it is mounted (take-over.ts:
	// servedPlotWidth), before its ResizeObserver has reported; a width it is drawn at that its
	// own layout then contradicts would be drawn a second time. Each width the SVG is drawn at:
	await page.addInitScript(() => {
		const widths: string[] = [];
		(window as unknown as { plotWidths: string[] }).plotWidths = widths;
		new MutationObserver(() => {
			const drawnAt = document.querySelector('#app .timeline .plot > svg')?.getAttribute('width');
			if (drawnAt && widths.at(-1) !== drawnAt) widths.push(drawnAt);
		}).observe(document, {
			subtree: true,
			childList: true,
			attributes: true,
			attributeFilter: ['width']
		});
	});
	for (const width of [700, 1024, 1280, 1600]) {
		await page.setViewportSize({ width, height: LAPTOP.height });
		await page.goto('./');
		await expect(page.locator('#first-view')).toHaveCount(0);
		// Two frames: the plot's ResizeObserver has reported its laid-out width by then.
		await page.evaluate(
			() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
		);
		const { widths, laidOut } = await page.evaluate(() => ({
			widths: (window as unknown as { plotWidths: string[] }).plotWidths,
			laidOut: document.querySelector('#app .timeline .plot')!.clientWidth
		}));
		expect(widths, `${width} px`).toEqual([String(laidOut)]);
	}
});

/** The embed frame's title, filters, plot, list's first heading and list's size, served or live (`root`). */
async function framePlacesOf(page: Page, root: string) {
	return page.evaluate((root) => {
		const box = (selector: string) => {
			const found = document.querySelector(`${root} ${selector}`)?.getBoundingClientRect();
			return found?.width ? [Math.round(found.left), Math.round(found.top)] : null;
		};
		const list = document.querySelector(`${root} nav.list`)?.getBoundingClientRect();
		return {
			title: box('h1, p.title'),
			filters: box('.filters'),
			plot: box('.picture, .plot'),
			firstHeading: box('h2'),
			listHeight: list ? Math.round(list.height) : null
		};
	}, root);
}

test('the embed frame’s live view takes the served view’s place without moving anything', async ({
	page
}) => {
	const entry = /assets\/embed-[^/]*\.js$/;
	for (const width of WIDTHS) {
		await page.setViewportSize({ width, height: width < 700 ? PHONE.height : LAPTOP.height });
		await page.route(entry, (route) => route.abort());
		await page.goto('./embed.html');
		const served = await framePlacesOf(page, '#first-view');
		await page.unroute(entry);
		await page.goto('./embed.html');
		await expect(page.locator('#first-view')).toHaveCount(0);
		await expect(page.locator('nav.list li').first()).toBeVisible();
		const live = await framePlacesOf(page, '#embed');
		// On a phone the served frame has no picture (too small to read): the list is first. The
		// plot's top within a pixel (the live plot's border box).
		const near = (a: number[] | null, b: number[] | null) =>
			a === null || b === null ? a === b : a.every((v, i) => Math.abs(v - b[i]) <= 1);
		expect(
			{
				...served,
				plot: width < 656 ? served.plot === null : near(served.plot, live.plot),
				firstHeading: near(served.firstHeading, live.firstHeading)
			},
			`${width} px: served ${JSON.stringify(served)}`
		).toEqual({ ...live, plot: true, firstHeading: true });
	}
});

test.describe('never presented as another dataset', () => {
	test('?data= hides it before it is painted, and the dataset asked for is shown', async ({
		page
	}) => {
		const other = { ...dataset, title: 'Another timeline', events: dataset.events.slice(0, 3) };
		writeFileSync('dist/e2e-served-other.json', JSON.stringify(other));
		const frames = await recordFrames(page);
		await page.goto('./?data=e2e-served-other.json');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another timeline');
		await expect(page.locator('#first-view')).toHaveCount(0);
		expect((await frames()).filter((f) => f.served > 0)).toEqual([]);
	});

	test('saved work to restore hides it too', async ({ page }) => {
		await page.addInitScript(() => localStorage.setItem('evidence-timeline:authoring', '1'));
		const frames = await recordFrames(page);
		await page.goto('./');
		await expect(
			page.getByRole('navigation', { name: 'Events in chronological order' })
		).toBeVisible();
		expect((await frames()).filter((f) => f.served > 0)).toEqual([]);
	});

	test('the embed frame with another dataset', async ({ page }) => {
		const other = { ...dataset, title: 'Another timeline', events: dataset.events.slice(0, 3) };
		writeFileSync('dist/e2e-served-other-embed.json', JSON.stringify(other));
		const frames = await recordFrames(page);
		await page.goto('./embed.html?src=e2e-served-other-embed.json');
		await expect(page.getByText('Another timeline')).toBeVisible();
		expect((await frames()).filter((f) => f.served > 0)).toEqual([]);
	});
});
