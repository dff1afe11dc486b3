/**
 * Parts of a year: seasons ("last summer", "the winter of 2022-23"), quarters and halves ("the
 * first quarter of 2024", "Q3 2023", "H1 2024").
 */
import { acceptsSeason } from './date-context.ts';
import type { DatePattern, Relation } from './expression.ts';
import { SEASON, SEASON_CODES, ordinalFrom } from './lexicon.ts';
import { group, relationFrom, wholeMatch, yearFrom } from './match-values.ts';

/** Seasons, quarters and halves of a year. */
export const SEASON_QUARTER_HALF_PATTERNS: readonly DatePattern[] = [
	{
		source: `(?:\\bthe\\s+)?(?:\\b(this\\s+past|last|next|this|coming)\\s+)?\\b(${SEASON})(?:(?:\\s+of)?\\s+(\\d{4})(?:\\s*[-–/]\\s*(\\d{4}|\\d{2}))?(?!\\d|,\\d)|\\s+of\\s+(last|this|next)\\s+year\\b)?`,
		build: (m, text) => {
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
				core: {
					kind: 'season',
					season: SEASON_CODES[m[2].toLowerCase()],
					year,
					relation,
					yearOffset
				}
			};
		}
	},
	{
		source:
			'(?:\\b(the)\\s+)?\\b(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\\s+(quarter|half)\\b(?:\\s+of\\s+(?:(\\d{4})(?!\\d|,\\d)|(last|this|next)\\s+year\\b|the\\s+(?:current\\s+)?year\\b))?',
		build: (m, text) => {
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
	},
	{
		source: '\\b([QH])([1-4])(?:\\s+of)?\\s+(\\d{4})(?!\\d|,\\d)',
		caseSensitive: true,
		build: (m) => {
			const unit = m[1] === 'Q' ? 'quarter' : 'half';
			const n = Number(m[2]);
			if (unit === 'half' && n > 2) return null;
			return { ...wholeMatch(m), core: { kind: 'part', unit, n, year: Number(m[3]) } };
		}
	}
];
