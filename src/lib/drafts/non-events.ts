/**
 * Dated words that are no happening for a timeline, and dated words whose date the text does not
 * give. `add-article` proposes one draft per date in a sentence; these rules keep out what a
 * reviewer would only delete (a plan for after the publication, a statistic over a period), and
 * turn a date counted from a moment the text never dates into a draft that needs a date, rather
 * than a guess.
 *
 * Written by hand, as a small table of shapes: no library reads a news sentence's modality or
 * tells a count over a period from a happening, and every rule here must be visible and tested
 * (`non-events.test.ts`, with invented sentences). Each rule errs on the side of keeping a draft.
 *
 * Pure: no DOM, no Node API; the browser runs it too.
 */
import {
	dayNumber,
	formatPartialDate,
	fromDayNumber,
	spanOf,
	type CivilDate
} from '../data/civil-date.ts';
import type { DateMention, MentionDate } from '../tagger/tagger.ts';

/** Why a dated mention gives no draft. */
export interface NotAnEvent {
	reason: 'future' | 'statistic' | 'toll' | 'description' | 'bound' | 'report date' | 'schedule';
	/** In words, for the report. */
	why: string;
}

const firstDay = (date: CivilDate) => {
	const { first } = spanOf(date);
	return dayNumber(first.year, first.month, first.day);
};
const lastDay = (date: CivilDate) => {
	const { last } = spanOf(date);
	return dayNumber(last.year, last.month, last.day);
};

/**
 * Words of a count over a period: "witnessed 1,524 fatalities … in 2023", "the highest number of
 * cases recorded", "unemployment rose to 7 percent in March", "there were a record 41 homicides"
 * (what there were in a year is a count of it, not one happening); a count compared with a
 * period's ("up from 133 chicks last year") dates the period's count.
 */
const AGGREGATE =
	/\b(?:witnessed|recorded|registered|total(?:led|ed|s)?|tally|figures?|statistics|per ?cent|percent|rate|average|number of|highest|lowest|on record|a record|(?:up|down)\s+from|there\s+(?:were|was|have\s+been|had\s+been))\b|%/i;
/** A count: a number that is not a year (a comma group, a decimal, or one or two digits … or more than four). */
const COUNT = /(?<![\d,.])(?:\d{1,3}(?:,\d{3})+|\d+\.\d+|\d{1,3}|\d{5,})(?![\d,.]?\d)/;

/**
 * Why `mention` (in `sentence`, an article published `published`) is no happening, or undefined:
 * - **future**: its date begins after the last day the publication may be. An article reports
 *   what happened up to its publication; what it announces for later ("will be known tomorrow",
 *   "the trial opens on Monday" in Friday's paper) is a plan or a forecast, not yet an event.
 * - **statistic**: a count over a period coarser than a day ("1,524 fatalities … in 2023", "the
 *   rate rose to 7 percent in March"): a figure about the period, not a happening in it.
 */
export function notAnEvent(
	sentence: string,
	mention: Pick<DateMention, 'date' | 'text'>,
	published: CivilDate,
	offset = sentence.indexOf(mention.text)
): NotAnEvent | undefined {
	const date = mention.date;
	if (!date) return undefined;
	if (describesSomething(sentence, mention, offset))
		return {
			reason: 'description',
			why: `‘${mention.text}’ describes a person or a thing (“${mention.text}-” as an adjective), not a happening`
		};
	if (isScheduleDay(sentence, mention))
		return {
			reason: 'schedule',
			why: `‘${mention.text}’ is a day of a weekly schedule (opening hours, a timetable), not a happening`
		};
	const bound = offset >= 0 ? BOUND_BEFORE.exec(sentence.slice(0, offset)) : null;
	if (bound)
		return {
			reason: 'bound',
			why: `‘${mention.text}’ ends a span (“${bound[0].trim()}”), it is no happening of its own`
		};
	if (offset >= 0 && isReportDate(sentence, mention, offset) && isToll(sentence))
		return {
			reason: 'toll',
			why: `‘${mention.text}’ is when a toll was reported: a count so far, not a happening`
		};
	if (firstDay(date.start) > lastDay(published))
		return {
			reason: 'future',
			why: `‘${mention.text}’ is after the publication: a plan or a forecast, not yet a happening`
		};
	if (isCoarse(date) && AGGREGATE.test(sentence) && COUNT.test(withoutDates(sentence, mention)))
		return {
			reason: 'statistic',
			why: `‘${mention.text}’ dates a count over a period, not a happening`
		};
	if (
		offset >= 0 &&
		isRecordSince(sentence.slice(0, offset)) &&
		!TELLS_THEN.test(sentence.slice(offset + mention.text.length))
	)
		return {
			reason: 'statistic',
			why: `‘${mention.text}’ dates the record a superlative is measured against (“since”), not a happening`
		};
	return undefined;
}

