/**
 * What an embed is asked to show, and the snippets that ask for it. The element's attributes and
 * the frame's query string use the page's link keys (`event`, `from`, `to`, `topic`, `kind`,
 * `actor`, `source`, `q`; see app/url-state.ts), plus `src`, `theme` and `compact`.
 * Pure: no DOM, no fetching.
 */
import { DAY_MS, isoDayToMs } from '../data/civil-date.ts';
import type { UrlState } from '../link/url-state.ts';
import { serializeUrlState } from '../link/url-state.ts';
import type { Facet } from '../filter/filter.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** The view an embed opens on: the same keys as the page's link. */
export interface EmbedViewAttributes {
	event?: string | null;
	from?: string | null;
	to?: string | null;
	topic?: string | null;
	kind?: string | null;
	actor?: string | null;
	source?: string | null;
	q?: string | null;
}

/** The theme an attribute or a query value names; anything else follows the system. */
export function embedTheme(value: string | null | undefined): EmbedTheme {
	return value === 'light' || value === 'dark' ? value : 'auto';
}

/**
 * The link hash (`event=…&from=…`) for an element's attributes, to be read by `parseUrlState`.
 * Lists may be separated by commas or spaces ("militias, ukraine").
 */
export function viewHashFromAttributes(attributes: EmbedViewAttributes): string {
	const parts: string[] = [];
	const single = ['event', 'from', 'to', 'q'] as const;
	const lists: readonly Facet[] = ['topic', 'kind', 'actor', 'source'];
	for (const key of single) {
		const value = attributes[key]?.trim();
		if (value) parts.push(`${key}=${encodeURIComponent(value)}`);
	}
	for (const key of lists) {
		const values = (attributes[key] ?? '').split(/[\s,]+/).filter(Boolean);
		if (values.length > 0) parts.push(`${key}=${values.map(encodeURIComponent).join(',')}`);
	}
	return parts.join('&');
}

/**
 * A window for `zoomTo(from, to)`: ISO days (the `to` day included, as in the attributes and
 * links), or instants as Dates or UTC ms. Undefined when either end is not a date or the window is
 * empty.
 */
export function windowFrom(
	from: string | number | Date,
	to: string | number | Date
): [number, number] | undefined {
	let start = instant(from);
	let end = instant(to);
	if (!start || !end) return undefined;
	if (start.ms > end.ms) [start, end] = [end, start];
	// A day names all of itself: the window runs to the end of the later one.
	const window: [number, number] = [start.ms, end.isDay ? end.ms + DAY_MS : end.ms];
	return window[1] > window[0] ? window : undefined;
}

function instant(value: string | number | Date): { ms: number; isDay: boolean } | undefined {
	if (typeof value === 'string') {
		const ms = isoDayToMs(value.trim());
		return ms === undefined ? undefined : { ms, isDay: true };
	}
	const ms = value instanceof Date ? value.getTime() : value;
	return Number.isFinite(ms) ? { ms, isDay: false } : undefined;
}

/** What a snippet embeds: where the app lives, the dataset, and the view. */
export interface SnippetRequest {
	/** The app's page URL; the element script, the frame page and the host script sit beside it. */
	appUrl: URL;
	datasetUrl: URL;
	view: UrlState;
	theme: EmbedTheme;
	compact: boolean;
	/** An accessible title for the frame. */
	title: string;
}

export interface EmbedSnippets {
	element: string;
	frame: string;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The web-component and iframe snippets for a view, ready to paste into a page. */
export function embedSnippets(request: SnippetRequest): EmbedSnippets {
	const { appUrl, datasetUrl, view, theme, compact, title } = request;
	const asset = (path: string) => new URL(path, appUrl).href;
	const hash = serializeUrlState(view).slice(1);

	const attributes: [string, string][] = [['src', datasetUrl.href]];
	for (const [key, value] of new URLSearchParams(hash.replace(/\+/g, '%2B')))
		attributes.push([key, value]);
	if (theme !== 'auto') attributes.push(['theme', theme]);
	const attributeText = attributes
		.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`)
		.join('');
	const element =
		`<script type="module" src="${escapeAttribute(asset('element/event-timeline.js'))}"></script>\n` +
		`<event-timeline${attributeText}${compact ? ' compact' : ''}></event-timeline>`;

	const frameUrl = new URL('embed.html', appUrl);
	// The frame loads only datasets on its own origin: a relative path keeps the link short.
	const frameQuery = [`src=${encodeURIComponent(relativeTo(datasetUrl, frameUrl))}`];
	if (hash) frameQuery.push(hash);
	if (theme !== 'auto') frameQuery.push(`theme=${theme}`);
	if (compact) frameQuery.push('compact');
	frameUrl.search = frameQuery.join('&');
	const frame =
		`<iframe id="event-timeline" src="${escapeAttribute(frameUrl.href)}" ` +
		`title="${escapeAttribute(title)}" width="100%" height="${compact ? 260 : 640}" ` +
		`style="border: 0" loading="lazy"></iframe>\n` +
		`<script src="${escapeAttribute(asset('embed-host.js'))}" async></script>`;
	return { element, frame };
}

/** `url` relative to `base` when they share a folder, else absolute. */
function relativeTo(url: URL, base: URL): string {
	if (url.origin !== base.origin) return url.href;
	const folder = base.pathname.slice(0, base.pathname.lastIndexOf('/') + 1);
	return url.pathname.startsWith(folder)
		? url.pathname.slice(folder.length) + url.search
		: url.pathname + url.search;
}
