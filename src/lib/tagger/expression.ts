/**
 * What a date expression says before any date is computed ("last May" is a named month one year
 * back, "2005-2007" a range of two years), and the shape of the pattern tables that find them.
 */
import type { Qualifier } from '../data/civil-date.ts';
import type { PartOfDay, Season } from './timex.ts';

/** Which instance a "last", "next" or "this" picks. */
export type Relation = 'last' | 'next' | 'this';
/** The units a step from the document date moves by ("last week", "next quarter"). */
export type ShiftUnit =
	'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
/** The units a count of time is in ("two years ago", "48 hours later"). */
export type CountUnit = 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
/** TimeML values of the present, an unspecified past and an unspecified future. */
export type ReferenceValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
/** How a vague word shades the expression it precedes. */
export type Vagueness = 'about' | 'less-than' | 'more-than';

/** What an expression says, before it is resolved against a date. */
export type Core =
	/** Parts of a calendar date as written; missing parts come from the document date. */
	| {
			kind: 'calendar';
			year?: number;
			month?: number;
			day?: number;
			yearOffset?: number;
			/** The weekday written with a day and month (0 Monday … 6 Sunday): it picks the year. */
			weekday?: number;
	  }
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

/** What a pattern proposes for one match: a span of the text and what it says. */
export interface Found {
	start: number;
	end: number;
	core: Core;
	/** A bare number that may be a year: kept only inside a list or range. */
	weak?: boolean;
	qualifier?: Qualifier;
}

/**
 * One entry of a pattern table. `source` is compiled with match indices, case-insensitive unless
 * `caseSensitive` (so "May" and "may" both match, and `build` checks capitals where they matter).
 * `build` turns a match into what it says: null rejects it, an array is a list whose parts compete
 * for their span as one ("September 23 and 24").
 */
export interface DatePattern {
	source: string;
	caseSensitive?: boolean;
	build: (match: RegExpExecArray, text: string) => Found[] | Found | null;
}
