/**
 * Svelte's runtime with its hydration paths left out. Every block of the runtime (`{#if}`,
 * `{#each}`, templates, attributes, the error boundary…) carries a branch for hydrating a page
 * the server rendered, behind one module variable, `hydrating`, that only `hydrate()` sets. The
 * variable is a `let` that a setter changes, so no bundler can tell that it stays false, and every
 * such branch was in the first view (about 1 kB gzipped). No page of this app hydrates: each
 * mounts, and the first view the build served is taken over, not hydrated (see
 * `src/lib/prerender/take-over.ts`). This plugin makes `hydrating` the constant `false` in the
 * builds, so the minifier drops those branches; the setter throws if it is ever asked to turn
 * hydration on (`hydrate()` would), so a page that started to hydrate would fail at once, not
 * render wrongly. Only the runtime's own source is changed, and only its one declaration: if a
 * release of Svelte words it otherwise, the build stops with this plugin's name.
 */
import type { Plugin } from 'vite';

/** Svelte's module that holds the hydration state. */
const HYDRATION_MODULE =
	/node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]client[\\/]dom[\\/]hydration\.js$/;

const DECLARATION = 'export let hydrating = false;';
const SETTER = /export function set_hydrating\(value\) \{\n\thydrating = value;\n\}/;

/**
 * `source` (Svelte's `hydration.js`) with `hydrating` a constant false and a setter that refuses
 * `true`. Throws if the source no longer holds the declaration or the setter as written.
 */
export function withoutHydration(source: string): string {
	if (!source.includes(DECLARATION) || !SETTER.test(source))
		throw new Error(
			"Svelte's hydration.js no longer declares `hydrating` as this build expects: see scripts/svelte-mount-only.ts"
		);
	return source
		.replace(DECLARATION, 'export const hydrating = false;')
		.replace(
			SETTER,
			'export function set_hydrating(value) {\n\tif (value) throw new Error("This build of Svelte mounts and never hydrates (scripts/svelte-mount-only.ts)");\n}'
		);
}

/** The plugin: the app's and the element's builds (not the dev server, whose deps are prebundled). */
export function svelteMountOnly(): Plugin {
	return {
		name: 'svelte-mount-only',
		apply: 'build',
		transform: {
			filter: { id: HYDRATION_MODULE },
			handler(code) {
				try {
					return { code: withoutHydration(code) };
				} catch (error) {
					this.error((error as Error).message);
				}
			}
		}
	};
}
