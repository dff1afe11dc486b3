/**
 * d3-selection, trimmed to what the plot's zoom calls. Every d3 selection shares one prototype,
 * and d3-selection builds it as one object literal holding all 35 of its methods, so a bundler
 * cannot leave out the ones never called: d3-zoom brought all of d3-selection with it (about
 * 6 kB gzipped), while it calls only the few methods listed below. The zoom code loads on the
 * plot's first use (`timeline/early-zoom.ts`), and this keeps what it fetches then small.
 * This plugin builds the prototype with those, from d3-selection's own modules, and gives the
 * rest in one module (`virtual:d3-selection-rest`) that the parts needing them import before they run:
 * the overview's brush (d3-brush), loaded on the strip's first use. Nothing is rewritten by
 * hand: the methods are d3's, only fewer of them are attached at first.
 *
 * Used by the app's build and the custom element's (both configs), and by the unit tests.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The selection methods the plot's zoom calls: d3-zoom (`property`, `on`, `filter`, `style`,
 * `each`, `datum`), d3-drag (`on`), the view's `call`, and what those call in turn (`datum`
 * reads `property` and `node`). A method called and missing throws a TypeError at once (the
 * end-to-end tests of zooming, panning and touch would fail), never a silent wrong result.
 */
export const ZOOM_SELECTION_METHODS = [
	'filter',
	'call',
	'node',
	'each',
	'style',
	'property',
	'datum',
	'on'
] as const;

/** The module that attaches d3-selection's other methods; import it before using them. */
export const SELECTION_REST_ID = 'virtual:d3-selection-rest';
const RESOLVED_REST_ID = '\0' + SELECTION_REST_ID;

/** d3-selection's index, and its prototype module (which its exports map keeps out of reach). */
const PACKAGE_INDEX = createRequire(import.meta.url).resolve('d3-selection');
const SELECTION_INDEX = join(dirname(PACKAGE_INDEX), 'selection', 'index.js');

/** One method as d3-selection's prototype module imports and attaches it. */
interface Method {
	/** The module's local name, `selection_data`. */
	local: string;
	/** Its file beside the prototype module, `./data.js`. */
	file: string;
	/** The prototype's key, `data` or `[Symbol.iterator]`. */
	key: string;
}

const IMPORT = /^import (selection_\w+) from "(\.\/\w+\.js)";\n/gm;
const ENTRY = /^ {2}(\[Symbol\.iterator\]|\w+): (selection_\w+),?\n/gm;

/** The methods d3-selection's prototype module attaches, read from its source. */
export function methodsOf(source: string): Method[] {
	const files = new Map([...source.matchAll(IMPORT)].map(([, local, file]) => [local, file]));
	return [...source.matchAll(ENTRY)]
		.filter(([, , local]) => files.has(local))
		.map(([, key, local]) => ({ key, local, file: files.get(local)! }));
}

/**
 * d3-selection's prototype module with only `keep`'s methods attached: the other methods'
 * imports and entries are left out, the rest of the module as d3 wrote it. Throws when the source
 * is not the shape this was written for (d3-selection 3), rather than build a wrong prototype.
 */
export function trimSelectionModule(source: string, keep: readonly string[]): string {
	const methods = methodsOf(source);
	const known = new Set(methods.map((method) => method.key));
	const unknown = keep.filter((key) => !known.has(key));
	if (methods.length < 30 || unknown.length > 0)
		throw new Error(
			`lean-selection: d3-selection's selection/index.js is not as expected ` +
				`(${methods.length} methods found${unknown.length ? `; missing ${unknown.join(', ')}` : ''})`
		);
	const dropped = new Set(methods.filter((m) => !keep.includes(m.key)).map((m) => m.local));
	return source
		.replace(IMPORT, (line, local: string) => (dropped.has(local) ? '' : line))
		.replace(ENTRY, (line, _key: string, local: string) => (dropped.has(local) ? '' : line));
}

/**
 * What the app and the d3 modules it bundles (d3-zoom, d3-drag, d3-brush) import from
 * d3-selection's index. The index re-exports twenty functions; the build's grouping of the first
 * view's modules (scripts/first-view-chunks.ts) follows every import, re-exports too, and so put
 * the modules that only the brush's methods use (creating and selecting nodes) in the first
 * view's file. A name missing here fails the build ("not exported"), never the page.
 */
export const USED_EXPORTS = ['pointer', 'select', 'selection'] as const;

/** d3-selection's index re-exporting only `names` (see USED_EXPORTS). */
export function trimIndexModule(source: string, names: readonly string[]): string {
	const lines = source.split('\n');
	const kept = lines.filter((line) => names.some((name) => line.includes(` as ${name}}`)));
	if (kept.length !== names.length)
		throw new Error(`lean-selection: d3-selection's index.js is not as expected`);
	return kept.join('\n') + '\n';
}

/** The module that attaches the methods `keep` left out to every selection's prototype. */
export function restModule(source: string, keep: readonly string[], folder: string): string {
	const rest = methodsOf(source).filter((method) => !keep.includes(method.key));
	const path = (file: string) => JSON.stringify(join(folder, file).replaceAll('\\', '/'));
	return [
		`import { selection } from 'd3-selection';`,
		...rest.map((m) => `import ${m.local} from ${path(m.file)};`),
		`Object.assign(selection.prototype, {`,
		...rest.map((m) => `\t${m.key}: ${m.local},`),
		`});`
	].join('\n');
}

/** The plugin: the trimmed prototype, and `virtual:d3-selection-rest` for the parts loaded later. */
export function leanSelection(keep: readonly string[] = ZOOM_SELECTION_METHODS): Plugin {
	const normal = (id: string) => id.replaceAll('\\', '/');
	return {
		name: 'lean-selection',
		enforce: 'pre',
		resolveId: (id) => (id === SELECTION_REST_ID ? RESOLVED_REST_ID : undefined),
		load(id) {
			if (id === RESOLVED_REST_ID)
				return restModule(readFileSync(SELECTION_INDEX, 'utf8'), keep, dirname(SELECTION_INDEX));
			if (normal(id) === normal(SELECTION_INDEX))
				return trimSelectionModule(readFileSync(SELECTION_INDEX, 'utf8'), keep);
			if (normal(id) === normal(PACKAGE_INDEX))
				return trimIndexModule(readFileSync(PACKAGE_INDEX, 'utf8'), USED_EXPORTS);
			return undefined;
		}
	};
}
