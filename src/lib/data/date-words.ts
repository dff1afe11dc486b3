/**
 * The English date words the resolver (resolve-date.ts) and the tagger (../tagger/) both read: one
 * table each, so the two never disagree on what "Sept" or "late" means.
 */
import type { Qualifier } from './civil-date.ts';

/** Month names and their abbreviations, lower case, to month numbers. */
export const MONTH_NUMBERS: Record<string, number> = {
	january: 1,
	jan: 1,
	february: 2,
	feb: 2,
	march: 3,
	mar: 3,
	april: 4,
	apr: 4,
	may: 5,
	june: 6,
	jun: 6,
	july: 7,
	jul: 7,
	august: 8,
	aug: 8,
	september: 9,
	sept: 9,
	sep: 9,
	october: 10,
	oct: 10,
	november: 11,
	nov: 11,
	december: 12,
	dec: 12
};

/** Words that place a date early, in the middle or late in its period. */
export const QUALIFIER_WORDS: Record<string, Qualifier> = {
	early: 'early',
	mid: 'mid',
	late: 'late',
	beginning: 'early',
	start: 'early',
	middle: 'mid',
	end: 'late'
};

/** Small counts written as words ("two weeks ago"); the tagger reads more on top of these. */
export const COUNT_WORDS: Record<string, number> = {
	a: 1,
	an: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12
};
