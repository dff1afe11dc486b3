/**
 * Content words: what two passages must share to be about the same happening. Used to tell a
 * caption that restates the body from a second happening on the same day, and by the scorer.
 * Pure.
 */

// Words too common to say two passages are about the same happening.
const STOPWORDS = new Set(
	(
		'the and for that with from this have has had was were are been its his her their they them said says say ' +
		'will would could into over after before about when also than then which who whom what while there here ' +
		'other more most some such only not but all any can may our out one two three on in of to at by as an a'
	).split(' ')
);

/** The content words of `text`: lower case, three letters or more, no common words. */
export function contentWords(text: string): Set<string> {
	const words = text.toLowerCase().match(/\p{L}[\p{L}\p{N}]*/gu) ?? [];
	return new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)));
}

/** The share of `passage`'s content words that are in `words` (0 when it has none). */
export function wordShare(passage: string, words: Set<string>): number {
	const own = contentWords(passage);
	if (own.size === 0) return 0;
	let shared = 0;
	for (const w of own) if (words.has(w)) shared++;
	return shared / own.size;
}

/** The share of the shorter passage's content words that the other holds. */
export const SAME_HAPPENING_SHARE = 0.6;

/**
 * Whether two passages tell the same happening: the shorter one's content words are mostly
 * (`SAME_HAPPENING_SHARE`) in the other, as a caption or a summary restating the body.
 */
export function tellSameHappening(a: string, b: string): boolean {
	const [short, long] = contentWords(a).size <= contentWords(b).size ? [a, b] : [b, a];
	if (contentWords(short).size < 3) return false;
	return wordShare(short, contentWords(long)) >= SAME_HAPPENING_SHARE;
}

/**
 * A crude stem, enough to tell "attacked" and "the attack", "killing" and "killed" as one word:
 * a final -ing, -ed, -es or -s is cut from a word that keeps four letters. Written by hand: a
 * stemmer library (Porter's) would do more than the two or three forms news verbs take here.
 */
export function stem(word: string): string {
	const lower = word.toLowerCase();
	const cut = /^(.{4,}?)(?:ing|ed|es|s)$/.exec(lower);
	return cut ? cut[1] : lower;
}
