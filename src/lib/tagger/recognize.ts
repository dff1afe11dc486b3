/**
 * Finds where date expressions are in a text and what each one says, before any date is
 * computed: "last May" is a named month one year back, "2005-2007" a range of two years. Each
 * pattern proposes candidates; the longest win; qualifiers ("late", "the end of"), vagueness
 * ("about", "less than") and range words ("from … to", "between … and") are then read around
 * them. Bare four-digit numbers are only taken as years in a date-like context.
 */
import { QUALIFIER_WORDS } from '../data/date-words.ts';
import {
	AMBIGUOUS_MONTHS,
	DAY,
	DECADE_WORDS,
	FULL_MONTHS,
	MONTH,
	NUMBER,
	ORDINAL,
	PART_OF_DAY,
	PART_OF_DAY_WORD,
	SEASON,
	SEASON_CODES,
	WEEKDAY,
	WEEKDAYS,
	countFrom,
	dayNumberFrom,
	monthNumber,
	ordinalFrom
} from './lexicon.ts';
import type { PartOfDay, Season } from './timex.ts';

export type Qualifier = 'early' | 'mid' | 'late';
export type Relation = 'last' | 'next' | 'this';
export type ShiftUnit =
	'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type CountUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
/** How a vague word shades the expression it precedes. */
export type Vagueness = 'about' | 'less-than' | 'more-than';

/** What an expression says, before it is resolved against a date. */
export type Core =
	/** Parts of a calendar date as written; missing parts come from the document date. */
	| { kind: 'calendar'; year?: number; month?: number; day?: number; yearOffset?: number }
	| { kind: 'range'; from: Core; to: Core }
	/** `yearOffset`: "the summer of last year" is -1. */
	| { kind: 'season'; season: Season; year?: number; relation?: Relation; yearOffset?: number }
	| { kind: 'part'; unit: 'quarter' | 'half'; n: number; year?: number; yearOffset?: number }
	| { kind: 'decade'; decade: number }
	| { kind: 'century'; century: number }
	/** "yesterday", "last week", "this month", "next year": a step from the document date. */
	| { kind: 'shift'; unit: ShiftUnit; offset: number; partOfDay?: PartOfDay }
	/** "last May", "next March". */
	| { kind: 'named-month'; month: number; relation: Relation }
	| { kind: 'weekday'; weekday: number; relation?: Relation; partOfDay?: PartOfDay }
	/** "two years ago" (from the document date), "a month later" (from the date last mentioned). */
	| { kind: 'count'; count: number; unit: CountUnit; sign: -1 | 1; anaphoric: boolean }
	/** "the same day", "the following year": a step from the date last mentioned. */
	| { kind: 'anaphoric'; unit: 'day' | 'week' | 'month' | 'year'; offset: number }
	| { kind: 'reference'; value: ReferenceValue }
	/** "the new year", "the weekend": which one depends on the tense. */
	| { kind: 'new-year' }
	| { kind: 'weekend' }
	/** "(in) two weeks": a date ahead only when the sentence looks ahead, else a duration. */
	| { kind: 'ahead'; count: number; unit: CountUnit }
	/** "recent days", "the coming hours". */
	| { kind: 'vague'; unit: 'hours' | 'days' | 'weeks' | 'months' | 'years'; sign: -1 | 1 };

/** A recognized expression: where it is and what it says. */
export interface Recognized {
	start: number;
	end: number;
	core: Core;
	qualifier?: Qualifier;
	vagueness?: Vagueness;
	/** The preposition just before it, lower case ("in", "since", "on"), if any. */
	signal?: string;
}

interface Candidate extends Recognized {
	/** A weak candidate (a bare number that may be a year) is kept only inside a list or range. */
	weak?: boolean;
	/** The mentions of a list ("September 23 and 24"), which competes for its span as one. */
	parts?: Found[];
	/** Order of the pattern, to break ties between candidates of equal length. */
	priority: number;
}

type Found = { start: number; end: number; core: Core; weak?: boolean; qualifier?: Qualifier };

interface Pattern {
	regex: RegExp;
	build: (match: RegExpExecArray, text: string) => Found[] | Found | null;
}

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
	'early',
	'mid',
	'late',
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
const COUNT_NOUNS = new Set(
	(
		'people persons men women children soldiers troops fighters civilians members workers ' +
		'residents families homes houses buildings cases deaths dead casualties refugees prisoners ' +
		'rockets missiles drones shells vehicles tanks units pieces km kilometres kilometers miles ' +
		'metres meters feet tonnes tons barrels dollars euros pounds votes points percent hectares ' +
		'acres kg kilograms rifles weapons jobs students patients pilgrims protesters demonstrators ' +
		'militants bodies hostages detainees'
	).split(' ')
);

