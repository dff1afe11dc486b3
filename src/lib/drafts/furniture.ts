/**
 * Page furniture: the dates a web page carries about itself rather than about the story (its
 * "Published" and "Updated" lines, bylines, datelines, the day it was viewed, a caption's photo
 * date, a masthead's founding year, the copyright, page code). They are evidence of when the
 * article was published, never events: `add-article` drops every date mention inside them and
 * reads the publication date from them (`published.ts`).
 *
 * Written by hand: the readability libraries find a page's main text in its DOM, but a saved
 * page's text (or a stored copy of one) keeps these lines inside the text, and no library reads
 * them out of plain text. The rules are a declarative table, each tested with invented and
 * development-set lines (`tests/fixtures/drafts-dev/`).
 *
 * Pure: no DOM, no Node API; the browser runs it too.
 */
import { isValidCivilDate, type CivilDate } from '../data/civil-date.ts';
import { tagDates, type DateMention } from '../tagger/tagger.ts';

/** What a piece of furniture is, which says how much it tells of the publication date. */
export const FURNITURE_KINDS = [
	/** "Published: 01st May 2018", "Posted Apr 9, 2019 8:02 am EDT", "First published on …". */
	'published',
	/** "Last Updated: Wednesday, 5 November, 2003", "Page last updated at …", "Modified …". */
	'updated',
	/** "By Jane Doe, Jan. 29, 2024": a byline with a date. */
	'byline',
	/** A line that is only a date ("Saturday, September 21, 2024", "June 18, 2014 | 2 min read"). */
	'date-line',
	/** A wire dateline before the lede: "ILIGAN August 18, 2008:", "KABUL, Jan. 5 (Reuters) -". */
	'dateline',
	/** A page's metadata line: " date 2019-04-09 …". */
	'metadata',
	/** A caption's photo date: "… in Islamabad on Tuesday, Oct. 18, 2005. (AP Photo/…)". */
	'caption-date',
	/** "Est. May 19, 1883". */
	'masthead',
	/** "Copyright 2014", "© 2019". */
	'copyright',
	/** Scripts and JSON left in the text. */
	'code'
] as const;
/** One of `FURNITURE_KINDS`. */
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];

/** A piece of furniture: where it is, what it is, and the date mentions inside it. */
export interface Furniture {
	start: number;
	end: number;
	kind: FurnitureKind;
	/** The text at [start, end). */
	text: string;
	/** The date mentions the tagger finds in it, with offsets into the whole text. */
	mentions: DateMention[];
	/**
	 * The date the rule itself read, where the tagger reads none: a wire credit's "04/13/17",
	 * whose two-digit year the tagger rightly leaves alone in prose.
	 */
	date?: CivilDate;
}

/** A line of the text and where it starts. */
interface Line {
	start: number;
	text: string;
}

/** A rule: the ranges of furniture it finds on one line (offsets within the line). */
interface FurnitureRule {
	kind: FurnitureKind;
	find: (
		line: string,
		mentions: DateMention[]
	) => { start: number; end: number; label?: string; date?: CivilDate }[];
}

const MONTH_OR_DAY_START =
	'(?:\\d|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Today|Yesterday)';
/** A label of a publication line, capitalized as pages write it (prose has "was published on"). */
const LABEL =
	'(?<![\\p{L}])(First [Pp]ublished|Published|Originally [Pp]ublished|Page last updated|Last [Uu]pdated|Last [Mm]odified|Updated|Modified|Posted)(?:\\s+(?:on|at))?\\s*:?\\s*';
