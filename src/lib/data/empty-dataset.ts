/**
 * The dataset of a file that could not be read at all. Apart from the validator so that loading
 * can report a failed fetch without loading the validator.
 */
import type { Dataset, Problem } from './types.ts';

/** A dataset with nothing to show but its problems (the file could not be read at all). */
export function emptyDataset(file: string, problems: Problem[]): Dataset {
	return {
		title: file,
		sourceBase: 'sources/',
		topics: [],
		actors: [],
		sources: [],
		events: [],
		periods: [],
		problems
	};
}

/** How a failed fetch's problem begins; the page's load-failure message reads the reason after it. */
export const FETCH_FAILED = 'could not be fetched: ';

/** The dataset of a file that could not be fetched (or was refused before any request), and why. */
export function unfetchedDataset(file: string, reason: string): Dataset {
	return emptyDataset(file, [{ file, path: '(file)', message: `${FETCH_FAILED}${reason}` }]);
}

/**
 * Whether the dataset could not be loaded as a whole: no event to show, and problems. The page
 * decides with this alone; the reason's wording (`loadFailureReason`, in app/load-failure.ts) loads with the page that
 * says it.
 */
export function isLoadFailure(dataset: Dataset): boolean {
	return dataset.events.length === 0 && dataset.problems.length > 0;
}
