/**
 * The default title of an article added without `--title`: its first line that is neither page
 * furniture, the page's chrome (menus, share buttons, a cookie notice) nor the site's name, and a
 * headline the page prints twice before any other; a lede's paragraph gives its first sentence.
 *
 * Written by hand: Readability finds a page's title in its DOM, but a stored copy of a page, or a
 * plain text, keeps only its lines.
 *
 * Pure: no DOM, no Node API; the browser's worker runs it too.
 */
import { inFurniture, type Furniture } from './furniture.ts';
import { splitSentences } from './sentences.ts';

/**
 * Lines a saved page puts before its headline that no reader would call a title: labels of one
 * word ("Advertisement", "Menu"), notes in brackets (a server's "[an error occurred while
 * processing this directive]", "[Photo]"), the page's own controls, and labels that end on a
 * colon ("You Are At:").
 */
const PAGE_CHROME_LINES: readonly RegExp[] = [
	/^\S+$/u,
	/^\[[^\]]*\]$/u,
	/^(?:skip to (?:main )?content|sign in|log in|subscribe(?: now)?|share (?:this|on)\b.*|follow us\b.*|read more|(?:watch|listen)\b.{0,40})$/iu,
	/:$/u,
	// A breadcrumb ("You are in: UK"), a menu's numbered item ("2. News"), an icon font's name
	// ("Arrow-right"), a cookie notice.
	/^you are (?:in|at|here)\b/iu,
	/^\d+\.\s+\S+(?:\s+\S+){0,2}$/u,
	/^\p{L}+-(?:left|right|up|down)\b/iu,

	/\bcookies?\b/iu
];

/** The words of share buttons: a line of nothing else ("Facebook Twitter") is no title. */
const SHARE_WORDS = new Set(
	'facebook twitter x linkedin whatsapp email e-mail print share reddit pinterest telegram copy link'.split(
		' '
	)
);

/** Whether `line` holds only share buttons' words. */
function isShareButtons(line: string): boolean {
	const words = line.trim().toLowerCase().split(/\s+/u);
	return words.length <= 12 && words.every((w) => SHARE_WORDS.has(w));
}

/** Words that name a site or one of its sections, not a story: "BBC News", "Home World". */
const SITE_WORDS =
	/^(?:news|newspaper|edition|online|home|homepage|menu|section|latest|breaking|live|local|national|world|international|sport|sports|business|politics|opinion|radio|tv|channel|network|media)$/i;
/** Two menu labels run together in one word: a lower-case letter, then a capital ("NewsNational"). */
const GLUED_WORDS = /\p{Ll}{2}\p{Lu}\p{Ll}/gu;
/** At most this many words in a line that names the site or a section. */
const SITE_LINE_WORDS = 4;

/**
 * Whether `line` names the site, not the story: a few capitalized words, one of them a site's or
 * section's word ("BBC News World Edition", "Home World"), or two menu labels the stored copy ran
 * together ("NewsNational News": a lower-case letter run into a capital inside one word), or the
 * outlet's own name. A headline has more words, or a word in lower case, or none of these.
 */
export function isSiteNameLine(line: string, outlet?: string): boolean {
	const words = line.trim().split(/\s+/u);
	if ((line.match(GLUED_WORDS) ?? []).length >= 2) return true;
	if (words.length > SITE_LINE_WORDS || /[.!?]$/u.test(line.trim())) return false;
	if (outlet && line.trim().toLowerCase() === outlet.trim().toLowerCase()) return true;

	if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:the|of|and|&)$/i.test(w))) return false;
	return (
		words.some((w) => SITE_WORDS.test(w.replace(/[^\p{L}]/gu, ''))) ||
		words.some((w) => GLUED_WORDS.test(w))
	);
}

/**
 * The first line with words that is not page furniture (a date line, a byline), page chrome nor
 * the site's name: the headline, usually. A line that opens with furniture (a stored copy's
 * metadata glued to the lede) counts from where the furniture ends.
 */
export function firstLine(
	text: string,
	furniture: readonly Furniture[] = [],
	outlet?: string
): string | undefined {
	const lines: { start: number; text: string }[] = [];
	const re = /[^\r\n]+/g;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		let start = m.index;
		const end = m.index + m[0].length;
		// Furniture at the head of the line (" date 2021-03-05 Peshawar: …") is no part of it.
		for (const f of furniture) if (f.start <= start && start < f.end && f.end < end) start = f.end;
		const line = text.slice(start, end).replace(/^[\s,:;—–-]+/u, '');
		lines.push({ start: end - line.length, text: line });
	}
	const candidates = lines.filter(
		(l) =>
			/\p{L}{2}/u.test(l.text) &&
			!PAGE_CHROME_LINES.some((chrome) => chrome.test(l.text.trim())) &&
			!isShareButtons(l.text) &&
			!isSiteNameLine(l.text, outlet) &&
			!inFurniture(furniture, l.start, l.start + l.text.length)
	);
	// A page prints its headline more than once (the page's title, the article's, a share box):
	// among the first lines, one that comes again is the headline, whatever precedes it.
	const seen = new Set<string>();
	let repeated: string | undefined;
	for (const l of candidates.slice(0, HEADER_LINES)) {
		const key = l.text.trim();
		if (seen.has(key) && key.split(/\s+/u).length >= 3 && !/[.!?]$/u.test(key)) {
			repeated = key;
			break;
		}
		seen.add(key);
	}
	return repeated ?? (candidates[0] ?? lines.find((l) => l.text.trim()))?.text.trim();
}

/** The title a first line gives: a lede's paragraph gives its first sentence, not as much as fits. */
export function titleOfLine(line: string | undefined): string | undefined {
	if (!line || line.length <= LEDE_AS_TITLE) return line;
	const [first] = splitSentences(line);
	return first ? line.slice(first.start, first.end) : line;
}

/** A headline printed again is looked for among this many first lines. */
const HEADER_LINES = 12;
/** A chosen line longer than this is a paragraph (a lede), titled by its first sentence. */
const LEDE_AS_TITLE = 120;
