import { describe, expect, it } from 'vitest';
import { loadFailureReason } from './load-failure.ts';
import { isLoadFailure } from '../data/empty-dataset.ts';
import { emptyDataset, validateDataset } from '../data/validate.ts';
import { parseDatasetText } from '../data/parse-dataset.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const failedFetch = (reason: string) =>
	emptyDataset('x.json', [
		{ file: 'x.json', path: '(file)', message: `could not be fetched: ${reason}` }
	]);

describe('isLoadFailure', () => {
	it('holds for no event to show with problems, and for nothing else', () => {
		expect(isLoadFailure(failedFetch('HTTP 404'))).toBe(true);
		expect(isLoadFailure(validateDataset(miniDataset(), { file: 'x.json' }))).toBe(false);
		const none = validateDataset({ ...miniDataset(), events: [] }, { file: 'x.json' });
		expect(isLoadFailure(none)).toBe(false);
	});
});

describe('loadFailureReason', () => {
	it.each([
		['HTTP 404', 'the server has no file at that address (HTTP 404)'],
		['HTTP 500', 'the server answered HTTP 500'],
		[
			'the server sent a web page instead (the file is probably missing)',
			'the server sent a web page instead (the file is probably missing)'
		]
	])('says why a fetch failed: %s', (reason, said) => {
		expect(loadFailureReason(failedFetch(reason))).toBe(said);
	});

	it('says a file is not JSON, and where it broke', () => {
		const reason = loadFailureReason(parseDatasetText('{"format": ', 'x.json'));
		expect(reason).toMatch(/^it is not valid JSON \(.+\)$/);
	});

	it('names the field that makes a file unreadable as a dataset', () => {
		const data = { ...miniDataset(), version: 99 };
		expect(loadFailureReason(validateDataset(data, { file: 'x.json' }))).toBe(
			'it is not a dataset this app can read (version: format version 99 is not supported (this reader knows 1))'
		);
		expect(loadFailureReason(validateDataset([], { file: 'x.json' }))).toMatch(
			/^it is not a dataset this app can read \(must be a JSON object/
		);
	});

	it('counts the problems when every event is invalid', () => {
		const data = miniDataset();
		for (const event of data.events) event.date.start = '2024-13-45';
		const dataset = validateDataset(data, { file: 'x.json' });
		expect(loadFailureReason(dataset)).toBe(
			`none of its events is valid (${dataset.problems.length} problems, listed below)`
		);
	});

	it('is no failure when some events are valid, or when a valid dataset holds none', () => {
		const data = miniDataset();
		data.events[0].date.start = '2024-13-45';
		const partly = validateDataset(data, { file: 'x.json' });
		expect(partly.problems.length).toBeGreaterThan(0);
		expect(loadFailureReason(partly)).toBeUndefined();
		expect(
			loadFailureReason(validateDataset({ ...miniDataset(), events: [] }, { file: 'x.json' }))
		).toBeUndefined();
	});
});
