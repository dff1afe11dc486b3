/** Grouping of the chronological list under year headings. */
import { fromDayNumber } from '../data/civil-date.ts';
import type { TimelineEvent } from '../data/types.ts';

export interface YearGroup {
	/** Astronomical year of the group's events' first possible day. */
	year: number;
	events: TimelineEvent[];
}

/** Groups events (already in canonical order) by the year of their first possible day. */
export function groupByYear(events: readonly TimelineEvent[]): YearGroup[] {
	const groups: YearGroup[] = [];
	for (const event of events) {
		const { year } = fromDayNumber(event.when.firstDay);
		const last = groups.at(-1);
		if (last && last.year === year) last.events.push(event);
		else groups.push({ year, events: [event] });
	}
	return groups;
}

/** A year as a heading: "2024", "44 BCE". */
export function formatYearHeading(year: number): string {
	return year <= 0 ? `${1 - year} BCE` : String(year);
}
