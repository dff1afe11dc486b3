/**
 * The drafting pipeline off the main thread: tagging a long article takes long enough to freeze
 * the page, so "Find events" posts the request here and the answer comes back as a message.
 */
import { findEvents, type FindRequest } from './pipeline.ts';

self.onmessage = (event: MessageEvent<{ id: number; request: FindRequest }>) => {
	const { id, request } = event.data;
	self.postMessage({ id, result: findEvents(request) });
};
