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
