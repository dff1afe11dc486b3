import { describe, expect, it } from 'vitest';
import {
	categoryOf,
	mainThreadOf,
	median,
	stepCosts,
	stepsAcrossWheelPauses,
	summariseSteps,
	type TraceEvent
} from './trace.ts';

const MAIN = { pid: 1, tid: 11 };
const OTHER_RENDERER = { pid: 2, tid: 21 };

const threadName = (thread: { pid: number; tid: number }, name: string): TraceEvent => ({
	...thread,
	name: 'thread_name',
	ph: 'M',
	ts: 0,
	args: { name }
});
const mark = (name: string, ts: number, thread = MAIN): TraceEvent => ({
	...thread,
	name,
	cat: 'blink.user_timing',
	ph: 'I',
	ts
});
const x = (name: string, ts: number, dur: number, thread = MAIN, cat = 'devtools.timeline') => ({
	...thread,
	name,
	cat,
	ph: 'X',
	ts,
	dur
});

describe('stepCosts', () => {
	it('splits top-level tasks into steps by the marks and attributes self time', () => {
		const events: TraceEvent[] = [
			threadName(MAIN, 'CrRendererMain'),
			threadName(OTHER_RENDERER, 'CrRendererMain'),
			// Before the first mark: not counted.
			x('RunTask', 0, 5000),
			mark('step-0', 10_000),
			// Step 0: a 10 ms task: 6 ms script of which 2 ms is a forced layout, then 3 ms paint.
			x('RunTask', 11_000, 10_000),
			x('FunctionCall', 11_000, 6_000),
			x('Layout', 14_000, 2_000),
			x('Paint', 17_000, 3_000),
			// Another renderer's work at the same time: not counted.
			x('RunTask', 11_000, 50_000, OTHER_RENDERER),
			mark('step-1', 30_000),
			// Step 1: 4 ms of which an unnamed child of a timer inherits script and GC is script.
			{ ...x('RunTask', 31_000, 4_000), tdur: 2_500 },
			x('TimerFire', 31_000, 3_000),
			x('SomethingInside', 31_500, 1_000, MAIN, 'blink'),
			x('V8.GC_SCAVENGER', 33_000, 500, MAIN, 'devtools.timeline,disabled-by-default-v8.gc'),
			mark('step-end', 40_000),
			// After the end: not counted.
			x('RunTask', 41_000, 9_000)
		];
		const steps = stepCosts(events, 'step-');
		expect(steps).toHaveLength(2);
		expect(steps[0]).toEqual({ total: 10, cpu: 10, script: 4, layout: 2, paint: 3, other: 1 });
		expect(steps[1]).toEqual({ total: 4, cpu: 2.5, script: 3, layout: 0, paint: 0, other: 1 });
	});

	it('turns B/E pairs into complete events', () => {
		const events: TraceEvent[] = [
			threadName(MAIN, 'CrRendererMain'),
			mark('s0', 0),
			{ ...MAIN, name: 'RunTask', ph: 'B', ts: 1000 },
			x('UpdateLayoutTree', 1000, 1000),
			{ ...MAIN, name: 'RunTask', ph: 'E', ts: 3000 },
			mark('send', 5000)
		];
		expect(stepCosts(events, 's')).toEqual([
			{ total: 2, cpu: 2, script: 0, layout: 1, paint: 0, other: 1 }
		]);
	});

	it('fails loudly when the marks are missing', () => {
		expect(() => stepCosts([threadName(MAIN, 'CrRendererMain')], 'step-')).toThrow(
			/no renderer main thread/
		);
		const noEnd = [threadName(MAIN, 'CrRendererMain'), mark('step-0', 0)];
		expect(() => stepCosts(noEnd, 'step-')).toThrow(/step-end/);
	});
});

