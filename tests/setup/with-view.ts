/**
 * Component tests of what reads the shared timeline view (the plot, the overview, the list): a
 * view over some events, and the render options that provide it through context.
 */
import type { TimelineEvent } from '../../src/lib/data/types.ts';
import { timeExtent } from '../../src/lib/timeline/scale.ts';
import { TimelineView } from '../../src/lib/timeline/view.svelte.ts';
import WithTimelineView from './WithTimelineView.svelte';

/** A view whose extent is that of `events`, as the page's is. */
export function viewOver(events: readonly TimelineEvent[]): TimelineView {
	return new TimelineView(() => timeExtent(events));
}

/** The third argument of `render`: wraps the component in a provider of `view`. */
export function withView(view: TimelineView) {
	return { wrapper: WithTimelineView, wrapperProps: { view } };
}
