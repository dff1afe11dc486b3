import { describe, expect, it } from 'vitest';
import type { ToolResult } from './measure.ts';
import {
	consoleRows,
	formatStep,
	markdownReport,
	ratiosOf,
	replaceBetweenMarkers,
	type BenchResults
} from './report.ts';
import type { StepSummary } from './trace.ts';

const step = (mean: number): StepSummary => ({
	median: mean,
	mean,
	max: mean * 2,
	cpu: mean,
	script: mean / 2,
	layout: mean / 4,
	paint: mean / 4,
	steps: 24
});

const results: ToolResult[] = [
	{
		tool: 'this app',
		dataset: 'synthetic 2000',
		events: 2000,
		servedMs: 90,
		drawnMs: 500,
		zoomStep: step(10),
		panStep: step(5),
		emptyStep: step(4),
		zoomAboveEmpty: 6,
		panAboveEmpty: 1,
		heapMB: 10,
		inViewAtStart: 2000,
		renderer: 'svg'
	},
	{
		tool: 'vis-timeline',
		dataset: 'synthetic 2000',
		events: 2000,
		drawnMs: 1000,
		zoomStep: step(30),
		panStep: step(20),
		emptyStep: step(5),
		zoomAboveEmpty: 25,
		panAboveEmpty: 15,
		heapMB: 15,
		inViewAtStart: 2000
	},
	{
		tool: 'vis-timeline',
		dataset: 'synthetic 100000',
		events: 100_000,
		gaveUp: 'gave up after 180 s: events not drawn'
	},
	{ tool: 'this app', dataset: 'synthetic 100000', events: 100_000, drawnMs: 3000 }
];

describe('ratiosOf', () => {
	it('divides the peer by our app, dataset by dataset, null where either is missing', () => {
		expect(ratiosOf(results, 'vis-timeline')).toEqual([
			{
				events: 2000,
				dataset: 'synthetic 2000',
				zoomStep: 3,
				panStep: 4,
				zoomAboveEmpty: 4.17,
				panAboveEmpty: 15,
				drawn: 2,
				heap: 1.5
			},
			{
				events: 100_000,
				dataset: 'synthetic 100000',
				zoomStep: null,
				panStep: null,
				zoomAboveEmpty: null,
				panAboveEmpty: null,
				drawn: null,
				heap: null
			}
		]);
		expect(ratiosOf(results, 'TimelineJS3')).toEqual([]);
	});
});

describe('tables', () => {
	it('formats steps and rows', () => {
		expect(formatStep(step(123.456))).toBe('123 / 123');
		expect(formatStep(step(4.567))).toBe('4.57 / 4.57');
		expect(formatStep(undefined)).toBe('–');
		const rows = consoleRows(results);
		expect(rows[0]).toMatchObject({
			tool: 'this app',
			'served ms': 90,
			'drawn ms': 500,
			note: 'drawn on SVG'
		});
		expect(rows[2]).toMatchObject({
			'drawn ms': '–',
			note: 'gave up after 180 s: events not drawn'
		});
	});

	it('writes markdown with the machine line first', () => {
		const bench: BenchResults = {
			date: '2026-01-02T03:04:05.000Z',
			machine: {
				cpu: 'Some CPU',
				cores: 2,
				memoryGB: 8,
				node: 'v20.0.0',
				chromium: '150.0',
				os: 'Linux'
			},
			method: 'How.',
			results,
			ratios: ratiosOf(results, 'vis-timeline'),
			timelineJsRatios: []
		};
		const markdown = markdownReport(bench);
		expect(markdown.split('\n')[0]).toBe(
			'Measured 2026-01-02 on Some CPU (2 cores, 8 GB), Linux, Node v20.0.0, Chromium 150.0 (headless).'
		);
		// The raw step, and beside it what is above the empty step.
		expect(markdown).toContain(
			'| synthetic 2000 | vis-timeline | 2000 | – | 1000 | 5.00 | 30.0 / 30.0 | 25.0 |'
		);
		expect(markdown).toContain('| synthetic 2000 | 2000 | 3× | 4.17× | 4× | 15× | 2× | 1.5× |');
		expect(markdown).not.toContain('TimelineJS3 ÷');
		expect(markdown).not.toContain('Notes:');
		expect(markdownReport({ ...bench, notes: 'A shared machine.' })).toContain(
			'\n\nNotes: A shared machine.\n\nHow.'
		);
	});
});

describe('replaceBetweenMarkers', () => {
	it('replaces only what lies between the markers', () => {
		const readme = 'Intro\n<!-- bench:start -->\nold\n<!-- bench:end -->\nOutro\n';
		expect(replaceBetweenMarkers(readme, 'new table\n')).toBe(
			'Intro\n<!-- bench:start -->\n\nnew table\n\n<!-- bench:end -->\nOutro\n'
		);
	});

	it('refuses a README without the markers', () => {
		expect(() => replaceBetweenMarkers('no markers', 'x')).toThrow(/bench:start/);
	});
});
