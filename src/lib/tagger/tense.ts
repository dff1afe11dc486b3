/**
 * Which way a bare "March", "Oct. 7" or "on Monday" points from the document date. News reports
 * mostly look back, so the past is the default; a future cue in the same sentence ("will",
 * "is scheduled to", "reconvenes") turns it forward, and a plain present ("the deadline is
 * December 31") leaves it to the nearer date. The nearest cue before the mention wins, then the
 * nearest after it.
 */

export type Direction = 'past' | 'future';
/** 'present': the sentence does not say which way, so the nearer date is meant. */
export type Tense = Direction | 'present';

const PRESENT_CUES = new Set(['is', 'are', 'am']);

/** Words that put the clause in the future, or present tenses that announce a schedule. */
const FUTURE_CUES = new Set([
	'will',
	'shall',
	"won't",
	'wont',
	'would',
	"'ll",
	'going',
	'scheduled',
	'schedule',
	'due',
	'expected',
	'expects',
	'expect',
	'plans',
	'plan',
	'planned',
	'planning',
	'intends',
	'aims',
	'hopes',
	'upcoming',
	'forthcoming',
	'begins',
	'starts',
	'ends',
	'opens',
	'closes',
	'expires',
	'reconvenes',
	'resumes',
	'falls',
	'takes',
	'comes'
]);

/** Past forms common in news that do not end in -ed. */
const PAST_CUES = new Set([
	'was',
	'were',
	'had',
	'did',
	'said',
	'told',
	'met',
	'held',
	'went',
	'came',
	'took',
	'made',
	'began',
	'saw',
	'fell',
	'rose',
	'grew',
	'won',
	'lost',
	'left',
	'struck',
	'hit',
	'withdrew',
	'sent',
	'shot',
	'fought',
	'led',
	'brought',
	'became',
	'ago',
	'since'
]);

/** Words ending in -ed that are not past verbs. */
const NOT_PAST = new Set([
	'need',
	'hundred',
	'indeed',
	'speed',
	'red',
	'bed',
	'seed',
	'feed',
	'shed'
]);

const ABBREVIATIONS =
	/(?:^|[\s(])(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|gen|gov|sen|rep|col|lt|sgt|mr|mrs|ms|dr|st|no|vs|inc|corp|co|ltd|jr|sr|u\.s|[a-z])$/i;

/** Index where the sentence containing `position` begins. */
function sentenceStart(text: string, position: number): number {
	for (let i = position - 1; i > 0; i--) {
		const char = text[i];
		if (char === '\n' && text[i - 1] === '\n') return i + 1;
		if (!/\s/.test(char)) continue;
		const before = text.slice(Math.max(0, i - 12), i);
		if (/[!?]["”’)\]]*$/.test(before)) return i + 1;
		if (/\.["”’)\]]*$/.test(before) && !ABBREVIATIONS.test(before.replace(/\.["”’)\]]*$/, ''))) {
			return i + 1;
		}
	}
	return 0;
}

/** Index where the sentence containing `position` ends. */
function sentenceEnd(text: string, position: number): number {
	const pattern = /[.!?]["”’)\]]*(?=\s|$)|\n\n/g;
	pattern.lastIndex = position;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const before = text.slice(Math.max(0, match.index - 12), match.index);
		if (match[0].startsWith('.') && ABBREVIATIONS.test(before)) continue;
		return match.index;
	}
	return text.length;
}

/** Auxiliaries before a participle: "will be played" is decided by "will", not "played". */
const PASSIVE_AUXILIARIES = new Set(['be', 'being', 'been', 'is', 'are', 'get', 'gets']);

function cueOf(word: string, next: string | undefined, previous?: string): Tense | null {
	const lower = word.toLowerCase().replace(/’/g, "'");
	if (lower.endsWith("'ll")) return 'future';
	if (FUTURE_CUES.has(lower)) {
		// "originally planned for May 12": a plan made in the past, for a day that may have passed.
		if (previous && /^(?:originally|initially|previously|once)$/i.test(previous)) return 'past';
		// "takes effect", "comes into force"; "set to" is handled below.
		if (lower === 'takes') return next?.toLowerCase() === 'effect' ? 'future' : null;
		if (lower === 'comes') return next?.toLowerCase() === 'into' ? 'future' : null;
		return 'future';
	}
	if (lower === 'set' && (next === 'to' || next === 'for')) return 'future';
	if (PAST_CUES.has(lower)) return 'past';
	if (PRESENT_CUES.has(lower)) return 'present';
	if (lower.length > 3 && lower.endsWith('ed') && !NOT_PAST.has(lower)) {
		return previous && PASSIVE_AUXILIARIES.has(previous.toLowerCase()) ? null : 'past';
	}
	return null;
}

const WORD = /[A-Za-z]+(?:['’][a-z]+)?/g;

/**
 * The tense the sentence around [start, end) speaks in, and the word that decided it (none when
 * the default, the past, applies).
 */
export function guessDirection(
	text: string,
	start: number,
	end: number
): { tense: Tense; cue?: string } {
	const from = sentenceStart(text, start);
	const to = sentenceEnd(text, end);
	const before = [...text.slice(from, start).matchAll(WORD)].map((m) => m[0]);
	for (let i = before.length - 1; i >= 0 && i >= before.length - 14; i--) {
		const tense = cueOf(before[i], before[i + 1], before[i - 1]);
		if (tense) return { tense, cue: before[i] };
	}
	const after = [...text.slice(end, to).matchAll(WORD)].map((m) => m[0]);
	for (let i = 0; i < after.length && i < 14; i++) {
		const tense = cueOf(after[i], after[i + 1], after[i - 1]);
		if (tense) return { tense, cue: after[i] };
	}
	return { tense: 'past' };
}
