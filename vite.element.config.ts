/**
 * The `<event-timeline>` custom element: an ES module (which loads its parts used later, such as
 * the reader and the list, from chunks beside it) and one self-contained IIFE for a plain
 * `<script>`, in dist/element/ (run after the app's build, which empties dist/). Every component's
 * CSS is injected into the element's shadow root; there is no separate stylesheet.
 */
import { defineConfig } from 'vite';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { buildAliases } from './scripts/build-aliases.ts';
import { leanSelection } from './scripts/lean-selection.ts';
import { svelteMountOnly } from './scripts/svelte-mount-only.ts';

const ELEMENT = 'EventTimelineElement.svelte';

export default defineConfig({
	plugins: [
		leanSelection(),
		svelteMountOnly(),
		svelte({
			configFile: false,
			preprocess: vitePreprocess(),
			// The components inject their CSS where they are mounted: the element's shadow root.
			emitCss: false,
			// No `window.__svelte` version marker: the element adds nothing global but itself.
			compilerOptions: { css: 'injected', discloseVersion: false },
			dynamicCompileOptions: ({ filename }) =>
				filename.split(/[/\\]/).includes('node_modules')
					? undefined
					: { runes: true, customElement: filename.endsWith(ELEMENT) }
		})
	],
	resolve: { alias: buildAliases },
	build: {
		outDir: 'dist/element',
		emptyOutDir: true,
		copyPublicDir: false,
		minify: true,
		// Lib mode keeps an ES module's whitespace for bundlers; this one goes to browsers as is.
		rolldownOptions: { output: { minify: true } },
		lib: {
			entry: 'src/lib/embed/element.ts',
			name: 'EventTimelineElement',
			formats: ['es', 'iife'],
			fileName: (format) => (format === 'es' ? 'event-timeline.js' : 'event-timeline.iife.js')
		}
	}
});
