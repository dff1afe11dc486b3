/**
 * How the app's build groups its code into files. Gzip works per file, and left to itself the
 * bundler splits every module shared by a page and one of its parts loaded on first use (the
 * reader, the embed dialog, the exports…) into a file of its own: about thirty small files before
 * the first view, each compressed alone. Here everything a page runs before its first view is
 * drawn goes into one file (`first-view`, shared by the app page and the embed frame, which
 * draw the same surface), and a page's own part of it into a second (`app`, `frame`), while the
 * parts loaded on first use stay in files of their own.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

/** What the chunking needs of a module: the ids it imports statically and dynamically. */
export interface ModuleImports {
	importedIds: readonly string[];
	dynamicallyImportedIds: readonly string[];
}

/** A page: its entry module and the name of the file that holds what only it runs first. */
export interface PageEntry {
	entry: string;
	chunk: string;
}

/**
 * The parts the page imports dynamically but right after its first paint, with no user action:
 * the overview strip. It is drawn in the first view, so it belongs with it (a dynamic import of
 * a module already loaded costs no request). Not the list nor the filters: the page keeps the
 * ones the build served until they are first used (src/lib/prerender/served-parts.ts), and
 * their modules, in files of their own, load then.
 */
export const FIRST_VIEW_PARTS: readonly string[] = ['src/lib/timeline/Overview.svelte'];

/**
 * Svelte's runtime, file by file, reaches the first view through one index that re-exports all
 * of it, so the walk below would count every part of it as run before the first view. These
 * parts serve only constructs that no component of the first view uses; they go with the parts
 * loaded on first use that need them (one shared file), and cost the first view nothing:
 * - `{#await}` blocks: the reader, the authoring tools, the embed dialog;
 * - `bind:value` on an input or a select, `bind:group`, `bind:checked`: the authoring tools and
 *   the embed dialog;
 * - the bindings of an element's property (`bind:open`, `bind:focused`, `bind:innerText`…,
 *   `bindings/universal.js`), which no module of the runtime imports and no first-view
 *   component uses;
 * - `bind:this` (`bindings/this.js`): the first view keeps its elements with attachments
 *   (`shared/keep-element.ts`); the canvas renderer, the list, the reader… bind them;
 * - `{#key}` blocks (`blocks/key.js`): the overview's brush is attached anew without one;
 * - the custom element's base class and the Svelte 4 class API it builds on: only the
 *   `<event-timeline>` element, built apart (vite.element.config.ts);
 * A first-view component that starts to use one of them still works: its file then imports this
 * one before the first view, and the end-to-end size check (bundle.spec.ts) counts it.
 */
export const SVELTE_PARTS_ON_FIRST_USE: readonly string[] = [
	'internal/client/dom/blocks/await.js',
	'internal/client/dom/elements/bindings/input.js',
	'internal/client/dom/elements/bindings/select.js',
	'internal/client/dom/elements/bindings/universal.js',
	'internal/client/dom/elements/bindings/this.js',
	'internal/client/dom/blocks/key.js',
	'internal/client/dom/elements/custom-element.js',
	'legacy/legacy-client.js'
];

/** Whether the module `id` is one of Svelte's runtime parts listed above. */
export function isSveltePartOnFirstUse(id: string): boolean {
	const path = id.replaceAll('\\', '/');
	return SVELTE_PARTS_ON_FIRST_USE.some((part) =>
		path.endsWith(`/node_modules/svelte/src/${part}`)
	);
}

/**
 * The bundler takes a module for one with side effects unless told otherwise, and then imports
 * its file wherever a module importing it runs, used or not: the runtime's index in the first
 * view's file would import the file of the parts above, and the custom element's base class
 * (defined at the top level of its module behind a check for `HTMLElement`, with the Svelte 4
 * class API it builds on) would stay in every build. None of these modules does anything on
 * import but define what it exports, so the app's build says so: each is kept, and its file
 * loaded, only where a component uses it.
 */
