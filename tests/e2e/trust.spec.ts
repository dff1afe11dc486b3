import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { MINI_FILE, MINI_TEXT, miniDataset } from '../fixtures/mini-dataset.ts';

/**
 * The product's one promise, that every passage shown is the evidence cited, against a hostile
 * dataset author and a hostile host page. A canary server on another port stands for any other
 * site: it must never receive a request, whatever the data says.
 */

let canary: Server;
let canaryOrigin = '';
const canaryRequests: string[] = [];

test.beforeAll(async () => {
	canary = createServer((request, response) => {
		canaryRequests.push(request.url ?? '');
		response.writeHead(200, {
			'content-type': 'text/plain',
			'access-control-allow-origin': '*'
		});
		response.end('Substituted "evidence" from another server.');
	});
	await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
	canaryOrigin = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => canary.close(() => resolve())));

test.beforeEach(() => {
	canaryRequests.length = 0;
});

test.afterEach(() => {
	expect(canaryRequests, 'requests the canary server received').toEqual([]);
});

/** Writes a dataset and its source text beside the build, as a newsroom would publish them. */
function publish(folder: string, dataset: DatasetFile, text = MINI_TEXT): string {
	mkdirSync(`dist/${folder}/sources`, { recursive: true });
	writeFileSync(`dist/${folder}/events.json`, JSON.stringify(dataset));
	writeFileSync(`dist/${folder}/sources/${MINI_FILE}`, text);
	return `./?data=${folder}/events.json`;
}

const DRONE = 'drone-strike-jordan';

async function openEvent(page: Page, id: string) {
	await page
		.getByRole('navigation', { name: 'Events in chronological order' })
		.locator(`[data-event-id="${id}"]`)
		.click();
	return page.getByRole('region', { name: 'Source reader' });
}

for (const [name, prefix] of [
	['a leading space', ' //'],
	['a tab inside the slashes', '/\t/'],
	['a leading newline', '\n//']
] as const)
	test(`a sourceBase with ${name} before another host reads the dataset's own sources`, async ({
		page
	}) => {
		const dataset = miniDataset();
		dataset.sourceBase = `${prefix}${canaryOrigin.replace('http://', '')}/`;
		await page.goto(publish(`e2e-trust-base-${name.replace(/\W+/g, '-')}`, dataset));
		await expect(
			page.getByText(/sourceBase: must be a folder relative to the dataset file/)
		).toBeVisible();
		const reader = await openEvent(page, DRONE);
		await expect(reader.locator('mark.cited')).toHaveText(
			'In January, a drone struck a base in Jordan'
		);
		await expect(reader).not.toContainText('Substituted');
	});

test('a dataset address that redirects to another host is not followed, and the page says so', async ({
	page
}) => {
	await page.route('**/e2e-trust-redirect.json', (route) =>
		route.fulfill({ status: 302, headers: { location: `${canaryOrigin}/events.json` } })
	);
	await page.goto('./?data=e2e-trust-redirect.json');
	await expect(page.getByText(/the server redirects it elsewhere/)).toBeVisible();
});

test('a source text changed by one byte outside the quotes is said to differ, with nothing highlighted', async ({
	page
}) => {
	const dataset = miniDataset();
	dataset.sources[0].sha256 = createHash('sha256').update(MINI_TEXT).digest('hex');
	const edited = MINI_TEXT.replace('officials said', 'officials, said');
	await page.goto(publish('e2e-trust-edited', dataset, edited));
	const reader = await openEvent(page, DRONE);
	await expect(reader.getByRole('alert')).toContainText('This text differs from the one cited');
	await expect(reader.getByText(/In January, a drone struck a base in Jordan/)).toBeVisible();
	await expect(reader.locator('mark')).toHaveCount(0);
});

test('the same text, unchanged, is said to be the one cited', async ({ page }) => {
	const dataset = miniDataset();
	dataset.sources[0].sha256 = createHash('sha256').update(MINI_TEXT).digest('hex');
	await page.goto(publish('e2e-trust-intact', dataset));
	const reader = await openEvent(page, DRONE);
	await expect(reader.getByText(/The text is the one cited/)).toBeVisible();
	await expect(reader.locator('mark.cited')).toHaveText(
		'In January, a drone struck a base in Jordan'
	);
});

