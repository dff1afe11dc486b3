/**
 * d3-zoom's transform (`ZoomTransform`, `zoomIdentity`) without its behaviour: what the first view
 * needs of d3-zoom; the behaviour (`zoom.ts`) loads on the plot's first use. Imported from d3-zoom's
 * index, the behaviour would be bundled with the first view (scripts/zoom-transform-alias.ts).
 */
export { Transform as ZoomTransform, identity as zoomIdentity } from 'virtual:d3-zoom-transform';
