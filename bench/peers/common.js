/**
 * Shared by the peer pages (vis-timeline, TimelineJS3): reading the page's parameters, civil dates
 * as UTC milliseconds, and the "drawn" performance mark our app sets too (DRAWN_MARK in
 * src/lib/timeline/drawn-mark.ts), so that every tool is timed from navigation start to the same
 * kind of moment. Plain ES module: served as is, no build.
 */

/** The name of the mark, as the app's `DRAWN_MARK`. */
export const DRAWN_MARK = 'timeline-drawn';

const DAY_MS = 86_400_000;

/**
 * The page's parameters: `?data=` the dataset's URL relative to the page, `width` and `height` of
 * the plot in px (the bench passes our app's plot size so that the tools draw at the same size),
 * and `from` and `to`, the first window in UTC ms (the bench passes the one our app opened on for
 * the same dataset); `window` is undefined unless both are numbers and `from` < `to`.
 * @param {string} href
 * @param {string} defaultData
 * @returns {{ dataUrl: string, width: number, height: number, window?: [number, number] }}
 */
export function readBenchParams(href, defaultData) {
	const url = new URL(href);
	const number = (/** @type {string} */ key, /** @type {number} */ fallback) => {
		const value = Number(url.searchParams.get(key));
		return Number.isFinite(value) && value > 0 ? value : fallback;
	};
	const from = Number(url.searchParams.get('from') ?? NaN);
	const to = Number(url.searchParams.get('to') ?? NaN);
	return {
		dataUrl: new URL(url.searchParams.get('data') ?? defaultData, url).href,
		width: number('width', 1234),
		height: number('height', 380),
		...(Number.isFinite(from) && Number.isFinite(to) && from < to
			? { window: /** @type {[number, number]} */ ([from, to]) }
			: {})
	};
}

/**
 * UTC ms of a civil day; `setUTCFullYear` and not `Date.UTC`, which maps years 0–99 to 1900–1999.
 * @param {number} year
 * @param {number} monthIndex 0-based; may overflow into the next year
 * @param {number} day
 */
export function utcMs(year, monthIndex, day) {
	const date = new Date(0);
	date.setUTCFullYear(year, monthIndex, day);
	return date.getTime();
}

/**
 * The first day of a partial ISO date ("2024", "2024-03", "2024-03-07", "-0043") and the day after
 * its last, in UTC ms.
 * @param {string} text
 * @returns {{ first: number, after: number, day: boolean }}
 */
export function partialDateSpan(text) {
	const match = /^(-?\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
	if (!match) throw new Error(`not a partial ISO date: ${text}`);
	const year = Number(match[1]);
	if (match[3] !== undefined) {
		const first = utcMs(year, Number(match[2]) - 1, Number(match[3]));
		return { first, after: first + DAY_MS, day: true };
	}
	if (match[2] !== undefined) {
		const month = Number(match[2]) - 1;
		return { first: utcMs(year, month, 1), after: utcMs(year, month + 1, 1), day: false };
	}
	return { first: utcMs(year, 0, 1), after: utcMs(year + 1, 0, 1), day: false };
}

/**
 * The span an event's date covers, from its first day to the day after its last (UTC ms), and
 * whether it is a single known day.
 * @param {{ start: string, end?: string }} date
 */
export function eventSpan(date) {
	const start = partialDateSpan(date.start);
	const end = date.end === undefined ? start : partialDateSpan(date.end);
	return {
		first: start.first,
		after: Math.max(start.after, end.after),
		singleDay: start.day && end.first === start.first
	};
}

/** @param {string} text */
export function escapeHtml(text) {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&#39;');
}

/**
 * A vis-timeline item for one of our events: a known day is a box (vis-timeline's default type)
 * at the middle of the day; a span of days, a month or a year is a range over its days. The title
 * is escaped: vis-timeline treats a string content as HTML.
 * @param {{ id: string, title: string, date: { start: string, end?: string } }} event
 */
export function visItemOf(event) {
	const span = eventSpan(event.date);
	const content = escapeHtml(event.title);
	return span.singleDay
		? { id: event.id, content, start: new Date(span.first + DAY_MS / 2), type: 'box' }
		: {
				id: event.id,
				content,
				start: new Date(span.first),
				end: new Date(span.after),
				type: 'range'
			};
}

/**
 * The window our app first shows for these spans (`timeExtent` in src/lib/timeline/scale.ts): from
 * the first day to the end of the last, padded by 3% of the span and at least 30 days each side.
 * @param {readonly { first: number, after: number }[]} spans
 * @returns {[number, number]}
 */
export function extentOf(spans) {
	let min = Infinity;
	let max = -Infinity;
	for (const span of spans) {
		if (span.first < min) min = span.first;
		if (span.after > max) max = span.after;
	}
	const pad = Math.max((max - min) * 0.03, 30 * DAY_MS);
	return [min - pad, max + pad];
}

/**
 * How many of `spans` ([first, after) in ms) overlap the window [from, to].
 * @param {readonly { first: number, after: number }[]} spans
 * @param {number} from
 * @param {number} to
 */
export function countInWindow(spans, from, to) {
	let count = 0;
	for (const span of spans) if (span.after > from && span.first <= to) count++;
	return count;
}

/** Sets the drawn mark, once: later calls do nothing. */
export function markDrawn() {
	if (performance.getEntriesByName(DRAWN_MARK, 'mark').length === 0) performance.mark(DRAWN_MARK);
}
