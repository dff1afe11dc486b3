/**
 * Periods as bands behind the marks: overlapping periods stacked in rows (each row a strip for
 * the labels under the axis), and the part of each band in the window, in px.
 */
import type { Period } from '../data/types.ts';
import { dayToMs } from './scale.ts';
import type { TimeScale } from './time-scale.ts';

/** A period and its row: 0 is the row under the axis; an overlapping period goes one lower. */
export interface StackedPeriod {
	period: Period;
	row: number;
}

/**
 * Rows for periods (given in canonical order): each takes the first row whose last period ends
 * before it begins, so periods in one row never overlap, and one row suffices when none do.
 */
export function stackPeriods(periods: readonly Period[]): {
	stacked: StackedPeriod[];
	rows: number;
} {
	const rowEnds: number[] = [];
	const stacked = periods.map((period) => {
		let row = rowEnds.findIndex((lastDay) => lastDay < period.when.firstDay);
		if (row < 0) row = rowEnds.length;
		rowEnds[row] = period.when.lastDay;
		return { period, row };
	});
	return { stacked, rows: rowEnds.length };
}

/** A band in view: its px span clipped to the plot, and where its label can start. */
export interface PeriodBand extends StackedPeriod {
	x0: number;
	x1: number;
	/** The label starts at the band's left edge, or at the plot's when the band began off-screen. */
	labelX: number;
}

/** The bands of `stacked` that cross [0, width] px on scale `x`. */
export function periodBands(
	stacked: readonly StackedPeriod[],
	x: TimeScale,
	width: number
): PeriodBand[] {
	const bands: PeriodBand[] = [];
	for (const item of stacked) {
		const left = x(dayToMs(item.period.when.firstDay));
		const right = x(dayToMs(item.period.when.lastDay + 1));
		if (!(right > 0 && left < width)) continue;
		const x0 = Math.max(0, left);
		const x1 = Math.min(width, right);
		bands.push({ ...item, x0, x1, labelX: x0 + 4 });
	}
	return bands;
}