/**
 * Words of a superlative or a first: "the most reported … since 1991", "the worst floods since
 * March", "the first time since 2003". The date after "since" is what the record is measured
 * against, a comparison, not a happening the sentence tells.
 */
const SUPERLATIVE =
	/\b(?:most|least|fewest|highest|lowest|largest|biggest|smallest|worst|best|strongest|weakest|deadliest|hottest|coldest|wettest|driest|first|longest|shortest)\b/i;

/** A clause after the date that tells what happened then: "since 1999, when 8,000 died". */
const TELLS_THEN = /^\s*,?\s*when\b/i;

/** Whether the words before a date end on "since" in a clause with a superlative. */
function isRecordSince(before: string): boolean {
	if (!/\bsince\s+$/i.test(before)) return false;
	const clause = before.split(/[;:.!?]|,\s+(?:and|but|while)\b/).pop()!;
	return SUPERLATIVE.test(clause);
}

const WEEKDAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?';
/**
 * Words of a week that comes round again: days named in the plural or with "every" ("on
 * Sundays", "every Monday", "weekdays", "weekends"), and a range of weekdays with no day numbers
 * ("Monday through Thursday", "Mon-Fri"; "Monday 20 to Friday 24 September" has its numbers and
 * is one span of its own).
 */
const RECURRING_DAYS: readonly RegExp[] = [
	new RegExp(`\\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\\b`, 'i'),
	new RegExp(`\\b(?:every|each)\\s+${WEEKDAY}\\b`, 'i'),
	/\b(?:weekdays|weekends|daily)\b/i,
	new RegExp(
		`\\b${WEEKDAY}\\.?\\s*(?:through|thru|to|until|-|–|—)\\s*${WEEKDAY}\\b(?!\\s+\\d)`,
		'i'
	)
];
/**
 * Words of opening hours: a range of clock times ("from 9 a.m. to 8 p.m", "10am-4pm", "between
 * 1 and 5 p.m.") or an opening word ("open", "hours", "closes").
 */
const HOURS: readonly RegExp[] = [
	/\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|noon)?\s*(?:to|until|till|-|–|and)\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\b\.?|p\.?m\b\.?|noon)/i,
	/\b(?:open|opens|opening hours|hours|closes|closed on)\b/i
];

/**
 * Whether `mention` is a day of the week in a weekly schedule: a bare weekday in a sentence that
 * both names days that come round again (`RECURRING_DAYS`) and gives hours (`HOURS`) — "It is
 * open from 9 a.m. to 8 p.m., Monday through Thursday, and on Sundays from 1 to 5 p.m." Either
 * alone is as often one happening ("protests went on Monday through Thursday", "the shooting
 * happened Monday between 2 and 3 p.m."), so both are needed.
 */
function isScheduleDay(sentence: string, mention: Pick<DateMention, 'text'>): boolean {
	if (!new RegExp(`^(?:on\\s+)?${WEEKDAY}\\.?$`, 'i').test(mention.text.trim())) return false;
	return RECURRING_DAYS.some((r) => r.test(sentence)) && HOURS.some((r) => r.test(sentence));
}

/**
 * "until"/"till" just before a date: the date ends a span ("extended until Sunday"); so does
 * "prior to" ("Prior to Friday, the list featured 878 sites"): what it tells was before that day.
 */
const BOUND_BEFORE = /\b(?:until|till|through|prior\s+to)\s+$/i;

/**
 * A date written as an adjective of a noun: "a 19th-century reformer", "a 1970s-era jet",
 * "Soviet-era" with a year ("1980s-style"). It says what a person or thing is, not when
 * something happened.
 */
function describesSomething(
	sentence: string,
	mention: Pick<DateMention, 'text'>,
	offset: number
): boolean {
	if (/[-‐](?:century|centuries|era|style|vintage|old)$/i.test(mention.text)) return true;
	if (offset < 0) return false;
	const rest = sentence.slice(offset + mention.text.length);
	return (
		/^[-‐](?:century|era|style|vintage|old)\b/i.test(rest) ||
		namesAWork(mention, sentence.slice(0, offset), rest)
	);
}

