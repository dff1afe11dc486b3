/**
 * `fromTimelineJs`: a TimelineJS3 timeline as a draft dataset citing a plain-text rendering of
 * the timeline, by the mapping rules in `timelinejs.ts`.
 */
import {
	formatPartialDate,
	parsePartialDate,
	precisionOf,
	type CivilDate,
	type Qualifier
} from '../data/civil-date.ts';
import { compareEvents, computeWhen } from '../data/event.ts';
import {
	FORMAT_NAME,
	type DatasetFile,
	type DateRecord,
	type EventRecord,
	type LinkRecord,
	type PeriodRecord,
	type SegmentRecord,
	type SourceRecord,
	type TimelineEvent,
	type TopicRecord
} from '../data/types.ts';
import { slugify } from '../shared/slug.ts';
import { isWebUrl } from '../shared/web-url.ts';
import { htmlToLine } from './html-text.ts';
import { topicIdFor } from './topic-id.ts';
import { DISPLAY_DATE_MARK, flagsOfDisplayDate } from './timelinejs.ts';
import {
	describe,
	isObject,
	mediaLinesOf,
	readDate,
	textOf,
	type DateReading
} from './timelinejs-read.ts';

/** What the timeline file cannot say about itself, and defaults to override. */
export interface TimelineJsImportOptions {
	/** The id (a slug) of the source the import creates: the timeline file itself. */
	sourceId: string;
	/** The file name of the source text, under the dataset's `sources/`. */
	sourceFile: string;
	/** The dataset's title; default the title slide's headline, else `fallbackTitle`. */
	title?: string;
	/** The title when neither `title` nor a title slide gives one (e.g. the file's name). */
	fallbackTitle?: string;
	/** The source's outlet; default "TimelineJS3 file". */
	outlet?: string;
	/** The source's publication date (a partial ISO date); default the latest date it mentions. */
	published?: string;
	/** The label of the topic for slides without a group; default the dataset's title. */
	topic?: string;
	/**
	 * Where a slide or era came from, as the report names it ("row 5", "items[2]"); default its
	 * path in the TimelineJS file ("events[3]"). Imports from other formats go through TimelineJS's
	 * shape and name their own rows here.
	 */
	locate?: (list: 'events' | 'eras', index: number) => string;
}

/**
 * Something of a slide the dataset does not carry as it was: kept as a link, or not carried
 * over at all (a background, a thumbnail, a time of day). The import report lists every one.
 */
