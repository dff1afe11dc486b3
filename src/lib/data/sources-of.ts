/** Which articles report an event: "reported by N sources" in the list, tooltip and reader. */
import type { EventRecord } from './types.ts';

/** The ids of the sources an event cites, each once, in citation order. */
export function sourceIdsOf(event: EventRecord): string[] {
	return [...new Set(event.citations.map((c) => c.source))];
}

/** "1 source", "3 sources". */
export function formatSourceCount(event: EventRecord): string {
	const n = sourceIdsOf(event).length;
	return `${n} ${n === 1 ? 'source' : 'sources'}`;
}
