import { describe, expect, it } from 'vitest';
import type { BenchDataset } from './datasets.ts';
import type { ToolResult } from './measure.ts';
import { skipReason } from './skip.ts';

const dataset = (events: number): BenchDataset => ({
	name: `synthetic ${events}`,
	seed: false,
	events,
	file: `bench-${events}.json`,
	timelineJsFile: `bench-${events}.timelinejs.json`
});
const result = (events: number, more: Partial<ToolResult>): ToolResult => ({
	tool: 'vis-timeline',
	dataset: `synthetic ${events}`,
	events,
	...more
});

const LIMITS = { drawnTimeoutMs: 180_000, stepLimitMs: 15_000 };

describe('skipReason', () => {
	it('runs the first size, and the next when the last drew in time', () => {
		expect(skipReason(undefined, dataset(1000), LIMITS)).toBeUndefined();
		expect(skipReason(result(1000, { drawnMs: 2000 }), dataset(10_000), LIMITS)).toBeUndefined();
	});

	it('skips a size the last one’s drawing time, scaled, says cannot make it', () => {
		expect(skipReason(result(10_000, { drawnMs: 30_000 }), dataset(100_000), LIMITS)).toBe(
			'not run: drawing 10000 events took 30 s, so 100000 would take over the 180 s limit'
		);
	});

	it('skips a size the last one’s zoom step, scaled, says cannot make it', () => {
		const zoomStep = {
			median: 7000,
			mean: 7160,
			max: 9000,
			cpu: 5000,
			script: 1,
			layout: 1,
			paint: 1,
			steps: 8
		};
		expect(
			skipReason(result(10_000, { drawnMs: 12_000, zoomStep }), dataset(100_000), LIMITS)
		).toBe(
			'not run: a zoom step at 10000 events took 7.2 s, so at 100000 it would take over the 15 s limit'
		);
		expect(
			skipReason(result(1000, { drawnMs: 2000, zoomStep }), dataset(2000), LIMITS)
		).toBeUndefined();
		// The seed says nothing about 1000 events: its costs are mostly fixed ones.
		expect(
			skipReason(result(56, { drawnMs: 2000, zoomStep }), dataset(1000), LIMITS)
		).toBeUndefined();
	});

	it('skips every size after one the tool gave up at', () => {
		const gaveUp = result(2000, { gaveUp: 'gave up after 15 s: zoom step 1' });
		expect(skipReason(gaveUp, dataset(10_000), LIMITS)).toBe('not run: gave up at 2000 events');
		const skipped = result(10_000, { gaveUp: 'not run: gave up at 2000 events' });
		expect(skipReason(skipped, dataset(100_000), LIMITS)).toBe('not run: gave up at 2000 events');
		expect(skipReason(result(2000, { error: 'x' }), dataset(10_000), LIMITS)).toBe(
			'not run: gave up at 2000 events'
		);
	});
});
