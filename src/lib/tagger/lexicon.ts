/**
 * The words the tagger reads: month, weekday and season names, number words, and the regular
 * expression fragments built from them. Fragments are case-insensitive; the recognizer checks
 * capitals itself where they matter ("May" the month, "may" the verb).
 */
import type { PartOfDay, Season } from './timex.ts';

import { COUNT_WORDS, MONTH_NUMBERS, QUALIFIER_WORDS } from '../data/date-words.ts';

export { MONTH_NUMBERS };

/** Month names that are also common English words, so alone they need a date-like context. */
export const AMBIGUOUS_MONTHS = new Set(['may', 'march']);

/** ISO order: Monday is 0. */
export const WEEKDAYS = [
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday'
] as const;

/** Season names to their TimeML codes (autumn and fall are one). */
export const SEASON_CODES: Record<string, Season> = {
	spring: 'SP',
	summer: 'SU',
	autumn: 'FA',
	fall: 'FA',
	winter: 'WI'
};

/** Parts of the day to their TimeML codes. */
export const PART_OF_DAY: Record<string, PartOfDay> = {
	morning: 'MO',
	afternoon: 'AF',
	evening: 'EV',
	night: 'NI'
};

/** Counts written as words, up to fifty. */
export const NUMBER_WORDS: Record<string, number> = {
	...COUNT_WORDS,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50
};

/** Ordinals written as words, up to the twenty-second (for centuries). */
export const ORDINAL_WORDS: Record<string, number> = {
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	'twenty-first': 21,
	'twenty first': 21,
	'twenty-second': 22,
	'twenty second': 22
};

/** Decades as words to their first three digits ("the nineties" → 199). */
export const DECADE_WORDS: Record<string, number> = {
	twenties: 192,
	thirties: 193,
	forties: 194,
	fifties: 195,
	sixties: 196,
	seventies: 197,
	eighties: 198,
	nineties: 199
};

function alternatives(words: Iterable<string>): string {
	return [...words]
		.sort((a, b) => b.length - a.length)
		.map((word) => word.replace(/[-\s]/g, '[-\\s]'))
		.join('|');
}

/** Full month names: the keys of MONTH_NUMBERS that are not abbreviations. */
export const FULL_MONTHS = new Set(
	Object.keys(MONTH_NUMBERS).filter((name, i, all) => {
		const number = MONTH_NUMBERS[name];
		return all.findIndex((other) => MONTH_NUMBERS[other] === number) === i;
	})
);
const SHORT_MONTHS = Object.keys(MONTH_NUMBERS).filter((name) => !FULL_MONTHS.has(name));

/** A month name or abbreviation; an abbreviation may carry its dot ("Sept."). */
export const MONTH = `(?:(?:${alternatives(FULL_MONTHS)})\\b|(?:${alternatives(SHORT_MONTHS)})\\b\\.?)`;
/** A weekday name. */
export const WEEKDAY = `(?:${WEEKDAYS.join('|')})\\b`;
/** A day of the month, 1–31, with an optional ordinal suffix. */
export const DAY = '(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b';
/** A season name. */
export const SEASON = `(?:${Object.keys(SEASON_CODES).join('|')})\\b`;
/** A count in digits or words ("12", "two", "a couple of"). */
export const NUMBER = `(?:\\d{1,3}|${alternatives(Object.keys(NUMBER_WORDS))}|a\\s+couple\\s+of)`;
/** An ordinal in digits or words ("20th", "twentieth"). */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|${alternatives(Object.keys(ORDINAL_WORDS))})`;
/** A part of the day ("morning"). */
export const PART_OF_DAY_WORD = `(?:${Object.keys(PART_OF_DAY).join('|')})\\b`;

/** The qualifier words that name their qualifier and go before a date: "early", "mid", "late". */
export const QUALIFIER_ADJECTIVES = Object.keys(QUALIFIER_WORDS).filter(
	(word) => QUALIFIER_WORDS[word] === word
);
/** "early|mid|late", to capture in a pattern ("late 2019", "the mid-1990s"). */
export const QUALIFIER_ADJECTIVE = QUALIFIER_ADJECTIVES.join('|');
/** "beginning|start|middle|end": the qualifier nouns of "the end of the year". */
export const QUALIFIER_NOUN = Object.keys(QUALIFIER_WORDS)
	.filter((word) => QUALIFIER_WORDS[word] !== word)
	.join('|');

/** The month number of a name as written ("Sept." → 9), or undefined. */
export function monthNumber(word: string): number | undefined {
	const key = word.toLowerCase().replace(/\.$/, '');
	return Object.hasOwn(MONTH_NUMBERS, key) ? MONTH_NUMBERS[key] : undefined;
}

/** "23rd" → 23, "7" → 7. */
export function dayNumberFrom(word: string): number {
	return Number(word.replace(/\D/g, ''));
}

/** "two" → 2, "a" → 1, "a couple of" → 2, "12" → 12. */
export function countFrom(word: string): number | undefined {
	const key = word.toLowerCase().replace(/\s+/g, ' ');
	if (/^\d+$/.test(key)) return Number(key);
	if (key === 'a couple of') return 2;
	return Object.hasOwn(NUMBER_WORDS, key) ? NUMBER_WORDS[key] : undefined;
}

/** "20th" → 20, "nineteenth" → 19, "twenty-first" → 21. */
export function ordinalFrom(word: string): number | undefined {
	const key = word.toLowerCase().replace(/\s+/g, ' ');
	if (/^\d+/.test(key)) return Number(key.replace(/\D/g, ''));
	return Object.hasOwn(ORDINAL_WORDS, key) ? ORDINAL_WORDS[key] : undefined;
}
