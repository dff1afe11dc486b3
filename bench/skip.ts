/**
 * Which runs the bench leaves out: a peer that gave up at a smaller size, or whose time at the
 * previous size, scaled, would pass the limit. Apart from the tools' drivers (`tools.ts`), which
 * the measuring code imports, so that the two do not import each other.
 */
import type { BenchDataset } from './datasets.ts';
import type { ToolResult } from './measure.ts';

/** The smallest dataset whose times say anything, scaled, about a larger one. */
export const MIN_EVENTS_TO_PROJECT = 1000;

/**
 * Whether a peer is not worth running at `dataset`: it gave up at a smaller size, or the previous
 * size took so long, to draw or per zoom step, that this one, scaled linearly (a lower bound:
 * neither peer draws or redraws in linear time), would pass the time limit.
 */
export function skipReason(
	previous: ToolResult | undefined,
	dataset: BenchDataset,
	limits: { drawnTimeoutMs: number; stepLimitMs: number }
): string | undefined {
	if (!previous) return undefined;
	// Skipped at the previous size: skipped for the same reason.
	if (previous.gaveUp?.startsWith('not run:')) return previous.gaveUp;
	if (previous.gaveUp || previous.error || previous.drawnMs === undefined)
		return `not run: gave up at ${previous.events} events`;
	// Below this, fixed costs (loading the script, a 1 s animation) dominate: no projection.
	if (previous.events < MIN_EVENTS_TO_PROJECT) return undefined;
	const scale = dataset.events / previous.events;
	const s = (ms: number) => `${Math.round(ms / 100) / 10} s`;
	if (previous.drawnMs * scale > limits.drawnTimeoutMs)
		return (
			`not run: drawing ${previous.events} events took ${s(previous.drawnMs)}, ` +
			`so ${dataset.events} would take over the ${s(limits.drawnTimeoutMs)} limit`
		);
	const step = previous.zoomStep?.mean;
	if (step !== undefined && step * scale > limits.stepLimitMs)
		return (
			`not run: a zoom step at ${previous.events} events took ${s(step)}, ` +
			`so at ${dataset.events} it would take over the ${s(limits.stepLimitMs)} limit`
		);
	return undefined;
}
