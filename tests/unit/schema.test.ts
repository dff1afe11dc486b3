import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { miniDataset } from '../fixtures/mini-dataset.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';

// The JSON Schema is the contract for people who write datasets with other tools; the TypeScript
// validator is what the app runs. These tests keep the two in agreement.
const schema = JSON.parse(readFileSync('schema/events.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validateSchema = ajv.compile(schema);

describe('schema/events.schema.json', () => {
	it('accepts the project dataset', () => {
		const data = JSON.parse(readFileSync('events.json', 'utf8'));
		expect(validateSchema(data), JSON.stringify(validateSchema.errors, null, 1)).toBe(true);
	});

	it('accepts the test fixture', () => {
		expect(validateSchema(miniDataset()), JSON.stringify(validateSchema.errors)).toBe(true);
	});

	const breakages: [string, (d: ReturnType<typeof miniDataset>) => void][] = [
		['a date that is not a partial ISO date', (d) => (d.events[0].date.start = '23/09/2024')],
		[
			'an unknown precision',
			(d) => ((d.events[0].date as { precision: string }).precision = 'week')
		],
		['an id that is not a slug', (d) => (d.events[0].id = 'Not A Slug')],
		['a missing citation list', (d) => (d.events[0].citations = [])],
		['an unknown format version', (d) => ((d as { version: number }).version = 2)],
		['an importance out of range', (d) => ((d.events[0] as { importance: number }).importance = 5)],
		[
			'a period without an end',
			(d) =>
				(d.periods = [
					{ id: 'p', title: 'P', start: '2020' } as {
						id: string;
						title: string;
						start: string;
						end: string;
					}
				])
		],
		[
			'a period whose start is not a date',
			(d) => (d.periods = [{ id: 'p', title: 'P', start: 'May', end: '2020' }])
		],
		[
			'a link that is not http(s)',
			(d) => (d.events[0].links = [{ url: 'javascript:alert(1)', label: 'x' }])
		]
	];

	it('accepts periods and links', () => {
		const data = miniDataset();
		data.periods = [
			{ id: 'p', title: 'P', start: '2019', end: '2020-03-15', topic: 'militias', basis: 'b' }
		];
		data.events[0].links = [{ url: 'https://example.org/x', label: 'Media' }];
		expect(validateSchema(data), JSON.stringify(validateSchema.errors)).toBe(true);
		expect(validateDataset(data, { file: 'x.json' }).problems).toEqual([]);
	});

	it.each(breakages)('and the app validator both reject %s', (_, mutate) => {
		const data = miniDataset();
		mutate(data);
		expect(validateSchema(data)).toBe(false);
		expect(validateDataset(data, { file: 'x.json' }).problems.length).toBeGreaterThan(0);
	});
});
