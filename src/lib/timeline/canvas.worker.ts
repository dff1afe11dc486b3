/**
 * The canvas renderer's drawing off the page's main thread: each of its canvases is handed over
 * here (`transferControlToOffscreen`) and every frame of a zoom is drawn here, so that the page's
 * thread neither runs the drawing calls nor rasterizes the picture when it commits a frame
 * (profiled at 10 000 events: about half of a zoom step's main-thread time). The protocol is in
 * `canvas-painter.ts`, which is the only side that talks to it.
 */
import { drawCanvasFrameSized, type ContextMemory } from './canvas-draw.ts';
import type { FromCanvasWorker, ToCanvasWorker } from './canvas-painter.ts';

interface Drawing {
	canvas: OffscreenCanvas;
	context: OffscreenCanvasRenderingContext2D;
	memory: ContextMemory;
}

const drawings = new Map<number, Drawing>();

const reply = (message: FromCanvasWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToCanvasWorker>) => {
	const message = event.data;
	if (message.type === 'adopt') {
		const context = message.canvas.getContext('2d');
		if (context) drawings.set(message.id, { canvas: message.canvas, context, memory: {} });
	} else if (message.type === 'frame') {
		const drawing = drawings.get(message.id);
		if (!drawing) return;
		drawCanvasFrameSized(drawing.canvas, drawing.context, message.frame, drawing.memory);
		if (message.answer) reply({ type: 'drawn', id: message.id, seq: message.seq });
	} else if (message.type === 'picture') {
		const drawing = drawings.get(message.id);
		const done = (blob: Blob | undefined) =>
			reply({ type: 'picture', id: message.id, request: message.request, blob });
		if (!drawing) done(undefined);
		else drawing.canvas.convertToBlob({ type: 'image/png' }).then(done, () => done(undefined));
	} else if (message.type === 'drop') {
		drawings.delete(message.id);
	}
};

reply({ type: 'ready' });
