import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { select, selection } from 'd3-selection';
import {
	ZOOM_SELECTION_METHODS,
	methodsOf,
	restModule,
	trimIndexModule,
	trimSelectionModule,
	USED_EXPORTS
} from './lean-selection.ts';

const index = createRequire(import.meta.url).resolve('d3-selection');
const prototypeSource = readFileSync(join(dirname(index), 'selection', 'index.js'), 'utf8');

describe('lean-selection', () => {
	it("reads all of d3-selection's methods from its prototype module", () => {
		const keys = methodsOf(prototypeSource).map((m) => m.key);
		expect(keys).toHaveLength(34);
		expect(keys).toEqual(expect.arrayContaining(['data', 'on', 'attr', '[Symbol.iterator]']));
	});

	it('keeps only the zoom’s methods in the prototype module, and the rest in the other', () => {
		const lean = methodsOf(trimSelectionModule(prototypeSource, ZOOM_SELECTION_METHODS));
		expect(lean.map((m) => m.key).sort()).toEqual([...ZOOM_SELECTION_METHODS].sort());
		const rest = restModule(prototypeSource, ZOOM_SELECTION_METHODS, '/d3');
		expect(rest).toContain('import selection_attr from "/d3/attr.js";');
		expect(rest).toContain('[Symbol.iterator]: selection_iterator,');
		expect(rest).not.toContain('selection_on ');
	});

	it('refuses a source it was not written for, rather than build a wrong prototype', () => {
		expect(() => trimSelectionModule('export default 1;', ['on'])).toThrow(/not as expected/);
		expect(() =>
			trimIndexModule('export {default as select} from "./select.js";', ['pointer', 'select'])
		).toThrow(/not as expected/);
	});

	it('re-exports only the names the app and its d3 modules import', () => {
		const trimmed = trimIndexModule(readFileSync(index, 'utf8'), USED_EXPORTS);
		expect(trimmed.trim().split('\n')).toHaveLength(USED_EXPORTS.length);
		expect(trimmed).not.toContain('creator');
	});

	// The unit tests run on the app's Vite config, so this is the build's own d3-selection.
	it('gives a selection the zoom’s methods at once, and the others once the rest is loaded', async () => {
		const node = document.createElement('div');
		expect(typeof select(node).on).toBe('function');
		expect('attr' in selection.prototype).toBe(false);
		await import('virtual:d3-selection-rest');
		select(node).attr('data-x', '1');
		expect(node.getAttribute('data-x')).toBe('1');
	});
});
