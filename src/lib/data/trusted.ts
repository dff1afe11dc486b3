/**
 * The bundled dataset, trusted by its hash. The build validates `events.json` with the same
 * strict check as `npm run check:data` and, when it passes, writes its size and SHA-256 into the
 * page (`scripts/vite-plugin-dataset.ts`). A file with exactly those bytes needs no second
 * validation in the browser: it is read as it is, and the validator (with its date resolver, a
 * third of the page's own code) loads only for any other dataset, such as one named by `?data=`.
 */
import { parsePartialDate } from './civil-date.ts';
import { comparePeriods, computeWhen, shareRepeatedText } from './event.ts';
import type { Dataset, DatasetFile, Period, TimelineEvent } from './types.ts';

/** The size and SHA-256 (lowercase hex) of a dataset file the build has validated. */
export interface TrustedFile {
	bytes: number;
	sha256: string;
}

declare const __TRUSTED_DATASET__: TrustedFile | null | undefined;

/** The bundled dataset's size and hash, when the build validated it (the app's build only). */
export const TRUSTED_DATASET: TrustedFile | undefined =
	typeof __TRUSTED_DATASET__ === 'object' && __TRUSTED_DATASET__ !== null
		? __TRUSTED_DATASET__
		: undefined;

/**
 * The dataset in `raw`, which must be a file that passed validation with no problem (so every
 * date parses, the events are in canonical order, and there is nothing to skip): what
 * `validateDataset` returns for it, without checking anything again.
 */
export function readTrustedDataset(raw: DatasetFile): Dataset {
	const pool = new Map<string, string>();
	const events: TimelineEvent[] = raw.events.map((record) => {
		const date = record.date;
		const when = computeWhen(
			parsePartialDate(date.start)!,
			date.end === undefined ? undefined : parsePartialDate(date.end)!,
			date.approximate,
			date.qualifier
		);
		return shareRepeatedText({ ...record, when }, pool);
	});
	const periods: Period[] = (raw.periods ?? []).map((period) => ({
		...period,
		when: computeWhen(parsePartialDate(period.start)!, parsePartialDate(period.end)!, false)
	}));
	return {
		title: raw.title,
		description: raw.description,
		sourceBase: raw.sourceBase ?? 'sources/',
		topics: raw.topics,
		actors: raw.actors,
		sources: raw.sources,
		events,
		periods: periods.sort(comparePeriods),
		problems: []
	};
}

/**
 * Whether `text`, as UTF-8, is the trusted file: same size, same SHA-256. A file that is not
 * plain UTF-8 (a byte-order mark, a stray byte) does not survive decoding and encoding again, so
 * it is never taken for the trusted one: it is validated. Where the browser cannot hash (Web
 * Crypto needs https or localhost), nothing is trusted.
 */
export async function isTrusted(
	text: string,
	trusted: TrustedFile | undefined,
	sha256Hex: (bytes: Uint8Array<ArrayBuffer>) => Promise<string | undefined>
): Promise<boolean> {
	// A UTF-8 file has between one and three bytes per UTF-16 unit: most others are ruled out
	// before anything is encoded.
	if (!trusted || trusted.bytes < text.length || trusted.bytes > 3 * text.length) return false;
	const bytes = new TextEncoder().encode(text) as Uint8Array<ArrayBuffer>;
	if (bytes.length !== trusted.bytes) return false;
	return (await sha256Hex(bytes)) === trusted.sha256;
}
