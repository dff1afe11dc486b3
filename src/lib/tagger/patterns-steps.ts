/**
 * Expressions read from a date rather than naming one: "yesterday", "last week", "next March",
 * "Friday", "two years ago", "the same day", and vague ones ("recently", "in recent days").
 */
import { isCapitalized } from './date-context.ts';
import type { CountUnit, DatePattern, ShiftUnit } from './expression.ts';
import {
	FULL_MONTHS,
	MONTH,
	NUMBER,
	PART_OF_DAY_WORD,
	QUALIFIER_NOUN,
	WEEKDAY,
	WEEKDAYS,
	countFrom,
	monthNumber
} from './lexicon.ts';
import { partOfDayFrom, qualifierFrom, relationFrom, wholeMatch } from './match-values.ts';

/** Nouns of happenings a count can be taken from ("a day after the attack"). */
export const HAPPENING_NOUNS = [
	'attacks?',
	'strikes?',
	'airstrikes?',
	'bombings?',
	'killings?',
	'assault',
	'raids?',
	'explosions?',
	'blasts?',
	'shootings?',
	'incident',
	'ambush',
	'earthquake',
	'quake',
	'vote',
	'election',
	'ceasefire',
	'truce',
	'agreement',
	'deal',
	'meeting',
	'talks',
	'summit',
	'announcement',
	'statement',
	'funeral',
	'arrest',
	'death',
	'crash',
	// Accidents, disasters, courts and unrest: what news counts days from as often.
	'collapse',
	'collisions?',
	'derailment',
	'sinking',
	'fires?',
	'floods?',
	'flooding',
	'storms?',
	'hurricane',
	'cyclone',
	'typhoon',
	'tornado',
	'eruption',
	'landslide',
	'outbreak',
	'protests?',
	'riots?',
	'coup',
	'kidnapping',
	'abduction',
	'release',
	'rescue',
	'verdict',
	'ruling',
	'sentencing',
	'resignation',
	'invasion'
] as const;

/** Capitalized words before a weekday that make a named day, not a date ("Good Friday"). */
const NAMED_DAY_PREFIXES = new Set(['black', 'good', 'super', 'ash', 'holy', 'maundy', 'cyber']);