/** Capitalized words before a weekday that make a named day, not a date ("Good Friday"). */
const NAMED_DAY_PREFIXES = new Set(['black', 'good', 'super', 'ash', 'holy', 'maundy', 'cyber']);

function group(match: RegExpExecArray, index: number): { start: number; end: number } | null {
	const indices = match.indices?.[index];
	return indices ? { start: indices[0], end: indices[1] } : null;
}

function wholeMatch(match: RegExpExecArray): { start: number; end: number } {
	return { start: match.index, end: match.index + match[0].length };
}

/** The word right before `position`, lower case, with a trailing hyphen kept ("mid-"). */
function wordBefore(text: string, position: number): string {
	const match = /([A-Za-z][A-Za-z.’']*-?)\s*$/.exec(
		text.slice(Math.max(0, position - 30), position)
	);
	return match ? match[1].toLowerCase() : '';
}

function wordAfter(text: string, position: number): string {
	const match = /^\s*([A-Za-z][A-Za-z’']*)/.exec(text.slice(position, position + 30));
	return match ? match[1] : '';
}

function isCapitalized(word: string): boolean {
	return /^[A-Z]/.test(word);
}

/** Whether `position` begins a sentence (or the text, or a line). */
function atSentenceStart(text: string, position: number): boolean {
	return /(?:^|[.!?]["”’)\]]?\s+|\n\s*|["“(]\s*)$/.test(
		text.slice(Math.max(0, position - 4), position)
	);
}

function isDatePreposition(word: string): boolean {
	return DATE_PREPOSITIONS.has(word.replace(/-$/, ''));
}

function qualifierFrom(word: string | undefined): Qualifier | undefined {
	return word ? QUALIFIER_WORDS[word.toLowerCase()] : undefined;
}

function relationFrom(word: string | undefined): Relation | undefined {
	if (!word) return undefined;
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	if (lower === 'last' || lower === 'this past' || lower === 'past') return 'last';
	if (lower === 'next' || lower === 'coming') return 'next';
	if (lower === 'this') return 'this';
	return undefined;
}

function partOfDayFrom(word: string | undefined): PartOfDay | undefined {
	return word ? PART_OF_DAY[word.toLowerCase()] : undefined;
}

/** A four-digit year as written; undefined when the digits are not one. */
function yearFrom(digits: string | undefined): number | undefined {
	if (!digits || !/^\d{4}$/.test(digits)) return undefined;
	return Number(digits);
}

/**
 * The end year of "2022-23" or "2005-2007"; undefined unless it follows the start (a two-digit
 * end within 20 years: "1999-00" is 1999 to 2000, but "2024-01" is not 2024 to 2101).
 */
function rangeEndYear(start: number, digits: string): number | undefined {
	let end = Number(digits);
	if (digits.length === 2) {
		end += Math.floor(start / 100) * 100;
		if (end <= start) end += 100;
		return end - start <= 20 ? end : undefined;
	}
	return end > start && end - start <= 100 ? end : undefined;
}

function isMonthWord(word: string): boolean {
	return monthNumber(word) !== undefined && isCapitalized(word);
}

/** A month name must be capitalized; one that is also a word or a name needs a date context. */
function acceptsBareMonth(text: string, start: number, end: number, name: string): boolean {
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
function yearStrength(text: string, start: number, end: number): 'strong' | 'weak' | null {
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
function acceptsSeason(
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

const PATTERNS: Pattern[] = [];

function pattern(source: string, build: Pattern['build'], caseSensitive = false): void {
	PATTERNS.push({ regex: new RegExp(source, caseSensitive ? 'gd' : 'gid'), build });
}

// --- Numeric dates -------------------------------------------------------------------------

pattern('(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])', (m) => ({
	...wholeMatch(m),
	core: { kind: 'calendar', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
}));

pattern('(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])', (m) => {
	let month = Number(m[1]);
	let day = Number(m[2]);
	// US order unless the first number cannot be a month.
	if (month > 12) [month, day] = [day, month];
	return { ...wholeMatch(m), core: { kind: 'calendar', year: Number(m[3]), month, day } };
});

pattern('(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])', (m) => ({
	...wholeMatch(m),
	core: { kind: 'calendar', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }
}));

pattern('(?<![\\d/])9/11(?![\\d/])', (m) => ({
	...wholeMatch(m),
	core: { kind: 'calendar', year: 2001, month: 9, day: 11 }
}));

// --- Month, day and year in words ----------------------------------------------------------

const YEAR_AFTER = '(?:(?:,\\s*|\\s+)(\\d{4})(?!\\d|,\\d))?';

pattern(
	`(?:\\b(${WEEKDAY}),?\\s+)?\\b(${MONTH})\\s+(?:the\\s+)?(${DAY})(?!\\s*[-–—]\\s*\\d|[:.]\\d)${YEAR_AFTER}`,
	(m) => {
		if (!isCapitalized(m[2])) return null;
		if (m[1] && !isCapitalized(m[1])) return null;
		return {
			...wholeMatch(m),
			core: {
				kind: 'calendar',
				month: monthNumber(m[2]),
				day: dayNumberFrom(m[3]),
				year: yearFrom(m[4])
			}
		};
	}
);

pattern(
	`(?:\\b(${WEEKDAY}),?\\s+)?(?:\\bthe\\s+)?\\b(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
	(m) => {
		if (!isCapitalized(m[3])) return null;
		if (m[1] && !isCapitalized(m[1])) return null;
		return {
			...wholeMatch(m),
			core: {
				kind: 'calendar',
				month: monthNumber(m[3]),
				day: dayNumberFrom(m[2]),
				year: yearFrom(m[4])
			}
		};
	}
);

pattern(`\\b(${MONTH})\\s+(${DAY})\\s*[-–—]\\s*(${DAY})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, (m) => {
	if (!isCapitalized(m[1])) return null;
	const month = monthNumber(m[1]);
	const year = yearFrom(m[4]);
	return {
		...wholeMatch(m),
		core: {
			kind: 'range',
			from: { kind: 'calendar', year, month, day: dayNumberFrom(m[2]) },
			to: { kind: 'calendar', year, month, day: dayNumberFrom(m[3]) }
		}
	};
});

pattern(`\\b(${DAY})\\s*[-–—]\\s*(${DAY})\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`, (m) => {
	if (!isCapitalized(m[3])) return null;
	const month = monthNumber(m[3]);
	const year = yearFrom(m[4]);
	return {
		...wholeMatch(m),
		core: {
			kind: 'range',
			from: { kind: 'calendar', year, month, day: dayNumberFrom(m[1]) },
			to: { kind: 'calendar', year, month, day: dayNumberFrom(m[2]) }
		}
	};
});

// "September 23 and 24, 2024": two days sharing a month and year, one mention each.
pattern(
	`\\b(${MONTH})\\s+(${DAY})\\s+(?:and|&)\\s+(${DAY})(?!\\s+${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
	(m) => {
		if (!isCapitalized(m[1])) return null;
		const month = monthNumber(m[1]);
		const year = yearFrom(m[4]);
		const firstDay = group(m, 2)!;
		const secondDay = group(m, 3)!;
		const yearSpan = group(m, 4);
		return [
			{
				start: m.index,
				end: firstDay.end,
				core: { kind: 'calendar', year, month, day: dayNumberFrom(m[2]) }
			},
			{
				start: secondDay.start,
				end: yearSpan ? yearSpan.end : secondDay.end,
				core: { kind: 'calendar', year, month, day: dayNumberFrom(m[3]) }
			}
		];
	}
);

// "June 1 last year", "in May of next year".
pattern(
	`\\b(${MONTH})(?:\\s+(?:the\\s+)?(${DAY}))?(?:,?\\s+of)?,?\\s+(last|this|next)\\s+year\\b`,
	(m) => {
		if (!isCapitalized(m[1])) return null;
		const yearOffset = { last: -1, this: 0, next: 1 }[m[3].toLowerCase() as Relation];
		return {
			...wholeMatch(m),
			core: {
				kind: 'calendar',
				month: monthNumber(m[1]),
				day: m[2] ? dayNumberFrom(m[2]) : undefined,
				yearOffset
			}
		};
	}
);

// "from Nov. 1 to 3", "between Nov. 1 and 3".
pattern(
	`(?:\\b(from|between)\\s+)?\\b(${MONTH})\\s+(${DAY})\\s+(to|through|until|till|and)\\s+(${DAY})(?!\\s*${MONTH}|[\\d:.]\\d)(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
	(m) => {
		if (!isCapitalized(m[2])) return null;
		if (m[4].toLowerCase() === 'and' && m[1]?.toLowerCase() !== 'between') return null;
		const month = monthNumber(m[2]);
		const year = yearFrom(m[6]);
		return {
			...wholeMatch(m),
			core: {
				kind: 'range',
				from: { kind: 'calendar', year, month, day: dayNumberFrom(m[3]) },
				to: { kind: 'calendar', year, month, day: dayNumberFrom(m[5]) }
			}
		};
	}
);

/** Holidays on a fixed day of the Gregorian calendar. */
const FIXED_HOLIDAYS: Record<string, [number, number]> = {
	'christmas day': [12, 25],
	'christmas eve': [12, 24],
	christmas: [12, 25],
	'boxing day': [12, 26],
	"new year's day": [1, 1],
	"new year's eve": [12, 31],
	halloween: [10, 31],
	"valentine's day": [2, 14]
};

pattern(
	"\\b(christmas\\s+day|christmas\\s+eve|christmas|boxing\\s+day|new\\s+year['’]s\\s+(?:day|eve)|halloween|valentine['’]s\\s+day)\\b(?:,?\\s+(\\d{4})(?!\\d))?",
	(m) => {
		if (!isCapitalized(m[1])) return null;
		const key = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
		const [month, day] = FIXED_HOLIDAYS[key];
		return { ...wholeMatch(m), core: { kind: 'calendar', month, day, year: yearFrom(m[2]) } };
	}
);

pattern(`\\b(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})(?!\\d|,\\d)`, (m) => {
	if (!isCapitalized(m[1])) return null;
	return {
		...wholeMatch(m),
		core: { kind: 'calendar', year: Number(m[2]), month: monthNumber(m[1]) }
	};
});

pattern(`\\b(${MONTH})`, (m, text) => {
	const { start, end } = wholeMatch(m);
	if (!acceptsBareMonth(text, start, end, m[1])) return null;
	return { start, end, core: { kind: 'calendar', month: monthNumber(m[1]) } };
});

// --- Years ---------------------------------------------------------------------------------

pattern(
	'(?<![\\w.,/$€£#-])(\\d{4})\\s*([-–—/])\\s*(\\d{4}|\\d{2})(?![\\w/-]|[.,]\\d)',
	(m, text) => {
		const from = Number(m[1]);
		if (from < 1000 || from > 2199) return null;
		const to = rangeEndYear(from, m[3]);
		const { start, end } = wholeMatch(m);
		if (to === undefined && /^\d{4}-(?:0[1-9]|1[0-2])$/.test(m[0])) {
			// Not a range of years: an ISO year and month ("2024-01").
			return { start, end, core: { kind: 'calendar', year: from, month: Number(m[3]) } };
		}
		if (to === undefined || (m[2] === '/' && m[3].length === 4 && to !== from + 1)) return null;
		if (COUNT_NOUNS.has(wordAfter(text, end).toLowerCase())) return null;
		const before = /([A-Za-z]+)\s*$/.exec(text.slice(Math.max(0, start - 30), start));
		if (before && isCapitalized(before[1]) && !isDatePreposition(before[1].toLowerCase())) {
			if (!atSentenceStart(text, before.index + Math.max(0, start - 30))) return null;
		}
		return {
			start,
			end,
			core: {
				kind: 'range',
				from: { kind: 'calendar', year: from },
				to: { kind: 'calendar', year: to }
			}
		};
	}
);

pattern('(?<![\\w.,$€£#])(\\d{4})(?!\\w)', (m, text) => {
	const year = Number(m[1]);
	if (year < 1000 || year > 2199) return null;
	const { start, end } = wholeMatch(m);
	const strength = yearStrength(text, start, end);
	if (!strength) return null;
	return { start, end, weak: strength === 'weak', core: { kind: 'calendar', year } };
});

pattern(
	'(?<![\\w.])(\\d{1,4})\\s?(BCE|BC|B\\.C\\.(?:E\\.)?|CE|AD|A\\.D\\.)(?![A-Za-z])',
	(m) => {
		const count = Number(m[1]);
		if (count < 1) return null;
		const bce = m[2].startsWith('B');
		return { ...wholeMatch(m), core: { kind: 'calendar', year: bce ? 1 - count : count } };
	},
	true
);

pattern(
	'\\b(AD|A\\.D\\.)\\s?(\\d{1,4})(?![\\d])',
	(m) => {
		const year = Number(m[2]);
		return year >= 1 ? { ...wholeMatch(m), core: { kind: 'calendar', year } } : null;
	},
	true
);

// --- Decades and centuries -----------------------------------------------------------------

pattern(
	`(?:\\b(the)\\s+)?(?:\\b(early|mid|late)(?:-|\\s+))?(?:(?<![\\d,.])([12]\\d{2})0(?:'s|’s|s)|['’](\\d)0(?:'s|’s|s)|\\b(${Object.keys(DECADE_WORDS).join('|')}))\\b`,
	(m) => {
		let decade: number;
		if (m[3]) decade = Number(m[3]);
		else if (m[4]) {
			// "the '90s" are the 1990s; "the '00s" to "the '20s", the 2000s to the 2020s.
			const digit = Number(m[4]);
			decade = digit <= 2 ? 200 + digit : 190 + digit;
		} else {
			// "the nineties", never "his nineties" (an age).
			if (!m[1]) return null;
			decade = DECADE_WORDS[m[5].toLowerCase()];
		}
		return {
			...wholeMatch(m),
			qualifier: qualifierFrom(m[2]),
			core: { kind: 'decade', decade }
		};
	}
);

pattern(
	`(?:\\bthe\\s+)?(?:\\b(early|mid|late)(?:-|\\s+))?\\b(${ORDINAL})[-\\s]+century\\b`,
	(m) => {
		const ordinal = ordinalFrom(m[2]);
		if (!ordinal || ordinal > 22) return null;
		return {
			...wholeMatch(m),
			qualifier: qualifierFrom(m[1]),
			core: { kind: 'century', century: ordinal - 1 }
		};
	}
);

// --- Seasons, quarters and halves -----------------------------------------------------------

pattern(
	`(?:\\bthe\\s+)?(?:\\b(this\\s+past|last|next|this|coming)\\s+)?\\b(${SEASON})(?:(?:\\s+of)?\\s+(\\d{4})(?:\\s*[-–/]\\s*(\\d{4}|\\d{2}))?(?!\\d|,\\d)|\\s+of\\s+(last|this|next)\\s+year\\b)?`,
	(m, text) => {
		const { start, end } = wholeMatch(m);
		const wordStart = group(m, 2)!.start;
		const year = yearFrom(m[3]);
		const relation = relationFrom(m[1]);
		const yearOffset = m[5]
			? { last: -1, this: 0, next: 1 }[m[5].toLowerCase() as Relation]
			: undefined;
		const named = year !== undefined || yearOffset !== undefined;
		if (!acceptsSeason(text, wordStart, group(m, 2)!.end, m[2], named, !!relation)) return null;
		if (yearOffset !== undefined && relation) return null;
		if (m[1] === 'coming' && !/\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start + 4))) {
			return null;
		}
		return {
			start,
			end,
			core: { kind: 'season', season: SEASON_CODES[m[2].toLowerCase()], year, relation, yearOffset }
		};
	}
);

pattern(
	'(?:\\b(the)\\s+)?\\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)\\b(?:\\s+of\\s+(?:(\\d{4})(?!\\d|,\\d)|(last|this|next)\\s+year\\b|the\\s+(?:current\\s+)?year\\b))?',
	(m, text) => {
		const unit = m[3].toLowerCase() as 'quarter' | 'half';
		const word = m[2].toLowerCase();
		const n = /^(?:final|last)$/.test(word) ? (unit === 'quarter' ? 4 : 2) : ordinalFrom(word)!;
		if (unit === 'half' && n > 2) return null;
		const hasYear = m[4] !== undefined || m[5] !== undefined || /year$/i.test(m[0]);
		if (!hasYear && (!m[1] || /^(?:final|last)$/.test(word))) return null;
		// "the first half of the match" is not a date.
		if (
			!hasYear &&
			/^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))
		) {
			return null;
		}
		const yearOffset =
			m[5] !== undefined
				? { last: -1, this: 0, next: 1 }[m[5].toLowerCase() as 'last' | 'this' | 'next']
				: /year$/i.test(m[0]) && m[4] === undefined
					? 0
					: undefined;
		return {
			...wholeMatch(m),
			core: { kind: 'part', unit, n, year: yearFrom(m[4]), yearOffset }
		};
	}
);

pattern(
	'\\b([QH])([1-4])(?:\\s+of)?\\s+(\\d{4})(?!\\d|,\\d)',
	(m) => {
		const unit = m[1] === 'Q' ? 'quarter' : 'half';
		const n = Number(m[2]);
		if (unit === 'half' && n > 2) return null;
		return { ...wholeMatch(m), core: { kind: 'part', unit, n, year: Number(m[3]) } };
	},
	true
);

// --- Steps from the document date -----------------------------------------------------------

pattern(
	`(?:\\b(?:earlier|later)\\s+)?\\b(yesterday|today|tomorrow|tonight)\\b(?:\\s+(${PART_OF_DAY_WORD}))?`,
	(m) => {
		const word = m[1].toLowerCase();
		const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
		const partOfDay = word === 'tonight' ? 'NI' : partOfDayFrom(m[2]);
		return { ...wholeMatch(m), core: { kind: 'shift', unit: 'day', offset, partOfDay } };
	}
);

pattern(`\\bthis\\s+(morning|afternoon|evening)\\b`, (m) => ({
	...wholeMatch(m),
	core: { kind: 'shift', unit: 'day', offset: 0, partOfDay: partOfDayFrom(m[1]) }
}));

pattern('\\blast\\s+night\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'shift', unit: 'day', offset: -1, partOfDay: 'NI' }
}));

pattern('\\bthe\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'shift', unit: 'day', offset: /^before/i.test(m[1]) ? -2 : 2 }
}));

pattern(
	'(?:\\b(?:earlier|later)\\s+)?\\b(this\\s+past|last|next|this|coming)\\s+(week|weekend|month|year|quarter)\\b',
	(m, text) => {
		const { start, end } = wholeMatch(m);
		const relation = relationFrom(m[1])!;
		const precededByThe = /\bthe\s+$/i.test(text.slice(Math.max(0, start - 4), start));
		// "the last year", "the past week" are durations; "coming" needs its article.
		if (precededByThe && m[1].toLowerCase() === 'last') return null;
		if (m[1].toLowerCase() === 'coming' && !precededByThe) return null;
		const offset = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
		const unit = m[2].toLowerCase() as ShiftUnit;
		return { start, end, core: { kind: 'shift', unit, offset } };
	}
);

pattern(
	'\\bthe\\s+(beginning|start|middle|end)\\s+of\\s+the\\s+(week|month|year|decade|century)\\b',
	(m) => ({
		...wholeMatch(m),
		qualifier: qualifierFrom(m[1]),
		core: { kind: 'shift', unit: m[2].toLowerCase() as ShiftUnit, offset: 0 }
	})
);

pattern('\\bthe\\s+(week|month|year)\\s+(before\\s+last|after\\s+next)\\b', (m) => ({
	...wholeMatch(m),
	core: {
		kind: 'shift',
		unit: m[1].toLowerCase() as ShiftUnit,
		offset: /^before/i.test(m[2]) ? -2 : 2
	}
}));

// "earlier in the week", "later in the year": the current one.
pattern('(?<=\\b(?:earlier|later)\\s+in\\s+)the\\s+(week|month|year)\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'shift', unit: m[1].toLowerCase() as ShiftUnit, offset: 0 }
}));