/** After the label: up to and with a year (and a time after it), or a time and then a year. */
const LABELLED_DATE = new RegExp(
	`${LABEL}(?=${MONTH_OR_DAY_START})[^\\n|]{0,60}?\\b(?:1[89]|2[01])\\d{2}\\b(?:,?\\s*\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[APap]\\.?[Mm]\\.?)?(?:\\s+(?:[A-Z]{2,4}|UTC[+-]\\d+))?)?`,
	'gu'
);
/** A label followed by a date without a year ("Updated 2 hours ago", "Posted Tuesday"). */
const LABELLED_NO_YEAR = new RegExp(`^\\s*${LABEL}(?=${MONTH_OR_DAY_START})`, 'u');
const KIND_OF_LABEL = (label: string): FurnitureKind =>
	/updated|modified/i.test(label) ? 'updated' : 'published';

/** Lower-case words a labelled line may hold between its label and its year. */
const LABEL_WORDS = new Set(
	(
		'last first page updated published posted modified originally the on at ago just now ' +
		'min mins minute minutes hour hours day days week weeks'
	).split(' ')
);
/** Whether the lower-case words of `text` are all `LABEL_WORDS` (days and months are capitalized). */
const onlyDateWords = (text: string) =>
	(text.match(/(?<!\p{L})\p{Ll}{3,}(?!\p{L})/gu) ?? []).every((w) => LABEL_WORDS.has(w));
/** What follows "By" in prose, not in a byline: a weekday, a month, "the end", "then". */
const NOT_NAMES =
	/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Then|Now|Today|Tonight|Late|Early|Mid|Midday|Midnight|Noon|Dawn|Nightfall|Christmas|Easter)\.?$/;

/** Words a date line may hold besides its date: times, zones, "ago", "min read". */
const DATE_LINE_WORDS = new Set(
	(
		'ago gmt utc bst cet cest edt est cdt cst pdt pst ist uk am pm a.m. p.m. min mins read ' +
		'minute minutes hour hours updated published posted at on by the mon tue tues wed thu thur thurs fri sat sun'
	).split(' ')
);
/** A line at most this long may be a date line or a byline. */
const SHORT_LINE = 100;

