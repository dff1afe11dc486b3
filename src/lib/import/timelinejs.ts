/**
 * TimelineJS3 JSON to our dataset format and back. Pure (no file system, no DOM): it runs in Node
 * and in the browser.
 *
 * A TimelineJS3 file has no source articles, so the import makes the timeline itself the source:
 * `sourceText` is a plain-text rendering of it (one block per slide: its display date, headline
 * and text), and every imported event cites its own block. Imported events are drafts: nothing
 * but the timeline vouches for them yet.
 *
 * Mapping rules:
 * - Dates: parts may be numbers or strings ("2019", "07", " 7 "); "" or a missing part is not
 *   given. The precision is that of the parts given: year → year, year+month → month,
 *   year+month+day → day. Hours, minutes, seconds and milliseconds are dropped (our dates are
 *   civil days) and the basis says so. An `end_date` with a year makes a range; one equal to the
 *   start is dropped, as TimelineJS drops it.
 * - BCE: TimelineJS writes 44 BCE as year -44 (it shows a negative year as "44 BCE"), so a
 *   negative TimelineJS year y is our astronomical year y + 1 ("-0043"); year 0, which TimelineJS
 *   would show as "0", is refused. `toTimelineJs` writes astronomical y ≤ 0 as y - 1.
 * - `display_date` (the slide's, else the start and end dates' own) is kept verbatim in the
 *   basis (`TimelineJS display date: "…"`) and heads the slide's block in the source text. When it
 *   begins "c." / "circa" / "about" the date is approximate; when it begins "early", "mid" or
 *   "late" (and the date is a year or a month) that is the date's qualifier.
 * - `group` → topic: id the slug of the group name, label the name. Slides without a group go to
 *   a default topic labelled `options.topic`, else the timeline's title.
 * - Eras → events of kind `era` (importance 1) spanning the era, in the era's `group` topic if it
 *   has one (as a spreadsheet's era rows do), else the default topic. Other slides are events of
 *   kind `event` (importance 2).
 * - The title slide → the dataset's title (unless `options.title`) and description; its block
 *   opens the source text.
 * - `media`: our events have no media, so the URL and thumbnail are not imported; the caption
 *   and credit are text and go into the slide's block. `background`, `autolink` are dropped.
 * - Ids: the slug of `unique_id`, else of the headline, made unique with -2, -3, …; ids slugged
 *   from `unique_id` are reserved first, as TimelineJS does.
 * - A malformed slide (no start year, a part that is not a whole number, month 13, a day its
 *   month lacks, a day without a month, year 0, an end before its start) is skipped with a
 *   problem naming its index, `unique_id` and field; the other slides are all imported.
 *
 * `toTimelineJs` writes the reverse: parts as strings, "" when not given; topics as groups (none
 * for the topic labelled like the dataset, where ungrouped slides land); events of kind `era` as
 * eras; `unique_id` the event id; `display_date` the imported one while it still agrees with the
 * date, else our label when the parts cannot say it (approximate, early/mid/late), else "".
 *
 * Round trip: for a dataset x whose topic ids are the slugs of their labels, and whose titles and
 * labels are single-line text with single spaces (as the import makes them),
 * `fromTimelineJs(toTimelineJs(x))` gives back the title and, for every event, its id, title,
 * topic (id and label), whether it is an era, and its date: start, end (an end equal to the start
 * is dropped), precision, approximate, and the qualifier of a year or month date. It does not
 * keep summaries beyond their text on one line, other kinds (they become `event`), actors,
 * places, importance, citations, sources, derivations, bases (rewritten, keeping an imported
 * display date), topic descriptions or topics without events; every event comes back a draft.
 * From the TimelineJS side, times, media URLs and backgrounds do not survive the import.
 */
import {
	daysInMonth,
	formatPartialDate,
	monthName,
	parsePartialDate,
	precisionOf,
	type CivilDate,
	type Precision,
	type Qualifier
} from '../data/civil-date.ts';
import { compareEvents, computeWhen } from '../data/validate.ts';
import {
	FORMAT_NAME,
	type DatasetFile,
	type DateRecord,
	type EventRecord,
	type SegmentRecord,
	type SourceRecord,
	type TimelineEvent,
	type TopicRecord
} from '../data/types.ts';
import { escapeHtml, htmlToLine, htmlToText } from './html-text.ts';