pattern(
	`(?<=\\b(?:in|within)\\s+)(${NUMBER})\\s+(day|week|month|year)s?\\b(?!\\s+(?:ago|later|earlier|before|after|back|time|of|in|to)\\b|['’])`,
	(m) => {
		const count = countFrom(m[1]);
		if (count === undefined || count < 1) return null;
		return {
			...wholeMatch(m),
			core: { kind: 'ahead', count, unit: m[2].toLowerCase() as CountUnit }
		};
	}
);

pattern('\\bthis\\s+(decade|century)\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'shift', unit: m[1].toLowerCase() as ShiftUnit, offset: 0 }
}));

// "in the new year": the coming year when the sentence looks ahead, else the current one.
pattern("\\bthe\\s+new\\s+year\\b(?!['’]s|\\s+(?:holiday|celebrations?|eve|day)\\b)", (m) => ({
	...wholeMatch(m),
	core: { kind: 'new-year' }
}));

// "over the weekend": the weekend just past, or the coming one when the sentence looks ahead.
pattern('(?<=\\b(?:over|during|at|on|this|by)\\s+)the\\s+weekend\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'weekend' }
}));

pattern(`\\b(this\\s+past|last|next|this)\\s+(${MONTH})`, (m) => {
	if (!isCapitalized(m[2]) || !FULL_MONTHS.has(m[2].toLowerCase())) return null;
	return {
		...wholeMatch(m),
		core: { kind: 'named-month', month: monthNumber(m[2])!, relation: relationFrom(m[1])! }
	};
});

