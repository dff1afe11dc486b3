import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetFile } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { importTimelineFile, type FileImport } from '../import/import-file.ts';
import { SHEET_COLUMNS } from '../import/sheet-csv.ts';
import { EXPORT_FORMATS, exportAs, exportFileNameAs, type ExportFormat } from './formats.ts';

const OPTIONS = { sourceId: 'timeline', sourceFile: 'timeline.txt' };

function imported(text: string): FileImport {
	const result = importTimelineFile(text, OPTIONS);
	if ('error' in result) throw new Error(result.error);
	return result;
}

function datasetOf(file: DatasetFile): Dataset {
	return validateDataset(file, { file: 'events.json' });
}

/**
 * What a round trip must keep: each event's title and date (and its id, but through the sheet: its
 * 18 columns have no place for ids, which an import makes again from the headlines), and each
 * period. Events are compared in order of date and title, which does not depend on ids.
 */
function essentials(dataset: Dataset, withIds = true) {
	return {
		events: dataset.events
			.map((e) => ({
				...(withIds && { id: e.id }),
				title: e.title,
				start: e.date.start,
				end: e.date.end,
				precision: e.date.precision,
				approximate: e.date.approximate,
				qualifier: e.date.qualifier
			}))
			.sort((a, b) => (a.start + a.title < b.start + b.title ? -1 : 1)),
		periods: dataset.periods.map(({ id, title, start, end }) => ({
			...(withIds && { id }),
			title,
			start,
			end
		}))
	};
}

const project = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')), {
	file: 'events.json'
});

describe.each(['timelinejs', 'sheet-csv'] as const)('export as %s, then import', (format) => {
	it('gives back the project dataset’s events and dates', () => {
		const back = imported(exportAs(format, project, project.events));
		expect(back.problems).toEqual([]);
		const withIds = format === 'timelinejs';
		expect(essentials(datasetOf(back.dataset), withIds)).toEqual(essentials(project, withIds));
	});

	it.each(['timelinejs/eras.json', 'sheet-csv/women_in_computing.csv', 'simile/sample-small.json'])(
		'gives back the events, dates and periods of an import of %s',
		(path) => {
			const first = datasetOf(
				imported(readFileSync(`tests/fixtures/import/${path}`, 'utf8')).dataset
			);
			const back = imported(exportAs(format, first, first.events));
			expect(back.problems).toEqual([]);
			const withIds = format === 'timelinejs';
			expect(essentials(datasetOf(back.dataset), withIds)).toEqual(essentials(first, withIds));
		}
	);
});

describe('the TimelineJS3 export', () => {
	it('has one slide per event with the date as stated, and the passages and sources in its text', () => {
		const out = JSON.parse(exportAs('timelinejs', project, project.events));
		expect(out.events).toHaveLength(project.events.length);
		const event = project.events.find((e) => e.date.approximate)!;
		const slide = out.events.find((s: { unique_id: string }) => s.unique_id === event.id);
		expect(slide.display_date).toBe(event.when.label);
		const source = project.sources.find((s) => s.id === event.citations[0].source)!;
		expect(slide.text.text).toContain('<blockquote>');
		expect(slide.text.text).toContain(source.outlet.replace(/&/g, '&amp;'));
	});

	it('writes the periods as eras', () => {
		const eras = datasetOf(
			imported(readFileSync('tests/fixtures/import/timelinejs/eras.json', 'utf8')).dataset
		);
		const out = JSON.parse(exportAs('timelinejs', eras, eras.events));
		expect(out.eras.map((e: { text: { headline: string } }) => e.text.headline)).toEqual(
			eras.periods.map((p) => p.title)
		);
	});
});

describe('the sheet export', () => {
	it('has exactly the template’s 18 columns, in its order, and a title row', () => {
		const text = exportAs('sheet-csv', project, project.events);
		const { data, errors } = Papa.parse<string[]>(text.trim());
		expect(errors).toEqual([]);
		expect(data[0]).toEqual([...SHEET_COLUMNS]);
		expect(data[0]).toHaveLength(18);
		expect(data[1][SHEET_COLUMNS.indexOf('Type')]).toBe('title');
		expect(data.slice(1).every((row) => row.length === 18)).toBe(true);
		expect(data).toHaveLength(project.events.length + 2);
	});

	it('guards cells a spreadsheet would run as formulas, keeps BCE years numbers, and reads them back', () => {
		const file: DatasetFile = JSON.parse(exportAs('json', project, project.events.slice(0, 1)));
		file.events[0].title = '=HYPERLINK("http://evil.example","click")';
		file.events[0].date = {
			...file.events[0].date,
			start: '-0043',
			end: undefined,
			precision: 'year'
		};
		delete file.events[0].date.derivation;
		const dataset = datasetOf(file);
		expect(dataset.problems).toEqual([]);
		const text = exportAs('sheet-csv', dataset, dataset.events);
		const row = Papa.parse<string[]>(text.trim()).data[2];
		expect(row[SHEET_COLUMNS.indexOf('Headline')]).toMatch(/^'=HYPERLINK/);
		expect(row[SHEET_COLUMNS.indexOf('Year')]).toBe('-44');
		const back = imported(text).dataset.events[0];
		expect(back.title).toBe('=HYPERLINK("http://evil.example","click")');
		expect(back.date.start).toBe('-0043');
	});
});

describe('file names', () => {
	it.each(Object.keys(EXPORT_FORMATS) as ExportFormat[])('end as the %s format says', (format) => {
		expect(exportFileNameAs('Café crème', format)).toBe(
			`cafe-creme-${EXPORT_FORMATS[format].suffix}`
		);
	});
});
