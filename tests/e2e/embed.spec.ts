import { expect, test, type Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { generateSyntheticDataset } from '../../scripts/synthetic-dataset.ts';

/**
 * The embeds, served (like every page in these tests) with
 * `Content-Security-Policy: script-src 'self'; object-src 'none'; base-uri 'none'`
 * (vite.config.ts, preview.headers): the element, the frame with its host script, the example page
 * and the app's embed dialog.
 */

const dataset = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const SOLEIMANI = 'qassem-soleimani-killed-us-drone-strike';

/** Collects CSP violations, dialogs (a script's alert) and page errors for a test to assert none. */
async function watchForTrouble(page: Page): Promise<() => Promise<string[]>> {
	const trouble: string[] = [];
	page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
	page.on('dialog', (dialog) => {
		trouble.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) trouble.push(message.text());
	});
	await page.addInitScript(() => {
		const record = (event: SecurityPolicyViolationEvent) =>
			((window as unknown as { violations: string[] }).violations ??= []).push(
				`${event.violatedDirective} ${event.blockedURI}`
			);
		document.addEventListener('securitypolicyviolation', record);
	});
	return async () => {
		for (const frame of page.frames()) {
			const violations = await frame
				.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? [])
				.catch(() => []);
			trouble.push(...violations.map((v) => `CSP violation: ${v}`));
		}
		return trouble;
	};
}

/** Writes a page into the served folder; scripts only by URL, as the policy demands. */
function writePage(name: string, body: string, head = '') {
	writeFileSync(
		`dist/${name}`,
		`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title>${head}</head><body>${body}</body></html>`
	);
}

test('two elements with different datasets render, select independently, and break no policy', async ({
	page
}) => {
	const small = generateSyntheticDataset(dataset, { events: 40, seed: 3 });
	writeFileSync('dist/e2e-embed-small.json', JSON.stringify(small));
	// A host page whose CSS tries to reach into the elements.
	writeFileSync(
		'dist/e2e-embed-host.css',
		'* { color: rgb(255, 0, 0) !important; font-family: serif !important; } ' +
			'button { background: rgb(0, 255, 0) !important; } g, circle, rect { fill: rgb(255, 0, 255) !important; }'
	);
	writePage(
		'e2e-two-timelines.html',
		'<event-timeline id="first" src="events.json" from="2019-10-01" to="2020-03-31"></event-timeline>' +
			'<event-timeline id="second" src="e2e-embed-small.json" theme="dark" height="420"></event-timeline>',
		'<link rel="stylesheet" href="e2e-embed-host.css">' +
			'<script type="module" src="element/event-timeline.js"></script>'
	);
	const troubles = await watchForTrouble(page);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto('./e2e-two-timelines.html');
	const first = page.locator('#first');
	const second = page.locator('#second');

	// Both render their own dataset.
	await expect(first.getByText(dataset.title, { exact: true })).toBeVisible();
	await expect(second.getByText(small.title, { exact: true })).toBeVisible();
	await expect(first.locator('g.mark').first()).toBeVisible();
	await expect(second.locator('g.mark, g.cluster').first()).toBeVisible();
	// The attributes set the first one's window.
	await expect(first.locator('svg[data-window]')).toHaveAttribute(
		'data-window',
		/^2019-(09|10)-\d\d\/2020-0[34]-\d\d$/
	);

	// The host page's CSS stays outside.
	const title = first.getByText(dataset.title, { exact: true });
	expect(await title.evaluate((el) => getComputedStyle(el).color)).not.toBe('rgb(255, 0, 0)');
	expect(await title.evaluate((el) => getComputedStyle(el).fontFamily)).not.toMatch(/^serif/);
	const zoomIn = first.getByRole('button', { name: 'Zoom in' });
	expect(await zoomIn.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
		'rgb(0, 255, 0)'
	);
	// The second one is dark, the first follows the (light) system.
	const background = (id: string) =>
		page
			.locator(id)
			.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor);
	expect(await background('#first')).toBe('rgb(251, 250, 247)');
	expect(await background('#second')).toBe('rgb(21, 23, 26)');

	// Clicking an event in the first fires eventselect with its id, and leaves the second alone.
	await page.evaluate(() => {
		const log: string[] = ((window as unknown as { selections: string[] }).selections = []);
		for (const element of document.querySelectorAll('event-timeline'))
			element.addEventListener('eventselect', (event) =>
				log.push(`${element.id}:${(event as CustomEvent<{ id: string }>).detail.id}`)
			);
		// Composed: the page sees it at the document too.
		document.addEventListener('eventselect', () => log.push('document'));
	});
	const mark = first.locator(`g.mark[data-event-id="${SOLEIMANI}"]`);
	await mark.click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { selections: string[] }).selections))
		.toEqual([`first:${SOLEIMANI}`, 'document']);
	const reader = first.getByRole('region', { name: 'Source reader' });
	await expect(reader.getByRole('heading', { level: 2 })).toHaveText(
		dataset.events.find((e) => e.id === SOLEIMANI)!.title
	);
	await expect(reader.locator('mark').first()).toBeVisible();
	await expect(second.getByRole('region', { name: 'Source reader' })).toHaveCount(0);
	await expect(second.locator('g.mark.selected')).toHaveCount(0);

	// A fixed height holds; nothing was requested elsewhere, stored or set as a cookie.
	expect((await second.boundingBox())!.height).toBe(420);
	const origin = new URL(page.url()).origin;
	expect(requests.filter((url) => new URL(url).origin !== origin)).toEqual([]);
	expect(
		await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])
	).toEqual([0, 0, '']);

	expect(await troubles()).toEqual([]);
});

