import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CanvasFrame } from './canvas-draw.ts';
import { WorkerCanvas, type ToCanvasWorker } from './canvas-painter.ts';

/** A worker that keeps what it is told, and a canvas element that can be handed to it. */
function fakes() {
	const posted: ToCanvasWorker[] = [];
	const worker = {
		postMessage: (message: ToCanvasWorker) => posted.push(message),
		addEventListener: () => {},
		removeEventListener: () => {}
	} as unknown as Worker;
	const element = {
		transferControlToOffscreen: () => ({}) as OffscreenCanvas
	} as unknown as HTMLCanvasElement;
	return { posted, canvas: new WorkerCanvas(worker, element, () => {}) };
}

const frame = (width: number) => ({ width }) as unknown as CanvasFrame;
const framesIn = (posted: ToCanvasWorker[]) =>
	posted.flatMap((m) =>
		m.type === 'frame' ? [{ seq: m.seq, width: m.frame.width, answer: m.answer }] : []
	);

describe('WorkerCanvas', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('posts a frame after the task that drew it, not during it', () => {
		const { posted, canvas } = fakes();
		const seq = canvas.draw(frame(100), false);
		expect(framesIn(posted)).toEqual([]);
		vi.runAllTimers();
		expect(framesIn(posted)).toEqual([{ seq, width: 100, answer: false }]);
	});

	it('posts only the last of the frames drawn before it could post, answering if any asked', () => {
		const { posted, canvas } = fakes();
		canvas.draw(frame(100), true);
		const last = canvas.draw(frame(200), false);
		vi.runAllTimers();
		expect(framesIn(posted)).toEqual([{ seq: last, width: 200, answer: true }]);
	});

	it('keeps the order of what it says: a waiting frame goes before a picture or a drop', () => {
		const { posted, canvas } = fakes();
		canvas.draw(frame(100), false);
		void canvas.picture();
		canvas.drop();
		expect(posted.map((m) => m.type)).toEqual(['adopt', 'frame', 'picture', 'drop']);
		vi.runAllTimers();
		expect(posted.filter((m) => m.type === 'frame')).toHaveLength(1);
	});
});
