import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	datasetJsonPieces,
	generateSyntheticDataset,
	SYNTHETIC_BASIS
} from './synthetic-dataset.ts';
import { validateDataset } from '../src/lib/data/validate.ts';
import type { DatasetFile } from '../src/lib/data/types.ts';

// The real dataset and its source texts, read the way check-data does (sourceBase relative to the
// dataset file), so every copied quote is checked against the real articles.
const DATASET = 'events.json';
const realText = readFileSync(DATASET, 'utf8');
const real = (): DatasetFile => JSON.parse(realText) as DatasetFile;
const sourceDir = join(dirname(DATASET), real().sourceBase ?? 'sources/');
const sourceTexts = new Map(
	readdirSync(sourceDir)
		.filter((name) => !name.startsWith('.'))
		.map((name) => [name, readFileSync(join(sourceDir, name), 'utf8')])
);

const validate = (dataset: DatasetFile) =>
	validateDataset(JSON.parse(JSON.stringify(dataset)), { file: 'synthetic.json', sourceTexts });

describe('generateSyntheticDataset', () => {
	const thousand = generateSyntheticDataset(real(), { events: 1000, seed: 7 });

	it('makes 1 000 events that the strict validator accepts without a single problem', () => {
		// Without the texts the validator would not compare quotes at all.
		expect(sourceTexts.size).toBe(real().sources.length);
		const result = validate(thousand);
		expect(result.problems).toEqual([]);
		expect(result.events).toHaveLength(1000);
		// Already in canonical order: the validator's sorted list is the file's list.
		expect(result.events.map((e) => e.id)).toEqual(thousand.events.map((e) => e.id));
	});

	it('keeps the format, version, sourceBase, topics, actors and sources of the real dataset', () => {
		const source = real();
		expect(thousand).toMatchObject({
			format: source.format,
			version: source.version,
			title: 'Synthetic dataset: 1000 events (for load testing)',
			sourceBase: source.sourceBase,
			topics: source.topics,
			actors: source.actors,
			sources: source.sources
		});
	});

	it('gives numbered, unique ids and readable titles built on real titles', () => {
		const titles = new Set(real().events.map((e) => e.title));
		expect(new Set(thousand.events.map((e) => e.id)).size).toBe(1000);
		thousand.events.forEach((event, i) => {
			expect(event.id).toBe(`synthetic-${String(i + 1).padStart(6, '0')}`);
			const match = /^Synthetic event (\d+): (.+)$/.exec(event.title);
			expect(match?.[1]).toBe(String(i + 1));
			expect(titles.has(match?.[2] ?? '')).toBe(true);
		});
	});

	it('uses no derivation, and says the dates are synthetic', () => {
		for (const event of thousand.events) {
			expect(event.date.derivation).toBeUndefined();
			expect(event.date.basis).toBe(SYNTHETIC_BASIS);
		}
	});

	it('mixes every precision, spans, approximate and qualified dates', () => {
		const shapes = new Set(
			thousand.events.map((e) => `${e.date.precision}${e.date.end ? ' span' : ''}`)
		);
		expect([...shapes].sort()).toEqual([
			'day',
			'day span',
			'month',
			'month span',
			'year',
			'year span'
		]);
		expect(thousand.events.some((e) => e.date.approximate)).toBe(true);
		expect(thousand.events.some((e) => !e.date.approximate)).toBe(true);
		expect(thousand.events.some((e) => e.date.qualifier)).toBe(true);
	});

	it('keeps dates in the year range and clusters them in bursts', () => {
		const result = validate(
			generateSyntheticDataset(real(), { events: 1000, fromYear: 2000, toYear: 2009 })
		);
		expect(result.problems).toEqual([]);
		const years = thousand.events.flatMap((e) => [e.date.start, e.date.end ?? e.date.start]);
		expect(years.every((d) => d.slice(0, 4) >= '1990' && d.slice(0, 4) <= '2030')).toBe(true);
		for (const event of result.events) {
			expect(event.when.start.year).toBeGreaterThanOrEqual(2000);
			expect((event.when.end ?? event.when.start).year).toBeLessThanOrEqual(2009);
		}
		// Uniform dates would put about 2 of the 1 000 events in each of the 492 months.
		const perMonth = new Map<string, number>();
		for (const event of thousand.events)
			if (event.date.precision !== 'year') {
				const month = event.date.start.slice(0, 7);
				perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
			}
		expect(Math.max(...perMonth.values())).toBeGreaterThan(20);
	});

	it('keeps even a one-year range valid, with no span that ends where it starts', () => {
		const dataset = generateSyntheticDataset(real(), { events: 500, fromYear: 2024, toYear: 2024 });
		expect(validate(dataset).problems).toEqual([]);
		for (const { date } of dataset.events) {
			expect(date.start.slice(0, 4)).toBe('2024');
			expect(date.end === undefined || (date.end > date.start && date.end <= '2024-12-31')).toBe(
				true
			);
		}
	});

	it('is deterministic for a seed, and different seeds differ', () => {
		const again = generateSyntheticDataset(real(), { events: 1000, seed: 7 });
		expect(JSON.stringify(again)).toBe(JSON.stringify(thousand));
		const other = generateSyntheticDataset(real(), { events: 1000, seed: 8 });
		expect(JSON.stringify(other)).not.toBe(JSON.stringify(thousand));
		expect(JSON.stringify(generateSyntheticDataset(real(), { events: 50 }))).toBe(
			JSON.stringify(generateSyntheticDataset(real(), { events: 50, seed: 1 }))
		);
	});

	it('makes exactly the number of events asked for, including none', () => {
		for (const events of [0, 1, 2, 37]) {
			const dataset = generateSyntheticDataset(real(), { events });
			expect(dataset.events).toHaveLength(events);
			const result = validate(dataset);
			expect(result.problems).toEqual([]);
			expect(result.events).toHaveLength(events);
		}
	});

	it('does not modify the real dataset', () => {
		const input = real();
		generateSyntheticDataset(input, { events: 100 });
		expect(JSON.stringify(input)).toBe(JSON.stringify(real()));
	});

	it('refuses invalid options', () => {
		expect(() => generateSyntheticDataset(real(), { events: -1 })).toThrow(RangeError);
		expect(() => generateSyntheticDataset(real(), { events: 1.5 })).toThrow(RangeError);
		expect(() => generateSyntheticDataset(real(), { events: 1, fromYear: 2031 })).toThrow(
			RangeError
		);
		expect(() => generateSyntheticDataset({ ...real(), events: [] }, { events: 1 })).toThrow(
			/no event with citations/
		);
	});
});

describe('datasetJsonPieces', () => {
	it('gives JSON.stringify of the dataset, byte for byte, in pieces none of which holds it all', () => {
		for (const events of [0, 1, 4999]) {
			const dataset = generateSyntheticDataset(real(), { events });
			const pieces = [...datasetJsonPieces(dataset)];
			const whole = JSON.stringify(dataset);
			expect(pieces.join('')).toBe(whole);
			if (events > 0)
				expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(whole.length / 2);
		}
	});
});
