/**
 * The entry the page loads on demand (`import()` in App.svelte): the authoring tools mounted into
 * a place the page gives, and a way to open the Add article panel. Mounted here rather than
 * rendered by the page as a dynamic component, so the page's own bundle does not grow.
 */
import { mount, unmount } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { AppState } from '../app/app-state.svelte.ts';
import { authoringFor } from './authoring.svelte.ts';
import Authoring from './Authoring.svelte';

/** What the page holds of the authoring tools once loaded. */
export interface AuthoringTools {
	/** Mounts the tools (the bar, the panel) into the element it is attached to. */
	attach: Attachment<HTMLElement>;
	openPanel(): void;
}

/** The authoring tools for the page's state. */
export function authoringTools(app: AppState): AuthoringTools {
	const state = authoringFor(app);
	return {
		attach: (node) => {
			const tools = mount(Authoring, { target: node, props: { app } });
			return () => void unmount(tools);
		},
		openPanel: () => {
			state.panelOpen = true;
		}
	};
}