/** A TimelineJS3 date part as files write it: a number, a numeric string, or "" when not given. */
export type TimelineJsPart = string | number;

export interface TimelineJsDate {
	year?: TimelineJsPart;
	month?: TimelineJsPart;
	day?: TimelineJsPart;
	hour?: TimelineJsPart;
	minute?: TimelineJsPart;
	second?: TimelineJsPart;
	millisecond?: TimelineJsPart;
	display_date?: string;
}

export interface TimelineJsText {
	headline?: string;
	text?: string;
}

export interface TimelineJsMedia {
	url?: string;
	caption?: string;
	credit?: string;
	thumbnail?: string;
	alt?: string;
	title?: string;
	link?: string;
}

export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text?: TimelineJsText;
	media?: TimelineJsMedia;
	group?: string;
	display_date?: string;
	unique_id?: string;
	background?: { url?: string; color?: string; alt?: string };
	autolink?: boolean;
}

export interface TimelineJsEra {
	start_date: TimelineJsDate;
	end_date: TimelineJsDate;
	text?: TimelineJsText;
	/** Not in the JSON format's era, but spreadsheet era rows carry one; TimelineJS ignores it. */
	group?: string;
	/** TimelineJS gives eras ids as it gives slides. */
	unique_id?: string;
	/** Not shown by TimelineJS for eras; kept so that approximate and early/mid/late survive. */
	display_date?: string;
}

export interface TimelineJsFile {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsEra[];
	scale?: 'human' | 'cosmological';
}

export interface TimelineJsImportOptions {
	/** The id (a slug) of the source the import creates: the timeline file itself. */
	sourceId: string;
	/** The file name of the source text, under the dataset's `sources/`. */
	sourceFile: string;
	/** The dataset's title; default the title slide's headline. */
	title?: string;
	/** The source's outlet; default "TimelineJS3 file". */
	outlet?: string;
	/** The source's publication date (a partial ISO date); default the latest date it mentions. */
	published?: string;
	/** The label of the topic for slides without a group; default the dataset's title. */
	topic?: string;
}

/** Something in the TimelineJS file the import could not take as it is. */
export interface ImportProblem {
	/** JSON path of the field at fault in the TimelineJS file, e.g. `events[3].start_date.month`. */
	path: string;
	/** The slide's index in `events` (or the era's in `eras`), when one slide is concerned. */
	index?: number;
	/** The slide's `unique_id` as written, when it has one. */
	uniqueId?: string;
	/** The slide's headline as text, to find it by eye. */
	headline?: string;
	message: string;
	/** True when the slide was left out; false when it was imported with the fault set aside. */
	skipped: boolean;
}

export interface TimelineJsImport {
	dataset: DatasetFile;
	sourceText: string;
	problems: ImportProblem[];
}

/** What the basis says before a slide's display date; `toTimelineJs` reads it back. */
const DISPLAY_DATE_MARK = 'TimelineJS display date: ';
const DISPLAY_DATE_IN_BASIS = /TimelineJS display date: ("(?:[^"\\]|\\.)*")/;
const APPROXIMATE_PREFIX = /^(?:c\.|ca\.|circa\b|about\b|around\b|approx\.|approximately\b|~)\s*/i;
const QUALIFIER_PREFIX = /^(early|mid|late)(?:\s+|-)(?=\S)/i;
const WHOLE_NUMBER = /^-?\d+$/;
const DATE_PARTS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;
const TIME_PARTS = ['hour', 'minute', 'second', 'millisecond'] as const;
const DEFAULT_OUTLET = 'TimelineJS3 file';
const DEFAULT_TITLE = 'TimelineJS3 timeline';
/** Headline slugs longer than this are cut at a hyphen: ids are for people too. */
const MAX_HEADLINE_SLUG = 60;

type Json = Record<string, unknown>;
type PartName = (typeof DATE_PARTS)[number];

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		text = `a ${typeof value}`;
	}
	return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * A kebab-case slug of `text`: accents dropped, anything but letters and digits a hyphen. Empty
 * when nothing is left. A slug is its own slug, so ids survive a round trip.
 */
