/**
 * Summarises a Chromium trace (the JSON events of `Tracing.dataCollected`) into the main-thread
 * cost of each step of a scripted sequence. Pure: no browser, no file system.
 *
 * The page marks the start of step i with `performance.mark('<prefix><i>')` and the end of the
 * last step with `performance.mark('<prefix>end')`; those marks reach the trace as
 * `blink.user_timing` events on the renderer's main thread, on the same clock as the tasks.
 *
 * What is counted:
 * - total: the sum of the durations of the top-level complete events (`RunTask`) on the renderer
 *   main thread (`CrRendererMain`) that start inside the step's window. Only the main thread:
 *   compositor and raster threads work in parallel and do not block input. Wall time (`dur`):
 *   on a busy machine it includes time the thread waited for a core; `cpu` (`tdur`) does not.
 * - style+layout, paint, script: by self time, as the DevTools summary does, so nothing is
 *   counted twice. Every event's self time (its duration minus its children's) goes to its own
 *   category when its name has one (see `CATEGORY_OF_NAME`), else to its nearest categorised
 *   ancestor's; a forced layout inside a script is layout, not script. Garbage collection is
 *   script (it is paid for allocations made by script), as in DevTools. What is left (task
 *   overhead, input routing, hit tests, the parser) is `other`, so
 *   total = script + layout + paint + other.
 */

/** One event of the trace, as Chromium writes it (times in microseconds). */
export interface TraceEvent {
	name: string;
	cat?: string;
	ph: string;
	ts: number;
	dur?: number;
	/** Thread (CPU) time, when the event has it. */
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string; [key: string]: unknown };
}

export type CostCategory = 'script' | 'layout' | 'paint' | 'other';

/** Main-thread time of one step, in ms. */
export interface StepCost {
	/** Wall time of the main thread's tasks: what keeps it from handling input. */
	total: number;
	/** CPU time of the same tasks (less than `total` when the thread waited for a core). */
	cpu: number;
	script: number;
	layout: number;
	paint: number;
	other: number;
}

/** The names that say what an event's own time is spent on; others take their parent's. */
export const CATEGORY_OF_NAME: Readonly<Record<string, CostCategory>> = {
	// Script: callbacks into JavaScript, its compilation and the GC it causes.
	FunctionCall: 'script',
	EventDispatch: 'script',
	TimerFire: 'script',
	FireAnimationFrame: 'script',
	FireIdleCallback: 'script',
	RunMicrotasks: 'script',
	EvaluateScript: 'script',
	'v8.run': 'script',
	'v8.compile': 'script',
	'v8.compileModule': 'script',
	'v8.evaluateModule': 'script',
	'v8.callFunction': 'script',
	'V8.Execute': 'script',
	MajorGC: 'script',
	MinorGC: 'script',
	BlinkGC: 'script',
	// Style and layout (hit tests need an up-to-date layout and are counted with it).
	UpdateLayoutTree: 'layout',
	RecalculateStyles: 'layout',
	Layout: 'layout',
	HitTest: 'layout',
	// Paint: recording, the pre-paint tree walk, layerisation and the commit to the compositor.
	Paint: 'paint',
	PrePaint: 'paint',
	Layerize: 'paint',
	Commit: 'paint',
	UpdateLayer: 'paint',
	UpdateLayerTree: 'paint',
	PaintImage: 'paint',
	RasterTask: 'paint',
	CompositeLayers: 'paint'
};

/** The category of an event by its name, or undefined when it inherits its parent's. */
export function categoryOf(event: Pick<TraceEvent, 'name' | 'cat'>): CostCategory | undefined {
	const named = CATEGORY_OF_NAME[event.name];
	if (named) return named;
	// V8's own phases (GC sub-phases, interrupts, parsing) are script whatever their name.
	if (event.cat?.split(',').some((c) => c === 'v8' || c === 'v8.execute' || c.endsWith('v8.gc')))
		return 'script';
	return undefined;
}

/** The pid and tid of the renderer main thread that emitted marks starting with `prefix`. */
export function mainThreadOf(
	events: readonly TraceEvent[],
	prefix: string
): { pid: number; tid: number } | undefined {
	const mains = new Set(
		events
			.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
			.map((e) => `${e.pid}:${e.tid}`)
	);
	const mark = events.find(
		(e) =>
			e.cat?.includes('blink.user_timing') &&
			e.name.startsWith(prefix) &&
			mains.has(`${e.pid}:${e.tid}`)
	);
	return mark ? { pid: mark.pid, tid: mark.tid } : undefined;
}

