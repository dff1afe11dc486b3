/**
 * The `<event-timeline>` bundle's entry (ES module and IIFE): importing it registers the element.
 * It exports nothing, so the IIFE creates no global either.
 */
import './EventTimelineElement.svelte';
