/**
 * Values read out of a pattern's match: the span of the match or of one of its groups, and what
 * the words and digits it captured stand for.
 */
import type { Qualifier } from '../data/civil-date.ts';
import { QUALIFIER_WORDS } from '../data/date-words.ts';
import type { Relation } from './expression.ts';
import { PART_OF_DAY } from './lexicon.ts';
import type { PartOfDay } from './timex.ts';

/** The span of group `index` of a match compiled with indices, or null when it did not take part. */
export function group(
	match: RegExpExecArray,
	index: number
): { start: number; end: number } | null {
	const indices = match.indices?.[index];
	return indices ? { start: indices[0], end: indices[1] } : null;
}

/** The span of the whole match. */
export function wholeMatch(match: RegExpExecArray): { start: number; end: number } {
	return { start: match.index, end: match.index + match[0].length };
}

/** "late" → 'late', "beginning" → 'early'; undefined for no word or another word. */
export function qualifierFrom(word: string | undefined): Qualifier | undefined {
	return word ? QUALIFIER_WORDS[word.toLowerCase()] : undefined;
}

/** "last", "this past", "past" → 'last'; "next", "coming" → 'next'; "this" → 'this'. */
export function relationFrom(word: string | undefined): Relation | undefined {
	if (!word) return undefined;
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	if (lower === 'last' || lower === 'this past' || lower === 'past') return 'last';
	if (lower === 'next' || lower === 'coming') return 'next';
	if (lower === 'this') return 'this';
	return undefined;
}

/** "morning" → 'MO', "night" → 'NI'; undefined for no word. */
export function partOfDayFrom(word: string | undefined): PartOfDay | undefined {
	return word ? PART_OF_DAY[word.toLowerCase()] : undefined;
}

/** A four-digit year as written; undefined when the digits are not one. */
export function yearFrom(digits: string | undefined): number | undefined {
	if (!digits || !/^\d{4}$/.test(digits)) return undefined;
	return Number(digits);
}

/**
 * The end year of "2022-23" or "2005-2007"; undefined unless it follows the start (a two-digit
 * end within 20 years: "1999-00" is 1999 to 2000, but "2024-01" is not 2024 to 2101).
 */
export function rangeEndYear(start: number, digits: string): number | undefined {
	let end = Number(digits);
	if (digits.length === 2) {
		end += Math.floor(start / 100) * 100;
		if (end <= start) end += 100;
		return end - start <= 20 ? end : undefined;
	}
	return end > start && end - start <= 100 ? end : undefined;
}
