/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { datasetPlugin } from './scripts/vite-plugin-dataset.ts';

export default defineConfig({
	// Relative asset URLs: dist/ works from any static host and any sub-path.
	base: './',
	plugins: [svelte(), svelteTesting(), datasetPlugin()],
	server: { port: 5173, strictPort: false },
	preview: { port: 4173, strictPort: true },
	test: {
		environment: 'jsdom',
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		setupFiles: ['./tests/setup/vitest-setup.ts']
	}
});
