/**
 * Module aliases shared by the app's and the element's builds (and the unit tests, which run on
 * the app's config): d3-zoom and d3-brush import d3-transition and d3-interpolate only to animate,
 * and the timeline never animates. See `src/lib/timeline/no-transitions.ts`. And d3-zoom's
 * transform alone, for the first view (`zoom-transform-alias.ts`).
 */
import { fileURLToPath } from 'node:url';
import { zoomTransformAlias } from './zoom-transform-alias.ts';

export const buildAliases = [
	{
		find: /^d3-(transition|interpolate)$/,
		replacement: fileURLToPath(new URL('../src/lib/timeline/no-transitions.ts', import.meta.url))
	},
	zoomTransformAlias(fileURLToPath(new URL('..', import.meta.url)))
];
