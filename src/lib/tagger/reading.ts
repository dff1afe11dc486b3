/**
 * The dates expressions are read against (the document's date, the date last mentioned) and what
 * reading one yields: the readers of each kind of expression share these, and mentions use them.
 */
import {
	precisionOf,
	spanOf,
	type CivilDate,
	type CivilDay,
	type Precision
} from '../data/civil-date.ts';
import type { ReferenceValue } from './expression.ts';
import type { TimexPoint } from './timex.ts';

/** TimeML `mod`: part of the unit ("late 2019" is END), or before the value ("more than … ago"). */
export type TimexMod = 'START' | 'MID' | 'END' | 'BEFORE';

/** A date other expressions are read against, with its first and last possible day. */
export interface Anchor {
	date: CivilDate;
	precision: Precision;
	first: CivilDay;
	last: CivilDay;
	/** How the reasoning names it: "the article's 2024-07-01". */
	label: string;
}

/** What an expression says once read against an anchor: its TIMEX value and why. */
export interface Reading {
	point: TimexPoint | ReferenceValue;
	end?: TimexPoint;
	mod?: TimexMod;
	approximate: boolean;
	relative: boolean;
	/** Read against an earlier date of the text rather than the document date. */
	anaphoric?: boolean;
	/**
	 * Meant to be read against an earlier date of the text ("a day after the attack", "later in
	 * the day"), but the text gave none before it: read against the document date, a guess.
	 */
	unanchored?: boolean;
	explanation: string;
}

/** The text being tagged and the dates its expressions are read against. */
export interface Context {
	text: string;
	document: Anchor;
	/** The date last mentioned, for "the same day", "a month later". */
	reference: Anchor | null;
}

/** An anchor on `date`, from its first to its last possible day, named `label` in reasons. */
export function anchorOf(date: CivilDate, label: string): Anchor {
	const { first, last } = spanOf(date);
	return { date, precision: precisionOf(date), first, last, label };
}
