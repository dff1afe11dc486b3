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
