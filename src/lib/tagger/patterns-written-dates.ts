/**
 * Month, day and year in words: "September 23, 2024", "23 September", "Sept. 23-25", "June 1 last
 * year", "Christmas", "May 2024", and a bare month where the context makes it one.
 */
import { acceptsBareMonth, isCapitalized } from './date-context.ts';
import type { DatePattern, Relation } from './expression.ts';
import { DAY, MONTH, WEEKDAY, WEEKDAYS, dayNumberFrom, monthNumber } from './lexicon.ts';
import { group, wholeMatch, yearFrom } from './match-values.ts';

/** An optional year after a month and day (", 2024"), never the start of a longer number. */
const YEAR_AFTER = '(?:(?:,\\s*|\\s+)(\\d{4})(?!\\d|,\\d))?';

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

/** 0 (Monday) to 6 (Sunday) for a weekday's name; undefined for none. */
function weekdayNumber(word: string | undefined): number | undefined {
	if (!word) return undefined;
	const index = WEEKDAYS.indexOf(word.toLowerCase() as (typeof WEEKDAYS)[number]);
	return index < 0 ? undefined : index;
}

/** Dates with a month name, from the fullest form to the bare month. */
export const WRITTEN_DATE_PATTERNS: readonly DatePattern[] = [
	{
		// A span of days with their weekdays, as court lists and schedules write it: "Monday 20 to
		// Friday 24 September", "Monday 30 August to Friday 3 September 2021". One span, and the
		// weekdays pick its year.
		source: `\\b(${WEEKDAY}),?\\s+(${DAY})(?:\\s+(${MONTH}))?,?\\s*(?:to|until|till|through|[-–—])\\s*(${WEEKDAY}),?\\s+(${DAY})\\s+(${MONTH})${YEAR_AFTER}`,
		build: (m) => {
			if (![m[1], m[4], m[6]].every(isCapitalized) || (m[3] && !isCapitalized(m[3]))) return null;
			const year = yearFrom(m[7]);
			const toMonth = monthNumber(m[6])!;
			const fromMonth = m[3] ? monthNumber(m[3])! : toMonth;
			return {
				...wholeMatch(m),
				core: {
					kind: 'range',
					from: {
						kind: 'calendar',
						month: fromMonth,
						day: dayNumberFrom(m[2]),
						weekday: weekdayNumber(m[1]),
						...(year !== undefined ? { year: fromMonth > toMonth ? year - 1 : year } : {})
					},
					to: {
						kind: 'calendar',
						month: toMonth,
						day: dayNumberFrom(m[5]),
						weekday: weekdayNumber(m[4]),
						year
					}
				}
			};
		}
	},
	{
		source: `(?:\\b(${WEEKDAY}),?\\s+)?\\b(${MONTH})\\s+(?:the\\s+)?(${DAY})(?!\\s*[-–—]\\s*\\d|[:.]\\d)${YEAR_AFTER}`,
		build: (m) => {
			if (!isCapitalized(m[2])) return null;
			if (m[1] && !isCapitalized(m[1])) return null;
			return {
				...wholeMatch(m),
				core: {
					kind: 'calendar',
					month: monthNumber(m[2]),
					day: dayNumberFrom(m[3]),
					year: yearFrom(m[4]),
					weekday: weekdayNumber(m[1])
				}
			};
		}
	},
	{
		source: `(?:\\b(${WEEKDAY}),?\\s+)?(?:\\bthe\\s+)?\\b(${DAY})(?:\\s+of)?\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
		build: (m) => {
			if (!isCapitalized(m[3])) return null;
			if (m[1] && !isCapitalized(m[1])) return null;
			return {
				...wholeMatch(m),
				core: {
					kind: 'calendar',
					month: monthNumber(m[3]),
					day: dayNumberFrom(m[2]),
					year: yearFrom(m[4]),
					weekday: weekdayNumber(m[1])
				}
			};
		}
	},
	{
		source: `\\b(${MONTH})\\s+(${DAY})\\s*[-–—]\\s*(${DAY})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
		build: (m) => {
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
		}
	},
	{
		source: `\\b(${DAY})\\s*[-–—]\\s*(${DAY})\\s+(${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
		build: (m) => {
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
		}
	},
	// "September 23 and 24, 2024": two days sharing a month and year, one mention each.
	{
		source: `\\b(${MONTH})\\s+(${DAY})\\s+(?:and|&)\\s+(${DAY})(?!\\s+${MONTH})(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
		build: (m) => {
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
	},
	// "June 1 last year", "in May of next year".
	{
		source: `\\b(${MONTH})(?:\\s+(?:the\\s+)?(${DAY}))?(?:,?\\s+of)?,?\\s+(last|this|next)\\s+year\\b`,
		build: (m) => {
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
	},
	// "from Nov. 1 to 3", "between Nov. 1 and 3".
	{
		source: `(?:\\b(from|between)\\s+)?\\b(${MONTH})\\s+(${DAY})\\s+(to|through|until|till|and)\\s+(${DAY})(?!\\s*${MONTH}|[\\d:.]\\d)(?:,?\\s+(\\d{4})(?!\\d|,\\d))?`,
		build: (m) => {
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
	},
	{
		source:
			"\\b(christmas\\s+day|christmas\\s+eve|christmas|boxing\\s+day|new\\s+year['’]s\\s+(?:day|eve)|halloween|valentine['’]s\\s+day)\\b(?:,?\\s+(\\d{4})(?!\\d))?",
		build: (m) => {
			if (!isCapitalized(m[1])) return null;
			const key = m[1].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
			const [month, day] = FIXED_HOLIDAYS[key];
			return { ...wholeMatch(m), core: { kind: 'calendar', month, day, year: yearFrom(m[2]) } };
		}
	},
	{
		source: `\\b(${MONTH})(?:\\s+of)?,?\\s+(\\d{4})(?!\\d|,\\d)`,
		build: (m) => {
			if (!isCapitalized(m[1])) return null;
			return {
				...wholeMatch(m),
				core: { kind: 'calendar', year: Number(m[2]), month: monthNumber(m[1]) }
			};
		}
	},
	{
		source: `\\b(${MONTH})`,
		build: (m, text) => {
			const { start, end } = wholeMatch(m);
			if (!acceptsBareMonth(text, start, end, m[1])) return null;
			return { start, end, core: { kind: 'calendar', month: monthNumber(m[1]) } };
		}
	}
];
