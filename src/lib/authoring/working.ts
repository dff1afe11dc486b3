/**
 * The working dataset of the authoring tools: the dataset as its file is written, and the texts of
 * its sources by file name. Everything the page builds, reviews, saves in the browser and
 * publishes is one of these; the app reads it through `toAppDataset`.
 */
import { FORMAT_NAME, type Dataset, type DatasetFile } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { slugify } from '../shared/slug.ts';

/** A dataset being built in the page, with its source texts. Never mutated: changes make a new one. */
export interface Working {
	dataset: DatasetFile;
	/** The texts of the dataset's sources, by file name (as under its `sourceBase`). */
	texts: Readonly<Record<string, string>>;
}

/** The file name the dataset has in problem reports and in what is published. */
export const DATASET_FILE = 'events.json';

/**
 * An empty timeline with a title and one topic of the same name: an article needs a topic to be
 * filed under, and a new timeline is about one thing until the author says otherwise.
 */
export function newTimeline(title: string): Working {
	const label = title.trim();
	if (!label) throw new Error('a new timeline needs a title');
	return {
		dataset: {
			format: FORMAT_NAME,
			version: 1,
			title: label,
			sourceBase: 'sources/',
			topics: [{ id: slugify(label, 40) || 'main', label }],
			actors: [],
			sources: [],
			events: []
		},
		texts: {}
	};
}

/**
 * The working dataset as the app shows it: validated (every problem named, every valid event
 * kept), drafts included. Quotes are checked when the reader opens their text, as for any dataset.
 */
export function toAppDataset(working: Working): Dataset {
	return validateDataset(working.dataset, { file: DATASET_FILE });
}

/** How many events of the working dataset are drafts awaiting review. */
export function draftCount(working: Working): number {
	return working.dataset.events.reduce((n, e) => n + (e.draft ? 1 : 0), 0);
}

/** The working texts as the app reads them (`AppState.localTexts`). */
export function textsByName(working: Working): ReadonlyMap<string, string> {
	return new Map(Object.entries(working.texts));
}

/**
 * The dataset a page was opened on, as its file is written, with every source's text fetched from
 * the same origin: the work starts from what is published, and publishes it whole again.
 * @throws Error naming the file that cannot be read.
 */
export async function fetchPublished(url: URL, fetcher: typeof fetch = fetch): Promise<Working> {
	const name = url.pathname.split('/').pop() || DATASET_FILE;
	const read = async (at: URL, file: string): Promise<Response> => {
		let response: Response;
		try {
			response = await fetcher(at);
		} catch (error) {
			throw new Error(`${file}: cannot be read (${(error as Error).message})`, { cause: error });
		}
		if (!response.ok) throw new Error(`${file}: cannot be read (HTTP ${response.status})`);
		return response;
	};
	let dataset: DatasetFile;
	try {
		dataset = (await (await read(url, name)).json()) as DatasetFile;
	} catch (error) {
		if (error instanceof SyntaxError)
			throw new Error(`${name}: is not valid JSON`, { cause: error });
		throw error;
	}
	const base = new URL(dataset.sourceBase ?? 'sources/', url);
	const texts: Record<string, string> = {};
	await Promise.all(
		(dataset.sources ?? []).map(async (source) => {
			texts[source.file] = await (await read(new URL(source.file, base), source.file)).text();
		})
	);
	return { dataset, texts };
}
