import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// No `window.__svelte` version marker: nothing reads it, and the first view carries it.
		discloseVersion: false,
		// The element (src/lib/embed/EventTimelineElement.svelte) is compiled as a custom element
		// only by vite.element.config.ts; elsewhere (the app build, svelte-check) it is not.
		warningFilter: (warning) => warning.code !== 'options_missing_custom_element'
	},
	vitePlugin: {
		// Runes for our own components only: forcing them on node_modules breaks
		// @testing-library/svelte's legacy wrapper.
		dynamicCompileOptions: ({ filename }) =>
			filename.split(/[/\\]/).includes('node_modules') ? undefined : { runes: true }
	}
};