/** Complete events of one thread, with B/E pairs turned into complete events. */
function completeEventsOf(events: readonly TraceEvent[], pid: number, tid: number): TraceEvent[] {
	const complete: TraceEvent[] = [];
	const open: TraceEvent[] = [];
	for (const e of events) {
		if (e.pid !== pid || e.tid !== tid) continue;
		if (e.ph === 'X' && e.dur !== undefined) complete.push(e);
		else if (e.ph === 'B') open.push(e);
		else if (e.ph === 'E') {
			const begin = open.pop();
			if (begin) complete.push({ ...begin, ph: 'X', dur: e.ts - begin.ts });
		}
	}
	// Parents before children: by start, the longer first.
	return complete.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
}

interface Node {
	event: TraceEvent;
	end: number;
	category: CostCategory;
	childTime: number;
}

/** Per-root costs: each top-level event's start, duration and self time by category (µs). */
function rootCosts(events: TraceEvent[]): { ts: number; cost: StepCost }[] {
	const roots: { ts: number; cost: StepCost }[] = [];
	const stack: Node[] = [];
	let current: StepCost | undefined;
	const close = (node: Node) => {
		const self = Math.max(0, node.event.dur! - node.childTime);
		current![node.category] += self;
	};
	for (const event of events) {
		const end = event.ts + event.dur!;
		while (stack.length > 0 && stack.at(-1)!.end <= event.ts) close(stack.pop()!);
		const parent = stack.at(-1);
		if (!parent) {
			current = {
				total: event.dur!,
				cpu: event.tdur ?? event.dur!,
				script: 0,
				layout: 0,
				paint: 0,
				other: 0
			};
			roots.push({ ts: event.ts, cost: current });
		} else {
			// A child that overruns its parent (clock rounding) is clipped to it.
			parent.childTime += Math.min(end, parent.end) - event.ts;
		}
		stack.push({
			event: { ...event, dur: parent ? Math.min(end, parent.end) - event.ts : event.dur },
			end: parent ? Math.min(end, parent.end) : end,
			category: categoryOf(event) ?? parent?.category ?? 'other',
			childTime: 0
		});
	}
	while (stack.length > 0) close(stack.pop()!);
	return roots;
}

/** Timestamps (µs) of the marks `<prefix>0`, `<prefix>1`, … and `<prefix>end`, in step order. */
export function stepBoundaries(
	events: readonly TraceEvent[],
	prefix: string,
	thread: { pid: number; tid: number }
): number[] {
	const marks = new Map<string, number>();
	for (const e of events)
		if (
			e.pid === thread.pid &&
			e.tid === thread.tid &&
			e.cat?.includes('blink.user_timing') &&
			e.name.startsWith(prefix) &&
			!marks.has(e.name)
		)
			marks.set(e.name, e.ts);
	const boundaries: number[] = [];
	for (let i = 0; marks.has(`${prefix}${i}`); i++) boundaries.push(marks.get(`${prefix}${i}`)!);
	const end = marks.get(`${prefix}end`);
	if (end === undefined) throw new Error(`the trace has no mark ${prefix}end`);
	if (boundaries.length === 0) throw new Error(`the trace has no mark ${prefix}0`);
	boundaries.push(end);
	return boundaries;
}

/**
 * The main-thread cost of each step (ms): step i runs from mark `<prefix>i` to the next mark (or
 * `<prefix>end`); a task belongs to the step in which it starts.
 */
export function stepCosts(events: readonly TraceEvent[], prefix: string): StepCost[] {
	const thread = mainThreadOf(events, prefix);
	if (!thread) throw new Error(`no renderer main thread in the trace has marks ${prefix}*`);
	const boundaries = stepBoundaries(events, prefix, thread);
	const steps: StepCost[] = boundaries
		.slice(1)
		.map(() => ({ total: 0, cpu: 0, script: 0, layout: 0, paint: 0, other: 0 }));
	for (const { ts, cost } of rootCosts(completeEventsOf(events, thread.pid, thread.tid))) {
		if (ts < boundaries[0] || ts >= boundaries.at(-1)!) continue;
		// The last boundary at or before the task's start: binary search over a short list.
		let lo = 0;
		let hi = boundaries.length - 2;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (boundaries[mid] <= ts) lo = mid;
			else hi = mid - 1;
		}
		const step = steps[lo];
		for (const key of ['total', 'cpu', 'script', 'layout', 'paint', 'other'] as const)
			step[key] += cost[key] / 1000;
	}
	return steps;
}

/**
 * The shortest pause after which a wheel gesture ends, of the tools measured (ms): d3-zoom's (our
 * app) ends 150 ms after the last wheel event; vis-timeline's "range changed" comes after 200 ms.
 */
export const WHEEL_GESTURE_IDLE_MS = 150;

