/**
 * Finding a cited passage in a source text. Offsets are tried first; if the text at the offsets is
 * not the quote (the source was edited), the quote is searched for, nearest occurrence first. A
 * quote that cannot be found is reported as missing rather than highlighting the wrong words.
 */
import type { Passage } from '../data/types.ts';

export type AnchorStatus = 'exact' | 'moved' | 'missing';

export interface Anchor {
	status: AnchorStatus;
	/** Character range in the text (absent when missing). */
	start?: number;
	end?: number;
}

/** Locates `passage` in `text`. */
export function anchorPassage(text: string, passage: Passage): Anchor {
	if (text.slice(passage.start, passage.end) === passage.quote)
		return { status: 'exact', start: passage.start, end: passage.end };
	let best = -1;
	for (let at = text.indexOf(passage.quote); at >= 0; at = text.indexOf(passage.quote, at + 1))
		if (best < 0 || Math.abs(at - passage.start) < Math.abs(best - passage.start)) best = at;
	if (best < 0 || passage.quote.length === 0) return { status: 'missing' };
	return { status: 'moved', start: best, end: best + passage.quote.length };
}
