/**
 * The reading surface's one `TimelineView`, shared with the components that show or move the
 * visible window (as LayerCake and LayerChart share their scales): `Workspace` sets it, the plot,
 * the overview and the list read it.
 */
import { createContext } from 'svelte';
import type { TimelineView } from './view.svelte.ts';

export const [getTimelineView, setTimelineView] = createContext<TimelineView>();
