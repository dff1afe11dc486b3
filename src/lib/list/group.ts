/** Grouping of the chronological list under year and month headings. */
import { fromDayNumber, monthName } from '../data/civil-date.ts';
import type { TimelineEvent } from '../data/types.ts';

export interface YearGroup {
	/** Astronomical year of the group's events' first possible day. */
	year: number;
	events: TimelineEvent[];
	/** The year's events under month headings, in the same order. */
	parts: MonthGroup[];
}

/**
 * A run of a year's events under one heading: a month ("January") for dates known to the month or
 * day, or the date itself ("2020", "late 2019", "2005–2007") for dates known only to the year,
 * which sort before the months they may fall in (see docs/dataset-format.md, "Order").
 */
export interface MonthGroup {
	heading: string;
	events: TimelineEvent[];
}

function partHeading(event: TimelineEvent): string {
	// "c. 2020" and "2020" share a heading: the rows say which is approximate.
	if (event.date.precision === 'year') return event.when.label.replace(/^c\. /, '');
	return monthName(fromDayNumber(event.when.firstDay).month);
}

/**
 * Groups events (already in canonical order) by the year of their first possible day, and within a
 * year by month (or by the year-precision date itself).
 */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
	const groups: YearGroup[] = [];
	for (const event of events) {
		const { year } = fromDayNumber(event.when.firstDay);
		let group = groups.at(-1);
		if (!group || group.year !== year) {
			group = { year, events: [], parts: [] };
			groups.push(group);
		}
		group.events.push(event);
		const heading = partHeading(event);
		const part = group.parts.at(-1);
		if (part && part.heading === heading) part.events.push(event);
		else group.parts.push({ heading, events: [event] });
	}
	return groups;
}

/** A year as a heading: "2024", "44 BCE", "13,798,000,000 BCE" (grouped from a million years). */
export function formatYearHeading(year: number): string {
	const grouped = (n: number) => (n >= 1_000_000 ? n.toLocaleString('en-US') : String(n));
	return year <= 0 ? `${grouped(1 - year)} BCE` : grouped(year);
}
