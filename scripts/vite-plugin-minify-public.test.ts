import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { minifyScript } from './vite-plugin-minify-public.ts';

describe('minifyScript', () => {
	it('keeps what the first view guard does and drops its comments', () => {
		const source = readFileSync('public/first-view-guard.js', 'utf8');
		const code = minifyScript('first-view-guard.js', source);
		expect(code.length).toBeLessThan(source.length / 3);
		expect(code).not.toContain('/*');
		for (const name of ['first-view-stale', 'servedPick', 'evidence-timeline:theme'])
			expect(code).toContain(name);
	});

	it('names the file when it cannot be read as a script', () => {
		expect(() => minifyScript('broken.js', 'let = ;')).toThrow(/^broken\.js: /);
	});
});
