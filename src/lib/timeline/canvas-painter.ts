/**
 * The canvas renderer's link to its worker (`canvas.worker.ts`), which draws the plot's frames off
 * the page's main thread: one worker for the page, started on the canvas renderer's first use and
 * kept (a renderer that comes back after the SVG one finds it ready), loaded from the app's own
 * origin. Where a canvas cannot be handed to a worker (no OffscreenCanvas: jsdom, old Safari; a
 * worker refused by the page's policy or from another origin, as for the custom element on a
 * host's page), `canvasWorker()` says so and the renderer draws on the page's thread as before.
 */
import type { CanvasFrame } from './canvas-draw.ts';

/** What the page says to the worker. */
export type ToCanvasWorker =
	| { type: 'adopt'; id: number; canvas: OffscreenCanvas }
	| { type: 'frame'; id: number; seq: number; frame: CanvasFrame; answer: boolean }
	| { type: 'picture'; id: number; request: number }
	| { type: 'drop'; id: number };

/** What the worker answers: started, frame `seq` drawn, a picture of a canvas (PNG). */
export type FromCanvasWorker =
	| { type: 'ready' }
	| { type: 'drawn'; id: number; seq: number }
	| { type: 'picture'; id: number; request: number; blob: Blob | undefined };

/** Whether this browser can hand a canvas's drawing to a worker. */
export function canDrawInWorker(): boolean {
	return (
		typeof Worker !== 'undefined' &&
		typeof OffscreenCanvas !== 'undefined' &&
		typeof HTMLCanvasElement !== 'undefined' &&
		'transferControlToOffscreen' in HTMLCanvasElement.prototype
	);
}

let started: Promise<Worker | undefined> | undefined;

/**
 * The canvas worker once it has said it is ready, or undefined where there can be none. A canvas
 * is handed over only then: a canvas handed to a worker that never starts could not be drawn on
 * at all.
 */
export function canvasWorker(): Promise<Worker | undefined> {
	started ??= new Promise((resolve) => {
		if (!canDrawInWorker()) return resolve(undefined);
		let worker: Worker;
		try {
			worker = new Worker(new URL('./canvas.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			// Another origin's script (the custom element's, on a host page), or a policy against it.
			return resolve(undefined);
		}
		const settle = (ready: boolean) => {
			worker.removeEventListener('message', onmessage);
			worker.removeEventListener('error', onerror);
			if (!ready) worker.terminate();
			resolve(ready ? worker : undefined);
		};
		const onmessage = (event: MessageEvent<FromCanvasWorker>) => {
			if (event.data.type === 'ready') settle(true);
		};
		const onerror = () => settle(false);
		worker.addEventListener('message', onmessage);
		worker.addEventListener('error', onerror);
	});
	return started;
}

let canvases = 0;

/** The pictures of canvases drawn by the worker, for the picture export (`canvasPicture`). */
const workerPictures = new WeakMap<HTMLCanvasElement, () => Promise<Blob | undefined>>();

/** A canvas of the page handed to the worker, which draws the frames given to `draw`. */
export class WorkerCanvas {
	readonly #worker: Worker;
	readonly #id = ++canvases;
	readonly #element: HTMLCanvasElement;
	readonly #pictures = new Map<number, (blob: Blob | undefined) => void>();
	#seq = 0;
	#requests = 0;
	readonly #onmessage = (event: MessageEvent<FromCanvasWorker>) => {
		const message = event.data;
		if (message.type === 'ready' || message.id !== this.#id) return;
		if (message.type === 'drawn') this.ondrawn(message.seq);
		else {
			this.#pictures.get(message.request)?.(message.blob);
			this.#pictures.delete(message.request);
		}
	};

	/** `ondrawn(seq)`: the worker has drawn frame `seq` (the `draw` that returned it). */
	constructor(
		worker: Worker,
		element: HTMLCanvasElement,
		readonly ondrawn: (seq: number) => void
	) {
		this.#worker = worker;
		this.#element = element;
		const canvas = element.transferControlToOffscreen();
		this.#post({ type: 'adopt', id: this.#id, canvas }, [canvas]);
		worker.addEventListener('message', this.#onmessage);
		workerPictures.set(element, () => this.picture());
	}

	#post(message: ToCanvasWorker, transfer: Transferable[] = []) {
		this.#worker.postMessage(message, transfer);
	}

	/**
	 * Has the worker draw `frame` (its typed arrays are copied); returns the frame's number. With
	 * `answer`, `ondrawn` hears when it is drawn.
	 */
	draw(frame: CanvasFrame, answer: boolean): number {
		const seq = ++this.#seq;
		this.#post({ type: 'frame', id: this.#id, seq, frame, answer });
		return seq;
	}

	/** What the canvas shows, as a PNG (undefined when the worker could not make one). */
	picture(): Promise<Blob | undefined> {
		const request = ++this.#requests;
		return new Promise((resolve) => {
			this.#pictures.set(request, resolve);
			this.#post({ type: 'picture', id: this.#id, request });
		});
	}

	/** The canvas left the page: the worker forgets it. */
	drop() {
		this.#worker.removeEventListener('message', this.#onmessage);
		workerPictures.delete(this.#element);
		for (const resolve of this.#pictures.values()) resolve(undefined);
		this.#pictures.clear();
		this.#post({ type: 'drop', id: this.#id });
	}
}

/**
 * What a canvas of the plot shows, as a PNG data URL, for the picture export: from the worker for
 * a canvas it draws (the page cannot read that one), else from the canvas itself.
 */
export async function canvasPicture(canvas: HTMLCanvasElement): Promise<string> {
	const fromWorker = workerPictures.get(canvas);
	if (!fromWorker) return canvas.toDataURL('image/png');
	const blob = await fromWorker();
	if (!blob) throw new Error('the canvas worker could not make a picture of the plot');
	return new Promise((resolve, reject) => {
		const reader = new FileReader();
		reader.onload = () => resolve(String(reader.result));
		reader.onerror = () => reject(reader.error ?? new Error('the plot could not be read'));
		reader.readAsDataURL(blob);
	});
}
