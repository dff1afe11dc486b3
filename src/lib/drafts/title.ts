/**
 * A draft's title: the clause of its sentence that holds the date, on one line, at most
 * `TITLE_LENGTH` characters and ending on a whole word, so that two dates of one sentence give
 * two titles and no title stops mid-word. Pure.
 */

/** The longest title, in characters (with the "…" of a cut one). */
export const TITLE_LENGTH = 90;

/** Where a sentence divides into clauses: semicolons, dashes, colons, and a comma before a joining word. */
const CLAUSE_BREAK =
	/;\s+|\s+[—–]\s+|:\s+|,\s+(?=(?:who|which|where|while|whereas|but|although|though|after|before|when|as|since|until)\b|and\s+(?:then|the|a|an|its|his|her|their|they|he|she|it|we)\b)/g;
/**
 * Where a report divides from what it reports: after "said … that" ("A spokesman said Tuesday
 * that troops left Sunday" tells two happenings, the saying and the leaving).
 */
const REPORT_BREAK =
	/\b(?:said|says|say|told|announced|reported|confirmed|added|stated|insisted|warned)\b[^,;.:]{0,40}?\s+that\s+/g;
/** Words a title must not end on: it would read as cut. */
const DANGLING = new Set(
	'a an the of in on at to by for from with and or but as that which who whose its their his her than into over after before about'.split(
		' '
	)
);
/** Joining words a clause may open with that a title does without. */
const OPENING = /^(?:and|but|while|whereas|although|though|then)\s+/i;
/** A clause shorter than this (in words) is too thin alone: it keeps the one before. */
const MIN_WORDS = 4;

/** `text` cut to at most `max` characters after a whole word that does not dangle, with "…". */
export function cutOnWord(text: string, max = TITLE_LENGTH): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const words = line.slice(0, max - 1).split(' ');
	// The last word may be cut: drop it unless the cut fell exactly at a space.
	if (line[max - 1] !== ' ') words.pop();
	while (
		words.length > 1 &&
		DANGLING.has(words[words.length - 1].toLowerCase().replace(/[^\p{L}]/gu, ''))
	)
		words.pop();
	const head = words.join(' ').replace(/[\s,;:—–-]+$/, '');
	// One word longer than a title: cut inside it, which is still better than no title.
	return `${head || line.slice(0, max - 1)}…`;
}

/**
 * The title of a draft whose date mention starts at `at` (an offset into `sentence`): the clause
 * that holds it, without a joining word before it, at most `max` characters on a whole word.
 */
export function draftTitle(sentence: string, at: number, max = TITLE_LENGTH): string {
	const breaks = [0];
	for (const m of sentence.matchAll(CLAUSE_BREAK)) breaks.push(m.index + m[0].length);
	// A date in what is reported is titled by it; a date of the saying keeps the whole report.
	for (const m of sentence.matchAll(REPORT_BREAK))
		if (at >= m.index + m[0].length) breaks.push(m.index + m[0].length);
	breaks.sort((a, b) => a - b);
	breaks.push(sentence.length + 1);
	let i = breaks.findIndex((b, k) => at >= b && at < breaks[k + 1]);
	if (i < 0) i = 0;
	let start = breaks[i];
	const end = Math.min(sentence.length, breaks[i + 1] ?? sentence.length);
	const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;
	while (i > 0 && words(sentence.slice(start, end)) < MIN_WORDS) start = breaks[--i];
	let clause = sentence
		.slice(start, end)
		.replace(/[\s,;:—–-]+$/, '')
		.replace(/\s+that$/i, '')
		.replace(/[.!?]+["'”’)]*$/, '')
		.trim()
		.replace(OPENING, '');
	if (clause.length === 0) clause = sentence.trim();
	return cutOnWord(clause.charAt(0).toUpperCase() + clause.slice(1), max);
}