/** Steps from the document date, and from the date last mentioned ("a month later"). */
export const DOCUMENT_STEP_PATTERNS: readonly DatePattern[] = [
	{
		source: `(?:\\b(?:earlier|later)\\s+)?\\b(yesterday|today|tomorrow|tonight)\\b(?:\\s+(${PART_OF_DAY_WORD}))?`,
		build: (m) => {
			const word = m[1].toLowerCase();
			const offset = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
			const partOfDay = word === 'tonight' ? 'NI' : partOfDayFrom(m[2]);
			return { ...wholeMatch(m), core: { kind: 'shift', unit: 'day', offset, partOfDay } };
		}
	},
	{
		source: `\\bthis\\s+(morning|afternoon|evening)\\b`,
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'shift', unit: 'day', offset: 0, partOfDay: partOfDayFrom(m[1]) }
		})
	},
	{
		source: '\\blast\\s+night\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'shift', unit: 'day', offset: -1, partOfDay: 'NI' }
		})
	},
	{
		source: '\\bthe\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'shift', unit: 'day', offset: /^before/i.test(m[1]) ? -2 : 2 }
		})
	},
	{
		source:
			'(?:\\b(?:earlier|later)\\s+)?\\b(this\\s+past|last|next|this|coming)\\s+(week|weekend|month|year|quarter)\\b',
		build: (m, text) => {
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
	},
	{
		source: `\\bthe\\s+(${QUALIFIER_NOUN})\\s+of\\s+the\\s+(week|month|year|decade|century)\\b`,
		build: (m) => ({
			...wholeMatch(m),
			qualifier: qualifierFrom(m[1]),
			core: { kind: 'shift', unit: m[2].toLowerCase() as ShiftUnit, offset: 0 }
		})
	},
	{
		source: '\\bthe\\s+(week|month|year)\\s+(before\\s+last|after\\s+next)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: {
				kind: 'shift',
				unit: m[1].toLowerCase() as ShiftUnit,
				offset: /^before/i.test(m[2]) ? -2 : 2
			}
		})
	},
	// "earlier in the week", "later in the year": the current one.
	{
		source: '(?<=\\b(?:earlier|later)\\s+in\\s+)the\\s+(week|month|year)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'shift', unit: m[1].toLowerCase() as ShiftUnit, offset: 0 }
		})
	},
	{
		source: `(?<=\\b(?:in|within)\\s+)(${NUMBER})\\s+(day|week|month|year)s?\\b(?!\\s+(?:ago|later|earlier|before|after|back|time|of|in|to)\\b|['’])`,
		build: (m) => {
			const count = countFrom(m[1]);
			if (count === undefined || count < 1) return null;
			return {
				...wholeMatch(m),
				core: { kind: 'ahead', count, unit: m[2].toLowerCase() as CountUnit }
			};
		}
	},
	{
		source: '\\bthis\\s+(decade|century)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'shift', unit: m[1].toLowerCase() as ShiftUnit, offset: 0 }
		})
	},
	// "in the new year": the coming year when the sentence looks ahead, else the current one.
	{
		source: "\\bthe\\s+new\\s+year\\b(?!['’]s|\\s+(?:holiday|celebrations?|eve|day)\\b)",
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'new-year' }
		})
	},
	// "over the weekend": the weekend just past, or the coming one when the sentence looks ahead.
	{
		source: '(?<=\\b(?:over|during|at|on|this|by)\\s+)the\\s+weekend\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'weekend' }
		})
	},
	{
		source: `\\b(this\\s+past|last|next|this)\\s+(${MONTH})`,
		build: (m) => {
			if (!isCapitalized(m[2]) || !FULL_MONTHS.has(m[2].toLowerCase())) return null;
			return {
				...wholeMatch(m),
				core: { kind: 'named-month', month: monthNumber(m[2])!, relation: relationFrom(m[1])! }
			};
		}
	},
	{
		source: `\\b(?:(this\\s+past|last|next|this|coming)\\s+)?\\b(${WEEKDAY})(?:\\s+(${PART_OF_DAY_WORD}))?`,
		build: (m, text) => {
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
	},
	{
		source: `\\b(${NUMBER})\\s+(hour|day|week|month|year|decade)s?\\s+(ago|earlier|later|before|after|back)\\b`,
		build: (m, text) => {
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
	},
	{
		source:
			'\\bthe\\s+(?:very\\s+)?(same|following|next|previous|preceding|prior)\\s+(day|week|month|year)\\b',
		build: (m) => {
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
	},
	{
		source: '\\bthat\\s+(day|week|month|year)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'anaphoric', unit: m[1].toLowerCase() as 'day', offset: 0 }
		})
	},
	{
		// "a day after the attack", "two weeks before the vote": counted from the happening, whose
		// date is the one last mentioned (the sentence before names it, as news tells it).
		source: `\\b(${NUMBER})\\s+(day|week|month)s?\\s+(after|before)(?=\\s+(?:the|this|that|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:${HAPPENING_NOUNS.join('|')})\\b)`,
		build: (m) => {
			const count = countFrom(m[1]);
			if (count === undefined || count < 1) return null;
			return {
				...wholeMatch(m),
				core: {
					kind: 'count',
					count,
					unit: m[2].toLowerCase() as CountUnit,
					sign: m[3].toLowerCase() === 'before' ? -1 : 1,
					anaphoric: true
				}
			};
		}
	},
	{
		// "later in the day", "earlier in the day": the day last mentioned.
		source: '(?<=\\b(?:earlier|later)\\s+in\\s+)the\\s+day\\b',
		build: (m) => ({ ...wholeMatch(m), core: { kind: 'anaphoric', unit: 'day', offset: 0 } })
	},
	{
		// "over the past weekend": the weekend before the document's.
		source: '(?<=\\b(?:over|during|on|at)\\s+)the\\s+past\\s+weekend\\b',
		build: (m) => ({ ...wholeMatch(m), core: { kind: 'shift', unit: 'weekend', offset: -1 } })
	},
	{
		source: '\\bthe\\s+day\\s+(before|after)(?=\\s*[,.;:)]|\\s*$)',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'anaphoric', unit: 'day', offset: m[1].toLowerCase() === 'before' ? -1 : 1 }
		})
	}
];

/** The present, an unspecified past or future, and vague spans ("recent days"). */
export const VAGUE_REFERENCE_PATTERNS: readonly DatePattern[] = [
	{
		source: '\\b(now|currently|recently|lately|nowadays|presently)\\b',
		build: (m) => {
			const word = m[1].toLowerCase();
			const value = /^(?:recently|lately)$/.test(word) ? 'PAST_REF' : 'PRESENT_REF';
			return { ...wholeMatch(m), core: { kind: 'reference', value } };
		}
	},
	{
		source: '(?<=\\b(?:in|into)\\s+)the\\s+(past|future)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: {
				kind: 'reference',
				value: m[1].toLowerCase() === 'past' ? 'PAST_REF' : 'FUTURE_REF'
			}
		})
	},
	{
		source: '(?:\\bthe\\s+)?\\b(recent|coming)\\s+(hours|days|weeks|months|years)\\b',
		build: (m) => ({
			...wholeMatch(m),
			core: {
				kind: 'vague',
				unit: m[2].toLowerCase() as 'hours',
				sign: m[1].toLowerCase() === 'recent' ? -1 : 1
			}
		})
	}
];
