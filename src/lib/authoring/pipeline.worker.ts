/**
 * The authoring tools off the main thread. Tagging a long article takes long enough to freeze
 * the page, so "Find events" posts the request here and the answer comes back as a message. The
 * files given to Add article are read here too: a saved page is parsed by linkedom in this
 * worker, never by the page's own document, whose Content-Security-Policy would report the
 * page's inline handlers and `<base>` as violations while it parsed them (red-team case P01).
 */
import { findEvents, type FindRequest, type FindResult } from './pipeline.ts';
import type { NamedBytes } from '../drafts/read-article.ts';
import type { ReadArticles } from './read-files.ts';

/** What the page asks of the worker. */
export type AuthoringJob =
	{ kind: 'read'; files: NamedBytes[] } | { kind: 'find'; request: FindRequest };

/** The worker's answer to `J`. */
export type AuthoringAnswer<J extends AuthoringJob> = J extends { kind: 'read' }
	? ReadArticles
	: FindResult;

self.onmessage = async (event: MessageEvent<{ id: number; job: AuthoringJob }>) => {
	const { id, job } = event.data;
	// The file reader (linkedom, Readability, unzip) loads with the first files given: an article
	// pasted as text never needs it.
	const result =
		job.kind === 'read'
			? (await import('./read-files.ts')).readArticles(job.files)
			: findEvents(job.request);
	self.postMessage({ id, result });
};