pattern(
	`\\b(?:(this\\s+past|last|next|this|coming)\\s+)?\\b(${WEEKDAY})(?:\\s+(${PART_OF_DAY_WORD}))?`,
	(m, text) => {
		if (!isCapitalized(m[2])) return null;
		// "Good Friday", "Super Tuesday" name a day, not the latest Friday or Tuesday.
		const previous = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, m.index - 20), m.index));
		const named =
			previous && isCapitalized(previous[1]) && NAMED_DAY_PREFIXES.has(previous[1].toLowerCase());
		if (!m[1] && named) return null;
		return {
			...wholeMatch(m),
			core: {
				kind: 'weekday',
				weekday: WEEKDAYS.indexOf(m[2].toLowerCase() as (typeof WEEKDAYS)[number]),
				relation: relationFrom(m[1]),
				partOfDay: partOfDayFrom(m[3])
			}
		};
	}
);

pattern(
	`\\b(${NUMBER})\\s+(hour|day|week|month|year|decade)s?\\s+(ago|earlier|later|before|after|back)\\b`,
	(m, text) => {
		const count = countFrom(m[1]);
		if (count === undefined || count < 1) return null;
		const direction = m[3].toLowerCase();
		const { start, end } = wholeMatch(m);
		// "two days before the vote" counts from the vote, which is not a date we know.
		if (/^(?:before|after)$/.test(direction) && !/^\s*(?:[,.;:)]|$)/.test(text.slice(end))) {
			return null;
		}
		return {
			start,
			end,
			core: {
				kind: 'count',
				count,
				unit: m[2].toLowerCase() as CountUnit,
				sign: /^(?:ago|earlier|before|back)$/.test(direction) ? -1 : 1,
				anaphoric: direction !== 'ago' && direction !== 'back'
			}
		};
	}
);

