/**
 * TimeML-style calendar values ("2024-09-23", "2024-W26", "2023-SU", "2019-Q4", "199X") as
 * plain data, their arithmetic and their span in civil days. Everything is integer arithmetic on
 * `civil-date.ts` day numbers, so no result depends on the process time zone.
 */
import {
	dayNumber,
	daysInMonth,
	formatPartialDate,
	fromDayNumber,
	type CivilDate,
	type CivilDay,
	type Precision
} from '../data/civil-date.ts';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';

/** A calendar unit a text can name, finest first. */
export type TimexUnit =
	| 'day'
	| 'week'
	| 'weekend'
	| 'month'
	| 'season'
	| 'quarter'
	| 'half'
	| 'year'
	| 'decade'
	| 'century';

/**
 * One calendar unit. `year` is astronomical (0 = 1 BCE). A week is an ISO week of `year` (the
 * ISO week-numbering year); a winter belongs to the year of its December; a decade is named by its
 * first three digits (199 = the 1990s) and a century by its first two (19 = the 20th century).
 */
export type TimexPoint =
	| { unit: 'day'; year: number; month: number; day: number; partOfDay?: PartOfDay }
	| { unit: 'week' | 'weekend'; year: number; week: number }
	| { unit: 'month'; year: number; month: number }
	| { unit: 'season'; year: number; season: Season }
	| { unit: 'quarter'; year: number; quarter: number }
	| { unit: 'half'; year: number; half: number }
	| { unit: 'year'; year: number }
	| { unit: 'decade'; decade: number }
	| { unit: 'century'; century: number };

const UNIT_RANK: Record<TimexUnit, number> = {
	day: 0,
	week: 1,
	weekend: 1,
	month: 2,
	season: 3,
	quarter: 3,
	half: 4,
	year: 5,
	decade: 6,
	century: 7
};

const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 2, year: 5 };

/** Whether a value of `unit` says more than a date of `precision` can know. */
export function isFinerThan(unit: TimexUnit, precision: Precision): boolean {
	return UNIT_RANK[unit] < PRECISION_RANK[precision];
}

/** First month of each season (meteorological seasons; winter starts in December). */
const SEASON_FIRST_MONTH: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

function dayOf(n: number): CivilDay {
	return fromDayNumber(n);
}

export function dayNumberOf(day: CivilDay): number {
	return dayNumber(day.year, day.month, day.day);
}

export function addDays(day: CivilDay, days: number): CivilDay {
	return dayOf(dayNumberOf(day) + days);
}

/** ISO weekday: 0 = Monday … 6 = Sunday (1970-01-01, day number 0, was a Thursday). */
export function isoWeekday(day: CivilDay): number {
	return (((dayNumberOf(day) + 3) % 7) + 7) % 7;
}

/** The ISO week (week-numbering year and week 1–53) containing `day`. */
export function isoWeekOf(day: CivilDay): { year: number; week: number } {
	const thursday = dayNumberOf(day) - isoWeekday(day) + 3;
	const year = dayOf(thursday).year;
	return { year, week: Math.floor((thursday - dayNumber(year, 1, 1)) / 7) + 1 };
}

/** Day number of the Monday of ISO week `week` of `year`. */
function mondayOfIsoWeek(year: number, week: number): number {
	const january4 = { year, month: 1, day: 4 };
	return dayNumberOf(january4) - isoWeekday(january4) + 7 * (week - 1);
}

export function dayPoint(day: CivilDay, partOfDay?: PartOfDay): TimexPoint {
	const point: TimexPoint = { unit: 'day', year: day.year, month: day.month, day: day.day };
	if (partOfDay) point.partOfDay = partOfDay;
	return point;
}

export function weekPoint(day: CivilDay): TimexPoint {
	return { unit: 'week', ...isoWeekOf(day) };
}

export function weekendPoint(day: CivilDay): TimexPoint {
	return { unit: 'weekend', ...isoWeekOf(day) };
}

