/** The timeline following the list: what window a scroll of the list moves the timeline to. Pure. */

/**
 * The window (UTC ms) that brings an event starting at `startMs` to a tenth from the left of the
 * `visible` window, keeping its width; undefined when the event is already in the left half.
 */
export function windowLeadingWith(
	visible: readonly [number, number],
	startMs: number
): [number, number] | undefined {
	const width = visible[1] - visible[0];
	if (startMs >= visible[0] && startMs <= visible[0] + width / 2) return undefined;
	return [startMs - width / 10, startMs + (width * 9) / 10];
}