pattern(
	'\\bthe\\s+(?:very\\s+)?(same|following|next|previous|preceding|prior)\\s+(day|week|month|year)\\b',
	(m) => {
		const word = m[1].toLowerCase();
		const offset = word === 'same' ? 0 : /^(?:following|next)$/.test(word) ? 1 : -1;
		return {
			...wholeMatch(m),
			core: {
				kind: 'anaphoric',
				unit: m[2].toLowerCase() as 'day' | 'week' | 'month' | 'year',
				offset
			}
		};
	}
);

pattern('\\bthat\\s+(day|week|month|year)\\b', (m) => ({
	...wholeMatch(m),
	core: { kind: 'anaphoric', unit: m[1].toLowerCase() as 'day', offset: 0 }
}));

pattern('\\bthe\\s+day\\s+(before|after)(?=\\s*[,.;:)]|\\s*$)', (m) => ({
	...wholeMatch(m),
	core: { kind: 'anaphoric', unit: 'day', offset: m[1].toLowerCase() === 'before' ? -1 : 1 }
}));

// --- Vague references ----------------------------------------------------------------------

pattern('\\b(now|currently|recently|lately|nowadays|presently)\\b', (m) => {
	const word = m[1].toLowerCase();
	const value = /^(?:recently|lately)$/.test(word) ? 'PAST_REF' : 'PRESENT_REF';
	return { ...wholeMatch(m), core: { kind: 'reference', value } };
});

