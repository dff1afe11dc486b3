/**
 * TimelineJS3 JSON to our dataset format and back: the file's types, the rules of the mapping
 * (below), and what both directions share (years, display dates). `fromTimelineJs` is in
 * `timelinejs-import.ts`, `toTimelineJs` in `timelinejs-export.ts`. Pure (no file system, no DOM):
 * it runs in Node and in the browser.
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
 * - `group` → topic: one per distinct group name, labelled with it; its id is the slug of the name,
 *   with a short hash of the name appended when the name has letters the slug cannot keep (Chinese,
 *   Cyrillic…: `topic-id.ts`). Slides without a group go to a default topic labelled
 *   `options.topic`, else the timeline's title.
 * - Eras → the dataset's `periods` (bands behind the events, not events), in the era's `group`
 *   topic if it has one (as a spreadsheet's era rows do). Slides are events of kind `event`
 *   (importance 2).
 * - The title slide → the dataset's title (unless `options.title`) and description; its block
 *   opens the source text.
 * - `media`: a web address (`url`, `link`) is kept on the event as a link, labelled with the
 *   caption and credit, never loaded; the caption and credit also go into the slide's block as
 *   text, and so does media that is HTML (a blockquote) rather than an address. `background`,
 *   thumbnails, `autolink`, times of day and any field not named here are not carried over; each
 *   is listed by slide in `notes`.
 * - Ids: the slug of `unique_id`, else of the headline, made unique with -2, -3, …; ids slugged
 *   from `unique_id` are reserved first, as TimelineJS does.
 * - A malformed slide (no start year, a part that is not a whole number, month 13, a day its
 *   month lacks, a day without a month, year 0, an end before its start) is skipped with a
 *   problem naming its index, `unique_id` and field; the other slides are all imported.
 *
 * `toTimelineJs` writes the reverse: parts as strings, "" when not given; topics as groups (none
 * for the topic labelled like the dataset, where ungrouped slides land); periods as eras; an
 * event's first link as its media; `unique_id` the event id; `display_date` the imported one while it still agrees with the
 * date, else our label when the parts cannot say it (approximate, early/mid/late), else "".
 *
 * Round trip: for a dataset x whose topic ids are the slugs of their labels, and whose titles and
 * labels are single-line text with single spaces (as the import makes them),
 * `fromTimelineJs(toTimelineJs(x))` gives back the title, every period (id, title, start, end,
 * topic unless it is the one labelled like the timeline) and, for every event, its id, title,
 * topic (id and label) and its date: start, end (an end equal to the start
 * is dropped), precision, approximate, and the qualifier of a year or month date. It does not
 * keep summaries beyond their text on one line, other kinds (they become `event`), actors,
 * places, importance, citations, sources, derivations, bases (rewritten, keeping an imported
 * display date), topic descriptions or topics without events; every event comes back a draft.
 * From the TimelineJS side, times, thumbnails and backgrounds do not survive the import.
 */
import { QUALIFIERS, type Precision, type Qualifier } from '../data/civil-date.ts';

/** A TimelineJS3 date part as files write it: a number, a numeric string, or "" when not given. */
export type TimelineJsPart = string | number;

/**
 * The key under which a date read from text carries how it was read, when the text allowed two
 * readings ("1/2/2003"): a symbol, so that no JSON file can set it. `readDateText`
 * (`date-text.ts`) sets it; the importer puts it in the date's basis, where the reader sees it.
 */
export const READ_AS: unique symbol = Symbol('how a date written as text was read');

/** A TimelineJS3 date object: its parts, and the text to show instead of them. */
export interface TimelineJsDate {
	year?: TimelineJsPart;
	month?: TimelineJsPart;
	day?: TimelineJsPart;
	hour?: TimelineJsPart;
	minute?: TimelineJsPart;
	second?: TimelineJsPart;
	millisecond?: TimelineJsPart;
	display_date?: string;
	/** Not TimelineJS3's: how a converter read a date written as text that allowed two readings. */
	[READ_AS]?: string;
}

/** A slide's headline and text, both HTML. */
export interface TimelineJsText {
	headline?: string;
	text?: string;
}

/** A slide's picture or embed, and the caption and credit shown under it. */
export interface TimelineJsMedia {
	url?: string;
	caption?: string;
	credit?: string;
	thumbnail?: string;
	alt?: string;
	title?: string;
	link?: string;
}

/** One slide of `events` (or the title slide). */
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

/** A span shown behind the slides; our events of kind `era`. */
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

/** A TimelineJS3 JSON file. */
export interface TimelineJsFile {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsEra[];
	scale?: 'human' | 'cosmological';
}

/** What the basis says before a slide's display date; `toTimelineJs` reads it back. */
export const DISPLAY_DATE_MARK = 'TimelineJS display date: ';
const DISPLAY_DATE_IN_BASIS = /TimelineJS display date: ("(?:[^"\\]|\\.)*")/;
const APPROXIMATE_PREFIX = /^(?:c\.|ca\.|circa\b|about\b|around\b|approx\.|approximately\b|~)\s*/i;
const QUALIFIER_PREFIX = new RegExp(`^(${QUALIFIERS.join('|')})(?:\\s+|-)(?=\\S)`, 'i');

/** A TimelineJS year as our astronomical year: -44 (shown "44 BCE") is -43. Not for year 0. */
export function astronomicalYearOf(timelineJsYear: number): number {
	return timelineJsYear < 0 ? timelineJsYear + 1 : timelineJsYear;
}

/** Our astronomical year as TimelineJS writes it: -43 (44 BCE) is -44, 0 (1 BCE) is -1. */
export function timelineJsYearOf(astronomicalYear: number): number {
	return astronomicalYear <= 0 ? astronomicalYear - 1 : astronomicalYear;
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
