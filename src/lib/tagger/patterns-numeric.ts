/**
 * Dates written in digits: ISO "2024-09-23", US "9/23/2024", European "23.09.2024", and "9/11".
 */
import type { DatePattern } from './expression.ts';
import { wholeMatch } from './match-values.ts';

/** Dates in digits, most specific first. */
export const NUMERIC_DATE_PATTERNS: readonly DatePattern[] = [
	{
		source: '(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'calendar', year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }
		})
	},
	{
		source: '(?<![\\d/.])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?![\\d/])',
		build: (m) => {
			let month = Number(m[1]);
			let day = Number(m[2]);
			// US order unless the first number cannot be a month.
			if (month > 12) [month, day] = [day, month];
			return { ...wholeMatch(m), core: { kind: 'calendar', year: Number(m[3]), month, day } };
		}
	},
	{
		source: '(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'calendar', year: Number(m[3]), month: Number(m[2]), day: Number(m[1]) }
		})
	},
	{
		source: '(?<![\\d/])9/11(?![\\d/])',
		build: (m) => ({
			...wholeMatch(m),
			core: { kind: 'calendar', year: 2001, month: 9, day: 11 }
		})
	}
];
