/**
 * The keys that move the timeline while focus is in it, as data: `+ = − 0`, the arrows, `[ ]`.
 * (The arrows first move between marks when a mark has focus; see `roving.ts`.)
 */

export type PlotKeyAction = { zoom: number } | { fit: true } | { pan: number } | { jump: 1 | -1 };

export const PLOT_KEYS: Readonly<Record<string, PlotKeyAction>> = {
	'+': { zoom: 2 },
	'=': { zoom: 2 },
	'-': { zoom: 0.5 },
	'0': { fit: true },
	/** A fifth of the visible width. */
	ArrowLeft: { pan: -0.2 },
	ArrowRight: { pan: 0.2 },
	'[': { jump: -1 },
	']': { jump: 1 }
};