export function sveltePartsOnUse(): Plugin {
	return {
		name: 'svelte-parts-on-use',
		transform: {
			filter: { id: /node_modules[\\/]svelte[\\/]/ },
			handler: (code, id) =>
				isSveltePartOnFirstUse(id) ? { code, moduleSideEffects: false } : undefined
		}
	};
}

/**
 * The modules a page runs before its first view: `entry` and what it imports statically,
 * following a dynamic import only into one of `parts` (ids as the bundler gives them).
 */
export function firstViewModules(
	entry: string,
	parts: ReadonlySet<string>,
	importsOf: (id: string) => ModuleImports | null
): Set<string> {
	const seen = new Set<string>();
	const queue = [entry];
	while (queue.length > 0) {
		const id = queue.pop()!;
		if (seen.has(id)) continue;
		const info = importsOf(id);
		if (!info) continue;
		seen.add(id);
		queue.push(...info.importedIds);
		queue.push(...info.dynamicallyImportedIds.filter((dynamic) => parts.has(dynamic)));
	}
	return seen;
}

/**
 * The build's chunking groups: `first-view` for the modules every page runs before its first view,
 * then a page's own chunk (`app`, `frame`) for the ones only that page runs first; the rest, loaded
 * on first use, is left to the bundler's own splitting. `root` is the project's folder; `pages` and
 * `parts` are relative to it. The shared group is taken first (a higher priority): a group also
 * takes the modules its modules import, and every import of a shared module is shared too, while
 * a page's own module imports shared ones, which must stay in the shared file.
 */
export function firstViewChunkGroups(
	root: string,
	pages: readonly PageEntry[],
	parts: readonly string[] = FIRST_VIEW_PARTS
): [PartsGroup, NamedGroup, NamedGroup] {
	const partIds = new Set(parts.map((part) => resolve(root, part)));
	const entryIds = new Set(pages.map(({ entry }) => resolve(root, entry)));
	let sets: { chunk: string; modules: Set<string> }[] | undefined;
	const pagesRunning = (id: string, ctx: ChunkingContext) => {
		// The graph is complete when the bundler starts chunking: walk it once, on the first call.
		sets ??= pages.map(({ entry, chunk }) => ({
			chunk,
			modules: firstViewModules(resolve(root, entry), partIds, (m) => ctx.getModuleInfo(m))
		}));
		return sets.filter((page) => page.modules.has(id));
	};
	return [
		// These parts alone: what they import is the runtime's core, which the first view runs.
		{
			priority: 3,
			name: 'svelte-parts',
			test: isSveltePartOnFirstUse,
			includeDependenciesRecursively: false
		},
		{
			priority: 2,
			name: (id: string, ctx: ChunkingContext) =>
				pagesRunning(id, ctx).length === pages.length ? 'first-view' : null
		},
		{
			priority: 1,
			// A page's entry module stays out of its group, in a file of its own: a part loaded on
			// first use may import a module of this group (the embed dialog imports the frame's
			// options on the app page), and importing the file holding another page's entry would
			// run that page.
			name: (id: string, ctx: ChunkingContext) => {
				const runBy = pagesRunning(id, ctx);
				if (entryIds.has(id)) return null;
				return runBy.length === 1 ? runBy[0].chunk : null;
			}
		}
	];
}

/** The group of Svelte's parts used on first use (Rolldown's `codeSplitting.groups` entry). */
interface PartsGroup {
	priority: number;
	name: string;
	test: (id: string) => boolean;
	includeDependenciesRecursively: boolean;
}

/** A group whose chunk is named per module; null leaves the module to other groups. */
interface NamedGroup {
	priority: number;
	name: (id: string, ctx: ChunkingContext) => string | null;
}

/** What the chunking groups read of the bundler's module graph. */
interface ChunkingContext {
	getModuleInfo(id: string): ModuleImports | null;
}
