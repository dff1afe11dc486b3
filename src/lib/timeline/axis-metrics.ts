/**
 * Where the axis puts its labels and grid lines, shared by the SVG axis (`Axis.svelte`, in the
 * first view) and the canvas's (`axis-draw.ts`, loaded with the canvas). A module of its own: a
 * module both import would be bundled whole into the first view, drawing code and all.
 */

/** Baseline of the major (coarse) labels, px from the plot's top. */
export const MAJOR_LABEL_Y = 13;
/** The minor labels' baseline sits this far above the axis band's foot (px). */
export const MINOR_LABEL_RISE = 7;
/** A label starts this far right of its tick (px). */
export const LABEL_DX = 3;
/** Minor grid lines start this far below the major labels' baseline (px), under the labels. */
export const MINOR_GRID_DROP = 4;
