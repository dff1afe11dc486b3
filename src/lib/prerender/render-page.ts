/**
 * Renders the first view of a dataset (`FirstView.svelte`) with Svelte's server renderer, and
 * puts it into a built page. Run by the build (`scripts/vite-plugin-first-view.ts`) over the
 * bundled `events.json`; never shipped to the browser.
 */
import { transform } from 'lightningcss';
import { render } from 'svelte/server';
import { validateDataset } from '../data/validate.ts';
import FirstView from './FirstView.svelte';
import { firstFrame } from './first-frame.ts';
import { topicClasses } from './topic-classes.ts';
import { createTopicColor } from '../theme/topic-colors.ts';
import { FIRST_VIEW_ID } from './take-over.ts';

/** Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`, `<!---->`. */
const HYDRATION_MARKERS = /<!--(?:\[[!\d-]*|\]|)-->/g;

/**
 * A style element of the rendered head. Its text is CSS of our components and the topic classes
 * (topic-classes.ts), never text from the data, so no "</style>" can occur inside one.
 */
const STYLE_ELEMENT = /<style\b[^>]*>([^]*?)<\/style>/g;

/**
 * The rendered head's style elements as one, minified: the components' CSS comes out of Svelte's
 * server renderer with its comments and indentation, a third of its bytes, and every byte is in
 * the served HTML before the first paint. Lightning CSS (the minifier Vite itself uses for CSS)
 * does this with a real CSS parser, where a pattern could cut a string or a selector.
 */
function minifyStyles(head: string, file: string): string {
	const css = [...head.matchAll(STYLE_ELEMENT)].map((m) => m[1]).join('\n');
	const rest = head.replace(STYLE_ELEMENT, '').trim();
	if (!css.trim()) return rest;
	const { code } = transform({
		filename: `${file} (first view)`,
		code: encoder.encode(css),
		minify: true
	});
	return `${rest}<style>${decoder.decode(code)}</style>`;
}
const encoder = new TextEncoder();
const decoder = new TextDecoder();

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
	const classes = topicClasses(dataset.topics, createTopicColor(dataset.topics));
	const rendered = render(FirstView, {
		props: { dataset, frame: firstFrame(dataset), classes, compact }
	});
	const head = `${rendered.head}<style>${classes.css}</style>`;
	const body = rendered.body;
	// The renderer marks its blocks with comments for hydration, which this markup never gets
	// (see take-over.ts): a tenth of its bytes, dropped. No text from the data can form one: the
	// renderer escapes its "<". The same for the head, minus its CSS's comments and spaces.
	return {
		head: minifyStyles(head.replace(HYDRATION_MARKERS, ''), file),
		body: body.replace(HYDRATION_MARKERS, ''),
		events: dataset.events.length
	};
}

/**
 * A comment of the page's template, on a line of its own or not. The template is ours (index.html,
 * embed.html): its comments say why for whoever edits it, and are dead bytes before the first paint.
 */
const TEMPLATE_COMMENT = /[ \t]*<!--[^]*?-->[ \t]*\n?/g;

/** `html` (a page's template, never text from the data) without its comments. */
export function withoutComments(html: string): string {
	return html.replace(TEMPLATE_COMMENT, '');
}

/** The page's style sheet links, as the build writes them into the head. */
const STYLESHEET_LINK = /[ \t]*<link rel="stylesheet"[^>]*>\n?/g;
/** Where the build's module script and its preloads begin. */
const FIRST_MODULE = /[ \t]*<(?:script type="module"|link rel="modulepreload")/;

/**
 * `html` with its style sheets asked for before its modules. The build writes the module script
 * and its dozen preloads first; a browser requests them in that order, a few at a time, and the
 * first paint waits for the style sheets (measured on the seed page: the modules asked for first
 * held the styles back by about 200 ms). The page's script needs them only after that paint.
 */
export function stylesFirst(html: string): string {
	const links = html.match(STYLESHEET_LINK);
	const first = html.search(FIRST_MODULE);
	if (!links || first < 0 || first > html.indexOf(links[0])) return html;
	const rest = html.replace(STYLESHEET_LINK, '');
	const at = rest.search(FIRST_MODULE);
	return rest.slice(0, at) + links.join('') + rest.slice(at);
}

/**
 * `html` with the rendered first view: its styles at the end of the head (and the page's style
 * sheets asked for before its modules, `stylesFirst`, and its template's comments left out), and its markup in a container of its own
 * just before the element the page's script mounts into (`#mountId`), which
 * the page's CSS keeps out of sight until the script takes over (see `take-over.ts`).
 * Throws when the page has no such element, naming it.
 */
export function injectFirstView(html: string, view: RenderedFirstView, mountId: string): string {
	const mount = `<div id="${mountId}"></div>`;
	if (!html.includes(mount)) throw new Error(`the page has no ${mount} to render before`);
	if (!html.includes('</head>')) throw new Error('the page has no </head>');
	return stylesFirst(withoutComments(html))
		.replace('</head>', () => `${view.head}\n\t</head>`)
		.replace(mount, () => `<div id="${FIRST_VIEW_ID}">${view.body}</div>\n\t\t${mount}`);
}