pattern('(?<=\\b(?:in|into)\\s+)the\\s+(past|future)\\b', (m) => ({
	...wholeMatch(m),
	core: {
		kind: 'reference',
		value: m[1].toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF'
	}
}));

pattern('(?:\\bthe\\s+)?\\b(recent|coming)\\s+(hours|days|weeks|months|years)\\b', (m) => ({
	...wholeMatch(m),
	core: {
		kind: 'vague',
		unit: m[2].toLowerCase() as 'hours',
		sign: m[1].toLowerCase() === 'recent' ? -1 : 1
	}
}));

// --- Assembly ------------------------------------------------------------------------------

function findCandidates(text: string): Candidate[] {
	const candidates: Candidate[] = [];
	PATTERNS.forEach(({ regex, build }, priority) => {
		for (const match of text.matchAll(regex)) {
			const built = build(match, text);
			if (!built) continue;
			const found = Array.isArray(built) ? built : [built];
			if (found.length === 1) {
				candidates.push({ ...found[0], priority });
			} else {
				// A list is one candidate for overlap purposes; its parts are kept together.
				const first = found[0];
				candidates.push({
					...first,
					end: found[found.length - 1].end,
					priority,
					parts: found
				});
			}
		}
	});
	return candidates;
}

/** Longest first, then by pattern order; a chosen candidate excludes every overlapping one. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
	const ordered = [...candidates].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start
	);
	const chosen: Candidate[] = [];
	for (const candidate of ordered) {
		if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end))
			continue;
		chosen.push(candidate);
	}
	const expanded: Candidate[] = [];
	for (const candidate of chosen) {
		const { parts } = candidate;
		if (parts) for (const part of parts) expanded.push({ ...part, priority: candidate.priority });
		else expanded.push(candidate);
	}
	return expanded.sort((a, b) => a.start - b.start);
}

const QUALIFIER_BEFORE = /(?:^|[^A-Za-z])((early|mid|late)(?:-|\s+))$/i;
const QUALIFIER_PHRASE_BEFORE =
	/(?:^|[^A-Za-z])((?:the\s+)?(?:very\s+)?(beginning|start|middle|end)\s+of\s+)$/i;
const VAGUE_BEFORE =
	/(?:^|[^A-Za-z])((about|around|circa|c\.|ca\.|roughly|approximately|nearly|almost|some|just\s+over|just\s+under|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)$/i;
const SIGNAL_BEFORE =
	/(?:^|[^A-Za-z])(in|on|since|by|until|till|from|during|at|before|after|through|throughout|between|of|over|for|as\s+of)\s+(?:the\s+)?$/i;

function acceptsQualifier(core: Core): boolean {
	switch (core.kind) {
		case 'calendar':
			return core.day === undefined && (core.year !== undefined || core.month !== undefined);
		case 'shift':
			return core.unit !== 'day';
		case 'weekday':
		case 'season':
		case 'named-month':
		case 'decade':
		case 'century':
		case 'part':
			return true;
		default:
			return false;
	}
}

function vaguenessFrom(word: string, core: Core): Vagueness | null {
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	if (core.kind === 'count' && !core.anaphoric) {
		if (/^(?:less than|fewer than|under|just under)$/.test(lower)) return 'less-than';
		if (/^(?:more than|over|just over|at least)$/.test(lower)) return 'more-than';
		return 'about';
	}
	if (core.kind === 'count')
		return /^(?:about|around|roughly|some|nearly|almost)$/.test(lower) ? 'about' : null;
	if (core.kind !== 'calendar' && core.kind !== 'decade') return null;
	return /^(?:about|around|circa|c\.|ca\.|roughly|approximately)$/.test(lower) ? 'about' : null;
}

/** Reads "late", "the end of", "about", "less than" before an expression into it. */
function attachModifiers(text: string, recognized: Candidate, floor: number): Candidate {
	const result = { ...recognized };
	const head = () => text.slice(floor, result.start);
	let match: RegExpExecArray | null;
	if (!result.qualifier && acceptsQualifier(result.core)) {
		if ((match = QUALIFIER_BEFORE.exec(head()) ?? QUALIFIER_PHRASE_BEFORE.exec(head()))) {
			result.qualifier = qualifierFrom(match[2]);
			result.start -= match[1].length;
			result.weak = false;
		}
	}
	if ((match = VAGUE_BEFORE.exec(head()))) {
		const vagueness = vaguenessFrom(match[2], result.core);
		if (vagueness) {
			result.vagueness = vagueness;
			result.start -= match[1].length;
			if (result.core.kind === 'calendar' && !/^(?:some|over|under)$/i.test(match[2])) {
				result.weak = false;
			}
		}
	}
	if ((match = SIGNAL_BEFORE.exec(head())))
		result.signal = match[1].toLowerCase().replace(/\s+/g, ' ');
	return result;
}

