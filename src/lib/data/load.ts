/**
 * Loading a dataset and its source texts over HTTP (same origin). Errors become problems that
 * name the file; nothing here throws to the caller.
 */
import type { Dataset, DatasetFile } from './types.ts';
import { unfetchedDataset } from './empty-dataset.ts';
import { isTrusted, readTrustedDataset, TRUSTED_DATASET, type TrustedFile } from './trusted.ts';

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

/** How long a file may take to arrive before loading gives up and says so, in ms. */
export const LOAD_TIMEOUT_MS = 30_000;

export interface LoadOptions {
	fetcher?: typeof fetch;
	/** Give up after this many ms (default `LOAD_TIMEOUT_MS`). */
	timeoutMs?: number;
	/** A file the build validated (default: the bundled dataset's); its exact bytes are trusted. */
	trusted?: TrustedFile;
}

/**
 * Fetches `url`, which must be on `origin`: never a request elsewhere, not even through a
 * redirect (`redirect: 'manual'` stops at the first one, so another host never hears of the
 * reader), and never a wait without end. Throws an Error whose message says what happened.
 */
async function fetchOnOrigin(
	url: URL,
	origin: string,
	{ fetcher = fetch, timeoutMs = LOAD_TIMEOUT_MS }: LoadOptions
): Promise<Response> {
	if (url.origin !== origin) throw new Error(`it is on another site (${url.origin})`);
	const controller = new AbortController();
	// A plain timer rather than AbortSignal.timeout: tests drive it with a fake clock.
	const timer = setTimeout(() => controller.abort(), timeoutMs);
	try {
		const response = await fetcher(url, { redirect: 'manual', signal: controller.signal });
		if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400))
			throw new Error(
				'the server redirects it elsewhere; only files served at their own address are loaded'
			);
		// A fetcher that followed a redirect anyway: the answer must still come from this site.
		if (response.url && new URL(response.url).origin !== origin)
			throw new Error(`the server sent it from another site (${new URL(response.url).origin})`);
		return response;
	} catch (error) {
		if (controller.signal.aborted)
			throw new Error(
				`no answer from the server after ${Math.round(timeoutMs / 1000)} s; check the address and your connection, then reload`,
				{ cause: error }
			);
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Fetches and validates the dataset at `url` (resolved against the page, on the page's origin).
 * Network failures, redirects, time-outs and HTTP errors become problems naming the file.
 */
export async function loadDataset(
	url: URL,
	fetcherOrOptions: typeof fetch | LoadOptions = {}
): Promise<Dataset> {
	const options =
		typeof fetcherOrOptions === 'function' ? { fetcher: fetcherOrOptions } : fetcherOrOptions;
	const file = fileNameOf(url);
	const unreadable = (reason: string) => unfetchedDataset(file, reason);
	let text: string;
	try {
		// Reading the body can fail after the headers arrived, so it is guarded too.
		const response = await fetchOnOrigin(url, url.origin, options);
		if (!response.ok) return unreadable(`HTTP ${response.status}`);
		if (isFallbackPage(response, file)) return unreadable(FALLBACK_REASON);
		text = await response.text();
	} catch (error) {
		return unreadable(reasonOf(error));
	}
	if (await isTrusted(text, options.trusted ?? TRUSTED_DATASET, sha256Hex))
		return readTrustedDataset(JSON.parse(text) as DatasetFile);
	// Any other dataset is checked field by field; the validator loads only for it.
	const { parseDatasetText } = await import('./parse-dataset.ts');
	return parseDatasetText(text, file);
}

/** Whether a source text is the one the dataset cites, by its SHA-256. */
export type Integrity =
	| { status: 'verified' }
	| { status: 'mismatch'; expected: string; actual: string }
	/** The dataset gives no checksum for the file. */
	| { status: 'no-checksum' }
	/** The browser cannot compute one here (Web Crypto needs https or localhost). */
	| { status: 'unverifiable' };

export interface SourceText {
	text: string;
	integrity: Integrity;
}

/** The SHA-256 of `bytes` as lowercase hex, or undefined where Web Crypto is not available. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return undefined;
	const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Checks `bytes` against the checksum the dataset gives (if any). */
export async function checkIntegrity(
	bytes: Uint8Array<ArrayBuffer>,
	expected: string | undefined
): Promise<Integrity> {
	if (!expected) return { status: 'no-checksum' };
	const actual = await sha256Hex(bytes);
	if (actual === undefined) return { status: 'unverifiable' };
	return actual === expected ? { status: 'verified' } : { status: 'mismatch', expected, actual };
}

/**
 * Fetches a source text from the dataset's origin and checks it against its checksum; throws an
 * Error that names the file when it cannot be had.
 */
export async function loadSourceText(
	url: URL,
	datasetOrigin: string,
	expectedSha256: string | undefined,
	options: LoadOptions = {}
): Promise<SourceText> {
	const file = fileNameOf(url);
	let bytes: Uint8Array<ArrayBuffer>;
	try {
		const response = await fetchOnOrigin(url, datasetOrigin, options);
		if (!response.ok) throw new Error(`HTTP ${response.status}`);
		if (isFallbackPage(response, file)) throw new Error(FALLBACK_REASON);
		bytes = new Uint8Array(await response.arrayBuffer());
	} catch (error) {
		throw new Error(`${file}: ${reasonOf(error)}`, { cause: error });
	}
	// The hash is of the bytes as served; the text is their UTF-8 reading, as response.text() gives.
	const text = new TextDecoder().decode(bytes);
	return { text, integrity: await checkIntegrity(bytes, expectedSha256) };
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