/**
 * Nouns of a made work: a year just before one names the work ("the 1991 film", "her 2008
 * album"), as a title would, and says what it is, not that it happened then. An edition of an
 * event ("the 2004 Olympics", "the 2016 election") is no work, and stays a date.
 */
export const WORK_NOUNS = [
	'film',
	'movie',
	'documentary',
	'novel',
	'memoir',
	'album',
	'song',
	'musical',
	'opera',
	'painting',
	'portrait',
	'sculpture',
	'work',
	'poem',
	'sitcom',
	'series',
	'remake',
	'sequel',
	'video game'
] as const;
const WORK_AFTER_YEAR = new RegExp(
	`^\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*|hit|short|feature|animated|comedy|drama|horror|action|war)\\s+){0,2}(?:${WORK_NOUNS.join('|').replace(/ /g, '\\s+')})s?\\b`,
	'u'
);

/** A determiner or a possessive before a year that names a work: "the 1991 film", "Costner's 1991 film". */
const DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|its|their|our|my|your)|['’]s)\s+$/i;

/** Whether a bare year between a determiner and the noun of a work names it ("the 1991 film"). */
function namesAWork(mention: Pick<DateMention, 'text'>, before: string, rest: string): boolean {
	return (
		/^\d{4}$/.test(mention.text.trim()) &&
		DETERMINER_BEFORE.test(before) &&
		WORK_AFTER_YEAR.test(rest)
	);
}

/** A reporting verb just before a date ("officials said Tuesday", "told reporters on Monday"). */
const REPORTED_BEFORE =
	/\b(?:said|says|say|told reporters|told [A-Z][\w.-]*(?: [A-Z][\w.-]*)?|reported|announced|confirmed|added)\s+(?:on\s+|late\s+|early\s+)?$/;

/**
 * Whether the date of `mention` dates only the report of the sentence: it follows a reporting
 * verb and closes the sentence or its clause ("…, officials said Tuesday." but not "said
 * Tuesday that …", where what was said is the happening).
 */
export function isReportDate(
	sentence: string,
	mention: Pick<DateMention, 'text'>,
	offset: number
): boolean {
	if (!REPORTED_BEFORE.test(sentence.slice(0, offset))) return false;
	return /^\s*(?:[.,;:!]|$)/.test(sentence.slice(offset + mention.text.length));
}

/** Words of a toll: a count of the dead, the hurt or the missing so far. */
const TOLL_WORDS =
	/\b(?:death toll|toll|(?:has|have|had)\s+(?:now\s+)?(?:killed|died|risen|climbed|reached|left)|(?:are|were|is|was)\s+(?:now\s+)?(?:dead|missing|injured|wounded|confirmed dead)|number of (?:deaths|dead|victims|casualties|people killed))\b/i;

/**
 * Whether `sentence` is a toll: a count of the dead, the hurt or the missing as it stands ("the
 * quake has killed at least 480 people", "at least 33 civilians are dead", "the number of deaths
 * had risen to 3,419"). A toll is a figure that grows from report to report; the happening that
 * caused it is the event, dated where the text dates it.
 */
export function isToll(sentence: string): boolean {
	return TOLL_WORDS.test(sentence) && COUNT.test(sentence.replace(/\b\d{4}\b/g, ' '));
}

/** A period longer than a day: a month, a year, or a span. */
function isCoarse(date: MentionDate): boolean {
	return date.precision !== 'day' || (date.end !== undefined && !date.approximate);
}

/** The sentence without the mention's own words, so that "in 2023" is not its own count. */
function withoutDates(sentence: string, mention: Pick<DateMention, 'text'>): string {
	return sentence.split(mention.text).join(' ');
}

/** Words that count a day from "now" as the speaker says it: relative to when they spoke. */
const SPEECH_DEICTIC =
	/^(?:yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening))$/i;

/**
 * Why the date of `mention` is not known from the text, or undefined:
 * - it counts from a moment the text has not dated before it ("a day after the attack", "later
 *   in the day" with no date before them): the tagger then counts from the publication, a guess;
 * - it is "yesterday", "today" or "tomorrow" inside quoted words: relative to when the speaker
 *   spoke, which the article does not say.
 * `offset` is the mention's offset in `sentence`.
 */
export function needsDate(
	sentence: string,
	mention: Pick<DateMention, 'text' | 'date'> & { unanchored?: boolean },
	offset: number
): string | undefined {
	if (mention.unanchored)
		return `‘${mention.text}’ counts from a moment the article dates nowhere before it`;
	if (SPEECH_DEICTIC.test(mention.text.trim()) && insideQuotation(sentence, offset))
		return `‘${mention.text}’ is in quoted words: it counts from when the speaker spoke, which the article does not say`;
	return undefined;
}

