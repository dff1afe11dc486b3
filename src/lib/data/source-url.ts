/**
 * Where a source's text lives: its file under the dataset's `sourceBase`, resolved against the
 * dataset's own URL. One rule for the app (an https: dataset URL) and the CLI (a file: URL of the
 * dataset), so that `check:data` reads exactly the files a reader's browser would fetch.
 */

/** Any dataset URL: a base is judged by where it leads from there, not by how it is spelled. */
const PROBE = 'https://dataset.invalid/folder/events.json';

/**
 * Whether `base` is a `sourceBase` that keeps source texts on the dataset's origin. Resolve first,
 * then check: the URL parser drops leading spaces and removes tabs and newlines (so
 * `"\n//evil.example/"` would lead to another host), so such characters are refused outright,
 * as are backslashes (read as "/") and encoded slashes and backslashes. A path from the site root ("/sources/") is refused too: only
 * the browser knows where the site's root is, and the CLI must resolve the same files.
 */
export function isSourceBase(base: unknown): base is string {
	if (typeof base !== 'string' || base === '') return false;
	// C0 controls, space, DEL and the backslash: characters the parser drops or rewrites.
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u0020\u007f\\]/.test(base) || base.startsWith('/')) return false;
	// An encoded slash or backslash: the URL parser keeps "%2F" in a folder's name, but servers
	// differ on whether they decode it, and no folder on disk can be named so (check:data must
	// resolve the same files as the browser).
	if (/%(2f|5c)/i.test(base)) return false;
	try {
		const probe = new URL(PROBE);
		return new URL(base, probe).origin === probe.origin;
	} catch {
		return false;
	}
}

/** The URL of a source file: `file` under `sourceBase`, relative to the dataset's URL. */
export function sourceUrl(datasetUrl: URL, sourceBase: string, file: string): URL {
	return new URL(sourceBase + encodeURIComponent(file), datasetUrl);
}

/** The URL of the folder of the source files (for listing them beside a dataset file). */
export function sourceFolderUrl(datasetUrl: URL, sourceBase: string): URL {
	return new URL(sourceBase, datasetUrl);
}
