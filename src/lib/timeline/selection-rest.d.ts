/**
 * Attaches the d3-selection methods the first view does not load to every selection
 * (scripts/lean-selection.ts); a part that calls them (the overview's brush) imports it first.
 */
declare module 'virtual:d3-selection-rest' {}
