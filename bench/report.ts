/**
 * The bench's outputs: `bench/results.json`'s shape, the ratios of a peer to our app, the rows of
 * the console table, and the markdown for the README. Pure: no browser, no file system.
 */
import type { BundleReport } from './bundle.ts';
import type { ToolResult } from './measure.ts';
import type { StepSummary } from './trace.ts';
import type { ToolName } from './tools.ts';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGB: number;
	node: string;
	chromium: string;
	os: string;
}

/** A peer's numbers divided by ours at one dataset (>1: the peer costs more). */
export interface Ratio {
	events: number;
	dataset: string;
	/** Means per step (the sequence's main-thread time / its steps). */
	zoomStep: number | null;
	panStep: number | null;
	/** The steps' medians above each tool's empty step: what the tools themselves spend. */
	zoomAboveEmpty: number | null;
	panAboveEmpty: number | null;
	drawn: number | null;
	heap: number | null;
}

export interface BenchResults {
	date: string;
	machine: Machine;
	/** How the steps were driven, for whoever reads the numbers. */
	method: string;
	bundle?: BundleReport;
	results: ToolResult[];
	/** vis-timeline / this app. */
	ratios: Ratio[];
	/** TimelineJS3 / this app, where TimelineJS3 ran. */
	timelineJsRatios: Ratio[];
	/** What the person running the bench said of the run (`BENCH_NOTES`), e.g. a shared machine. */
	notes?: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function ratio(peer: number | undefined, ours: number | undefined): number | null {
	if (peer === undefined || ours === undefined || !(ours > 0)) return null;
	return round2(peer / ours);
}

/** `peer` / this app at each dataset both were measured on. */
export function ratiosOf(results: readonly ToolResult[], peer: ToolName): Ratio[] {
	const ratios: Ratio[] = [];
	for (const ours of results.filter((r) => r.tool === 'this app')) {
		const theirs = results.find((r) => r.tool === peer && r.dataset === ours.dataset);
		if (!theirs) continue;
		ratios.push({
			events: ours.events,
			dataset: ours.dataset,
			zoomStep: ratio(theirs.zoomStep?.mean, ours.zoomStep?.mean),
			panStep: ratio(theirs.panStep?.mean, ours.panStep?.mean),
			zoomAboveEmpty: ratio(theirs.zoomAboveEmpty, ours.zoomAboveEmpty),
			panAboveEmpty: ratio(theirs.panAboveEmpty, ours.panAboveEmpty),
			drawn: ratio(theirs.drawnMs, ours.drawnMs),
			heap: ratio(theirs.heapMB, ours.heapMB)
		});
	}
	return ratios;
}

const fixed = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));

/** "4.1 / 5.3" (median / mean per step), or "–". */
export function formatStep(step: StepSummary | undefined): string {
	return step ? `${fixed(step.median)} / ${fixed(step.mean)}` : '–';
}

/** "2.1 / 1.5 / 0.9" (mean script / layout / paint per step), or "–". */
export function formatParts(step: StepSummary | undefined): string {
	return step ? `${fixed(step.script)} / ${fixed(step.layout)} / ${fixed(step.paint)}` : '–';
}

/** What went wrong or was skipped, in a few words. */
export function noteOf(result: ToolResult): string {
	const notes: string[] = [];
	if (result.error) notes.push(`FAILED: ${result.error}`);
	if (result.note) notes.push(result.note);
	if (result.gaveUp) notes.push(result.gaveUp);
	if (result.renderer)
		notes.push(`drawn on ${result.renderer === 'svg' ? 'SVG' : result.renderer}`);
	if (result.pageErrors?.length) notes.push(`${result.pageErrors.length} errors in the page`);
	if (result.failedRequests?.length) notes.push(`${result.failedRequests.length} requests failed`);
	if (result.blockedRequests?.length)
		notes.push(`${result.blockedRequests.length} requests elsewhere blocked`);
	return notes.join('; ');
}

/** One row per tool and dataset, for `console.table`. */
export function consoleRows(results: readonly ToolResult[]): Record<string, string | number>[] {
	return results.map((r) => ({
		dataset: r.dataset,
		tool: r.tool,
		'in view': r.inViewAtStart ?? '–',
		'served ms': r.servedMs ?? '–',
		'drawn ms': r.drawnMs ?? '–',
		'empty step ms': r.emptyStep?.median ?? '–',
		'zoom step ms (med / mean)': formatStep(r.zoomStep),
		'zoom above empty': r.zoomAboveEmpty ?? '–',
		'zoom script / layout / paint': formatParts(r.zoomStep),
		'pan step ms (med / mean)': formatStep(r.panStep),
		'pan above empty': r.panAboveEmpty ?? '–',
		'pan script / layout / paint': formatParts(r.panStep),
		'heap MB': r.heapMB ?? '–',
		note: noteOf(r)
	}));
}

