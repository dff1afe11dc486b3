import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../data/validate.ts';
import { SHEET_COLUMNS } from './sheet-csv.ts';
import { detectFormat, importTimelineFile, type FileImport } from './import-file.ts';

const OPTIONS = { sourceId: 'timeline', sourceFile: 'timeline.txt' };
const fixture = (path: string) => readFileSync(`tests/fixtures/import/${path}`, 'utf8');

function imported(text: string): FileImport {
	const result = importTimelineFile(text, OPTIONS);
	if ('error' in result) throw new Error(result.error);
	return result;
}

/** The validator's problems, as check:data --allow-drafts runs it: quotes against the text. */
function problemsOf({ dataset, sourceText }: FileImport) {
	return validateDataset(dataset, {
		file: 'events.json',
		sourceTexts: new Map([[OPTIONS.sourceFile, sourceText]])
	}).problems;
}

describe('detectFormat', () => {
	it.each([
		['timelinejs/eras.json', 'timelinejs'],
		['timelinejs/cosmological.json', 'timelinejs'],
		['sheet-csv/women_in_computing.csv', 'sheet-csv'],
		['vis-timeline/basic.json', 'vis-timeline'],
		['simile/sample-small.json', 'simile']
	])('reads %s as %s', (path, format) => {
		expect(detectFormat(fixture(path))).toMatchObject({ format });
	});

	it('says what it reads when a file is none of those formats', () => {
		expect(detectFormat(fixture('sheet-csv/parser_test.csv'))).toEqual({
			error: expect.stringContaining('a TimelineJS3 sheet saved as CSV')
		});
		expect(detectFormat('{"events": [')).toEqual({
			error: expect.stringContaining('is not valid JSON')
		});
		expect(detectFormat('{"name": "x"}')).toEqual({
			error: expect.stringContaining('is JSON but none')
		});
	});
});

