/**
 * vis-timeline item arrays and SIMILE Timeline JSON, read into TimelineJS3's JSON shape.
 *
 * vis-timeline (`new Timeline(el, items)`): items `{ id, content, start, end, group, type, title }`.
 * `content` (HTML) is the headline, `title` (its tooltip) the text, `group` the topic; `type`
 * "background" is a period (vis-timeline draws it as a band behind the items, as we do).
 *
 * SIMILE Timeline (`{ dateTimeFormat, events: [{ start, end, title, description, link, image }] }`):
 * `title` is the headline, `description` the text, `link` and `image` links.
 *
 * Every other field of an item or event (colours, CSS classes, icons) is listed in the report.
 */
import { readDateText } from './date-text.ts';
import type { Converted } from './converted.ts';
import type { ImportNote, ImportProblem } from './timelinejs-import.ts';
import { describe, isObject, type Json } from './timelinejs-read.ts';

/** The fields each reader carries over; any other is reported as not carried over. */
const VIS_FIELDS = new Set(['id', 'content', 'start', 'end', 'group', 'type', 'title']);
const SIMILE_FIELDS = new Set([
	'id',
	'start',
	'end',
	'title',
	'description',
	'link',
	'image',
	'durationEvent',
	'isDuration'
]);

/** Whether parsed JSON looks like a vis-timeline item array: a list of items with a start. */
export function isVisItems(json: unknown): json is unknown[] {
	return (
		Array.isArray(json) &&
		json.length > 0 &&
		json.some((item) => isObject(item) && 'start' in item && ('content' in item || 'id' in item))
	);
}

/** Whether parsed JSON looks like SIMILE Timeline JSON: events with `start`, not `start_date`. */
export function isSimile(json: unknown): json is Json {
	return (
		isObject(json) &&
		Array.isArray(json.events) &&
		json.events.some((event) => isObject(event) && 'start' in event && !('start_date' in event))
	);
}

interface Reader {
	where: (index: number) => string;
	problems: ImportProblem[];
	notes: ImportNote[];
}

/** A date field as TimelineJS date parts; a fault is reported and the text left for the importer. */
function dateField(value: unknown, field: string, index: number, headline: string, r: Reader) {
	if (value === undefined || value === null || value === '') return undefined;
	const read = readDateText(value);
	if (!read.ok) {
		r.problems.push({
			path: `${r.where(index)} › ${field}`,
			index,
			...(headline && { headline }),
			message: `${read.message}; the item is skipped`,
			skipped: true
		});
		return null;
	}
	if (read.zone)
		r.notes.push({
			where: r.where(index),
			...(headline && { headline }),
			field,
			outcome: 'dropped',
			message: `time zone ${read.zone} not carried over: dates here are days as written`
		});
	return read.date;
}

function otherFields(item: Json, known: Set<string>, index: number, headline: string, r: Reader) {
	for (const [key, value] of Object.entries(item))
		if (!known.has(key) && value !== '' && value !== null && value !== undefined)
			r.notes.push({
				where: r.where(index),
				...(headline && { headline }),
				field: key,
				outcome: 'dropped',
				message: `not carried over: ${describe(value)}`
			});
}

function text(value: unknown): string {
	return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** Reads a vis-timeline item array. Never throws. */
export function readVisItems(items: unknown[]): Converted {
	const r: Reader = { where: (i) => `items[${i}]`, problems: [], notes: [] };
	const events: unknown[] = [];
	const eras: unknown[] = [];
	const eventIndex: number[] = [];
	const eraIndex: number[] = [];
	items.forEach((item, i) => {
		if (!isObject(item)) {
			r.problems.push({
				path: r.where(i),
				index: i,
				message: `must be an object (got ${describe(item)}); skipped`,
				skipped: true
			});
			return;
		}
		const headline = text(item.content);
		const start = dateField(item.start, 'start', i, headline, r);
		const end = dateField(item.end, 'end', i, headline, r);
		if (start === null || end === null) return;
		otherFields(item, VIS_FIELDS, i, headline, r);
		const slide = {
			...(start && { start_date: start }),
			...(end && { end_date: end }),
			text: { headline, text: text(item.title) },
			...(item.group !== undefined && item.group !== null && { group: String(item.group) }),
			...(item.id !== undefined && { unique_id: String(item.id) })
		};
		if (item.type === 'background') {
			eras.push(slide);
			eraIndex.push(i);
		} else {
			events.push(slide);
			eventIndex.push(i);
		}
	});
	return {
		timeline: { events, eras },
		locate: (list, index) => r.where((list === 'eras' ? eraIndex : eventIndex)[index]),
		problems: r.problems,
		notes: r.notes
	};
}

/** Reads SIMILE Timeline JSON. Never throws. */
export function readSimile(json: Json): Converted {
	const r: Reader = { where: (i) => `events[${i}]`, problems: [], notes: [] };
	for (const [key, value] of Object.entries(json))
		if (key !== 'events' && key !== 'dateTimeFormat' && value !== '' && value !== null)
			r.notes.push({
				where: '(file)',
				field: key,
				outcome: 'dropped',
				message: `not carried over: ${describe(value)}`
			});
	const raw = Array.isArray(json.events) ? json.events : [];
	const events: unknown[] = [];
	const eventIndex: number[] = [];
	raw.forEach((event, i) => {
		if (!isObject(event)) {
			r.problems.push({
				path: r.where(i),
				index: i,
				message: `must be an object (got ${describe(event)}); skipped`,
				skipped: true
			});
			return;
		}
		const headline = text(event.title);
		const start = dateField(event.start, 'start', i, headline, r);
		const end = dateField(event.end, 'end', i, headline, r);
		if (start === null || end === null) return;
		otherFields(event, SIMILE_FIELDS, i, headline, r);
		const image = text(event.image);
		const link = text(event.link);
		events.push({
			...(start && { start_date: start }),
			...(end && { end_date: end }),
			text: { headline, text: text(event.description) },
			...((image || link) && { media: { url: image || link, ...(image && link && { link }) } }),
			...(event.id !== undefined && { unique_id: String(event.id) })
		});
		eventIndex.push(i);
	});
	return {
		timeline: { events, eras: [] },
		locate: (list, index) => r.where(eventIndex[index]),
		problems: r.problems,
		notes: r.notes
	};
}
