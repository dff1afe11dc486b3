/**
 * Several runs of one tool on one dataset, combined into one result: each figure is the median of
 * the runs' figures (for a step: the median of the runs' medians), so that one run disturbed by
 * the machine (another process, a GC at the wrong time) does not decide the table. The cost of a
 * step above the empty step (a step with no input: the settle the bench itself adds) is what the
 * tool spends on the step; it is taken from the combined medians.
 */
import type { ToolResult } from './measure.ts';
import { median, type StepSummary } from './trace.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The runs' summaries combined figure by figure: the median of each; the steps left out, summed. */
export function combineSteps(steps: readonly StepSummary[]): StepSummary | undefined {
	if (steps.length === 0) return undefined;
	const of = (key: Exclude<keyof StepSummary, 'leftOut'>) =>
		round2(median(steps.map((s) => s[key])));
	return {
		median: of('median'),
		mean: of('mean'),
		max: of('max'),
		cpu: of('cpu'),
		script: of('script'),
		layout: of('layout'),
		paint: of('paint'),
		steps: of('steps'),
		...(steps.some((s) => s.leftOut)
			? { leftOut: steps.reduce((n, s) => n + (s.leftOut ?? 0), 0) }
			: {})
	};
}

/** A step's median cost above the empty step's (never below 0: the floor is not exact). */
export function aboveEmpty(
	step: StepSummary | undefined,
	empty: StepSummary | undefined
): number | undefined {
	if (!step || !empty) return undefined;
	return round2(Math.max(0, step.median - empty.median));
}

/**
 * One result from the runs of a tool on a dataset. A run that failed or gave up stands for them
 * all (its message is the result): a figure made of the runs that worked would hide it.
 */
export function combineRuns(runs: readonly ToolResult[]): ToolResult {
	if (runs.length === 0) throw new Error('combineRuns: no runs');
	const bad = runs.find((r) => r.error || r.gaveUp);
	if (bad) return { ...bad, runs: runs.length };
	const first = runs[0];
	const numbers = (get: (r: ToolResult) => number | undefined) =>
		runs.map(get).filter((n): n is number => n !== undefined);
	const medianOf = (get: (r: ToolResult) => number | undefined) => {
		const values = numbers(get);
		return values.length > 0 ? round2(median(values)) : undefined;
	};
	const zoomStep = combineSteps(runs.flatMap((r) => (r.zoomStep ? [r.zoomStep] : [])));
	const panStep = combineSteps(runs.flatMap((r) => (r.panStep ? [r.panStep] : [])));
	const emptyStep = combineSteps(runs.flatMap((r) => (r.emptyStep ? [r.emptyStep] : [])));
	const drawn = medianOf((r) => r.drawnMs);
	const served = medianOf((r) => r.servedMs);
	return {
		...first,
		drawnMs: drawn === undefined ? undefined : Math.round(drawn),
		servedMs: served === undefined ? undefined : Math.round(served),
		heapMB: medianOf((r) => r.heapMB),
		zoomStep,
		panStep,
		emptyStep,
		zoomAboveEmpty: aboveEmpty(zoomStep, emptyStep),
		panAboveEmpty: aboveEmpty(panStep, emptyStep),
		runs: runs.length,
		perRun: {
			drawnMs: numbers((r) => r.drawnMs),
			zoomMedian: numbers((r) => r.zoomStep?.median),
			panMedian: numbers((r) => r.panStep?.median),
			emptyMedian: numbers((r) => r.emptyStep?.median),
			heapMB: numbers((r) => r.heapMB)
		}
	};
}