describe('TimelineJS3 sheet (CSV)', () => {
	const sheet = imported(fixture('sheet-csv/women_in_computing.csv'));

	it('imports every row but the title row as a draft event, and validates', () => {
		expect(sheet.dataset.title).toBe('Women in Computing');
		expect(sheet.dataset.events).toHaveLength(10);
		expect(sheet.problems).toEqual([]);
		expect(problemsOf(sheet)).toEqual([]);
	});

	it('reads quoted cells with commas, quotes and line breaks whole', () => {
		const ada = sheet.dataset.events.find((e) => e.title === 'Ada Lovelace');
		expect(ada?.date).toMatchObject({ start: '1815-12-10', end: '1852-11-27', precision: 'day' });
		expect(ada?.summary).toContain('This slide demonstrates a simple "image" media type.');
	});

	it('keeps media as links and names, by row, what is not carried over', () => {
		const ada = sheet.dataset.events.find((e) => e.title === 'Ada Lovelace');
		expect(ada?.links).toEqual([
			{
				url: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
				label: 'Media: Portrait by Alfred Edward Chalon (Wikimedia Commons)'
			}
		]);
		expect(sheet.notes).toContainEqual(
			expect.objectContaining({ where: 'row 5', field: 'background.url', outcome: 'dropped' })
		);
		expect(sheet.notes).toContainEqual(
			expect.objectContaining({ where: 'title slide', field: 'background.url', outcome: 'dropped' })
		);
	});

	const header = SHEET_COLUMNS.join(',');
	const row = (values: Partial<Record<(typeof SHEET_COLUMNS)[number], string>>) =>
		SHEET_COLUMNS.map((c) => JSON.stringify(values[c] ?? '')).join(',');

	it('makes periods of era rows and one topic per group, whatever its script', () => {
		const groups = ['唐朝', '宋朝', '元朝', '明朝', '清朝'];
		const text = [
			header,
			row({ Headline: '中国朝代', Type: 'title' }),
			row({ Year: '618', 'End Year': '907', Headline: '唐', Type: 'era' }),
			...groups.map((group, i) =>
				row({ Year: String(700 + i * 200), Headline: `事件 ${i + 1}`, Group: group })
			)
		].join('\r\n');
		const result = imported(text);
		expect(result.dataset.topics.map((t) => t.label)).toEqual(groups);
		expect(new Set(result.dataset.events.map((e) => e.topic)).size).toBe(5);
		expect(result.dataset.periods).toEqual([
			expect.objectContaining({ title: '唐', start: '0618', end: '0907' })
		]);
		expect(problemsOf(result)).toEqual([]);
	});

	it('reads the older template (Start Date, End Date, Tag) and names a bad row by its number', () => {
		const text = [
			'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
			'1/2/2013,,First,,,,,,,Politics',
			'sometime,,Second,,,,,,,Politics'
		].join('\n');
		const result = imported(text);
		expect(result.dataset.events).toEqual([
			expect.objectContaining({
				title: 'First',
				date: expect.objectContaining({ start: '2013-01-02' })
			})
		]);
		expect(result.dataset.topics).toEqual([{ id: 'politics', label: 'Politics' }]);
		expect(result.problems).toEqual([
			expect.objectContaining({
				path: 'row 3 › start_date.year',
				headline: 'Second',
				skipped: true
			})
		]);
	});

	it('says in the basis how it read a slashed date that could be read two ways', () => {
		const text = [
			'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
			'1/2/2003,,Either way,,,,,,,',
			'13/2/2003,,Day first,,,,,,,',
			'2/13/2003,,Month first,,,,,,,',
			'5/5/2003,,Both the same,,,,,,,'
		].join('\n');
		const result = imported(text);
		const byTitle = (title: string) => result.dataset.events.find((e) => e.title === title)!.date;
		expect(byTitle('Either way').start).toBe('2003-01-02');
		expect(byTitle('Either way').basis).toContain(
			'"1/2/2003" was read month first, as TimelineJS3 reads it: 2003-01-02; day first it would be 2003-02-01'
		);
		for (const title of ['Day first', 'Month first', 'Both the same'])
			expect(byTitle(title).basis).not.toMatch(/month first/);
		expect(byTitle('Day first').start).toBe('2003-02-13');
		expect(byTitle('Month first').start).toBe('2003-02-13');
		expect(result.problems).toEqual([]);
		expect(problemsOf(result)).toEqual([]);
	});

	it('refuses a date cell saved as a spreadsheet serial number, naming the row and column', () => {
		const text = [
			'Start Date,End Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Tag',
			'45292,,Serial,,,,,,,',
			'2024-03-04,,Plain,,,,,,,',
			'10000 BC,,Deep,,,,,,,'
		].join('\n');
		const result = imported(text);
		expect(result.dataset.events.map((e) => [e.title, e.date.start])).toEqual([
			['Deep', '-9999'],
			['Plain', '2024-03-04']
		]);
		expect(result.problems).toEqual([
			expect.objectContaining({
				path: 'row 2 › Start Date',
				message: expect.stringMatching(/^45292 looks like a spreadsheet's serial day number/),
				skipped: true
			})
		]);
	});
});

describe('vis-timeline items and SIMILE', () => {
	it('imports the vis-timeline example, a range included, and validates', () => {
		const vis = imported(fixture('vis-timeline/basic.json'));
		expect(vis.dataset.events.map((e) => [e.title, e.date.start, e.date.end])).toEqual([
			['item 2', '2014-04-14', undefined],
			['item 4', '2014-04-16', '2014-04-19'],
			['item 3', '2014-04-18', undefined],
			['item 1', '2014-04-20', undefined],
			['item 5', '2014-04-25', undefined],
			['item 6', '2014-04-27', undefined]
		]);
		expect(problemsOf(vis)).toEqual([]);
	});

	it('makes background items periods and reports fields it does not carry', () => {
		const vis = imported(
			JSON.stringify([
				{ id: 'a', content: '<b>Launch</b>', start: '2020-01-05', group: 1, className: 'red' },
				{
					id: 'b',
					content: 'Quiet phase',
					start: '2020-02-01',
					end: '2020-03-01',
					type: 'background'
				}
			])
		);
		expect(vis.dataset.events[0]).toMatchObject({ title: 'Launch', topic: '1' });
		expect(vis.dataset.periods).toEqual([
			expect.objectContaining({ title: 'Quiet phase', start: '2020-02-01' })
		]);
		expect(vis.notes).toContainEqual(
			expect.objectContaining({ where: 'items[0]', field: 'className' })
		);
	});

	it('imports the SIMILE example with its durations, and reports the colours and zones', () => {
		const simile = imported(fixture('simile/sample-small.json'));
		expect(simile.dataset.events).toHaveLength(10);
		expect(
			simile.dataset.events.find((e) => e.title === '2006 FIFA World Cup')?.date
		).toMatchObject({
			start: '2006-06-09',
			end: '2006-07-09'
		});
		expect(simile.notes).toContainEqual(
			expect.objectContaining({
				where: 'events[1]',
				field: 'color',
				message: 'not carried over: "#4CAF50"'
			})
		);
		expect(problemsOf(simile)).toEqual([]);
	});

	it('keeps a SIMILE link as a link, and never a javascript: one', () => {
		const simile = imported(
			JSON.stringify({
				events: [
					{ start: '1961', title: 'A', link: 'https://example.org/a' },
					{ start: '1962', title: 'B', link: 'javascript:alert(1)' }
				]
			})
		);
		expect(simile.dataset.events[0].links).toEqual([
			{ url: 'https://example.org/a', label: 'Media' }
		]);
		expect(simile.dataset.events[1].links).toBeUndefined();
		expect(simile.notes).toContainEqual(
			expect.objectContaining({ where: 'events[1]', outcome: 'dropped' })
		);
		expect(problemsOf(simile)).toEqual([]);
	});
});