test('the element: methods, attributes that change, a compact popover, and no globals', async ({
	page
}) => {
	writePage(
		'e2e-compact.html',
		'<event-timeline id="compact" src="events.json" compact></event-timeline>',
		'<script type="module" src="element/event-timeline.js"></script>'
	);
	const troubles = await watchForTrouble(page);
	await page.goto('./e2e-compact.html');
	const element = page.locator('#compact');
	await expect(element.locator('g.mark, g.cluster').first()).toBeVisible();
	// Compact: no filters, no list.
	await expect(element.getByRole('search')).toHaveCount(0);
	await expect(element.getByRole('navigation')).toHaveCount(0);

	// zoomTo shows the window asked for; select opens the reader in a popover.
	await element.evaluate((el) =>
		(el as HTMLElement & { zoomTo(a: string, b: string): void }).zoomTo('2024-01-01', '2024-12-31')
	);
	await expect(element.locator('svg[data-window]')).toHaveAttribute(
		'data-window',
		/^202[34]-\d\d-\d\d\/202[45]-\d\d-\d\d$/
	);
	await element.evaluate(
		(el, id) => (el as HTMLElement & { select(id: string): void }).select(id),
		SOLEIMANI
	);
	const popover = element.locator('.reader-popover');
	await expect(popover).toBeVisible();
	expect(await popover.evaluate((el) => el.matches(':popover-open'))).toBe(true);
	await expect(popover.getByRole('heading', { level: 2 })).toHaveText(
		dataset.events.find((e) => e.id === SOLEIMANI)!.title
	);
	// Escape closes it.
	await page.keyboard.press('Escape');
	await expect(popover).toBeHidden();

	// Attributes are live: a filter narrows the marks to one topic.
	await element.evaluate((el) => el.setAttribute('topic', 'ukraine-war'));
	await element.getByRole('button', { name: 'Fit all' }).click();
	await expect(element.locator('g.mark[data-event-id]').first()).toBeVisible();
	const topics = await element
		.locator('g.mark[data-event-id]')
		.evaluateAll((marks) => marks.map((m) => m.getAttribute('data-event-id')));
	const ukraine = new Set(dataset.events.filter((e) => e.topic === 'ukraine-war').map((e) => e.id));
	expect(topics.length).toBeGreaterThan(0);
	expect(topics.every((id) => ukraine.has(id!))).toBe(true);

	// The bundle defines the element and nothing else on window.
	const added = await page.evaluate(() => {
		const blank = document.createElement('iframe');
		document.body.append(blank);
		const known = new Set(Object.getOwnPropertyNames(blank.contentWindow!));
		return Object.getOwnPropertyNames(window).filter((name) => !known.has(name));
	});
	// (Frames are indexed on window: the blank one is "0". `violations` is this test's own.)
	expect(added.filter((name) => !/^\d+$/.test(name) && name !== 'violations')).toEqual([]);
	expect(await troubles()).toEqual([]);
});

