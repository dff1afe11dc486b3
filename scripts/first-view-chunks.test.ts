import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import {
	SVELTE_PARTS_ON_FIRST_USE,
	firstViewChunkGroups,
	firstViewModules,
	isSveltePartOnFirstUse,
	type ModuleImports
} from './first-view-chunks.ts';

/** A module graph: each id's static and dynamic imports. */
function graph(edges: Record<string, { s?: string[]; d?: string[] }>) {
	return (id: string): ModuleImports | null =>
		edges[id]
			? { importedIds: edges[id].s ?? [], dynamicallyImportedIds: edges[id].d ?? [] }
			: null;
}

const root = '/project';
const at = (path: string) => resolve(root, path);

/**
 * Two pages sharing a surface: the app imports its list right after its first paint and its
 * reader on first use; the frame draws the same surface.
 */
const edges = {
	[at('app.ts')]: { s: [at('App.svelte'), at('surface.ts')] },
	[at('App.svelte')]: { s: [at('print.ts')] },
	[at('print.ts')]: {},
	[at('frame.ts')]: { s: [at('surface.ts'), at('host.ts')] },
	[at('host.ts')]: {},
	[at('surface.ts')]: { s: [at('runtime.ts')], d: [at('List.svelte'), at('Reader.svelte')] },
	[at('runtime.ts')]: {},
	[at('List.svelte')]: { s: [at('runtime.ts'), at('rows.ts')] },
	[at('rows.ts')]: {},
	[at('Reader.svelte')]: { s: [at('anchor.ts')] },
	[at('anchor.ts')]: {}
};

describe('firstViewModules', () => {
	it('follows static imports and a dynamic import only into a part of the first view', () => {
		const modules = firstViewModules(at('app.ts'), new Set([at('List.svelte')]), graph(edges));
		expect([...modules].sort()).toEqual(
			['App.svelte', 'List.svelte', 'app.ts', 'print.ts', 'rows.ts', 'runtime.ts', 'surface.ts']
				.map(at)
				.sort()
		);
	});
});

describe('the parts of Svelte’s runtime left to first use', () => {
	it('are files of the installed Svelte (a renamed file would silently come back)', () => {
		for (const part of SVELTE_PARTS_ON_FIRST_USE)
			expect(existsSync(`node_modules/svelte/src/${part}`), part).toBe(true);
	});

	it('are told apart by their path, on any system, and nothing else is', () => {
		const root = '/p/node_modules/svelte/src/';
		expect(isSveltePartOnFirstUse(`${root}internal/client/dom/blocks/await.js`)).toBe(true);
		expect(
			isSveltePartOnFirstUse('C:\\p\\node_modules\\svelte\\src\\legacy\\legacy-client.js')
		).toBe(true);
		expect(isSveltePartOnFirstUse(`${root}internal/client/dom/blocks/each.js`)).toBe(false);
		expect(isSveltePartOnFirstUse('/p/src/lib/blocks/await.js')).toBe(false);
	});
});

describe('firstViewChunkGroups', () => {
	const [parts, shared, own] = firstViewChunkGroups(
		root,
		[
			{ entry: 'app.ts', chunk: 'app' },
			{ entry: 'frame.ts', chunk: 'frame' }
		],
		['List.svelte']
	);
	const ctx = { getModuleInfo: graph(edges) };

	it('puts what every page runs first in one shared file, taken before the pages’ own', () => {
		expect(shared.priority).toBeGreaterThan(own.priority);
		for (const path of ['surface.ts', 'runtime.ts', 'List.svelte', 'rows.ts'])
			expect(shared.name(at(path), ctx)).toBe('first-view');
		expect(shared.name(at('App.svelte'), ctx)).toBeNull();
	});

	it('puts what only one page runs first in that page’s file', () => {
		expect(own.name(at('App.svelte'), ctx)).toBe('app');
		expect(own.name(at('print.ts'), ctx)).toBe('app');
		expect(own.name(at('host.ts'), ctx)).toBe('frame');
		expect(own.name(at('surface.ts'), ctx)).toBeNull();
	});

	it('takes Svelte’s parts used on first use first, alone, before the first view’s', () => {
		expect(parts.priority).toBeGreaterThan(shared.priority);
		expect(parts.includeDependenciesRecursively).toBe(false);
	});

	it('leaves a part loaded on first use to the bundler', () => {
		for (const group of [shared, own]) {
			expect(group.name(at('Reader.svelte'), ctx)).toBeNull();
			expect(group.name(at('anchor.ts'), ctx)).toBeNull();
		}
	});
});
