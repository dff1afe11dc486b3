/** The axis's ticks as data: shared by the calendar ticks (ticks.ts) and deep time's (deep-ticks.ts). */

export type TickUnit = 'year' | 'month' | 'day';

export interface Tick {
	/** UTC ms of the boundary. For the sticky major tick: the start of its period, left of the window. */
	ms: number;
	/** x in px, within [0, width]. */
	x: number;
	label: string;
}

export interface AxisTicks {
	/** The fine level, e.g. months. Unit of its boundaries. */
	minorUnit: TickUnit;
	/** Step of the fine level in its unit, e.g. 3 for quarters, 7 for weeks, 10 for decades of years. */
	minorStep: number;
	minor: Tick[];
	/**
	 * The coarse level above it (years over months, months over days, decades/centuries over years);
	 * may be empty. Its first tick may be "sticky": at x = 0, naming the period that contains the left
	 * edge when that period's boundary is off-screen to the left.
	 */
	major: Tick[];
}