/** How many times its sequence's median time between notches a pause must last to be left out. */
export const PAUSE_FACTOR = 1.5;

/**
 * The steps of a wheel sequence that a gesture's end falls into, or a new gesture's start: left
 * out of the per-step figures, for every tool alike. A step is meant as one notch in the middle
 * of a wheel gesture (that is what a reader does, notch after notch). But when the machine is
 * busy the bench's own round trip between two notches can outlast the tool's pause
 * (`idleMs`): then the tool ends the gesture and does its end-of-gesture work (ours: the list
 * following the view, the axis swapped back) in the middle of the sequence, and the next notch
 * starts a new gesture. Counting those steps charged a tool with more end-of-gesture work the
 * more its machine was loaded, and only the tool that does such work: the figure depended on
 * the load. A pause is seen from the trace, from the wheel events' dispatch on the main thread
 * (when the page's handlers saw them); the step in which `last wheel + idleMs` falls is left out,
 * and the step of the next wheel. The sequence's own end (the `end` mark) is not a gesture's end
 * when it comes within `idleMs` of the last wheel, as it does on an idle machine.
 *
 * Only a pause out of the sequence's own rhythm is the machine's: one over `PAUSE_FACTOR` times
 * the median time between its notches. A tool whose own step outlasts `idleMs` (vis-timeline at
 * 10 000 events: 0.5 s a notch) ends its gesture in every step, and that is its cost, not the
 * load's; counting every such pause left all its steps out, and the tool without a figure.
 */
export function stepsAcrossWheelPauses(
	events: readonly TraceEvent[],
	prefix: string,
	idleMs = WHEEL_GESTURE_IDLE_MS
): Set<number> {
	const thread = mainThreadOf(events, prefix);
	if (!thread) throw new Error(`no renderer main thread in the trace has marks ${prefix}*`);
	const boundaries = stepBoundaries(events, prefix, thread);
	const end = boundaries.at(-1)!;
	const wheels = events
		.filter(
			(e) =>
				e.pid === thread.pid &&
				e.tid === thread.tid &&
				e.name === 'EventDispatch' &&
				(e.args?.data as { type?: string } | undefined)?.type === 'wheel' &&
				e.ts >= boundaries[0] &&
				e.ts < end
		)
		.map((e) => e.ts)
		.sort((a, b) => a - b);
	const stepAt = (ts: number) => {
		let i = 0;
		while (i + 1 < boundaries.length - 1 && boundaries[i + 1] <= ts) i++;
		return i;
	};
	const left = new Set<number>();
	const idle = idleMs * 1000;
	const rhythm = median(wheels.slice(1).map((ts, i) => ts - wheels[i]));
	const pause = Math.max(idle, Number.isNaN(rhythm) ? 0 : PAUSE_FACTOR * rhythm);
	for (let i = 0; i < wheels.length; i++) {
		const gestureEnd = wheels[i] + idle;
		const next = wheels[i + 1];
		if ((next ?? end) - wheels[i] <= pause) continue;
		left.add(stepAt(gestureEnd));
		if (next !== undefined) left.add(stepAt(next));
	}
	return left;
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function mean(values: readonly number[]): number {
	return values.length === 0 ? NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** What the report shows of a sequence of steps (ms per step). */
export interface StepSummary {
	/** Median of the steps' totals. */
	median: number;
	/** Mean of the steps' totals: the sequence's main-thread time divided by its steps. */
	mean: number;
	/** The costliest step's total. */
	max: number;
	/** Mean CPU time of the steps' tasks. */
	cpu: number;
	/** Means by category (wall time, as `total`). */
	script: number;
	layout: number;
	paint: number;
	/** Steps summarised. */
	steps: number;
	/** Steps left out of the figures (a wheel gesture's end or start in them, see above). */
	leftOut?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The steps' figures, less the steps at `leftOut` (their indices), which are counted apart. */
export function summariseSteps(
	all: readonly StepCost[],
	leftOut: ReadonlySet<number> = new Set()
): StepSummary {
	const steps = all.filter((_, i) => !leftOut.has(i));
	if (steps.length === 0) throw new Error(`all ${all.length} steps were left out`);
	const totals = steps.map((s) => s.total);
	return {
		median: round2(median(totals)),
		mean: round2(mean(totals)),
		max: round2(Math.max(...totals)),
		cpu: round2(mean(steps.map((s) => s.cpu))),
		script: round2(mean(steps.map((s) => s.script))),
		layout: round2(mean(steps.map((s) => s.layout))),
		paint: round2(mean(steps.map((s) => s.paint))),
		steps: steps.length,
		...(all.length > steps.length ? { leftOut: all.length - steps.length } : {})
	};
}
