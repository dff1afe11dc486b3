/**
 * Dataset text to a validated dataset. Apart from `load.ts` so that the validator is loaded only
 * for a dataset the build has not validated (see `trusted.ts`).
 */
import type { Dataset } from './types.ts';
import { emptyDataset, validateDataset } from './validate.ts';

/** Parses dataset text; a syntax error becomes a problem naming the file and the position. */
export function parseDatasetText(text: string, file: string): Dataset {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		return emptyDataset(file, [{ file, path: '(file)', message: `is not valid JSON: ${reason}` }]);
	}
	return validateDataset(raw, { file });
}