describe('helpers', () => {
	it('finds the main thread that emitted the marks', () => {
		const events = [
			threadName(MAIN, 'CrRendererMain'),
			threadName(OTHER_RENDERER, 'CrRendererMain'),
			mark('step-0', 5, OTHER_RENDERER)
		];
		expect(mainThreadOf(events, 'step-')).toEqual(OTHER_RENDERER);
	});

	it('categorises by name, then by V8 category, else inherits', () => {
		expect(categoryOf({ name: 'Layout' })).toBe('layout');
		expect(categoryOf({ name: 'Commit' })).toBe('paint');
		expect(categoryOf({ name: 'V8.StackGuard', cat: 'v8.execute' })).toBe('script');
		expect(categoryOf({ name: 'ParseHTML', cat: 'devtools.timeline' })).toBeUndefined();
	});

	it('summarises steps', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 2, 3])).toBe(2.5);
		const step = (total: number) => ({
			total,
			cpu: total,
			script: total / 2,
			layout: 1,
			paint: 0,
			other: 0
		});
		expect(summariseSteps([step(2), step(4), step(12)])).toEqual({
			median: 4,
			mean: 6,
			max: 12,
			cpu: 6,
			script: 3,
			layout: 1,
			paint: 0,
			steps: 3
		});
	});

	it('leaves out the steps given, and says how many', () => {
		const step = (total: number) => ({
			total,
			cpu: total,
			script: 0,
			layout: 0,
			paint: 0,
			other: 0
		});
		const summary = summariseSteps([step(2), step(200), step(4), step(6)], new Set([1]));
		expect(summary).toMatchObject({ median: 4, max: 6, steps: 3, leftOut: 1 });
		expect(() => summariseSteps([step(2)], new Set([0]))).toThrow(/all 1 steps/);
	});
});

describe('stepsAcrossWheelPauses', () => {
	const wheel = (ts: number): TraceEvent => ({
		...x('EventDispatch', ts, 300),
		args: { data: { type: 'wheel' } }
	});
	/** Steps of `stepMs`, each with a wheel 15 ms after its mark (`late`: later, by step). */
	const sequence = (late: Record<number, number> = {}, endAfterLast = 85, stepMs = 100) => {
		const events: TraceEvent[] = [threadName(MAIN, 'CrRendererMain')];
		let t = 0;
		for (let i = 0; i < 6; i++) {
			events.push(mark(`z-${i}`, t * 1000));
			t += 15 + (late[i] ?? 0);
			events.push(wheel(t * 1000));
			t += i < 5 ? stepMs - 15 : endAfterLast;
		}
		events.push(mark('z-end', t * 1000));
		return events;
	};

	it('leaves out nothing when the notches come within the pause', () => {
		expect(stepsAcrossWheelPauses(sequence(), 'z-')).toEqual(new Set());
	});

	it("leaves out the step a gesture's end falls in and the next notch's, whoever the tool", () => {
		// Step 3's notch came 200 ms late: 285 ms after step 2's, whose gesture ended at +150 ms,
		// inside step 3 before its notch; that notch begins a new gesture.
		expect(stepsAcrossWheelPauses(sequence({ 3: 200 }), 'z-')).toEqual(new Set([3]));
		// 100 ms late: the end (step 2's notch + 150 ms) falls in step 2's window, before step 3's
		// mark is set late by the same busy machine; both are left out.
		const events = sequence({ 3: 100 }).map((e) =>
			e.name === 'z-3' ? { ...e, ts: e.ts + 80_000 } : e
		);
		expect(stepsAcrossWheelPauses(events, 'z-')).toEqual(new Set([2, 3]));
	});

	it("keeps a slow tool's steps, whose every notch outlasts the pause, but not its outliers", () => {
		// Every step 550 ms of the tool's own work: its gesture ends in each, as its cost.
		const slow = (late: Record<number, number> = {}) => sequence(late, 535, 550);
		expect(stepsAcrossWheelPauses(slow(), 'z-')).toEqual(new Set());
		expect(stepsAcrossWheelPauses(slow({ 3: 600 }), 'z-')).toEqual(new Set([2, 3]));
	});

	it("leaves out the last step when the sequence's end comes after the gesture's", () => {
		expect(stepsAcrossWheelPauses(sequence({}, 400), 'z-')).toEqual(new Set([5]));
		expect(stepsAcrossWheelPauses(sequence({}, 140), 'z-')).toEqual(new Set());
	});
});
