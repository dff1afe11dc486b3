/**
 * Years, decades and centuries: "2005-2007", "in 2019", "300 BC", "the 1990s", "the '90s",
 * "the nineties", "the 20th century".
 */
import {
	COUNT_NOUNS,
	atSentenceStart,
	isClockTime,
	isCapitalized,
	isDatePreposition,
	wordAfter,
	yearStrength
} from './date-context.ts';
import type { DatePattern } from './expression.ts';
import { DECADE_WORDS, ORDINAL, QUALIFIER_ADJECTIVE, ordinalFrom } from './lexicon.ts';
import { qualifierFrom, rangeEndYear, wholeMatch } from './match-values.ts';

/** Ranges of years, bare years (in a date-like context) and years BC or AD. */
export const YEAR_PATTERNS: readonly DatePattern[] = [
	{
		source: '(?<![\\w.,/$€£#-])(\\d{4})\\s*([-–—/])\\s*(\\d{4}|\\d{2})(?![\\w/-]|[.,]\\d)',
		build: (m, text) => {
			const from = Number(m[1]);
			if (from < 1000 || from > 2199) return null;
			const to = rangeEndYear(from, m[3]);
			const { start, end } = wholeMatch(m);
			// "1040-1050 GMT": two clock times, not years.
			if (
				isClockTime(text, start, start + 4) ||
				(m[3].length === 4 && isClockTime(text, end - 4, end))
			)
				return null;
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
	},
	{
		source: '(?<![\\w.,$€£#])(\\d{4})(?!\\w)',
		build: (m, text) => {
			const year = Number(m[1]);
			if (year < 1000 || year > 2199) return null;
			const { start, end } = wholeMatch(m);
			const strength = yearStrength(text, start, end);
			if (!strength) return null;
			return { start, end, weak: strength === 'weak', core: { kind: 'calendar', year } };
		}
	},
	{
		source: '(?<![\\w.])(\\d{1,4})\\s?(BCE|BC|B\\.C\\.(?:E\\.)?|CE|AD|A\\.D\\.)(?![A-Za-z])',
		caseSensitive: true,
		build: (m) => {
			const count = Number(m[1]);
			if (count < 1) return null;
			const bce = m[2].startsWith('B');
			return { ...wholeMatch(m), core: { kind: 'calendar', year: bce ? 1 - count : count } };
		}
	},
	{
		source: '\\b(AD|A\\.D\\.)\\s?(\\d{1,4})(?![\\d])',
		caseSensitive: true,
		build: (m) => {
			const year = Number(m[2]);
			return year >= 1 ? { ...wholeMatch(m), core: { kind: 'calendar', year } } : null;
		}
	}
];

/** Decades and centuries, with the "early", "mid" or "late" before them. */
export const DECADE_AND_CENTURY_PATTERNS: readonly DatePattern[] = [
	{
		source: `(?:\\b(the)\\s+)?(?:\\b(${QUALIFIER_ADJECTIVE})(?:-|\\s+))?(?:(?<![\\d,.])([12]\\d{2})0(?:'s|’s|s)|['’](\\d)0(?:'s|’s|s)|\\b(${Object.keys(DECADE_WORDS).join('|')}))\\b`,
		build: (m) => {
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
	},
	{
		source: `(?:\\bthe\\s+)?(?:\\b(${QUALIFIER_ADJECTIVE})(?:-|\\s+))?\\b(${ORDINAL})[-\\s]+century\\b(?:\\s*(BCE|BC|B\\.C\\.(?:E\\.)?)(?![A-Za-z]))?`,
		build: (m) => {
			const ordinal = ordinalFrom(m[2]);
			if (!ordinal || ordinal > 22) return null;
			if (m[3]) {
				// The nth century BC runs from n×100 BC to (n−1)×100+1 BC: astronomical years
				// 1−n×100 to −(n−1)×100, so "the fourth century BC" is −399 to −300, never 300–399.
				return {
					...wholeMatch(m),
					qualifier: qualifierFrom(m[1]),
					core: {
						kind: 'range',
						from: { kind: 'calendar', year: 1 - ordinal * 100 },
						to: { kind: 'calendar', year: (1 - ordinal) * 100 }
					}
				};
			}
			return {
				...wholeMatch(m),
				qualifier: qualifierFrom(m[1]),
				core: { kind: 'century', century: ordinal - 1 }
			};
		}
	}
];