export interface ImportNote {
	/** The slide as the report names it (see `locate`). */
	where: string;
	headline?: string;
	/** The field of the slide, e.g. `media.url`, `background`, `start_date.hour`. */
	field: string;
	/** `link`: kept on the event as a link; `dropped`: not carried over. */
	outcome: 'link' | 'dropped';
	message: string;
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

/** The dataset file, the text of its one source, what was skipped or set aside, and the notes. */
export interface TimelineJsImport {
	dataset: DatasetFile;
	sourceText: string;
	problems: ImportProblem[];
	notes: ImportNote[];
}

const DEFAULT_OUTLET = 'TimelineJS3 file';
const DEFAULT_TITLE = 'TimelineJS3 timeline';
/** Headline slugs longer than this are cut at a hyphen: ids are for people too. */
const MAX_HEADLINE_SLUG = 60;

// ————————————————————————————————————————————————————————————————— reading slides

interface ImportedSlide {
	list: 'events' | 'eras';
	index: number;
	uniqueId?: string;
	headline: string;
	text: string;
	mediaLines: string[];
	links: LinkRecord[];
	group?: string;
	date: DateRecord;
	start: CivilDate;
	end?: CivilDate;
	displayDate?: string;
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
	for (const reading of [start, end]) if (reading?.readAs) sentences.push(reading.readAs);
	const times = [start.droppedTime, end?.droppedTime].filter((t) => t !== undefined);
	if (times.length > 0)
		sentences.push(`The time (${times.join('; ')}) is dropped: dates here are civil days.`);
	if (cosmological && [start, end].some((d) => d?.timelineJsYear === 0))
		sentences.push(
			'On the cosmological scale TimelineJS draws year 0 as "0"; it is taken as written, astronomical year 0 (1 BCE).'
		);
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
	notes: ImportNote[];
	cosmological: boolean;
	locate: (list: 'events' | 'eras', index: number) => string;
}

/** Date fields the import reads (times are reported apart); any other is reported. */
const DATE_FIELDS = new Set([
	'year',
	'month',
	'day',
	'hour',
	'minute',
	'second',
	'millisecond',
	'display_date'
]);

/** Slide fields the import reads; any other is reported as not carried over. */
const READ_FIELDS = new Set([
	'start_date',
	'end_date',
	'text',
	'media',
	'group',
	'display_date',
	'unique_id',
	'background',
	'autolink'
]);

/** The label of a media link: what a reader sees under the picture, else "Media". */
function mediaLabel(media: Record<string, unknown>): string {
	const caption = typeof media.caption === 'string' ? htmlToLine(media.caption) : '';
	const credit = typeof media.credit === 'string' ? htmlToLine(media.credit) : '';
	const words = [caption, credit && `(${credit})`].filter(Boolean).join(' ');
	return words ? `Media: ${words}` : 'Media';
}

/**
 * The links of a slide (its media's URL and link, when they are web addresses) and a note for
 * every field of it the dataset does not carry: nothing is dropped without a word.
 */
function linksAndNotes(
	slide: Record<string, unknown>,
	where: string,
	headline: string,
	notes: ImportNote[]
): LinkRecord[] {
	const note = (field: string, outcome: ImportNote['outcome'], message: string) =>
		notes.push({ where, ...(headline && { headline }), field, outcome, message });
	const links: LinkRecord[] = [];
	const media = isObject(slide.media) ? slide.media : undefined;
	if (media) {
		for (const key of ['url', 'link'] as const) {
			const value = typeof media[key] === 'string' ? (media[key] as string).trim() : '';
			if (!value) continue;
			if (isWebUrl(value)) {
				if (links.some((l) => l.url === value)) continue;
				links.push({ url: value, label: key === 'url' ? mediaLabel(media) : 'Media link' });
				note(`media.${key}`, 'link', `kept as a link, not shown inline: ${value}`);
			} else if (key === 'url') {
				// TimelineJS takes HTML (a blockquote) or a non-web URI (spotify:) in the media field.
				note(
					'media.url',
					'dropped',
					`not a web address; its text is in the slide's block: ${describe(value)}`
				);
			} else {
				note('media.link', 'dropped', `not a web address: ${describe(value)}`);
			}
		}
		for (const key of ['thumbnail', 'thumb', 'alt', 'title'] as const)
			if (typeof media[key] === 'string' && (media[key] as string).trim())
				note(`media.${key}`, 'dropped', `not carried over: ${describe(media[key])}`);
	}
	if (isObject(slide.background)) {
		for (const [key, value] of Object.entries(slide.background))
			if (value !== '' && value !== undefined && value !== null)
				note(`background.${key}`, 'dropped', `not carried over: ${describe(value)}`);
	}
	if (slide.autolink !== undefined) note('autolink', 'dropped', 'not carried over');
	for (const dateField of ['start_date', 'end_date'] as const) {
		const date = slide[dateField];
		if (!isObject(date)) continue;
		const time = ['hour', 'minute', 'second', 'millisecond']
			.filter((k) => date[k] !== undefined && date[k] !== null && String(date[k]).trim() !== '')
			.map((k) => `${k} ${String(date[k]).trim()}`);
		if (time.length > 0)
			note(
				dateField,
				'dropped',
				`time of day (${time.join(', ')}) not carried over: dates here are days`
			);
		for (const [key, value] of Object.entries(date))
			if (!DATE_FIELDS.has(key) && value !== '' && value !== null && value !== undefined)
				note(`${dateField}.${key}`, 'dropped', `not carried over: ${describe(value)}`);
	}
	for (const [key, value] of Object.entries(slide))
		if (!READ_FIELDS.has(key) && value !== '' && value !== null && value !== undefined)
			note(key, 'dropped', `not carried over: ${describe(value)}`);
	return links;
}

/** Reads one slide or era; reports and returns undefined when it is malformed. */
function readSlide(
	raw: unknown,
	list: 'events' | 'eras',
	index: number,
	ctx: SlideContext
): ImportedSlide | undefined {
	const path = ctx.locate(list, index);
	const slide = isObject(raw) ? raw : undefined;
	const uniqueId =
		slide && typeof slide.unique_id === 'string' && slide.unique_id.trim()
			? slide.unique_id
			: undefined;
	const { headline, text } = slide ? textOf(slide) : { headline: '', text: '' };
	const report = (field: string | undefined, message: string, skipped: boolean) =>
		ctx.problems.push({
			path: field ? `${path}${path.endsWith(']') ? '.' : ' › '}${field}` : path,
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
	const links = linksAndNotes(slide, path, headline, ctx.notes);
	const media = isObject(slide.media) ? slide.media : undefined;
	const mediaText =
		media && typeof media.url === 'string' && !isWebUrl(media.url.trim())
			? htmlToLine(media.url)
			: '';
	return {
		list,
		index,
		uniqueId,
		headline,
		text,
		mediaLines: [...mediaLinesOf(slide), ...(mediaText ? [`Media: ${mediaText}`] : [])],
		links,
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
	const notes: ImportNote[] = [];
	const ctx: SlideContext = {
		problems,
		notes,
		cosmological: file.scale === 'cosmological',
		locate: options.locate ?? ((list, index) => `${list}[${index}]`)
	};
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
	const title =
		options.title?.trim() || titleSlide.headline || options.fallbackTitle?.trim() || DEFAULT_TITLE;
	if (isObject(file.title)) {
		// The dataset has no picture or background of its own: the title slide's are only reported.
		const titleNotes: ImportNote[] = [];
		linksAndNotes(file.title, 'title slide', titleSlide.headline, titleNotes);
		for (const note of titleNotes)
			notes.push(
				note.outcome === 'link'
					? {
							...note,
							outcome: 'dropped',
							message: note.message.replace(
								/^kept as a link, not shown inline/,
								"not carried over (the dataset's title has no media)"
							)
						}
					: note
			);
	}
	const description = titleSlide.text.replace(/\n/g, ' ');
	const defaultLabel = options.topic?.trim() || title;

	// Topics, in the order the events name them: one per distinct group name, whatever its script.
	const topics = new Map<string, TopicRecord>();
	const topicByLabel = new Map<string, string>();
	const topicOf = (group: string | undefined): string => {
		const label = group ?? defaultLabel;
		const known = topicByLabel.get(label);
		if (known !== undefined) return known;
		const base = topicIdFor(label) || 'timeline';
		let id = base;
		for (let n = 2; topics.has(id); n++) id = `${base}-${n}`;
		topics.set(id, { id, label });
		topicByLabel.set(label, id);
		return id;
	};

	// Eras are periods: bands behind the events, not events. Their ids are unique among periods.
	const eraSlides = slides.filter((slide) => slide.list === 'eras');
	const eventSlides = slides.filter((slide) => slide.list === 'events');
	const periodIds = assignIds(eraSlides);

	// Events in canonical order, which is how TimelineJS shows slides too (it sorts them by date);
	// the source text and the topics follow that order, so they do not depend on the file's.
	const ids = assignIds(eventSlides);
	const ordered = eventSlides
		.map((slide, i) => {
			const when = computeWhen(
				slide.start,
				slide.end,
				slide.date.approximate,
				slide.date.qualifier
			);
			return { slide, id: ids[i], when };
		})
		.sort(compareEvents);

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
			kind: 'event',
			actors: [],
			places: [],
			importance: 2,
			draft: true,
			...(slide.links.length > 0 && { links: slide.links }),
			citations: [{ source: options.sourceId, quote: block, start, end }]
		};
		return { ...record, when };
	});
	const sourceText = blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';

	const periods: PeriodRecord[] = eraSlides
		.map((slide, i) => ({
			slide,
			id: periodIds[i],
			when: computeWhen(slide.start, slide.end, false)
		}))
		.sort(compareEvents)
		.map(({ slide, id }) => ({
			id,
			title: titleOf(slide),
			start: slide.date.start,
			end: slide.date.end ?? slide.date.start,
			...(slide.group && { topic: topicOf(slide.group) }),
			basis: slide.date.basis
		}));

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
		events: events.map(({ when: _when, ...record }) => record),
		...(periods.length > 0 && { periods })
	};
	return { dataset, sourceText, problems, notes };
}
