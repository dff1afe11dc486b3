/**
 * `toTimelineJs`: a dataset as a TimelineJS3 timeline, by the mapping rules in `timelinejs.ts`.
 */
import { formatPartialDate, parsePartialDate, type CivilDate } from '../data/civil-date.ts';
import { computeWhen } from '../data/event.ts';
import type { DatasetFile, EventRecord, SourceRecord } from '../data/types.ts';
import { escapeHtml } from './html-text.ts';
import {
	flagsOfDisplayDate,
	storedDisplayDate,
	timelineJsYearOf,
	type TimelineJsDate,
	type TimelineJsEra,
	type TimelineJsFile,
	type TimelineJsSlide,
	type TimelineJsText
} from './timelinejs.ts';

function timelineJsDateOf(date: CivilDate): TimelineJsDate {
	return {
		year: String(timelineJsYearOf(date.year)),
		month: date.month === undefined ? '' : String(date.month),
		day: date.day === undefined ? '' : String(date.day)
	};
}

/**
 * The display date to write: the one the import kept, while it still says what the date says;
 * else our label when the parts cannot say it (approximate, or early/mid/late); else "".
 */
function displayDateOf(event: EventRecord, start: CivilDate, end: CivilDate | undefined): string {
	const { approximate, precision } = event.date;
	const qualifier = precision === 'day' ? undefined : event.date.qualifier;
	const stored = storedDisplayDate(event.date.basis);
	if (stored !== undefined) {
		const flags = flagsOfDisplayDate(stored, precision);
		if (flags.approximate === approximate && flags.qualifier === qualifier) return stored;
	}
	if (!approximate && !qualifier) return '';
	return computeWhen(start, end, approximate, qualifier).label;
}

/** Plain text (lines) as TimelineJS text HTML: one paragraph per line. */
function paragraphsOf(text: string): string {
	return text
		.split('\n')
		.map((line) => line.trim())
		.filter(Boolean)
		.map((line) => `<p>${escapeHtml(line)}</p>`)
		.join('');
}

/**
 * The cited passages of an event and where they come from, as TimelineJS text HTML: a blockquote
 * per citation, then its source ("— Reuters, “Title”, 1 July 2024"). All of it escaped: it is text.
 */
function evidenceOf(event: EventRecord, sources: ReadonlyMap<string, SourceRecord>): string {
	return event.citations
		.map((citation) => {
			const source = sources.get(citation.source);
			const from = source
				? `${source.outlet}, “${source.title}”, ${source.published.date}`
				: citation.source;
			return `<blockquote>${paragraphsOf(citation.quote)}</blockquote><p>— ${escapeHtml(from)}</p>`;
		})
		.join('');
}

/** What to write besides the events' own fields. */
export interface ToTimelineJsOptions {
	/**
	 * Write each event's cited passages and their sources into its slide's text, so that the
	 * evidence travels with the timeline (the download and `npm run export` do).
	 */
	evidence?: boolean;
}

/**
 * Writes a dataset as a TimelineJS3 timeline (see the rules at the top of this file). Events whose
 * dates do not parse are left out; a validated dataset has none.
 */
export function toTimelineJs(
	dataset: DatasetFile,
	options: ToTimelineJsOptions = {}
): TimelineJsFile {
	const sources = new Map(dataset.sources.map((s) => [s.id, s]));
	const labels = new Map(dataset.topics.map((t) => [t.id, t.label]));
	const groupOf = (topic: string) => {
		const label = labels.get(topic) ?? topic;
		return label === dataset.title ? undefined : escapeHtml(label);
	};
	const events: TimelineJsSlide[] = [];
	const eras: TimelineJsEra[] = [];
	for (const event of dataset.events) {
		const start = parsePartialDate(event.date.start);
		const end = event.date.end === undefined ? undefined : parsePartialDate(event.date.end);
		if (!start || end === null) continue;
		const text: TimelineJsText = {
			headline: escapeHtml(event.title),
			text:
				(event.summary === event.title ? '' : paragraphsOf(event.summary)) +
				(options.evidence ? evidenceOf(event, sources) : '')
		};
		const group = groupOf(event.topic);
		const sameAsStart = end && formatPartialDate(end) === formatPartialDate(start);
		const display_date = escapeHtml(displayDateOf(event, start, end));
		const [first] = event.links ?? [];
		events.push({
			start_date: timelineJsDateOf(start),
			...(end && !sameAsStart && { end_date: timelineJsDateOf(end) }),
			text,
			...(group !== undefined && { group }),
			display_date,
			unique_id: event.id,
			...(first && {
				media: { url: first.url, caption: escapeHtml(first.label.replace(/^Media: ?/, '')) }
			})
		});
	}
	for (const period of dataset.periods ?? []) {
		const start = parsePartialDate(period.start);
		const end = parsePartialDate(period.end);
		if (!start || !end) continue;
		const group = period.topic === undefined ? undefined : groupOf(period.topic);
		eras.push({
			start_date: timelineJsDateOf(start),
			end_date: timelineJsDateOf(end),
			text: { headline: escapeHtml(period.title) },
			...(group !== undefined && { group }),
			unique_id: period.id
		});
	}
	return {
		title: {
			text: {
				headline: escapeHtml(dataset.title),
				text: dataset.description ? paragraphsOf(dataset.description) : ''
			}
		},
		events,
		...(eras.length > 0 && { eras })
		// No `scale`: TimelineJS picks the cosmological scale itself for years a JavaScript Date
		// cannot hold, and that scale would drop months and days for all slides.
	};
}
