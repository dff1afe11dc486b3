/**
 * Whether the words around a match make it a date: a capitalized month name after "in" is one,
 * "June Carter" is not; "in 2019" is a year, "2000 people" a count, "the fall of Mosul" no season.
 */
import {
	AMBIGUOUS_MONTHS,
	FULL_MONTHS,
	MONTH,
	QUALIFIER_ADJECTIVES,
	monthNumber
} from './lexicon.ts';

/** Words before a bare month or year that make it a date. */
const DATE_PREPOSITIONS = new Set([
	'in',
	'since',
	'until',
	'till',
	'by',
	'from',
	'during',
	'through',
	'throughout',
	'before',
	'after',
	'of',
	'between',
	'for',
	'with',
	'versus',
	'around',
	'about',
	'circa',
	'c.',
	'ca.',
	'approximately',
	'roughly',
	...QUALIFIER_ADJECTIVES,
	'and',
	'or',
	'to',
	'last',
	'next',
	'this'
]);

/** Words that are only weak evidence before a year: joined to a list or range they count. */
const LIST_WORDS = new Set(['and', 'or', 'to']);

/** Nouns that follow a count, not a year ("2000 people", "1500 tonnes"). */
export const COUNT_NOUNS = new Set(
	(
		'people persons men women children soldiers troops fighters civilians members workers ' +
		'residents families homes houses buildings cases deaths dead casualties refugees prisoners ' +
		'rockets missiles drones shells vehicles tanks units pieces km kilometres kilometers miles ' +
		'metres meters feet tonnes tons barrels dollars euros pounds votes points percent hectares ' +
		'acres kg kilograms rifles weapons jobs students patients pilgrims protesters demonstrators ' +
		'militants bodies hostages detainees'
	).split(' ')
);

