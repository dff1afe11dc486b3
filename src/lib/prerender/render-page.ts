/**
 * Renders the first view of a dataset (`FirstView.svelte`) with Svelte's server renderer, and
 * puts it into a built page. Run by the build (`scripts/vite-plugin-first-view.ts`) over the
 * bundled `events.json`; never shipped to the browser.
 */
import { render } from 'svelte/server';
import { validateDataset } from '../data/validate.ts';
import FirstView from './FirstView.svelte';
import { firstFrame } from './first-frame.ts';
import { FIRST_VIEW_ID } from './take-over.ts';

/** Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`, `<!---->`. */
const HYDRATION_MARKERS = /<!--(?:\[[!\d-]*|\]|)-->/g;

/**
 * A start tag of the markup: the renderer escapes "<" in text and '"' in attribute values, so
 * every "<g " begins a tag and every quoted value ends at the next '"'.
 */
const G_TAG = /<g\s(?:[^>"]|"[^"]*")*>/g;
/**
 * What makes a drawn mark the live timeline's: the controls' role and tab stop, and the ids the
 * page (and its tests) find a mark by. The picture keeps its marks' look and their titles.
 */
const LIVE_MARK_ATTRIBUTES = / (?:role|tabindex|aria-pressed|data-stop|data-lane)="[^"]*"/g;

/**
 * The served picture's marks, as shapes rather than the live timeline's controls: no role or tab
 * stop (the picture is one image, and inert), and the event's id kept as `data-served-event`, so
 * that nothing looking for the live timeline's marks (`[data-event-id]`, its keyboard stops) finds
 * these in the moment both are in the page.
 */
function asPicture(body: string): string {
	return body.replace(G_TAG, (tag) =>
		tag.replace(LIVE_MARK_ATTRIBUTES, '').replace(' data-event-id="', ' data-served-event="')
	);
}

/** What the server renderer gives: the first view's markup, and its styles for the head. */
export interface RenderedFirstView {
	head: string;
	body: string;
	/** Events rendered (every valid one), for the build's log. */
	events: number;
}

/**
 * The first view of the dataset in `text` (the contents of `file`, a dataset file). Only the
 * valid events are rendered, as the page shows them; text from the data is escaped by Svelte's
 * renderer, as in the page. Throws when the text is not JSON, naming the file.
 */
export function renderFirstView(
	text: string,
	file: string,
	{ compact = false }: { compact?: boolean } = {}
): RenderedFirstView {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
	}
	const dataset = validateDataset(raw, { file });
	const { head, body } = render(FirstView, {
		props: { dataset, frame: firstFrame(dataset), compact }
	});
	// The renderer marks its blocks with comments for hydration, which this markup never gets
	// (see take-over.ts): a tenth of its bytes, dropped. No text from the data can form one: the
	// renderer escapes its "<".
	return {
		head,
		body: asPicture(body.replace(HYDRATION_MARKERS, '')),
		events: dataset.events.length
	};
}

/**
 * `html` with the rendered first view: its styles at the end of the head, and its markup in a
 * container of its own just before the element the page's script mounts into (`#mountId`), which
 * the page's CSS keeps out of sight until the script takes over (see `take-over.ts`).
 * Throws when the page has no such element, naming it.
 */
export function injectFirstView(html: string, view: RenderedFirstView, mountId: string): string {
	const mount = `<div id="${mountId}"></div>`;
	if (!html.includes(mount)) throw new Error(`the page has no ${mount} to render before`);
	if (!html.includes('</head>')) throw new Error('the page has no </head>');
	return html
		.replace('</head>', () => `${view.head}\n\t</head>`)
		.replace(mount, () => `<div id="${FIRST_VIEW_ID}">${view.body}</div>\n\t\t${mount}`);
}