const cell = (value: string | number | null) =>
	value === null ? '–' : String(value).replaceAll('|', '\\|');

/** A markdown table: the first two columns and a last "Note" column left-aligned, numbers right. */
function table(header: string[], rows: (string | number | null)[][]): string {
	const left = (i: number) => i < 2 || header[i] === 'Note';
	return [
		`| ${header.join(' | ')} |`,
		`| ${header.map((_, i) => (left(i) ? '---' : '---:')).join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)
	].join('\n');
}

export function machineLine(bench: Pick<BenchResults, 'date' | 'machine'>): string {
	const m = bench.machine;
	return (
		`Measured ${bench.date.slice(0, 10)} on ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ` +
		`${m.os}, Node ${m.node}, Chromium ${m.chromium} (headless).`
	);
}

/** The markdown for the README: machine line, results, ratios and bundle sizes. */
export function markdownReport(bench: BenchResults): string {
	const results = table(
		[
			'Dataset',
			'Tool',
			'In view',
			'Served (ms)',
			'Drawn (ms)',
			'Empty step (ms)',
			'Zoom step (ms, median / mean)',
			'above empty',
			'script / layout / paint',
			'Pan step (ms, median / mean)',
			'above empty',
			'script / layout / paint',
			'Heap (MB)',
			'Note'
		],
		bench.results.map((r) => [
			r.dataset,
			r.tool,
			r.inViewAtStart ?? null,
			r.servedMs ?? null,
			r.drawnMs ?? null,
			r.emptyStep ? fixed(r.emptyStep.median) : null,
			formatStep(r.zoomStep),
			r.zoomAboveEmpty === undefined ? null : fixed(r.zoomAboveEmpty),
			formatParts(r.zoomStep),
			formatStep(r.panStep),
			r.panAboveEmpty === undefined ? null : fixed(r.panAboveEmpty),
			formatParts(r.panStep),
			r.heapMB ?? null,
			noteOf(r)
		])
	);
	const ratioTable = (ratios: Ratio[]) =>
		table(
			['Dataset', 'Events', 'Zoom step', 'above empty', 'Pan step', 'above empty', 'Drawn', 'Heap'],
			ratios.map((r) => [
				r.dataset,
				r.events,
				r.zoomStep && `${r.zoomStep}×`,
				r.zoomAboveEmpty && `${r.zoomAboveEmpty}×`,
				r.panStep && `${r.panStep}×`,
				r.panAboveEmpty && `${r.panAboveEmpty}×`,
				r.drawn && `${r.drawn}×`,
				r.heap && `${r.heap}×`
			])
		);
	const parts = [machineLine(bench), '', bench.method, '', results];
	if (bench.notes) parts.splice(2, 0, `Notes: ${bench.notes}`, '');
	if (bench.ratios.length > 0)
		parts.push(
			'',
			'vis-timeline ÷ this app (steps: mean per step, and median above the empty step; >1: vis-timeline costs more):',
			'',
			ratioTable(bench.ratios)
		);
	if (bench.timelineJsRatios.length > 0)
		parts.push('', 'TimelineJS3 ÷ this app:', '', ratioTable(bench.timelineJsRatios));
	if (bench.bundle) {
		const b = bench.bundle;
		parts.push(
			'',
			table(
				['Bundle', 'Files', 'Raw (KB)', 'Gzip (KB)'],
				(
					[
						['App page, initial JS + CSS', b.appInitial],
						['App page, all JS + CSS (dynamic imports too)', b.appTotal],
						['Embed frame page, initial JS + CSS', b.embedInitial],
						['Custom element, ES module', b.elementEs],
						['Custom element, IIFE', b.elementIife]
					] as const
				).map(([name, size]) => [name, size.files.length, size.rawKB, size.gzipKB])
			)
		);
	}
	return parts.join('\n') + '\n';
}

export const README_START = '<!-- bench:start -->';
export const README_END = '<!-- bench:end -->';

/** `text` with what lies between the bench markers replaced by `block`; throws without them. */
export function replaceBetweenMarkers(text: string, block: string): string {
	const start = text.indexOf(README_START);
	const end = text.indexOf(README_END, start + README_START.length);
	if (start < 0 || end < 0)
		throw new Error(`the README has no ${README_START} … ${README_END} section to replace`);
	return (
		text.slice(0, start + README_START.length) + '\n\n' + block.trim() + '\n\n' + text.slice(end)
	);
}