export function slugify(text: string, maxLength = Infinity): string {
	const slug = text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** A TimelineJS year as our astronomical year: -44 (shown "44 BCE") is -43. Not for year 0. */
export function astronomicalYearOf(timelineJsYear: number): number {
	return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
}

/** Our astronomical year as TimelineJS writes it: -43 (44 BCE) is -44, 0 (1 BCE) is -1. */
export function timelineJsYearOf(astronomicalYear: number): number {
	return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
}

// ————————————————————————————————————————————————————————————————— reading dates

type PartReading = { given: false } | { given: true; value: number } | { given: true; bad: true };

/** One date part: absent, null or "" is not given; a whole number (or numeric string) is. */
function readPart(value: unknown): PartReading {
	if (value === undefined || value === null) return { given: false };
	if (typeof value === 'number')
		return Number.isSafeInteger(value) ? { given: true, value } : { given: true, bad: true };
	if (typeof value !== 'string') return { given: true, bad: true };
	const text = value.trim();
	if (text === '') return { given: false };
	const number = Number(text);
	return WHOLE_NUMBER.test(text) && Number.isSafeInteger(number)
		? { given: true, value: number === 0 ? 0 : number }
		: { given: true, bad: true };
}

interface DateReading {
	date: CivilDate;
	/** The TimelineJS year as written (negative for BCE). */
	timelineJsYear: number;
	/** The time parts given, e.g. "hour 14, minute 30", which the import drops. */
	droppedTime?: string;
	/** Month and day ignored on the cosmological scale, which TimelineJS reads to the year only. */
	droppedForScale?: boolean;
	displayDate?: string;
}

type DateResult =
	| { kind: 'absent' }
	| { kind: 'fault'; field: string; message: string; noYear?: boolean }
	| ({ kind: 'ok' } & DateReading);

/** Reads a TimelineJS date object; `field` is its name (`start_date`) for problem paths. */
function readDate(raw: unknown, field: string, cosmological: boolean): DateResult {
	if (raw === undefined || raw === null) return { kind: 'absent' };
	if (!isObject(raw))
		return { kind: 'fault', field, message: `must be a date object (got ${describe(raw)})` };
	const parts: Partial<Record<PartName, number>> = {};
	for (const name of DATE_PARTS) {
		const reading = readPart(raw[name]);
		if (!reading.given) continue;
		if ('bad' in reading)
			return {
				kind: 'fault',
				field: `${field}.${name}`,
				message: `is not a whole number (got ${describe(raw[name])})`
			};
		parts[name] = reading.value;
	}
	const displayDate =
		typeof raw.display_date === 'string' ? htmlToLine(raw.display_date) || undefined : undefined;
	if (Object.keys(parts).length === 0) return { kind: 'absent' };
	const { year, month, day } = parts;
	if (year === undefined)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message: 'is missing, but other parts of the date are given',
			noYear: true
		};
	if (year === 0)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message:
				'is 0, which is no year: TimelineJS writes 1 BCE as -1 (and shows 0 as "0"); write -1 or 1'
		};
	const date: CivilDate = { year: astronomicalYearOf(year) };
	const reading: DateReading = { date, timelineJsYear: year, displayDate };
	if (cosmological) {
		reading.droppedForScale = month !== undefined || day !== undefined;
	} else {
		if (month !== undefined && (month < 1 || month > 12))
			return {
				kind: 'fault',
				field: `${field}.month`,
				message: `must be 1–12 (got ${describe(raw.month)})`
			};
		if (day !== undefined && month === undefined)
			return { kind: 'fault', field: `${field}.day`, message: 'is given without a month' };
		if (month !== undefined) date.month = month;
		if (day !== undefined && month !== undefined) {
			const last = daysInMonth(date.year, month);
			if (day < 1 || day > last)
				return {
					kind: 'fault',
					field: `${field}.day`,
					message: `must be 1–${last} in ${monthName(month)} of that year (got ${describe(raw.day)})`
				};
			date.day = day;
		}
	}
	if (parsePartialDate(formatPartialDate(date)) === null)
		return {
			kind: 'fault',
			field: `${field}.year`,
			message: `${year} is beyond the years the dataset format can write (up to 6 digits)`
		};
	const time = TIME_PARTS.filter((name) => parts[name] !== undefined);
	if (time.length > 0)
		reading.droppedTime = time.map((name) => `${name} ${parts[name]}`).join(', ');
	return { kind: 'ok', ...reading };
}