/** The first and last civil day of a value. */
export function spanOfPoint(point: TimexPoint): { first: CivilDay; last: CivilDay } {
	const months = (year: number, firstMonth: number, count: number) => {
		const lastIndex = year * 12 + firstMonth - 1 + count - 1;
		const lastYear = Math.floor(lastIndex / 12);
		const lastMonth = lastIndex - lastYear * 12 + 1;
		return {
			first: { year, month: firstMonth, day: 1 },
			last: { year: lastYear, month: lastMonth, day: daysInMonth(lastYear, lastMonth) }
		};
	};
	switch (point.unit) {
		case 'day': {
			const day = { year: point.year, month: point.month, day: point.day };
			return { first: day, last: day };
		}
		case 'week': {
			const monday = mondayOfIsoWeek(point.year, point.week);
			return { first: dayOf(monday), last: dayOf(monday + 6) };
		}
		case 'weekend': {
			const monday = mondayOfIsoWeek(point.year, point.week);
			return { first: dayOf(monday + 5), last: dayOf(monday + 6) };
		}
		case 'month':
			return months(point.year, point.month, 1);
		case 'season':
			return months(point.year, SEASON_FIRST_MONTH[point.season], 3);
		case 'quarter':
			return months(point.year, point.quarter * 3 - 2, 3);
		case 'half':
			return months(point.year, point.half * 6 - 5, 6);
		case 'year':
			return months(point.year, 1, 12);
		case 'decade':
			return {
				first: { year: point.decade * 10, month: 1, day: 1 },
				last: { year: point.decade * 10 + 9, month: 12, day: 31 }
			};
		case 'century':
			return {
				first: { year: point.century * 100, month: 1, day: 1 },
				last: { year: point.century * 100 + 99, month: 12, day: 31 }
			};
	}
}

/** The value at a coarser precision, read from `day` (the first or last day of the value). */
export function truncateDay(day: CivilDay, precision: Precision): TimexPoint {
	if (precision === 'year') return { unit: 'year', year: day.year };
	if (precision === 'month') return { unit: 'month', year: day.year, month: day.month };
	return dayPoint(day);
}

/** The TimeML value: 2024-09-23, 2024-06-30TNI, 2024-W26, 2024-W26-WE, 2023-SU, 199X, 19XX. */
export function formatTimex(point: TimexPoint): string {
	const year = (y: number) => formatPartialDate({ year: y });
	switch (point.unit) {
		case 'day':
			return (
				formatPartialDate({ year: point.year, month: point.month, day: point.day }) +
				(point.partOfDay ? `T${point.partOfDay}` : '')
			);
		case 'week':
			return `${year(point.year)}-W${pad(point.week, 2)}`;
		case 'weekend':
			return `${year(point.year)}-W${pad(point.week, 2)}-WE`;
		case 'month':
			return formatPartialDate({ year: point.year, month: point.month });
		case 'season':
			return `${year(point.year)}-${point.season}`;
		case 'quarter':
			return `${year(point.year)}-Q${point.quarter}`;
		case 'half':
			return `${year(point.year)}-H${point.half}`;
		case 'year':
			return year(point.year);
		case 'decade':
			return `${pad(point.decade, 3)}X`;
		case 'century':
			return `${pad(point.century, 2)}XX`;
	}
}

/** The civil date a value names in the dataset's terms: a single day, month or year when it is one. */
export function civilOf(point: TimexPoint): { start: CivilDate; end?: CivilDate } {
	switch (point.unit) {
		case 'day':
			return { start: { year: point.year, month: point.month, day: point.day } };
		case 'month':
			return { start: { year: point.year, month: point.month } };
		case 'year':
			return { start: { year: point.year } };
		case 'decade':
		case 'century': {
			const { first, last } = spanOfPoint(point);
			return { start: { year: first.year }, end: { year: last.year } };
		}
		case 'week':
		case 'weekend': {
			const { first, last } = spanOfPoint(point);
			return { start: first, end: last };
		}
		default: {
			const { first, last } = spanOfPoint(point);
			return {
				start: { year: first.year, month: first.month },
				end: { year: last.year, month: last.month }
			};
		}
	}
}

export function samePoint(a: TimexPoint, b: TimexPoint): boolean {
	return formatTimex(a) === formatTimex(b);
}
