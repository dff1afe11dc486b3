/**
 * Axis ticks: d3 chooses the instants, dayjs (in UTC) writes the labels, at the coarsest unit the
 * ticks need so that they read "2020", "Mar 2024" or "23 Sep".
 */
import type { ScaleTime } from 'd3-scale';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';

dayjs.extend(utc);

export interface Tick {
	/** UTC ms. */
	ms: number;
	/** x in px. */
	x: number;
	label: string;
}

export type TickUnit = 'year' | 'month' | 'day';

/** The coarsest unit on whose boundaries all the ticks fall. */
export function tickUnit(instants: readonly Date[]): TickUnit {
	if (instants.every((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)) return 'year';
	if (instants.every((d) => d.getUTCDate() === 1)) return 'month';
	return 'day';
}

const FORMATS: Record<TickUnit, string> = { year: 'YYYY', month: 'MMM YYYY', day: 'D MMM YYYY' };

/** Formats a UTC instant as a tick label of the given unit. */
export function formatTick(date: Date, unit: TickUnit): string {
	const year = date.getUTCFullYear();
	// dayjs cannot format years below 1000 or BCE reliably; write the year ourselves there.
	if (year < 1000) {
		const y = year <= 0 ? `${1 - year} BCE` : String(year);
		return unit === 'year'
			? y
			: `${dayjs.utc(Date.UTC(2000, date.getUTCMonth(), date.getUTCDate())).format(unit === 'month' ? 'MMM' : 'D MMM')} ${y}`;
	}
	return dayjs.utc(date.getTime()).format(FORMATS[unit]);
}

/** Ticks for a scale about one per `spacing` px, labelled at a common unit. */
export function computeTicks(x: ScaleTime<number, number>, width: number, spacing = 110): Tick[] {
	const instants = x.ticks(Math.max(2, Math.floor(width / spacing)));
	const unit = tickUnit(instants);
	return instants.map((date) => ({
		ms: date.getTime(),
		x: x(date),
		label: formatTick(date, unit)
	}));
}