/** The word right before `position`, lower case, with a trailing hyphen kept ("mid-"). */
export function wordBefore(text: string, position: number): string {
	const match = /([A-Za-z][A-Za-z.’']*-?)\s*$/.exec(
		text.slice(Math.max(0, position - 30), position)
	);
	return match ? match[1].toLowerCase() : '';
}

/** The word right after `position`, as written. */
export function wordAfter(text: string, position: number): string {
	const match = /^\s*([A-Za-z][A-Za-z’']*)/.exec(text.slice(position, position + 30));
	return match ? match[1] : '';
}

/** Whether `word` begins with a capital letter. */
export function isCapitalized(word: string): boolean {
	return /^[A-Z]/.test(word);
}

/** Whether `position` begins a sentence (or the text, or a line). */
export function atSentenceStart(text: string, position: number): boolean {
	return /(?:^|[.!?]["”’)\]]?\s+|\n\s*|["“(]\s*)$/.test(
		text.slice(Math.max(0, position - 4), position)
	);
}

/** Whether `word` (lower case; "mid-" counts as "mid") puts a date after it. */
export function isDatePreposition(word: string): boolean {
	return DATE_PREPOSITIONS.has(word.replace(/-$/, ''));
}

function isMonthWord(word: string): boolean {
	return monthNumber(word) !== undefined && isCapitalized(word);
}

/** A month name must be capitalized; one that is also a word or a name needs a date context. */
export function acceptsBareMonth(text: string, start: number, end: number, name: string): boolean {
	if (!isCapitalized(name)) return false;
	const before = wordBefore(text, start);
	const after = wordAfter(text, end);
	const lower = name.toLowerCase().replace(/\.$/, '');
	// "March to May", "May and June": another month right after makes it a month too.
	const monthFollows = new RegExp(`^\\s*(?:[-–—]|and|or|to|through|until)\\s*${MONTH}`, 'i').test(
		text.slice(end, end + 24)
	);
	const inDateContext = isDatePreposition(before) || monthFollows;
	// "June Carter", "the March Revolution": a capitalized word after makes it a name.
	if (isCapitalized(after) && !isMonthWord(after) && !isDatePreposition(before)) return false;
	if (before === 'the') return false;
	if (AMBIGUOUS_MONTHS.has(lower) || !FULL_MONTHS.has(lower)) return inDateContext;
	return true;
}

/**
 * How strongly a four-digit number reads as a year: 'strong' after "in", "since", "by"… or as
 * "the 2019 protests"; 'weak' when it could be a year only as part of a list or range; null when
 * it is a count, a code or a name ("2000 people", "Resolution 2254", "Flight 2024").
 */
export function yearStrength(text: string, start: number, end: number): 'strong' | 'weak' | null {
	if (isClockTime(text, start, end)) return null;
	const charBefore = text[start - 1] ?? '';
	const after = text.slice(end, end + 3);
	if (/[\d.,/$€£#]/.test(charBefore) || /^(?:\d|[.,]\d|%|-\d)/.test(after)) return null;
	const before = wordBefore(text, start);
	if (charBefore === '-' && !/^(?:mid|early|late)-$/.test(before)) return null;
	if (/^['’]s\b/.test(after)) return 'strong';
	const next = wordAfter(text, end);
	const nextLower = next.toLowerCase();
	if (COUNT_NOUNS.has(nextLower)) return null;
	if (isDatePreposition(before) && !LIST_WORDS.has(before)) return 'strong';
	const possessive = /['’]s\s+$/.test(text.slice(Math.max(0, start - 4), start));
	if ((before === 'the' || possessive) && next && !isCapitalized(next) && /^\s+[a-z]/.test(after)) {
		return 'strong';
	}
	// An edition of a named event: "the 2004 Athens Olympics", "at the 2006 Kansas Relays".
	if (before === 'the' && isCapitalized(next) && /^\s+\p{Lu}\p{Ll}/u.test(after)) return 'strong';
	if (atSentenceStart(text, start)) {
		const rest = text.slice(end, end + 12);
		if (/^,|^\s+(?:was|is|were|saw|marked|has|had|will|brought|began|ended|became)\b/.test(rest)) {
			return 'strong';
		}
		return null;
	}
	const wordRightBefore = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, start - 30), start));
	if (wordRightBefore && isCapitalized(wordRightBefore[1]) && !isDatePreposition(before)) {
		return null;
	}
	return 'weak';
}

/** Season words are common nouns too: "the fall of Mosul", "the Arab Spring", "a spring". */
export function acceptsSeason(
	text: string,
	start: number,
	end: number,
	word: string,
	hasYear: boolean,
	hasRelation: boolean
): boolean {
	if (hasYear || hasRelation) return true;
	const lower = word.toLowerCase();
	const before = wordBefore(text, start);
	const rest = text.slice(end, end + 12);
	if (isCapitalized(word) && !atSentenceStart(text, start)) {
		const previous = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, start - 30), start));
		if (previous && isCapitalized(previous[1])) return false;
	}
	if (lower === 'fall') {
		return (
			/^the$/.test(wordBefore(text, start)) &&
			/\b(?:in|during|by|until|since|through|throughout|over)\s+the\s+$/i.test(
				text.slice(Math.max(0, start - 20), start)
			) &&
			!/^\s+(?:of|in)\b/.test(rest)
		);
	}
	if (/^\s+of\b/.test(rest)) return false;
	return (
		/^(?:the|in|during|over|through|throughout|until|by|since|its|their|his|her|our|this|that|early|mid-|late)$/.test(
			before
		) || /['’]s\s+$/.test(text.slice(Math.max(0, start - 4), start))
	);
}

/** Time zones and units written after a 24-hour clock time ("1221 GMT", "0600 hrs"). */
const CLOCK_SUFFIX =
	/^\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|Zulu|hrs|hours|h\b|local(?:\s+time)?\b)/;
/** "at", "at about": before four digits, a time of day ("at about 1100"), never a year. */
const CLOCK_BEFORE =
	/\bat\s+(?:about\s+|around\s+|approximately\s+|roughly\s+|exactly\s+|precisely\s+)?$/i;
/** A 24-hour clock time anywhere in a text, in one of the two unmistakable forms above. */
const CLOCK_IN_TEXT =
	/\bat\s+(?:about\s+|around\s+|approximately\s+)?(?:[01]\d|2[0-3])[0-5]\d\b(?!\s*(?:BC|AD|CE)\b)|\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:GMT|UTC|BST|hrs|hours)\b/;
/** Years before this, in a text that writes clock times, are taken for times ("between 1040 and 1050"). */
const EARLIEST_YEAR_AMONG_CLOCK_TIMES = 1500;

let clockCache: { text: string; writesClockTimes: boolean } | undefined;
function writesClockTimes(text: string): boolean {
	// One text is tagged at a time; its candidates all ask, so the answer is kept for it.
	if (clockCache?.text !== text) clockCache = { text, writesClockTimes: CLOCK_IN_TEXT.test(text) };
	return clockCache.writesClockTimes;
}

/**
 * Whether the four digits at [start, end) are a 24-hour clock time, as court and police reports
 * and wires write them ("at about 1100", "1221 GMT"), not a year. A valid time that is followed by
 * a time zone or "hrs", or follows "at", is one; in a text that writes times so, so is a valid
 * time that would be a year before 1500 ("between 1040 and 1050"). Years of history in such a
 * text keep their era words ("1066 AD") or a preposition other than "at".
 */
export function isClockTime(text: string, start: number, end: number): boolean {
	const digits = text.slice(start, end);
	if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(digits)) return false;
	if (/^\s*(?:BC|BCE|AD|CE|B\.C\.|A\.D\.)/.test(text.slice(end, end + 6))) return false;
	if (CLOCK_SUFFIX.test(text.slice(end, end + 12))) return true;
	if (CLOCK_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
	return Number(digits) < EARLIEST_YEAR_AMONG_CLOCK_TIMES && writesClockTimes(text);
}
