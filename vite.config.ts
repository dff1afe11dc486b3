/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { buildAliases } from './scripts/build-aliases.ts';
import { leanSelection } from './scripts/lean-selection.ts';
import { svelteMountOnly } from './scripts/svelte-mount-only.ts';
import { minifyPublicScripts } from './scripts/vite-plugin-minify-public.ts';
import { policyMetaPlugin } from './scripts/vite-plugin-policy.ts';
import { firstViewPlugin } from './scripts/vite-plugin-first-view.ts';
import { firstViewChunkGroups, sveltePartsOnUse } from './scripts/first-view-chunks.ts';
import { TEST_TIME_ZONE } from './tests/setup/time-zone.ts';

/**
 * The policy the app and its embed frame run under: scripts and requests from the page's own
 * origin only (`connect-src 'self'`: a dataset or a source text can never be fetched from
 * elsewhere, redirects included). `vite preview` serves it as a header, and the build writes it
 * into each page as a meta tag, so a host that sends no header still gets it.
 */
export const CONTENT_SECURITY_POLICY =
	"script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

export default defineConfig({
	// Relative asset URLs: dist/ works from any static host and any sub-path.
	base: './',
	plugins: [
		svelte(),
		svelteTesting(),
		leanSelection(),
		datasetPlugin(),
		policyMetaPlugin(CONTENT_SECURITY_POLICY),
		firstViewPlugin(),
		minifyPublicScripts(),
		sveltePartsOnUse(),
		svelteMountOnly()
	],
	resolve: { alias: buildAliases },
	build: {
		// Every browser the app supports (ES2020 modules, container queries, :has) preloads modules
		// natively; the polyfill only costs the first view its bytes.
		modulePreload: { polyfill: false },
		rolldownOptions: {
			// The app, and the page an embed frame loads.
			input: { main: 'index.html', embed: 'embed.html' },
			output: {
				// What a page runs before its first view in one or two files, not thirty: see
				// scripts/first-view-chunks.ts.
				codeSplitting: {
					groups: firstViewChunkGroups(import.meta.dirname, [
						{ entry: 'src/main.ts', chunk: 'app' },
						{ entry: 'src/lib/embed/frame.ts', chunk: 'frame' }
					])
				}
			}
		}
	},
	// Module workers (both are made with type: 'module'), so that a worker can load parts of
	// itself when first used: the drafting worker reads saved pages with linkedom and Readability
	// only when files are given, not when an article is pasted.
	worker: { format: 'es' },
	server: { port: 5173, strictPort: false },
	preview: {
		port: 4173,
		strictPort: true,
		headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY }
	},
	test: {
		environment: 'jsdom',
		include: [
			'src/**/*.test.ts',
			'scripts/**/*.test.ts',
			'bench/**/*.test.ts',
			'tests/unit/**/*.test.ts'
		],
		setupFiles: ['./tests/setup/vitest-setup.ts'],
		// The d3 modules run through the build's plugins, as in the page: d3-selection trimmed to
		// the zoom's methods (scripts/lean-selection.ts), so a test calling one it lacks fails.
		server: { deps: { inline: [/[\\/]node_modules[\\/]d3-/] } },
		// A time-out catches a test that hangs; it is not a speed limit. Property tests run
		// hundreds of cases, and the machines that run them are small and often busy.
		testTimeout: 120_000,
		// Every runner, a bare `npx vitest` too, runs in the test zone, not the machine's.
		env: { TZ: TEST_TIME_ZONE }
	}
});