/** Whether `offset` lies between an opening and a closing quotation mark of `sentence`. */
function insideQuotation(sentence: string, offset: number): boolean {
	const before = sentence.slice(0, offset);
	const curlyOpen = (before.match(/“/g) ?? []).length;
	const curlyClose = (before.match(/”/g) ?? []).length;
	if (curlyOpen > curlyClose) return true;
	// Straight quotes open and close alike: an odd number before the mention opens a quotation.
	// A closing mark after it with none before: the quotation began in an earlier sentence.
	const straight = (before.match(/"/g) ?? []).length;
	if (straight % 2 === 1) return true;
	const after = sentence.slice(offset);
	const close = after.indexOf('”');
	const open = after.indexOf('“');
	return curlyOpen === 0 && close >= 0 && (open < 0 || close < open);
}

/**
 * The date of a reported happening, kept within what the publication allows: a span that runs
 * past the publication day ("this week" read as Monday to Sunday in Wednesday's paper) ends on
 * it, and one the text says came "earlier" ("earlier this week") ends the day before. Undefined
 * when nothing changes (a point, a span within the publication, a publication known only to the
 * month or the year). The reasoning says why, in words, for the draft's basis.
 */
export function withinPublication(
	mention: Pick<DateMention, 'text' | 'date'>,
	published: CivilDate
): { date: MentionDate; note: string } | undefined {
	const date = mention.date;
	if (published.day === undefined) return undefined;
	const earlier = /^earlier\b/i.test(mention.text.trim());
	if (earlier && date?.precision === 'month') return earlierThisMonth(date, published);
	if (!date?.end || date.precision !== 'day') return undefined;
	const publication = lastDay(published);
	const last = earlier ? publication - 1 : publication;
	const first = firstDay(date.start);
	if (lastDay(date.end) <= last || last < first) return undefined;
	const end = fromDayNumber(last);
	const iso = formatPartialDate(end);
	return {
		date: { ...date, end: last === first ? undefined : end },
		note: earlier
			? `‘earlier’: before the publication (${formatPartialDate(published)}) → to ${iso}`
			: `what the article reports has happened by its publication (${iso}) → to ${iso}`
	};
}

/**
 * "Earlier this month" in a page known to the day: from the month's first day to the day before
 * the publication, approximate, rather than the whole month, half of which may be after the
 * page. Undefined for another month, or a page of the month's first day (no day before it).
 */
function earlierThisMonth(
	date: MentionDate,
	published: CivilDate
): { date: MentionDate; note: string } | undefined {
	const { year, month } = published;
	if (date.end || date.start.year !== year || date.start.month !== month || month === undefined)
		return undefined;
	const first = dayNumber(year, month, 1);
	const last = lastDay(published) - 1;
	if (last < first) return undefined;
	const start = { year, month, day: 1 };
	const end = fromDayNumber(last);
	return {
		date: {
			...date,
			start,
			end: last === first ? undefined : end,
			precision: 'day',
			approximate: true
		},
		note: `‘earlier’ this month: from its first day to before the publication (${formatPartialDate(published)}) → ${formatPartialDate(start)} to ${formatPartialDate(end)}, approximate`
	};
}

/**
 * A day of the week before a publication known only to its month ("said Monday" in a July
 * article): the tagger can only say "June or July". Most such days lie in the publication's own
 * month (all but those of an article from the month's first days), so the draft takes that
 * month, marked approximate and saying so, rather than a two-month span no reader would put on
 * a timeline. Undefined for any other date.
 */
export function withinPublicationMonth(
	mention: Pick<DateMention, 'date'>,
	published: CivilDate
): { date: MentionDate; note: string } | undefined {
	const date = mention.date;
	if (published.day !== undefined || published.month === undefined) return undefined;
	if (!date?.end || date.precision !== 'month') return undefined;
	const month = formatPartialDate(published);
	const before = formatPartialDate(
		published.month === 1
			? { year: published.year - 1, month: 12 }
			: { year: published.year, month: published.month - 1 }
	);
	if (formatPartialDate(date.start) !== before || formatPartialDate(date.end) !== month)
		return undefined;
	return {
		date: { ...date, start: published, end: undefined, approximate: true },
		note: `a day of the week before a publication known only to its month: most likely in ${month}, approximate (${before} if the article is from the month's first days)`
	};
}
