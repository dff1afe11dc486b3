import { describe, expect, it } from 'vitest';
import type { ToolResult } from './measure.ts';
import { aboveEmpty, combineRuns } from './runs.ts';
import type { StepSummary } from './trace.ts';

const step = (median: number, mean = median): StepSummary => ({
	median,
	mean,
	max: median * 2,
	cpu: median,
	script: median / 2,
	layout: median / 4,
	paint: median / 4,
	steps: 24
});

const run = (drawnMs: number, zoom: number, pan: number, empty: number, heapMB: number) =>
	({
		tool: 'this app',
		dataset: 'seed',
		events: 56,
		drawnMs,
		zoomStep: step(zoom),
		panStep: step(pan),
		emptyStep: step(empty),
		heapMB
	}) satisfies ToolResult;

describe('three runs become one result', () => {
	it('takes the median of each figure, and of the step medians, not their mean', () => {
		const result = combineRuns([
			run(300, 9, 8, 4, 4.2),
			run(900, 30, 7, 5, 4.4), // a disturbed run: its outliers do not move the medians
			run(320, 10, 9, 4.5, 4.3)
		]);
		expect(result.drawnMs).toBe(320);
		expect(result.zoomStep?.median).toBe(10);
		expect(result.panStep?.median).toBe(8);
		expect(result.emptyStep?.median).toBe(4.5);
		expect(result.heapMB).toBe(4.3);
		expect(result.zoomAboveEmpty).toBe(5.5);
		expect(result.panAboveEmpty).toBe(3.5);
		expect(result.runs).toBe(3);
		expect(result.perRun?.zoomMedian).toEqual([9, 30, 10]);
	});

	it('lets a run that failed or gave up stand for all of them', () => {
		const failed: ToolResult = {
			tool: 'this app',
			dataset: 'seed',
			events: 56,
			error: 'did not pan'
		};
		const result = combineRuns([run(300, 9, 8, 4, 4.2), failed]);
		expect(result.error).toBe('did not pan');
		expect(result.zoomStep).toBeUndefined();
	});

	it('never reports a cost below the empty step as negative', () => {
		expect(aboveEmpty(step(4), step(4.6))).toBe(0);
		expect(aboveEmpty(step(4), undefined)).toBeUndefined();
	});
});
