/**
 * The first stage of add-article: an article's sentences, as [start, end) ranges a citation can
 * point into verbatim (`splitSentences`; the rules are in `add-article.ts`'s opening comment),
 * and a passage on one line, cut on a word, for a report or a title (`shorten`).
 *
 * Written by hand: a citation must be the article's own characters at its own offsets, a
 * headline or a byline a sentence of its own, and "Oct. 7", "Gen. Smith" or "U.S. forces" no end
 * of one; the sentence splitters of NLP libraries normalise the text or split on every full stop.
 *
 * Pure: no DOM, no Node API; the browser's worker runs it too.
 */
import type { TextRange } from '../data/types.ts';

/** `text` on one line, cut to at most `max` characters on a word boundary, with "…" if cut. */
export function shorten(text: string, max: number): string {
	const line = text.replace(/\s+/g, ' ').trim();
	if (line.length <= max) return line;
	const cut = line.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	const head = space > max / 2 ? cut.slice(0, space) : cut;
	return `${head.replace(/[\s,;:—–-]+$/, '')}…`;
}

/** Words that end with a full stop without ending the sentence: "Oct. 7", "Gen. Smith". */
const ABBREVIATIONS = new Set([
	'jan',
	'feb',
	'mar',
	'apr',
	'jun',
	'jul',
	'aug',
	'sep',
	'sept',
	'oct',
	'nov',
	'dec',
	'mon',
	'tue',
	'tues',
	'wed',
	'thu',
	'thur',
	'thurs',
	'fri',
	'sat',
	'sun',
	'mr',
	'mrs',
	'ms',
	'dr',
	'prof',
	'gen',
	'lt',
	'col',
	'maj',
	'capt',
	'sgt',
	'cpl',
	'adm',
	'brig',
	'cmdr',
	'sen',
	'rep',
	'gov',
	'pres',
	'amb',
	'rev',
	'st',
	'mt',
	'ft',
	'jr',
	'sr',
	'no',
	'nos',
	'vs',
	'approx',
	'est'
]);

/** Whether the full stop ending `before` belongs to an abbreviation, an initial or an acronym. */
function endsWithAbbreviation(before: string): boolean {
	const word = /([\p{L}.]+)\.$/u.exec(before)?.[1];
	if (!word) return false;
	if (word.includes('.')) return true; // "U.S.", "a.m."
	if (word.length === 1) return true; // an initial
	return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * The sentences of `text` as [start, end) ranges without surrounding white space, in order.
 * Lines that are not prose (a headline, a byline) are sentences of their own.
 */
export function splitSentences(text: string): TextRange[] {
	const ranges: TextRange[] = [];
	const push = (start: number, end: number) => {
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (end > start) ranges.push({ start, end });
	};
	let start = 0;
	// A terminator (with closing quotes or brackets) followed by white space, or a line break; or
	// a full stop glued to the next sentence, as wire copy is often stored ("in Cornwall.This
	// marks"): a word of lower-case letters before it, a capitalised word after it (not "U.S.",
	// "RTTNews.com" nor "a.m.").
	const boundary =
		/([.!?]+["'”’)\]]*)([ \t\u00a0]*(?:\r\n|\r|\n)\s*|[ \t\u00a0]+)|(\r\n|\r|\n)\s*|(?<=\p{Ll}{3})(\.)(?=\p{Lu}\p{Ll}+[\s,;:])/gu;
	for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
		if (m[4] !== undefined) {
			if (endsWithAbbreviation(text.slice(start, m.index + 1))) continue;
			push(start, m.index + 1);
			start = m.index + 1;
			continue;
		}
		const afterIndex = m.index + m[0].length;
		const next = text[afterIndex];
		const lineBreak = m[3] !== undefined || /[\r\n]/.test(m[2] ?? '');
		let ends: boolean;
		if (lineBreak) {
			// A wrapped line runs on: no terminator before the break, a lower-case word after it.
			const blankLine = /\n[ \t\u00a0]*\r?\n|\r[ \t\u00a0]*\r/.test(m[0]);
			ends = blankLine || m[1] !== undefined || next === undefined || !/\p{Ll}/u.test(next);
		} else {
			ends =
				next !== undefined &&
				/[\p{Lu}\d"“‘'([]/u.test(next) &&
				!(m[1] === '.' && endsWithAbbreviation(text.slice(start, m.index + 1)));
		}
		if (!ends) continue;
		push(start, m.index + (m[1]?.length ?? 0));
		start = afterIndex;
	}
	push(start, text.length);
	return ranges;
}
