/**
 * The app's state as it lives in the URL hash, so a view can be bookmarked and shared:
 * `#event=abc&from=2024-01-01&to=2024-12-31&topic=militias,ukraine&kind=attack&q=drone%20strike`.
 * Pure parse/serialize; reading and writing `location.hash` is the caller's job.
 */
import { isoDayToMs, msToIsoDay } from '../data/civil-date.ts';
import { SLUG } from '../shared/slug.ts';
import { EMPTY_FILTER, type EventFilter, type Facet } from '../filter/filter.ts';

/** What the URL hash records. */
export interface UrlState {
	/** Selected event id. */
	event?: string;
	/** Visible window as ISO days (UTC), 'YYYY-MM-DD'; years outside 0000–9999 as ±YYYYYY-MM-DD. */
	from?: string;
	to?: string;
	filter: EventFilter;
}

// The dataset's id rule (`SLUG`): a value that could never be an id in a valid dataset is
// dropped rather than carried along. Kinds follow the same rule.

const LIST_KEYS: readonly Facet[] = ['topic', 'kind', 'actor', 'source'];

/** The canonical spelling of a valid ISO day, or undefined. */
function canonicalDay(text: string): string | undefined {
	const ms = isoDayToMs(text);
	return ms === undefined ? undefined : msToIsoDay(ms);
}

/** decodeURIComponent that returns undefined on a malformed escape instead of throwing. */
function decode(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** The distinct slugs of a comma-separated list, in order; other entries are dropped. */
function parseSlugList(raw: string): string[] {
	const values = new Set<string>();
	for (const part of raw.split(',')) {
		const value = decode(part);
		if (value !== undefined && SLUG.test(value)) values.add(value);
	}
	return [...values];
}

/**
 * Parses a location hash like
 * '#event=abc&from=2024-01-01&to=2024-12-31&topic=militias,ukraine&kind=attack&actor=x&source=y&q=drone%20strike'
 * (the leading '#' is optional). Unknown keys are ignored and malformed values dropped: an id or
 * kind that is not a kebab-case slug, a date that is not a real ISO day, a bad percent escape.
 * A repeated key: the last valid occurrence wins. Lists lose duplicates. In `q` a '+' means a
 * space, as in query strings (serialize writes a literal '+' as %2B). Days are returned in
 * canonical form; a window given backwards (from after to) is swapped. Never throws.
 */
export function parseUrlState(hash: string): UrlState {
	const filter: EventFilter = { ...EMPTY_FILTER };
	const state: UrlState = { filter };
	if (typeof hash !== 'string') return state;
	const body = hash.startsWith('#') ? hash.slice(1) : hash;
	for (const pair of body.split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 0) continue;
		const key = pair.slice(0, eq);
		const raw = pair.slice(eq + 1);
		if (key === 'event') {
			const value = decode(raw);
			if (value !== undefined && SLUG.test(value)) state.event = value;
		} else if (key === 'from' || key === 'to') {
			const value = decode(raw);
			const day = value === undefined ? undefined : canonicalDay(value);
			if (day !== undefined) state[key] = day;
		} else if (key === 'q') {
			const value = decode(raw.replace(/\+/g, ' '));
			if (value !== undefined) filter.query = value;
		} else if ((LIST_KEYS as readonly string[]).includes(key)) {
			filter[key as Facet] = parseSlugList(raw);
		}
	}
	// Canonical days compare correctly as numbers only, not as strings (signs, widths).
	if (state.from !== undefined && state.to !== undefined) {
		if (isoDayToMs(state.from)! > isoDayToMs(state.to)!)
			[state.from, state.to] = [state.to, state.from];
	}
	return state;
}

// encodeURIComponent throws on a lone surrogate (possible in pasted text); the replacement
// character keeps serialization total.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encode(text: string): string {
	return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
}

/**
 * The inverse of `parseUrlState`: a hash starting with '#', keys in a fixed order (event, from,
 * to, topic, kind, actor, source, q), empty parts omitted, each value percent-encoded on its own
 * and list values joined with ','. Values are written as given (parse drops invalid ones).
 * Returns '' when everything is empty.
 */
export function serializeUrlState(state: UrlState): string {
	const parts: string[] = [];
	if (state.event) parts.push(`event=${encode(state.event)}`);
	if (state.from) parts.push(`from=${encode(state.from)}`);
	if (state.to) parts.push(`to=${encode(state.to)}`);
	for (const key of LIST_KEYS) {
		const values = state.filter[key];
		if (values.length > 0) parts.push(`${key}=${values.map(encode).join(',')}`);
	}
	if (state.filter.query) parts.push(`q=${encode(state.filter.query)}`);
	return parts.length === 0 ? '' : `#${parts.join('&')}`;
}