/** Photo credits that make a line a caption (a bracketed credit ending it: "[Agencies]", "[Photo/Xinhua]"). */
const CAPTION =
	/\((?:[A-Z][\w.&/ ]{0,30}\s)?Photo(?:graph)?\b[^)]*\)|\bPhoto(?:graph)?(?: credit)?\s*:|\(photo credit\b|\bImage Source\s*:|\bFile photo\b|\bPhoto(?:graph)? by \p{Lu}|\b\d+ of \d+ \|/iu;

/**
 * A bracketed credit that ends a caption ("… in Athens, August 22, 2004. [Agencies] |"). Anchored
 * to the line's end and bounded, so that a long line costs one pass.
 */
const BRACKET_CREDIT = /\[(?:Photos?\s*\/\s*)?\p{Lu}[\p{L}.&/ -]{1,30}\]\s*\|?\s*$/u;

/**
 * A wire photo credit that ends a caption: the agency in capitals, a slash, the photographer
 * ("REUTERS/Henry Nicholls", "EPA/JOHN DOE", "AFP/Getty Images"). Read on the line's tail only, so
 * that a long line costs one short match.
 */
const AGENCY_CREDIT =
	/(?<![\p{L}/])\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s*$/u;

/**
 * The wire style of a caption that the credits above miss: it opens on "In this … photo" (the
 * agencies' house style: "In this Jan. 17, 2018 photo", "In this file photo", "In this image made
 * from video"), or it closes on a handout's credit given through an agency ("(Jane Doe/City Fire
 * Department via AP, File)"). Each is read on the line's head or tail only, so that a long line
 * costs one short match.
 */
const WIRE_CAPTION_SHAPES: readonly { part: 'head' | 'tail' | 'line'; shape: RegExp }[] = [
	{
		part: 'head',
		shape: /^\s*In this\b[^.!?]{0,60}?\b(?:photo(?:graph)?|image|picture|frame grab)\b/i
	},
	// A caption names its picture: "… is pictured in an undated photograph provided by the
	// association", "Rescuers in a handout photo released by the navy". Prose tells what happened,
	// not what a photograph shows or who handed it out.
	{
		part: 'line',
		shape:
			/\b(?:is|are)\s+pictured\b|\bin\s+an?\s+(?:undated|handout|file)\s+(?:photo(?:graph)?|image|picture)\b|\b(?:photo(?:graph)?|image|picture)\s+(?:provided|released|supplied|handed\s+out)\s+by\b/i
	},
	{
		part: 'tail',
		shape: /\([^()]{1,80}\bvia\s+(?:AP|Reuters|AFP|Getty Images|EPA|Xinhua|AAP)(?:,\s*File)?\)\s*$/
	}
];
const LINE_PART = 120;

/** Whether `line` is a photo caption: it carries a photo credit or a gallery's "2 of 5 |". */
export function isCaptionLine(line: string): boolean {
	return (
		CAPTION.test(line) ||
		WIRE_CAPTION_SHAPES.some(({ part, shape }) =>
			shape.test(
				part === 'head' ? line.slice(0, LINE_PART) : part === 'tail' ? line.slice(-LINE_PART) : line
			)
		) ||
		hasBracketCredit(line) ||
		(AGENCY_CREDIT.test(line.slice(-60)) && /[.!?]["'”’)]*\s/u.test(line))
	);
}

/**
 * Where a wire caption names its picture's place and day, closing its one sentence: "… in London,
 * Britain, July 5, 2022.", "… at the pier in Ormoc City, central Philippines on July 2, 2015.": a
 * place (capitalised names, a country after a comma, perhaps "central" or "northern" before it),
 * an optional "on", and a full date with its year, then the full stop that ends the line.
 */
const PLACE_THEN_DATE =
	/(?:\bin|,)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},?\s+(?:(?:\p{Ll}+\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2},?\s+)?(?:on\s+)?$/u;

/**
 * Whether `line` is a wire photo's caption printed without its credit (a stored copy often drops
 * it): one sentence that ends on the picture's place and full date (`PLACE_THEN_DATE`) with no
 * past or reporting verb, as a picture is described ("Residents are seen …", "A survivor … cries …"). A body
 * sentence that ends so ("He was born in Lagos, Nigeria on March 3, 1960.") tells in the past.
 */
function isBareWireCaption(line: string, mention: DateMention): boolean {
	if (mention.date?.precision !== 'day' || !hasYear(mention)) return false;
	if (!/^\s*\.\s*$/.test(line.slice(mention.end))) return false;
	const before = line.slice(0, mention.start);
	if (/[.!?]["'”’)]*\s+\p{Lu}/u.test(before) || !PLACE_THEN_DATE.test(before)) return false;
	return describesPicture(before);
}

/** Whether `line` has text before a bracketed credit that ends it. */
function hasBracketCredit(line: string): boolean {
	const tail = line.slice(-40);
	const m = BRACKET_CREDIT.exec(tail);
	return m !== null && line.length - tail.length + m.index > 0;
}

/** A month and a day with no weekday nor year: "April 19", "Apr. 19", "19 April". */
const DATELINE_MONTH_DAY =
	/^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)$/;
/** A dateline's place: capitals, then up to two title-case names after commas ("MANTA, Ecuador,"). */
const DATELINE_PLACE =
	/^[\s,]*\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,2}){0,2}[,:]?\s+$/u;
/** After a dateline's date: an agency in brackets, then a dash or a colon before the lede. */
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?(?:[:—–]|-{1,2}\s)/;
/** An agency in brackets, then a dash: what a dateline with no place must have after its date. */
const AGENCY_THEN_DASH = /^\s*\(\p{Lu}[^)]{1,29}\)\s*(?:[—–]|-{1,2}\s)/u;

const whole = (line: string) => [{ start: 0, end: line.length }];
/** A credit line ("Afp October 14, 2014") is at most this long. */
const CREDIT_LINE = 60;

