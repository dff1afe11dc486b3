/**
 * Loading a dataset and its source texts over HTTP (same origin). Errors become problems that
 * name the file; nothing here throws to the caller.
 */
import type { Dataset, DatasetFile } from './types.ts';
import { unfetchedDataset } from './empty-dataset.ts';
import { isTrusted, readTrustedDataset, TRUSTED_DATASET, type TrustedFile } from './trusted.ts';
import type { ReadProgress } from './stream-dataset.ts';

/** Why a fetch failed, in words; whatever a fetcher rejects with, this does not throw. */
export function reasonOf(error: unknown): string {
	if (error instanceof Error) return error.message;
	try {
		return String(error);
	} catch {
		// String() throws on an object without a usable toString (e.g. a null prototype).
		return 'unknown error';
	}
}

/** The file name a URL ends with, decoded; as written when its %-escapes are malformed. */
export function fileNameOf(url: URL): string {
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
	/**
	 * Read a file longer than this as it arrives (`stream-dataset.ts`), in bytes (default
	 * `STREAM_ABOVE_BYTES`; 0 reads every file so, as `?stream=1` asks, for testing that path).
	 */
	streamAboveBytes?: number;
	/** Called as a file read as it arrives comes in (a big one: the page shows how far it is). */
	onProgress?: (progress: ReadProgress) => void;
}

/**
 * A dataset file longer than this, in bytes, is read as it arrives rather than as one string.
 * V8's longest string is 2^29 − 24 characters (about 537 million; a UTF-8 file has at least as
 * many bytes as characters), and `JSON.parse` of a string that long needs several times its size
 * again; half that keeps a tab's memory within reach, while every dataset of up to about 250 000
 * events keeps the one-string path (where the bundled file is recognised by its hash, and the
 * streaming parser is never fetched).
 */
export const STREAM_ABOVE_BYTES = 256 * 2 ** 20;

/** The body's length in bytes as the server states it; not that of a compressed body. */
function bodyLength(response: Response): number | undefined {
	const headers = response.headers;
	if (!headers?.get || headers.get('content-encoding')) return undefined;
	const length = Number(headers.get('content-length') ?? NaN);
	return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

/**
 * Fetches `url`, which must be on `origin`: never a request elsewhere, not even through a
 * redirect (`redirect: 'manual'` stops at the first one, so another host never hears of the
 * reader), and never a wait without end. Throws an Error whose message says what happened.
 */
export async function fetchOnOrigin(
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
	const streamAbove = options.streamAboveBytes ?? STREAM_ABOVE_BYTES;
	let text: string;
	try {
		// Reading the body can fail after the headers arrived, so it is guarded too.
		const response = await fetchOnOrigin(url, url.origin, options);
		if (!response.ok) return unreadable(`HTTP ${response.status}`);
		if (isFallbackPage(response, file)) return unreadable(FALLBACK_REASON);
		const length = bodyLength(response);
		const body = response.body;
		if (body && (streamAbove === 0 || (length !== undefined && length > streamAbove)))
			return await readStreamed(body, file, length, options);
		if (body && length === undefined) {
			// A compressed or chunked answer does not say how long the file is, and Chromium's
			// `response.text()` gives an empty string, not an error, for a body longer than the
			// longest string: so the body is read here, and read as it arrives once it is too long.
			const read = await readUpTo(body, streamAbove);
			if (read instanceof ReadableStream) return await readStreamed(read, file, undefined, options);
			text = read;
		} else text = await response.text();
	} catch (error) {
		return unreadable(reasonOf(error));
	}
	if (await isTrusted(text, options.trusted ?? TRUSTED_DATASET, sha256Hex))
		return readTrustedDataset(JSON.parse(text) as DatasetFile);
	// Any other dataset is checked field by field; the validator loads only for it.
	const { parseDatasetText } = await import('./parse-dataset.ts');
	return parseDatasetText(text, file);
}

/**
 * A file read as it arrives, with its streaming parser and the validator loaded for it only. A
 * failed read throws (the caller says the file could not be fetched); bad JSON or bad events come
 * back as the dataset's problems. The bundled dataset is never this big, so no hash is checked.
 */
async function readStreamed(
	body: ReadableStream<Uint8Array>,
	file: string,
	total: number | undefined,
	{ onProgress }: LoadOptions
): Promise<Dataset> {
	const { parseDatasetStream } = await import('./stream-dataset.ts');
	onProgress?.({ loaded: 0, total });
	return parseDatasetStream(body, file, { total, onProgress });
}

/**
 * The body as text when it is at most `limit` bytes; past that, a stream of the whole body (the
 * bytes read so far, then the rest), to be read as it arrives.
 */
async function readUpTo(
	body: ReadableStream<Uint8Array>,
	limit: number
): Promise<string | ReadableStream<Uint8Array>> {
	const reader = body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		size += value.byteLength;
		if (size > limit)
			return new ReadableStream<Uint8Array>({
				pull: async (controller) => {
					const next = chunks.shift() ?? (await reader.read()).value;
					if (next) controller.enqueue(next);
					else controller.close();
				},
				cancel: (reason) => reader.cancel(reason)
			});
	}
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		bytes.set(chunk, at);
		at += chunk.byteLength;
	}
	// As `response.text()` reads it: UTF-8, a byte-order mark dropped, bad bytes replaced.
	return new TextDecoder().decode(bytes);
}

/** The SHA-256 of `bytes` as lowercase hex, or undefined where Web Crypto is not available. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
	const subtle = globalThis.crypto?.subtle;
	if (!subtle) return undefined;
	const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
	return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

export const FALLBACK_REASON = 'the server sent a web page instead (the file is probably missing)';

/**
 * Whether the server answered with an HTML page for a file that is not one: single-page-app hosts
 * (vite preview among them) send their index page, with status 200, for any missing path.
 */
export function isFallbackPage(response: Response, file: string): boolean {
	const type = response.headers?.get?.('content-type') ?? '';
	return /^\s*text\/html\b/i.test(type) && !/\.html?$/i.test(file);
}
