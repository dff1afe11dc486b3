/**
 * d3-zoom's `src/transform.js` (scripts/zoom-transform-alias.ts), with the names it gives its exports:
 * read through `zoom-transform.ts`.
 */
declare module 'virtual:d3-zoom-transform' {
	export { ZoomTransform as Transform, zoomIdentity as identity } from 'd3-zoom';
}
