import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests against the production build (`vite preview` of `dist/`), in Chromium, in a
 * non-UTC time zone. `npm test` resolves the browser (scripts/find-chromium.mjs) and passes it in
 * CHROMIUM_PATH; without it Playwright's own Chromium is used.
 */
const executablePath = process.env.CHROMIUM_PATH || undefined;
const port = Number(process.env.E2E_PORT ?? 4173);

const chromium = {
	...devices['Desktop Chrome'],
	viewport: { width: 1280, height: 800 },
	launchOptions: {
		executablePath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
	}
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}/`,
		timezoneId: 'America/Los_Angeles',
		locale: 'en-US',
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			// Tests tagged @alone (100 000 events) need the machine to themselves: they run after.
			grepInvert: /@alone/,
			use: chromium
		},
		{
			name: 'alone',
			grep: /@alone/,
			dependencies: ['chromium'],
			use: chromium
		}
	],
	webServer: {
		command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 60_000
	}
});
