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

/**
 * Fetches and validates the dataset at `url` (resolved against the page). Network failures and
 * HTTP errors become problems.
 */
export async function loadDataset(url: URL, fetcher: typeof fetch = fetch): Promise<Dataset> {
	const file = decodeURIComponent(url.pathname.split('/').pop() || url.href);
	const unreadable = (reason: string) =>
		emptyDataset(file, [{ file, path: '(file)', message: `could not be fetched: ${reason}` }]);
	let text: string;
	try {
		// Reading the body can fail after the headers arrived, so it is guarded too.
		const response = await fetcher(url);
		if (!response.ok) return unreadable(`HTTP ${response.status}`);
		text = await response.text();
	} catch (error) {
		return unreadable(error instanceof Error ? error.message : String(error));
	}
	return parseDatasetText(text, file);
}

/** Where a source's text lives, relative to the dataset's own URL. */
export function sourceUrl(datasetUrl: URL, sourceBase: string, source: SourceRecord): URL {
	return new URL(sourceBase + encodeURIComponent(source.file), datasetUrl);
}

/** Fetches a source text; throws an Error that names the file when it cannot. */
export async function loadSourceText(url: URL, fetcher: typeof fetch = fetch): Promise<string> {
	const response = await fetcher(url);
	if (!response.ok) throw new Error(`${url.pathname.split('/').pop()}: HTTP ${response.status}`);
	return response.text();
}