function isCalendar(core: Core): core is Extract<Core, { kind: 'calendar' }> {
	return core.kind === 'calendar';
}

const DASH_BETWEEN = /^\s*[-–—]\s*$/;
const TO_BETWEEN = /^\s+(?:to|through|thru|until|till)\s+$/i;
const AND_BETWEEN = /^\s+and\s+$/i;
const LIST_BETWEEN = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/i;

/**
 * Joins "from X to Y", "between X and Y" and "X–Y" into ranges, and keeps weak years only where
 * a list or range makes them years ("in 2005 and 2010", "from 2015 to 2017").
 */
function joinRanges(text: string, items: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (let i = 0; i < items.length; i++) {
		const a = items[i];
		const b = items[i + 1];
		if (
			b &&
			isCalendar(a.core) &&
			isCalendar(b.core) &&
			!a.vagueness &&
			!b.qualifier &&
			!b.vagueness
		) {
			const gap = text.slice(a.end, b.start);
			const lead = text.slice(Math.max(0, a.start - 8), a.start);
			const from = /\bfrom\s+$/i.exec(lead);
			const between = /\bbetween\s+$/i.exec(lead);
			const joins =
				DASH_BETWEEN.test(gap) || TO_BETWEEN.test(gap) || (AND_BETWEEN.test(gap) && between);
			if (joins && (!a.weak || !b.weak)) {
				const prefix = AND_BETWEEN.test(gap) ? between : TO_BETWEEN.test(gap) ? from : null;
				const start = prefix ? a.start - prefix[0].length : a.start;
				const signalMatch = SIGNAL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
				out.push({
					start,
					end: b.end,
					priority: a.priority,
					qualifier: a.qualifier,
					core: { kind: 'range', from: a.core, to: b.core },
					signal: signalMatch?.[1].toLowerCase()
				});
				i++;
				continue;
			}
		}
		if (a.weak) {
			const previous = out[out.length - 1];
			const listed =
				previous &&
				isCalendar(previous.core) &&
				previous.core.year !== undefined &&
				previous.core.month === undefined &&
				LIST_BETWEEN.test(text.slice(previous.end, a.start));
			if (!listed) continue;
		}
		out.push(a);
	}
	return out;
}

/** Every date expression in `text`, in order, with what it says. */
export function recognize(text: string): Recognized[] {
	const selected = selectCandidates(findCandidates(text));
	const modified: Candidate[] = [];
	let floor = 0;
	for (const candidate of selected) {
		const withModifiers = attachModifiers(text, candidate, floor);
		modified.push(withModifiers);
		floor = withModifiers.end;
	}
	return joinRanges(text, modified).map(({ start, end, core, qualifier, vagueness, signal }) => {
		const recognized: Recognized = { start, end, core };
		if (qualifier) recognized.qualifier = qualifier;
		if (vagueness) recognized.vagueness = vagueness;
		if (signal) recognized.signal = signal;
		return recognized;
	});
}