test('the frame resizes to its content, follows deep links, and reports selections', async ({
	page
}) => {
	writePage(
		'e2e-frame-host.html',
		'<p>A story.</p><iframe id="militias" src="embed.html?src=events.json&amp;from=2019-06-01&amp;to=2020-06-30" title="Timeline" width="700" height="300" style="border:0"></iframe>' +
			'<script src="embed-host.js" async></script>'
	);
	const troubles = await watchForTrouble(page);
	await page.goto('./e2e-frame-host.html');
	const iframe = page.locator('#militias');
	const frame = page.frameLocator('#militias');
	await expect(frame.locator('g.mark').first()).toBeVisible();
	// The host script took the frame's height from it.
	await expect.poll(() => iframe.evaluate((el) => el.style.height)).toMatch(/^\d+px$/);
	const closed = await iframe.evaluate((el) => el.getBoundingClientRect().height);
	expect(closed).toBeGreaterThan(300);

	// Opening the reader makes the frame taller, and the page's URL records the selection.
	await frame.locator(`g.mark[data-event-id="${SOLEIMANI}"]`).click();
	await expect(frame.getByRole('region', { name: 'Source reader' })).toBeVisible();
	await expect
		.poll(() => iframe.evaluate((el) => el.getBoundingClientRect().height))
		.toBeGreaterThan(closed + 100);
	await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#militias=${SOLEIMANI}`);
	// No inner scroll bar: the frame shows all its content.
	const inner = await frame.locator('html').evaluate((el) => el.scrollHeight - el.clientHeight);
	expect(inner).toBeLessThanOrEqual(1);

	// A deep link from the host page opens the frame on another event.
	const other = dataset.events.find((e) => e.id !== SOLEIMANI && e.topic === 'iraq-militias')!;
	await page.goto(`./e2e-frame-host.html#militias=${other.id}`);
	await expect(
		page
			.frameLocator('#militias')
			.getByRole('region', { name: 'Source reader' })
			.getByRole('heading', { level: 2 })
	).toHaveText(other.title);
	expect(await troubles()).toEqual([]);
});