// ————————————————————————————————————————————————————————————————— reading slides

interface ImportedSlide {
	list: 'events' | 'eras';
	index: number;
	uniqueId?: string;
	headline: string;
	text: string;
	mediaLines: string[];
	group?: string;
	date: DateRecord;
	start: CivilDate;
	end?: CivilDate;
	displayDate?: string;
}

function stringField(obj: Json, key: string): string {
	return typeof obj[key] === 'string' ? (obj[key] as string) : '';
}

function textOf(slide: Json): { headline: string; text: string } {
	const text = isObject(slide.text) ? slide.text : {};
	return {
		headline: htmlToLine(stringField(text, 'headline')),
		text: htmlToText(stringField(text, 'text'))
	};
}

/** The caption and credit of a slide's media: text a reader sees under the picture. */
function mediaLinesOf(slide: Json): string[] {
	if (!isObject(slide.media)) return [];
	const caption = htmlToLine(stringField(slide.media, 'caption'));
	const credit = htmlToLine(stringField(slide.media, 'credit'));
	if (!caption && !credit) return [];
	return [`Media: ${[caption, credit && `(${credit})`].filter(Boolean).join(' ')}`];
}

/** The approximate flag and qualifier a display date states ("c. 1500", "late 2019"). */
export function flagsOfDisplayDate(
	displayDate: string | undefined,
	precision: Precision
): { approximate: boolean; qualifier?: Qualifier } {
	if (!displayDate) return { approximate: false };
	const approximate = APPROXIMATE_PREFIX.test(displayDate);
	const rest = displayDate.replace(APPROXIMATE_PREFIX, '');
	const qualifier = QUALIFIER_PREFIX.exec(rest)?.[1].toLowerCase() as Qualifier | undefined;
	return precision === 'day' || !qualifier ? { approximate } : { approximate, qualifier };
}

function describeParts(date: CivilDate): string {
	const precision = precisionOf(date);
	if (precision === 'year') return 'year only → year precision';
	return precision === 'month'
		? 'year and month → month precision'
		: 'year, month and day → day precision';
}

/** The basis of an imported date: what was given, what was dropped, the display date. */
function basisOf(
	start: DateReading,
	end: DateReading | undefined,
	flags: { approximate: boolean; qualifier?: Qualifier },
	displayDate: string | undefined,
	cosmological: boolean,
	list: 'events' | 'eras'
): string {
	const sentences = [
		`From a TimelineJS3 ${list === 'eras' ? 'era' : 'slide'}: ${formatPartialDate(start.date)} (${describeParts(start.date)})` +
			(end ? ` to ${formatPartialDate(end.date)} (${describeParts(end.date)}).` : '.')
	];
	const bce = [start, end].filter((d): d is DateReading => d !== undefined && d.timelineJsYear < 0);
	if (bce.length > 0)
		sentences.push(
			`TimelineJS year ${bce.map((d) => `${d.timelineJsYear} (${-d.timelineJsYear} BCE) is ${formatPartialDate({ year: d.date.year })}`).join(', ')} in astronomical numbering.`
		);
	const times = [start.droppedTime, end?.droppedTime].filter((t) => t !== undefined);
	if (times.length > 0)
		sentences.push(`The time (${times.join('; ')}) is dropped: dates here are civil days.`);
	if (cosmological && (start.droppedForScale || end?.droppedForScale))
		sentences.push(
			'On the cosmological scale TimelineJS reads years only; month and day are dropped.'
		);
	if (displayDate !== undefined) {
		let sentence = `${DISPLAY_DATE_MARK}${JSON.stringify(displayDate)}.`;
		if (flags.approximate) sentence += ' It marks the date approximate.';
		if (flags.qualifier) sentence += ` It narrows it to "${flags.qualifier}".`;
		sentences.push(sentence);
	}
	return sentences.join(' ');
}

interface SlideContext {
	problems: ImportProblem[];
	cosmological: boolean;
}