/**
 * A wire credit in brackets: one to three capitalized names (an agency, "AFP"), an optional
 * language code in brackets ("(eng)"), and a date in digits with a two- or four-digit year.
 */
const WIRE_CREDIT =
	/^\s*\((\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,2})(?:\s*\(\p{Ll}{2,3}\))?\s+(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\)\s*$/u;

/**
 * A date in digits as the tagger reads one ("9/23/2024": US order unless the first number cannot
 * be a month), with a two-digit year in the POSIX window (69–99 → 1900s, 00–68 → 2000s).
 */
function readNumericDate(first: string, second: string, year: string): CivilDate | undefined {
	let month = Number(first);
	let day = Number(second);
	if (month > 12) [month, day] = [day, month];
	let y = Number(year);
	if (year.length === 2) y += y >= 69 ? 1900 : 2000;
	const date = { year: y, month, day };
	return isValidCivilDate(date) ? date : undefined;
}

/** `line` with its date mentions and clock times blanked out. */
function outside(line: string, mentions: readonly DateMention[]): string {
	let rest = line;
	for (const m of mentions)
		rest = rest.slice(0, m.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end);
	return rest.replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/g, ' ');
}

/** The sentence of a caption line that holds `at`: from the full stop before it to the one after. */
function sentenceAround(line: string, at: number): string {
	const before = line.slice(0, at).search(/[.!?]\s+[^.!?]*$/);
	const after = line.slice(at).search(/[.!?](?:\s|$)/);
	return line.slice(before < 0 ? 0 : before + 1, after < 0 ? line.length : at + after + 1);
}

/**
 * Past forms and auxiliaries that make a caption's sentence a report rather than a description of
 * the picture: a photo is described in the present ("A boy waits", "Rescuers look for survivors").
 */
const REPORTING_IN_CAPTION =
	/\b(?:was|were|has|have|had|said|says|told|killed|died|struck|hit|fell|took|made|left|began|won|lost|met|fled|shot|\p{L}{2,}ed)\b/iu;
/** Words ending in -ed that are no past verb. */
const NOT_PAST_ED = /\b(?:need|hundred|red|bed|speed|seed|feed|shed|indeed)\b/gi;

/**
 * Whether a caption's sentence describes the picture: no past verb, no reporting verb. Relative
 * clauses ("a ferry that capsized") and participles of a noun ("a dam owned by", "a photograph
 * provided by") are the picture's background, not its verb, and are left out of that test.
 */
function describesPicture(sentence: string): boolean {
	// "A heron rescued last spring is pictured …": the picture's own verb makes the rest its
	// background, whatever past participle names what is shown.
	if (/\b(?:is|are)\s+(?:pictured|seen|shown)\b/i.test(sentence)) return true;
	const main = sentence
		.replace(/\b(?:that|which|who)\s+\p{L}+/giu, ' ')
		.replace(/\b\p{L}+ed\s+by\b/giu, ' ');
	return !REPORTING_IN_CAPTION.test(main.replace(NOT_PAST_ED, ' '));
}
const hasYear = (m: DateMention) => /\b\d{4}\b/.test(m.text);

