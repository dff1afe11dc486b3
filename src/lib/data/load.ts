/**
 * Loading a dataset and its source texts over HTTP (same origin). Errors become problems that
 * name the file; nothing here throws to the caller.
 */
import type { Dataset, SourceRecord } from './types.ts';
import { emptyDataset, validateDataset } from './validate.ts';

/** Parses dataset text; a syntax error becomes a problem naming the file and the position. */
export function parseDatasetText(text: string, file: string): Dataset {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return emptyDataset(file, [{ file, path: '(file)', message: `is not valid JSON: ${reason}` }]);
	}
	return validateDataset(raw, { file });
}

/** Why a fetch failed, in words; whatever a fetcher rejects with, this does not throw. */
function reasonOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	try {
		return String(error);
	} catch {
		// String() throws on an object without a usable toString (e.g. a null prototype).
		return 'unknown error';
	}
}

/** The file name a URL ends with, decoded; as written when its %-escapes are malformed. */
function fileNameOf(url: URL): string {
	const name = url.pathname.split('/').pop() || url.href;
	try {
		return decodeURIComponent(name);
	} catch {
		// decodeURIComponent throws on "%E0.json"; the name must never make loading throw.
		return name;
	}
}

/**
 * Fetches and validates the dataset at `url` (resolved against the page). Network failures and
 * HTTP errors become problems.
 */
export async function loadDataset(url: URL, fetcher: typeof fetch = fetch): Promise<Dataset> {
	const file = fileNameOf(url);
	const unreadable = (reason: string) =>
		emptyDataset(file, [{ file, path: '(file)', message: `could not be fetched: ${reason}` }]);
	let text: string;
	try {
		// Reading the body can fail after the headers arrived, so it is guarded too.
		const response = await fetcher(url);
		if (!response.ok) return unreadable(`HTTP ${response.status}`);
		if (isFallbackPage(response, file)) return unreadable(FALLBACK_REASON);
		text = await response.text();
	} catch (error) {
		return unreadable(reasonOf(error));
	}
	return parseDatasetText(text, file);
}

/** Where a source's text lives, relative to the dataset's own URL. */
export function sourceUrl(datasetUrl: URL, sourceBase: string, source: SourceRecord): URL {
	return new URL(sourceBase + encodeURIComponent(source.file), datasetUrl);
}

/** Fetches a source text; throws an Error that names the file when it cannot. */
export async function loadSourceText(url: URL, fetcher: typeof fetch = fetch): Promise<string> {
	const file = fileNameOf(url);
	let response: Response;
	try {
		response = await fetcher(url);
	} catch (error) {
		throw new Error(`${file}: ${reasonOf(error)}`, { cause: error });
	}
	if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
	if (isFallbackPage(response, file)) throw new Error(`${file}: ${FALLBACK_REASON}`);
	return response.text();
}

const FALLBACK_REASON = 'the server sent a web page instead (the file is probably missing)';

/**
 * Whether the server answered with an HTML page for a file that is not one: single-page-app hosts
 * (vite preview among them) send their index page, with status 200, for any missing path.
 */
function isFallbackPage(response: Response, file: string): boolean {
	const type = response.headers?.get?.('content-type') ?? '';
	return /^\s*text\/html\b/i.test(type) && !/\.html?$/i.test(file);
}