/** Reads one slide or era; reports and returns undefined when it is malformed. */
function readSlide(
	raw: unknown,
	list: 'events' | 'eras',
	index: number,
	ctx: SlideContext
): ImportedSlide | undefined {
	const path = `${list}[${index}]`;
	const slide = isObject(raw) ? raw : undefined;
	const uniqueId =
		slide && typeof slide.unique_id === 'string' && slide.unique_id.trim()
			? slide.unique_id
			: undefined;
	const { headline, text } = slide ? textOf(slide) : { headline: '', text: '' };
	const report = (field: string | undefined, message: string, skipped: boolean) =>
		ctx.problems.push({
			path: field ? `${path}.${field}` : path,
			index,
			...(uniqueId !== undefined && { uniqueId }),
			...(headline && { headline }),
			message: skipped
				? `${message}; the ${list === 'eras' ? 'era' : 'slide'} is skipped`
				: message,
			skipped
		});
	if (!slide) {
		report(undefined, `must be an object (got ${describe(raw)})`, true);
		return undefined;
	}

	const start = readDate(slide.start_date, 'start_date', ctx.cosmological);
	if (start.kind === 'absent') {
		report('start_date', 'is missing: a slide needs at least a start year', true);
		return undefined;
	}
	if (start.kind === 'fault') {
		report(start.field, start.message, true);
		return undefined;
	}
	let end: DateReading | undefined;
	const endResult = readDate(slide.end_date, 'end_date', ctx.cosmological);
	if (endResult.kind === 'fault') {
		if (!endResult.noYear) {
			report(endResult.field, endResult.message, true);
			return undefined;
		}
		// TimelineJS itself drops an end date without a year and shows the slide.
		report(endResult.field, `${endResult.message}; the end date is dropped`, false);
	} else if (endResult.kind === 'ok') {
		end = endResult;
	}
	if (list === 'eras' && !end) {
		report('end_date', 'is missing: an era needs a start and an end', true);
		return undefined;
	}
	// TimelineJS drops an end equal to the start as redundant; so do we.
	if (end && formatPartialDate(end.date) === formatPartialDate(start.date)) end = undefined;
	if (end) {
		const span = computeWhen(start.date, end.date, false);
		if (span.lastDay < span.firstDay) {
			report(
				'end_date',
				`${formatPartialDate(end.date)} ends before the start ${formatPartialDate(start.date)}`,
				true
			);
			return undefined;
		}
	}

	const slideDisplay = typeof slide.display_date === 'string' ? htmlToLine(slide.display_date) : '';
	const displayDate =
		slideDisplay || [start.displayDate, end?.displayDate].filter(Boolean).join(' – ') || undefined;
	const precision = precisionOf(start.date);
	const flags = flagsOfDisplayDate(displayDate, precision);
	const date: DateRecord = {
		start: formatPartialDate(start.date),
		...(end && { end: formatPartialDate(end.date) }),
		precision,
		approximate: flags.approximate,
		...(flags.qualifier && { qualifier: flags.qualifier }),
		basis: basisOf(start, end, flags, displayDate, ctx.cosmological, list)
	};
	const group = typeof slide.group === 'string' ? htmlToLine(slide.group) : '';
	return {
		list,
		index,
		uniqueId,
		headline,
		text,
		mediaLines: mediaLinesOf(slide),
		...(group && { group }),
		date,
		start: start.date,
		end: end?.date,
		displayDate
	};
}

// ————————————————————————————————————————————————————————————————— building the dataset

/** Gives each slide an id: explicit `unique_id`s first (as TimelineJS does), then headlines. */
function assignIds(slides: ImportedSlide[]): string[] {
	const used = new Set<string>();
	const take = (base: string) => {
		let id = base;
		for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
		used.add(id);
		return id;
	};
	const ids: string[] = new Array(slides.length);
	slides.forEach((slide, i) => {
		const fromUniqueId = slide.uniqueId ? slugify(slide.uniqueId) : '';
		if (fromUniqueId) ids[i] = take(fromUniqueId);
	});
	slides.forEach((slide, i) => {
		if (ids[i] !== undefined) return;
		const fromHeadline = slugify(slide.headline, MAX_HEADLINE_SLUG);
		ids[i] = take(fromHeadline || `${slide.list === 'eras' ? 'era' : 'slide'}-${slide.index + 1}`);
	});
	return ids;
}