/** The rules, in order; a later rule's range that overlaps an earlier one's is dropped. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
	{
		kind: 'code',
		find: (line) =>
			/\{"|":"|"\s*:\s*[[{"]|\bstring\(\d+\)|<\/?(?:script|div|span)\b|\bfunction\s*\(/.test(line)
				? whole(line)
				: []
	},
	{
		kind: 'metadata',
		// Stored copies of pages open with their metadata: " date 2019-04-09 …".
		find: (line) => {
			const m = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/.exec(line);
			return m ? [{ start: 0, end: m[0].length }] : [];
		}
	},
	{
		kind: 'published',
		find: (line) => {
			const found = [...line.matchAll(LABELLED_DATE)]
				// Between the label and the year only dates and times: "Posted 3 videos in 2019" is prose.
				.filter((m) => onlyDateWords(m[0]))
				.map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[1] }));
			const bare =
				found.length === 0 && line.length <= SHORT_LINE ? LABELLED_NO_YEAR.exec(line) : null;
			if (bare && onlyDateWords(line)) return [{ start: 0, end: line.length, label: bare[1] }];
			return found;
		}
	},
	{
		kind: 'byline',
		// "By Jane Doe", "by The Associated Press", "By Jane Doe, Jan. 29, 2024"; never "By Monday,
		// the troops had left" nor "By March 2025 …".
		find: (line) => {
			const m = /^\s*(?:By|BY|by)\s+(\p{Lu}[\p{L}.'’-]*)/u.exec(line);
			if (!m || line.length > SHORT_LINE) return [];
			return NOT_NAMES.test(m[1]) ? [] : whole(line);
		}
	},
	{
		kind: 'masthead',
		find: (line) => {
			const m = /\b(?:Est\.|Established|Founded)\s+(?:in\s+)?[^\n]{0,20}?\b\d{4}\b/.exec(line);
			return m && line.length <= SHORT_LINE ? [{ start: m.index, end: m.index + m[0].length }] : [];
		}
	},
	{
		kind: 'copyright',
		find: (line) =>
			[...line.matchAll(/(?:Copyright|©|\(c\))\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?/g)].map(
				(m) => ({
					start: m.index,
					end: m.index + m[0].length
				})
			)
	},
	{
		kind: 'date-line',
		find: (line, mentions) => {
			if (line.length > SHORT_LINE || !mentions.some(hasYear)) return [];
			const words =
				outside(line, mentions)
					.toLowerCase()
					.match(/[\p{L}.]+/gu) ?? [];
			return words.every((w) => DATE_LINE_WORDS.has(w.replace(/^\.+|\.+$/g, '')) || w === '.')
				? whole(line)
				: [];
		}
	},
	{
		kind: 'byline',
		// A wire credit in brackets with a date in digits, as agencies' feeds print it on pages that
		// carry their copy: "(AFP (eng) 04/13/17)", "(Reuters 13/04/2017)". Read here, not by the
		// tagger: a two-digit year is read only where a credit gives it, never in prose.
		find: (line) => {
			const m = WIRE_CREDIT.exec(line);
			const date = m ? readNumericDate(m[2], m[3], m[4]) : undefined;
			return m && date ? [{ start: m.index, end: m.index + m[0].length, date }] : [];
		}
	},
	{
		kind: 'byline',
		// A credit line: an agency or outlet's name and a full date, as pages print them above the
		// text ("Afp October 14, 2014", "Reuters | June 16, 2015"): one to three capitalized words
		// and the date, nothing else, no full stop. A sentence always has a word in lower case.
		find: (line, mentions) => {
			if (line.length > CREDIT_LINE || !mentions.some(hasYear) || /\.\s*$/.test(line)) return [];
			const words = outside(line, mentions).match(/[\p{L}][\p{L}.&'’-]*/gu) ?? [];
			return words.length >= 1 && words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w))
				? whole(line)
				: [];
		}
	},
	{
		kind: 'dateline',
		// A place in capitals, then the date, then ":" or "(" or a dash: "ILIGAN August 18, 2008:".
		find: (line, mentions) => {
			const first = mentions[0];
			if (!first || !hasYear(first)) return [];
			const before = line.slice(0, first.start);
			const after = line.slice(first.end, first.end + 3);
			if (!/^\s*(?:\([^)]{1,40}\)\s*)?\p{Lu}[\p{Lu} .,'’-]{1,40}[\s,]+$/u.test(before)) return [];
			return /^\s*[:(—–-]/.test(after) ? [{ start: first.start, end: first.end }] : [];
		}
	},
	{
		kind: 'dateline',
		// A wire dateline without a year: the place in capitals (a country after it may be in
		// title case), the month and day, an optional agency in brackets, then a dash or a colon:
		// "HAVANA, Cuba, March 3 (AP) --", ", LIMA, Jun 2 –" (a stored copy may keep the comma of
		// a dropped outlet name). The day is the report's, not a happening of the story.
		find: (line, mentions) => {
			const first = mentions[0];
			if (!first || first.date?.precision !== 'day' || !DATELINE_MONTH_DAY.test(first.text))
				return [];
			const before = line.slice(0, first.start);
			const after = line.slice(first.end, first.end + 40);
			// A wire's dateline may give no place at all when its agency follows the date: "April 3
			// (Reuters) –" opens the line as "KABUL, April 3 (Reuters) –" would.
			const placeless = /^\s*$/.test(before) && AGENCY_THEN_DASH.test(after);
			if (!(DATELINE_PLACE.test(before) || placeless) || !DATELINE_AFTER.test(after)) return [];
			return [{ start: first.start, end: first.end }];
		}
	},
	{
		kind: 'caption-date',
		// In a caption, a full date is the photo's; so is any date of a sentence that describes the
		// picture in the present ("Rescuers search the rubble in Manta on Monday."). A sentence with
		// a past verb ("rebels shelled the port on Monday") restates the news: its date stays, for
		// its draft to join the body's as a second citation.
		find: (line, mentions) => {
			const bare = mentions.at(-1);
			if (bare && !isCaptionLine(line) && isBareWireCaption(line, bare))
				return [{ start: bare.start, end: bare.end }];
			return isCaptionLine(line)
				? mentions
						.filter(
							(m) =>
								(hasYear(m) && m.date?.precision === 'day') ||
								describesPicture(sentenceAround(line, m.start))
						)
						.map((m) => ({ start: m.start, end: m.end }))
				: [];
		}
	},
	{
		kind: 'masthead',
		// A name in capitals with a day's word in it ("USA TODAY", "NEWS TONIGHT"): a line of at
		// most four words, all in capitals, with no sentence in it, is the outlet's or a section's
		// name; its "TODAY" is no date.
		find: (line, mentions) =>
			mentions.length > 0 &&
			/^\s*\p{Lu}[\p{Lu}\d&'’.-]*(?:\s+\p{Lu}[\p{Lu}\d&'’.-]*){0,3}\s*$/u.test(line) &&
			mentions.every((m) => !/\d/.test(m.text))
				? mentions.map((m) => ({ start: m.start, end: m.end }))
				: []
	}
];

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
	for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
		lines.push({ start: m.index, text: m[0].replace(/[\r\n]+$/, '') });
		if (re.lastIndex === text.length) break;
	}
	return lines;
}

