/**
 * Finds a Chromium for the end-to-end tests, in this order: $CHROMIUM_PATH, a system Chromium,
 * Playwright's own browser, and finally `npx playwright install chromium`. Never skips silently:
 * when none can be had it throws with instructions.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const SYSTEM_CHROMIUMS = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

const HOW_TO =
	'Install one and run again: on Debian/Ubuntu `sudo apt-get install -y chromium`, elsewhere ' +
	'`npx playwright install chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.';

async function playwrightChromium() {
	const { chromium } = await import('@playwright/test');
	const path = chromium.executablePath();
	return path && existsSync(path) ? path : undefined;
}

/** Returns the path of a Chromium executable, installing Playwright's if needed. */
export async function findChromium({ log = console.log } = {}) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (existsSync(fromEnv)) return fromEnv;
		throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${HOW_TO}`);
	}
	const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
	if (system) return system;
	const bundled = await playwrightChromium();
	if (bundled) return bundled;
	log('No Chromium found; fetching Playwright’s Chromium (npx playwright install chromium)…');
	const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
	const installed = install.status === 0 ? await playwrightChromium() : undefined;
	if (installed) return installed;
	throw new Error(`No Chromium is available and Playwright could not download one. ${HOW_TO}`);
}
