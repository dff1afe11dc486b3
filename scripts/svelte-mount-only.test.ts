import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutHydration } from './svelte-mount-only.ts';

const svelteRoot = dirname(createRequire(import.meta.url).resolve('svelte/package.json'));
const installed = readFileSync(join(svelteRoot, 'src/internal/client/dom/hydration.js'), 'utf8');

/** The transformed module's two exports, run on their own (the rest imports Svelte's modules). */
function exportsOf(source: string) {
	const head = source.slice(
		source.indexOf('export const hydrating'),
		source.indexOf('/**', source.indexOf('set_hydrating'))
	);
	const body = head.replaceAll('export ', '') + '\nreturn { hydrating, set_hydrating };';
	return new Function(body)() as { hydrating: boolean; set_hydrating: (value: boolean) => void };
}

describe('withoutHydration', () => {
	it("makes the installed Svelte's `hydrating` a constant false", () => {
		const out = withoutHydration(installed);
		expect(out).toContain('export const hydrating = false;');
		expect(out).not.toMatch(/\bhydrating = value\b/);
		expect(exportsOf(out).hydrating).toBe(false);
	});

	it('lets the runtime turn hydration off, and refuses to turn it on', () => {
		const { set_hydrating } = exportsOf(withoutHydration(installed));
		expect(() => set_hydrating(false)).not.toThrow();
		expect(() => set_hydrating(true)).toThrow(/never hydrates/);
	});

	it('stops the build when Svelte declares the variable otherwise', () => {
		expect(() => withoutHydration(installed.replace('let hydrating', 'var hydrating'))).toThrow(
			/svelte-mount-only/
		);
	});
});