/**
 * The furniture of `text`, in text order. `mentions` are the tagger's mentions of the whole text
 * (any document date: only their ranges and precision are read); without them the tagger is run.
 */
export function findFurniture(text: string, mentions?: DateMention[]): Furniture[] {
	const all = mentions ?? tagDates(text, '2000');
	const found: Furniture[] = [];
	for (const line of linesOf(text)) {
		const end = line.start + line.text.length;
		const inLine = all
			.filter((m) => m.start >= line.start && m.end <= end)
			.map((m) => ({ ...m, start: m.start - line.start, end: m.end - line.start }));
		for (const rule of FURNITURE_RULES) {
			for (const range of rule.find(line.text, inLine)) {
				const start = line.start + range.start;
				const stop = line.start + range.end;
				if (stop <= start || found.some((f) => f.start < stop && start < f.end)) continue;
				found.push({
					start,
					end: stop,
					kind: range.label ? KIND_OF_LABEL(range.label) : rule.kind,
					text: text.slice(start, stop),
					mentions: all.filter((m) => m.start < stop && start < m.end),
					...(range.date ? { date: range.date } : {})
				});
			}
		}
	}
	return found.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps a piece of `furniture`. */
export function inFurniture(furniture: readonly Furniture[], start: number, end: number): boolean {
	return furniture.some((f) => f.start < end && start < f.end);
}