/** A title for an event: the headline, else the start of the text, else the slide's place. */
function titleOf(slide: ImportedSlide): string {
	if (slide.headline) return slide.headline;
	const firstLine = slide.text.split('\n')[0];
	if (firstLine) return firstLine.length > 80 ? `${firstLine.slice(0, 79).trimEnd()}…` : firstLine;
	return `${slide.list === 'eras' ? 'Era' : 'Slide'} ${slide.index + 1}`;
}

/** A slide's block in the source text: the date as shown, the headline, the text, the media. */
function blockOf(slide: ImportedSlide, label: string): string {
	return [slide.displayDate ?? label, slide.headline, slide.text, ...slide.mediaLines]
		.filter((line) => line.length > 0)
		.join('\n');
}

/** The source's publication date: as given, else the latest date the timeline mentions. */
function publishedOf(
	options: TimelineJsImportOptions,
	events: TimelineEvent[]
): SourceRecord['published'] {
	if (options.published !== undefined) {
		const parsed = parsePartialDate(options.published);
		return {
			date: options.published,
			precision: parsed ? precisionOf(parsed) : 'day',
			basis: 'Given when the TimelineJS3 file was imported.',
			confidence: 'high'
		};
	}
	const latest = events.reduce((a, b) => (b.when.lastDay > a.when.lastDay ? b : a));
	const date = latest.when.end ?? latest.when.start;
	return {
		date: formatPartialDate(date),
		precision: precisionOf(date),
		basis:
			'A TimelineJS3 file states no publication date and none was given at import; this is the latest date the timeline mentions, a guess to replace.',
		confidence: 'low'
	};
}

/**
 * Imports a TimelineJS3 timeline (parsed JSON). Never throws: what cannot be imported is in
 * `problems`, and every well-formed slide is imported.
 */
