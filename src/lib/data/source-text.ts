/**
 * A source text fetched from the dataset's origin and checked against its checksum: the reader's,
 * loaded with it (`AppState.loadText`), not with the first view.
 */
import {
	FALLBACK_REASON,
	fetchOnOrigin,
	fileNameOf,
	isFallbackPage,
	reasonOf,
	sha256Hex,
	type LoadOptions
} from './load.ts';

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