test('the example page shows both forms working under the policy', async ({ page }) => {
	const troubles = await watchForTrouble(page);
	await page.goto('./embed-example.html');
	const element = page.locator('event-timeline');
	await expect(element.locator('g.mark').first()).toBeVisible();
	await page.getByRole('button', { name: /^select\(/ }).click();
	await expect(element.locator('.reader-popover')).toBeVisible();
	await page.keyboard.press('Escape');
	await element.locator('g.mark').first().click();
	await expect(page.locator('#last-select')).not.toHaveText('none yet');
	await page.keyboard.press('Escape');
	await page.locator('#frame-timeline').scrollIntoViewIfNeeded();
	await expect(page.frameLocator('#frame-timeline').locator('g.mark').first()).toBeVisible();
	expect(await troubles()).toEqual([]);
});

test('the app’s Embed dialog gives snippets for the current view that work when pasted', async ({
	page
}) => {
	const troubles = await watchForTrouble(page);
	await page.goto(`./#event=${SOLEIMANI}&from=2019-06-01&to=2020-06-30&topic=iraq-militias`);
	await expect(page.getByRole('region', { name: 'Source reader' })).toBeVisible();
	await page.getByRole('button', { name: 'Embed', exact: true }).click();
	const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
	await expect(dialog).toBeVisible();
	// The full form here: the test pastes the filters and the list too.
	await dialog.getByRole('radio', { name: /^Full/ }).check();
	const elementSnippet = await dialog.getByLabel('Web component snippet').inputValue();
	const frameSnippet = await dialog.getByLabel('Frame snippet').inputValue();
	expect(elementSnippet).toContain(`event="${SOLEIMANI}"`);
	expect(elementSnippet).toContain('from="2019-06-01"');
	expect(elementSnippet).toContain('topic="iraq-militias"');
	expect(frameSnippet).toContain(`event=${SOLEIMANI}`);
	expect(frameSnippet).toContain('embed-host.js');
	await dialog.getByRole('radio', { name: /^Compact/ }).check();
	await expect(dialog.getByLabel('Web component snippet')).toHaveValue(
		/ compact><\/event-timeline>/
	);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();

	// Pasted into a page of their own, both snippets show the same view.
	writePage('e2e-pasted.html', `${elementSnippet}\n${frameSnippet}`);
	await page.goto('./e2e-pasted.html');
	const element = page.locator('event-timeline');
	const title = dataset.events.find((e) => e.id === SOLEIMANI)!.title;
	// The topic attribute holds alongside the selection and the window.
	const militias = dataset.events.filter((e) => e.topic === 'iraq-militias').length;
	await expect(element.locator('.tally')).toHaveText(
		new RegExp(`^${militias} of ${dataset.events.length} events`)
	);
	await expect(
		element.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(title);
	await expect(element.locator('svg[data-window]')).toHaveAttribute(
		'data-window',
		/^2019-0[56]-\d\d\/2020-0[67]-\d\d$/
	);
	const frame = page.frameLocator('#event-timeline');
	await expect(
		frame.getByRole('region', { name: 'Source reader' }).getByRole('heading', { level: 2 })
	).toHaveText(title);
	expect(await troubles()).toEqual([]);
});

for (const { size, sizing } of [
	{ size: { width: 390, height: 844 }, sizing: true },
	{ size: { width: 1280, height: 800 }, sizing: true },
	// A browser without `field-sizing` (the dialog then sizes its boxes itself).
	{ size: { width: 390, height: 844 }, sizing: false }
])
	test(`the Embed dialog at ${size.width}×${size.height}${sizing ? '' : ' without field-sizing'} recommends the compact form and shows each snippet whole`, async ({
		page
	}) => {
		await page.setViewportSize(size);
		if (!sizing)
			await page.addInitScript(() => {
				const supports = CSS.supports.bind(CSS);
				CSS.supports = (...args: [string, string?]) =>
					!/field-sizing/.test(args[0]) && supports(...(args as [string, string]));
				document.addEventListener('DOMContentLoaded', () => {
					const style = document.createElement('style');
					style.textContent = 'textarea { field-sizing: fixed !important; }';
					document.head.append(style);
				});
			});
		// A view with a window and a filter: the longest snippets (a selection would open the
		// reader's sheet over the page on a phone).
		await page.goto('./#from=2019-06-01&to=2020-06-30&topic=iraq-militias&q=strike');
		// On a phone, Embed is behind Share.
		if (size.width < 640) await page.getByRole('button', { name: 'Share' }).click();
		await page.getByRole('button', { name: 'Embed', exact: true }).click();
		const dialog = page.getByRole('dialog', { name: 'Embed this timeline' });
		const compact = dialog.getByRole('radio', { name: /^Compact, recommended for articles/ });
		await expect(compact).toBeChecked();
		await expect(dialog.getByText('Most readers of an article are on phones')).toBeVisible();

		for (const form of [/^Compact/, /^Full/]) {
			await dialog.getByRole('radio', { name: form }).check();
			for (const name of ['Web component snippet', 'Frame snippet']) {
				const box = dialog.getByRole('textbox', { name });
				await expect(box).toHaveValue(
					form.source.includes('Compact') ? /compact/ : /^((?!compact).)*$/s
				);
				await box.scrollIntoViewIfNeeded();
				// Nothing of the snippet is cut off: the box is as tall as its wrapped text, and as
				// wide as it is (no sideways scrolling), and it lies within the screen's width.
				const fit = await box.evaluate((el) => ({
					scrollHeight: el.scrollHeight,
					clientHeight: el.clientHeight,
					scrollWidth: el.scrollWidth,
					clientWidth: el.clientWidth,
					right: el.getBoundingClientRect().right
				}));
				expect(fit.scrollHeight, name).toBeLessThanOrEqual(fit.clientHeight);
				expect(fit.scrollWidth, name).toBeLessThanOrEqual(fit.clientWidth);
				expect(fit.right, name).toBeLessThanOrEqual(size.width);
			}
		}
		if (sizing) await page.screenshot({ path: `test-results/embed-dialog-${size.width}.png` });
	});

test('the compact frame on a phone shows its status line whole, on a line of its own', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('./embed.html?src=events.json&compact');
	// The bundled dataset's first view crowds some events into clusters, so the status says so.
	const status = page.getByRole('status').filter({ hasText: /in clusters: click one or zoom in$/ });
	await expect(status).toBeVisible();
	const fits = await status.evaluate((el) => el.scrollWidth <= el.clientWidth);
	expect(fits, 'the status is not cut off with an ellipsis').toBe(true);
	const later = page.getByRole('button', { name: /Later event/ });
	const [statusBox, laterBox] = [await status.boundingBox(), await later.boundingBox()];
	expect(statusBox!.y).toBeGreaterThanOrEqual(laterBox!.y + laterBox!.height - 1);
});

for (const { case: name, src, reason } of [
	{
		case: 'a missing file',
		src: 'e2e-no-such-dataset.json',
		reason: /the server sent a web page instead|HTTP 404/
	},
	{
		case: 'a file on another site',
		src: 'https://elsewhere.example/events.json',
		reason: /it is on another site \(https:\/\/elsewhere\.example\)/
	}
])
	test(`the frame given ${name} says which and why, and shows no other timeline in its place`, async ({
		page
	}) => {
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`./embed.html?src=${encodeURIComponent(src)}`);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(`Could not load the timeline “${src}”`);
		await expect(alert).toContainText(reason);
		// Neither the served first view nor the live timeline of the bundled dataset is shown.
		await expect(page.locator('[data-event-id]')).toHaveCount(0);
		await expect(page.getByText(dataset.title!)).toHaveCount(0);
		expect(requests.filter((url) => !url.startsWith(new URL(page.url()).origin))).toEqual([]);
	});

test('the element given a missing file says which and why', async ({ page }) => {
	writePage(
		'e2e-missing.html',
		'<event-timeline id="missing" src="e2e-no-such-dataset.json"></event-timeline>',
		'<script type="module" src="element/event-timeline.js"></script>'
	);
	await page.goto('./e2e-missing.html');
	const alert = page.locator('#missing').getByRole('alert');
	await expect(alert).toContainText('Could not load the timeline “e2e-no-such-dataset.json”');
	await expect(alert).toContainText(/the server sent a web page instead|HTTP 404/);
	await expect(page.locator('#missing').locator('[data-event-id]')).toHaveCount(0);
});
