/**
 * Minifies scripts the build copies as they are from `public/`: `first-view-guard.js` runs in
 * the served page's body before its first view is parsed, so every byte of it is waited for
 * before the first paint, and the bench and the size check count it in the first view's JS
 * (1.5 kB gzipped as written, with the comments that say why it is there; 0.5 kB minified).
 * Minified by the bundler Vite itself runs (Rolldown's Oxc minifier), after the copy.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minifySync } from 'rolldown/experimental';
import type { Plugin } from 'vite';
import { writeFileAtomically } from './cli.ts';

/** The scripts of `public/` that are minified in the build's output. */
export const MINIFIED_PUBLIC_SCRIPTS = ['first-view-guard.js'] as const;

/** `source` minified; throws with the file's name and the minifier's first error, if any. */
export function minifyScript(name: string, source: string): string {
	const { code, errors } = minifySync(name, source);
	if (errors.length > 0) throw new Error(`${name}: ${errors[0].message}`);
	return code;
}

/** The plugin: each of `files`, once copied into the output folder, minified in place. */
export function minifyPublicScripts(files: readonly string[] = MINIFIED_PUBLIC_SCRIPTS): Plugin {
	let outDir = 'dist';
	return {
		name: 'minify-public-scripts',
		apply: 'build',
		configResolved(config) {
			outDir = resolve(config.root, config.build.outDir);
		},
		closeBundle() {
			for (const name of files) {
				const file = join(outDir, name);
				writeFileAtomically(file, minifyScript(name, readFileSync(file, 'utf8')));
			}
		}
	};
}
