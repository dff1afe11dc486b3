/**
 * The messages between an embed frame (embed.html) and the host script (public/embed-host.js),
 * which repeats these names: keep the two in step.
 *
 * Frame → host: `{ type: 'event-timeline:height', height }` whenever its content's height changes;
 * `{ type: 'event-timeline:ready' }` once the dataset is in; `{ type: 'event-timeline:select', id }`
 * when a reader selects an event.
 * Host → frame: `{ type: 'event-timeline:select', id }` to select an event (a deep link);
 * `{ type: 'event-timeline:zoom', from, to }` to show a window (ISO days, `to` included).
 */
export const MESSAGE = {
	height: 'event-timeline:height',
	ready: 'event-timeline:ready',
	select: 'event-timeline:select',
	zoom: 'event-timeline:zoom'
} as const;

export type HostMessage =
	| { type: typeof MESSAGE.select; id: string }
	| { type: typeof MESSAGE.zoom; from: string; to: string };

/** A host's message to the frame, or undefined for anything else (other scripts post too). */
export function readHostMessage(data: unknown): HostMessage | undefined {
	if (typeof data !== 'object' || data === null) return undefined;
	const message = data as Record<string, unknown>;
	if (message.type === MESSAGE.select && typeof message.id === 'string')
		return { type: MESSAGE.select, id: message.id };
	if (
		message.type === MESSAGE.zoom &&
		typeof message.from === 'string' &&
		typeof message.to === 'string'
	)
		return { type: MESSAGE.zoom, from: message.from, to: message.to };
	return undefined;
}
