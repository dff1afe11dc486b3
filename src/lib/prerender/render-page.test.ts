/**
 * The first view the build renders into the served pages, through the same server renderer the
 * build uses (a private Vite compiling the components for the server).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	startFirstViewRenderer,
	type FirstViewRenderer
} from '../../../scripts/vite-plugin-first-view.ts';
import { validateDataset } from '../data/validate.ts';
import type { DatasetFile } from '../data/types.ts';
import { PAYLOADS, buildHostileFixture } from '../../../tests/fixtures/hostile/hostile-dataset.ts';
import { FIRST_VIEW_ID } from './take-over.ts';
import { firstFrame } from './first-frame.ts';

let renderer: FirstViewRenderer;
// Starting the renderer pre-bundles Svelte's server runtime on a cold cache (a fresh clone): on a
// busy two-core machine that took over the default 10 s, so the hook waits longer.
beforeAll(async () => {
	renderer = await startFirstViewRenderer(process.cwd());
}, 120_000);
afterAll(() => renderer?.close());

/**
 * The rendered markup as a browser would parse the served page with scripts off: a DOMParser's
 * document runs no script, so the record in its noscript is parsed into elements (with scripts
 * on, a browser reads it as one text).
 */
function parse(html: string): HTMLElement {
	return new DOMParser().parseFromString(html, 'text/html').body;
}

/**
 * The document a reader without scripts reads: the served view without the live list and
 * filters drawn for the page's script to keep (hidden without scripts: see served-parts.ts).
 */
function withoutServedList(root: HTMLElement): HTMLElement {
	for (const part of root.querySelectorAll('[data-served-part]')) part.remove();
	return root;
}

/** Every element as its tag and attribute names: what a payload in the data could add to. */
function shape(root: HTMLElement): string[] {
	return [...root.querySelectorAll('*')].map(
		(el) =>
			`${el.tagName}[${[...el.attributes]
				.map((a) => a.name)
				.sort()
				.join(' ')}]`
	);
}

