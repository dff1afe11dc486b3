/**
 * d3-zoom's transform alone, as `virtual:d3-zoom-transform` (read through
 * `src/lib/timeline/zoom-transform.ts`): the first view reads and writes zoom transforms, while the
 * behaviour itself (d3-zoom's `zoom`, with d3-drag, d3-dispatch and d3-selection) loads on the
 * plot's first use. Imported through d3-zoom's index, the behaviour's module would count as
 * imported by the first view and be bundled into its file (scripts/first-view-chunks.ts follows
 * every static import); d3-zoom's exports map keeps its `src/transform.js` out of reach by name,
 * so the alias points at the file.
 */
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

/** The alias, for the project in `root` (its d3-zoom). */
export function zoomTransformAlias(root: string): { find: RegExp; replacement: string } {
	const index = createRequire(resolve(root, 'package.json')).resolve('d3-zoom');
	return { find: /^virtual:d3-zoom-transform$/, replacement: join(dirname(index), 'transform.js') };
}