export function fromTimelineJs(json: unknown, options: TimelineJsImportOptions): TimelineJsImport {
	const problems: ImportProblem[] = [];
	const file = isObject(json) ? json : {};
	if (!isObject(json))
		problems.push({
			path: '(top level)',
			message: `must be a TimelineJS3 object with an events list (got ${describe(json)})`,
			skipped: true
		});
	else if (!Array.isArray(json.events))
		problems.push({
			path: 'events',
			message: `must be a list of slides (got ${describe(json.events)})`,
			skipped: true
		});
	const ctx: SlideContext = { problems, cosmological: file.scale === 'cosmological' };
	const slides: ImportedSlide[] = [];
	const rawEvents = Array.isArray(file.events) ? file.events : [];
	rawEvents.forEach((raw, i) => {
		const slide = readSlide(raw, 'events', i, ctx);
		if (slide) slides.push(slide);
	});
	if (file.eras !== undefined && !Array.isArray(file.eras))
		problems.push({
			path: 'eras',
			message: `must be a list of eras (got ${describe(file.eras)}); no era is imported`,
			skipped: true
		});
	const rawEras = Array.isArray(file.eras) ? file.eras : [];
	rawEras.forEach((raw, i) => {
		const slide = readSlide(raw, 'eras', i, ctx);
		if (slide) slides.push(slide);
	});

	const titleSlide = isObject(file.title) ? textOf(file.title) : { headline: '', text: '' };
	const titleMedia = isObject(file.title) ? mediaLinesOf(file.title) : [];
	const title = options.title?.trim() || titleSlide.headline || DEFAULT_TITLE;
	const description = titleSlide.text.replace(/\n/g, ' ');
	const defaultLabel = options.topic?.trim() || title;

	// Topics, in the order the events name them; group names with one slug share a topic.
	const topics = new Map<string, TopicRecord>();
	const topicOf = (group: string | undefined): string => {
		const label = group ?? defaultLabel;
		const id = slugify(label) || (group === undefined ? 'timeline' : 'group');
		if (!topics.has(id)) topics.set(id, { id, label });
		return id;
	};

	// Events in canonical order, which is how TimelineJS shows slides too (it sorts them by date);
	// the source text and the topics follow that order, so they do not depend on the file's.
	const ids = assignIds(slides);
	const ordered = slides
		.map((slide, i) => {
			const when = computeWhen(
				slide.start,
				slide.end,
				slide.date.approximate,
				slide.date.qualifier
			);
			return { slide, id: ids[i], when };
		})
		// compareEvents reads only the id and the parsed date.
		.sort((a, b) => compareEvents(a as unknown as TimelineEvent, b as unknown as TimelineEvent));

	// The source text: the title block, then one block per imported slide.
	const blocks: string[] = [];
	let offset = 0;
	const addBlock = (block: string) => {
		if (blocks.length > 0) offset += 2; // the blank line between blocks
		const start = offset;
		blocks.push(block);
		offset += block.length;
		return { start, end: offset };
	};
	const titleBlock = [titleSlide.headline, titleSlide.text, ...titleMedia]
		.filter(Boolean)
		.join('\n');
	if (titleBlock) addBlock(titleBlock);

	const segments: SegmentRecord[] = [];
	const events: TimelineEvent[] = ordered.map(({ slide, id, when }) => {
		const topic = topicOf(slide.group);
		const block = blockOf(slide, when.label);
		const { start, end } = addBlock(block);
		const previous = segments[segments.length - 1];
		if (previous && previous.topic === topic) previous.end = end;
		else segments.push({ start, end, topic });
		const eventTitle = titleOf(slide);
		const record: EventRecord = {
			id,
			title: eventTitle,
			summary: slide.text.replace(/\n/g, ' ') || eventTitle,
			date: slide.date,
			topic,
			kind: slide.list === 'eras' ? 'era' : 'event',
			actors: [],
			places: [],
			importance: slide.list === 'eras' ? 1 : 2,
			draft: true,
			citations: [{ source: options.sourceId, quote: block, start, end }]
		};
		return { ...record, when };
	});
	const sourceText = blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';

	const sources: SourceRecord[] =
		events.length === 0
			? []
			: [
					{
						id: options.sourceId,
						file: options.sourceFile,
						title: titleSlide.headline || title,
						outlet: options.outlet?.trim() || DEFAULT_OUTLET,
						published: publishedOf(options, events),
						segments
					}
				];
	const dataset: DatasetFile = {
		format: FORMAT_NAME,
		version: 1,
		title,
		...(description && { description }),
		topics: [...topics.values()],
		actors: [],
		sources,
		events: events.map(({ when: _when, ...record }) => record)
	};
	return { dataset, sourceText, problems };
}

// ————————————————————————————————————————————————————————————————— exporting

function timelineJsDateOf(date: CivilDate): TimelineJsDate {
	return {
		year: String(timelineJsYearOf(date.year)),
		month: date.month === undefined ? '' : String(date.month),
		day: date.day === undefined ? '' : String(date.day)
	};
}

/** The display date stored in a basis by the import, if any. */
export function storedDisplayDate(basis: string): string | undefined {
	const match = DISPLAY_DATE_IN_BASIS.exec(basis);
	if (!match) return undefined;
	try {
		return JSON.parse(match[1]) as string;
	} catch {
		return undefined;
	}
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
 * Writes a dataset as a TimelineJS3 timeline (see the rules at the top of this file). Events whose
 * dates do not parse are left out; a validated dataset has none.
 */
export function toTimelineJs(dataset: DatasetFile): TimelineJsFile {
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
			text: event.summary === event.title ? '' : paragraphsOf(event.summary)
		};
		const group = groupOf(event.topic);
		const sameAsStart = end && formatPartialDate(end) === formatPartialDate(start);
		const display_date = escapeHtml(displayDateOf(event, start, end));
		if (event.kind === 'era') {
			eras.push({
				start_date: timelineJsDateOf(start),
				end_date: timelineJsDateOf(end ?? start),
				text,
				...(group !== undefined && { group }),
				display_date,
				unique_id: event.id
			});
			continue;
		}
		events.push({
			start_date: timelineJsDateOf(start),
			...(end && !sameAsStart && { end_date: timelineJsDateOf(end) }),
			text,
			...(group !== undefined && { group }),
			display_date,
			unique_id: event.id
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
