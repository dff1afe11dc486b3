/**
 * Where the page's source texts come from: fetched once from the dataset's origin and checked
 * against their checksums, or, while the authoring tools show a working dataset, read from this
 * browser's working files. It loads with the first text asked for (the reader's), not with the
 * first view (`AppState.loadText`).
 */
import { checkIntegrity, loadSourceText, type SourceText } from '../data/source-text.ts';
import { sourceUrl } from '../data/source-url.ts';
import type { SourceRecord } from '../data/types.ts';

/** What the page holds that a source's text depends on, read when the text is asked for. */
export interface TextPlace {
	/** The working files' texts by file name, while the authoring tools show their dataset. */
	localTexts: ReadonlyMap<string, string> | undefined;
	/** The dataset's `sourceBase`, if it has one. */
	sourceBase: string | undefined;
	datasetUrl: URL;
	/** The texts fetched so far, by source id: each is fetched once. */
	fetched: Map<string, Promise<SourceText>>;
}

/** The text of `source`, with what its checksum says of it. */
export function textOf(source: SourceRecord, place: TextPlace): Promise<SourceText> {
	if (place.localTexts) {
		const local = place.localTexts.get(source.file);
		if (local === undefined)
			return Promise.reject(new Error(`${source.file}: not among this browser's working files`));
		return checkIntegrity(new TextEncoder().encode(local), source.sha256).then((integrity) => ({
			text: local,
			integrity
		}));
	}
	let text = place.fetched.get(source.id);
	if (!text) {
		const url = place.datasetUrl;
		const file = sourceUrl(url, place.sourceBase ?? 'sources/', source.file);
		text = loadSourceText(file, url.origin, source.sha256);
		place.fetched.set(source.id, text);
	}
	return text;
}