test('a dataset whose server never answers ends in a message naming it, not "Loading" forever', async ({
	page
}) => {
	await page.clock.install();
	// Held: the request is never answered.
	await page.route('**/e2e-trust-silent.json', () => {});
	await page.goto('./?data=e2e-trust-silent.json');
	await expect(page.getByText('Loading the dataset…')).toBeVisible();
	await page.clock.fastForward(31_000);
	await expect(page.getByText(/e2e-trust-silent\.json/).first()).toBeVisible();
	await expect(page.getByText(/no answer from the server after 30 s/)).toBeVisible();
});

test('a topic written twice is reported and the timeline drawn, in the app and in the frame', async ({
	page
}) => {
	const dataset = miniDataset();
	dataset.topics.push({ ...dataset.topics[0], label: 'A copy' });
	const url = publish('e2e-trust-duplicate-topic', dataset);
	await page.goto(url);
	await expect(
		page.getByText(/duplicate topic id "militias"; the later one is dropped/)
	).toBeVisible();
	await expect(page.locator('g.mark')).toHaveCount(dataset.events.length);
	await page.goto('./embed.html?src=e2e-trust-duplicate-topic/events.json');
	await expect(page.locator('g.mark')).toHaveCount(dataset.events.length);
});

test('a year beyond what a JavaScript Date holds is drawn, not a blank timeline', async ({
	page
}) => {
	const dataset = miniDataset();
	dataset.events[0].date = {
		start: '+300000',
		precision: 'year',
		approximate: false,
		basis: 'A year no Date can hold.'
	};
	dataset.events.push(dataset.events.shift()!);
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(publish('e2e-trust-far-year', dataset));
	await expect(page.locator('svg[data-visible-count]')).toHaveAttribute(
		'data-visible-count',
		String(dataset.events.length)
	);
	await expect(page.getByText(/problem/i)).toHaveCount(0);
	expect(errors).toEqual([]);
});

test('the host script ignores a frame that is not a timeline, and acts on one that is', async ({
	page
}) => {
	// Another frame on the host page (an ad, a widget) posting the timeline's messages.
	writeFileSync(
		'dist/e2e-trust-rogue.js',
		"parent.postMessage({ type: 'event-timeline:select', id: 'forged' }, '*');" +
			"parent.postMessage({ type: 'event-timeline:height', height: 9999 }, '*');"
	);
	writeFileSync(
		'dist/e2e-trust-rogue.html',
		'<!doctype html><title>Rogue</title><script src="e2e-trust-rogue.js"></script>'
	);
	writeFileSync(
		'dist/e2e-trust-host.html',
		'<!doctype html><title>Host</title>' +
			'<iframe id="rogue" src="e2e-trust-rogue.html" title="Rogue" height="50"></iframe>' +
			'<iframe id="militias" src="embed.html?src=events.json" title="Timeline" height="300"></iframe>' +
			'<script src="embed-host.js"></script>'
	);
	await page.goto('./e2e-trust-host.html');
	// The timeline frame is sized by its own messages: the host script is at work.
	await expect
		.poll(() => page.locator('#militias').evaluate((el) => el.style.height))
		.toMatch(/px$/);
	// Listen after the host script (listeners run in the order they were added), make the rogue
	// frame speak again, and wait until its two messages have been seen: the host script has
	// handled them by then.
	await page.evaluate(() => {
		const rogue = document.querySelector<HTMLIFrameElement>('#rogue')!;
		const seen = ((window as unknown as { rogueSeen: number }).rogueSeen = 0);
		void seen;
		addEventListener('message', (event) => {
			if (event.source === rogue.contentWindow)
				(window as unknown as { rogueSeen: number }).rogueSeen++;
		});
		rogue.contentWindow!.location.reload();
	});
	await page.waitForFunction(() => (window as unknown as { rogueSeen: number }).rogueSeen >= 2);
	expect(await page.evaluate(() => location.hash)).toBe('');
	expect(await page.locator('#rogue').evaluate((el) => el.style.height)).toBe('');
});