describe('the served first view of the bundled dataset', () => {
	const text = readFileSync('events.json', 'utf8');
	const dataset = validateDataset(JSON.parse(text), { file: 'events.json' });

	it('holds the title, and every event in order with its date as the page states it and its sources', () => {
		const view = renderer.render.renderFirstView(text, 'events.json');
		const root = parse(view.body);
		expect(root.querySelector('h1')?.textContent).toBe(dataset.title);
		// Never hydrated: no hydration markers are served.
		expect(view.body).not.toContain('<!--');
		const rows = [...root.querySelectorAll('.record li')];
		expect(rows.map((li) => li.querySelector('.title')?.textContent)).toEqual(
			dataset.events.map((e) => e.title)
		);
		expect(rows.map((li) => li.querySelector('.date')?.textContent)).toEqual(
			dataset.events.map((e) => e.when.label)
		);
		const first = dataset.events[0];
		const cited = new Set(first.citations.map((c) => c.source));
		expect([...rows[0].querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(
			dataset.sources.filter((s) => cited.has(s.id)).map((s) => `sources/${s.file}`)
		);
	});

	it('draws the plot of the first view as a picture, with no control in it or anywhere', () => {
		const root = parse(renderer.render.renderFirstView(text, 'events.json').body);
		const plot = root.querySelector('.picture')!;
		expect(plot.hasAttribute('inert')).toBe(true);
		expect(plot.querySelector('svg')?.getAttribute('role')).toBe('img');
		const frame = firstFrame(dataset);
		expect(plot.querySelectorAll('g.mark')).toHaveLength(frame.layout.marks.length);
		expect([...plot.querySelectorAll('g.mark text')].map((t) => t.textContent).sort()).toEqual(
			frame.layout.marks
				.filter((m) => m.labelled)
				.map((m) => m.label)
				.sort()
		);
		// Shapes, not the live timeline's controls: nothing that finds those finds these.
		expect(
			plot.querySelectorAll('[role="button"], [tabindex], [data-event-id], [data-stop]')
		).toHaveLength(0);
		expect(
			withoutServedList(root).querySelectorAll('button, input, select, textarea')
		).toHaveLength(0);
	});

	it('draws the live list for the page to keep until its first use: every event, a row each', () => {
		const view = renderer.render.renderFirstView(text, 'events.json');
		const list = parse(view.body).querySelector('[data-served-part="list"] > nav.list')!;
		expect(list.getAttribute('aria-label')).toBe('Events in chronological order');
		expect([...list.querySelectorAll('button[data-event-id]')].map((b) => b.textContent)).toEqual(
			dataset.events.map((e) => expect.stringContaining(e.title))
		);
		// Hidden without scripts (its rows would be buttons that do nothing), the record shown;
		// so are the served filters.
		expect(view.head).toMatch(
			/@media \(scripting:none\)\{[^@]*\.served-list,\.first-view \.served-filters\{display:none\}/
		);
		const filters = parse(view.body).querySelector('[data-served-part="filters"] > .filters')!;
		expect(filters.querySelector('input[type="search"]')?.getAttribute('aria-label')).toBe(
			'Search events'
		);
		// The record is in a noscript: with scripts on, a browser reads it as one text, unparsed.
		expect(view.body).toMatch(/<noscript><section class="record" aria-label="Events">/);
		expect(view.body.match(/<noscript>[^]*?<\/noscript>/g)?.at(-1)).toMatch(
			/^<noscript><section class="record"[^]*<\/section><\/noscript>$/
		);
	});

	it('is lean markup: shared classes, no inline style, no scoped class, no text twice', () => {
		const view = renderer.render.renderFirstView(text, 'events.json');
		// The live list is the list component's own markup; the rest is written for the page.
		const root = withoutServedList(parse(view.body));
		expect(root.querySelectorAll('[style]')).toHaveLength(0);
		expect([...root.querySelectorAll('[class]')].map((e) => e.className).join(' ')).not.toMatch(
			/svelte-/
		);
		// The picture is one image: its marks carry no label of their own (the list says them).
		expect(root.querySelectorAll('.picture [aria-label]')).toHaveLength(1);
		// Every row's colour class has its rule in the head, as the theme names the colour.
		for (const li of root.querySelectorAll('.record li'))
			expect(view.head).toMatch(
				new RegExp(`\\.${li.className}\\{--topic-color:var\\(--topic-\\d\\)\\}`)
			);
		// One style element, minified: no comment or indentation is served.
		expect(view.head.match(/<style/g)).toHaveLength(1);
		expect(view.head).not.toMatch(/\/\*|\n\t/);
	});

	it('says what its legend means without scripts: a cluster’s events are in the list below', () => {
		const root = parse(renderer.render.renderFirstView(text, 'events.json').body);
		const legend = root.querySelector('.legend')!;
		expect(legend.querySelector('.without-script')?.textContent).toBe('more events, listed below');
		expect(legend.querySelector('.with-script')?.textContent).toBe('more events: click or zoom in');
		const view = renderer.render.renderFirstView(text, 'events.json');
		expect(view.head).toMatch(/@media \(scripting:none\)\{[^@]*\.with-script\{display:none\}/);
	});

	it('keeps only the room of the legend in the compact page (the embed frame), and the plot in', () => {
		const view = renderer.render.renderFirstView(text, 'events.json', { compact: true });
		const root = parse(view.body);
		// Unseen and unread: it holds the place of the live frame's legend (FirstView.svelte).
		expect(root.querySelector('.legend')?.getAttribute('aria-hidden')).toBe('true');
		expect(view.head).toMatch(/\.first-view\.compact \.legend\{visibility:hidden;/);
		expect(root.querySelector('.description')).toBeNull();
		expect(root.querySelectorAll('.picture g.mark').length).toBeGreaterThan(10);
	});

	it('puts the view before the element the page mounts into, and its styles in the head', () => {
		const view = renderer.render.renderFirstView(text, 'events.json');
		const page = '<html><head><title>t</title></head><body><div id="app"></div></body></html>';
		const html = renderer.render.injectFirstView(page, view, 'app');
		expect(html).toMatch(
			new RegExp(`<style[^>]*>[^<]*\\.first-view[^]*</head>[^]*<div id="${FIRST_VIEW_ID}">`)
		);
		expect(html.indexOf(`id="${FIRST_VIEW_ID}"`)).toBeLessThan(html.indexOf('<div id="app">'));
		expect(() => renderer.render.injectFirstView(page, view, 'embed')).toThrow(
			'the page has no <div id="embed"></div> to render before'
		);
	});

	it('asks for the page’s style sheets before its modules, and leaves a page without either', () => {
		const built = [
			'<head>',
			'\t<script type="module" crossorigin src="./assets/main.js"></script>',
			'\t<link rel="modulepreload" crossorigin href="./assets/a.js">',
			'\t<link rel="stylesheet" crossorigin href="./assets/a.css">',
			'\t<link rel="stylesheet" crossorigin href="./assets/main.css">',
			'</head>'
		].join('\n');
		expect(renderer.render.stylesFirst(built).split('\n')).toEqual([
			'<head>',
			'\t<link rel="stylesheet" crossorigin href="./assets/a.css">',
			'\t<link rel="stylesheet" crossorigin href="./assets/main.css">',
			'\t<script type="module" crossorigin src="./assets/main.js"></script>',
			'\t<link rel="modulepreload" crossorigin href="./assets/a.js">',
			'</head>'
		]);
		const plain = '<head><title>t</title></head>';
		expect(renderer.render.stylesFirst(plain)).toBe(plain);
	});

	it('serves the page without its template’s comments', () => {
		const page = [
			'<head>',
			'\t\t<!-- Why this comes first:',
			'\t\t     two lines. -->',
			'\t\t<title>t</title> <!-- and after -->',
			'</head>'
		].join('\n');
		expect(renderer.render.withoutComments(page)).toBe('<head>\n\t\t<title>t</title></head>');
	});

	it('says which file is not JSON', () => {
		expect(() => renderer.render.renderFirstView('{', 'events.json')).toThrow(
			/^events\.json: not JSON/
		);
	});
});

describe('the served first view of a hostile dataset', () => {
	const render = (fixture: DatasetFile) =>
		parse(renderer.render.renderFirstView(JSON.stringify(fixture), 'events.json').body);
	const hostile = buildHostileFixture();
	const twin = buildHostileFixture((payload) => 'x'.repeat(payload.length));

	it('shows every payload as text: the same elements and attributes as its harmless twin', () => {
		const root = render(hostile.dataset);
		expect(
			root.querySelectorAll('script, iframe, object, embed, style, link, meta, base, img')
		).toHaveLength(0);
		for (const el of root.querySelectorAll('*'))
			for (const attribute of el.attributes) expect(attribute.name).not.toMatch(/^on/i);
		for (const a of root.querySelectorAll('a'))
			expect(a.getAttribute('href')).toMatch(/^sources\/[^:]*$/);
		expect(shape(root)).toEqual(shape(render(twin.dataset)));
		expect(root.querySelector('h1')?.textContent).toBe(hostile.dataset.title);
		const titles = [...root.querySelectorAll('.record .title')].map((t) => t.textContent);
		expect(titles).toContain(hostile.dataset.events[0].title);
		expect(Object.values(PAYLOADS).some((p) => hostile.dataset.title.includes(p))).toBe(true);
	});
});
