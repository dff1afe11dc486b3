/**
 * What the TimelineJS tests share: the import options they use, and the validator run on an
 * import as `check:data` runs it.
 */
import { validateDataset } from '../data/validate.ts';
import type { TimelineJsImport } from './timelinejs-import.ts';

/** The options every test import uses: the timeline becomes source `timeline`, file `timeline.txt`. */
export const OPTIONS = { sourceId: 'timeline', sourceFile: 'timeline.txt' };

/** The validator's problems with the import, run as `check:data` runs it: quotes against the text. */
export function validationProblems({ dataset, sourceText }: TimelineJsImport) {
	const file = dataset.sources[0]?.file ?? OPTIONS.sourceFile;
	return validateDataset(dataset, {
		file: 'events.json',
		sourceTexts: new Map([[file, sourceText]])
	}).problems;
}
