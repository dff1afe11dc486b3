/**
 * A dataset that could not be loaded as a whole: nothing to show, and problems that say why. A
 * dataset with some valid events is not one: it is shown, its problems listed beside it. Pure.
 * Loaded with the page that says it (LoadFailure): the bundled dataset never needs it.
 */
import type { Dataset, Problem } from '../data/types.ts';
import { FETCH_FAILED, isLoadFailure } from '../data/empty-dataset.ts';

/** Where a problem stops the whole file from being read (a missing title does not). */
const WHOLE_FILE_PATHS = new Set(['(file)', '(top level)', 'format', 'version']);

function isAboutTheFile(problem: Problem): boolean {
	return problem.item === undefined && WHOLE_FILE_PATHS.has(problem.path);
}

/** The phrase for a failed fetch, in the reader's words: "HTTP 404" alone says little. */
function fetchReason(reason: string): string {
	const status = /^HTTP (\d+)$/.exec(reason)?.[1];
	if (status === '404') return 'the server has no file at that address (HTTP 404)';
	if (status === '403') return 'the server refuses to give it (HTTP 403)';
	if (status) return `the server answered HTTP ${status}`;
	return reason;
}

/**
 * Why the dataset could not be loaded, in one line, or undefined when it could (it has events to
 * show, or it is a valid dataset that holds none).
 */
export function loadFailureReason(dataset: Dataset): string | undefined {
	if (!isLoadFailure(dataset)) return undefined;
	const first = dataset.problems.find(isAboutTheFile);
	if (!first) {
		const count = dataset.problems.length;
		return `none of its events is valid (${count} ${count === 1 ? 'problem' : 'problems'}, listed below)`;
	}
	if (first.message.startsWith(FETCH_FAILED))
		return fetchReason(first.message.slice(FETCH_FAILED.length));
	const json = /^is not valid JSON: (.*)$/s.exec(first.message);
	if (json) return `it is not valid JSON (${json[1]})`;
	const where = first.path === '(file)' || first.path === '(top level)' ? '' : `${first.path}: `;
	return `it is not a dataset this app can read (${where}${first.message})`;
}
