/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';
import { buildAliases } from './scripts/build-aliases.ts';
import { TEST_TIME_ZONE } from './tests/setup/time-zone.ts';

/** The policy the app and its embeds are built to run under; `vite preview` serves with it. */
export const CONTENT_SECURITY_POLICY = "script-src 'self'; object-src 'none'; base-uri 'none'";

export default defineConfig({
	// Relative asset URLs: dist/ works from any static host and any sub-path.
	base: './',
	plugins: [svelte(), svelteTesting(), datasetPlugin()],
	resolve: { alias: buildAliases },
	build: {
		rollupOptions: {
			// The app, and the page an embed frame loads.
			input: { main: 'index.html', embed: 'embed.html' }
		}
	},
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
		// Every runner, a bare `npx vitest` too, runs in the test zone, not the machine's.
		env: { TZ: TEST_TIME_ZONE }
	}
});
