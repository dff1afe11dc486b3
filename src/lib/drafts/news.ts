/**
 * The news itself: what an article reports as just happened with no date word of its own ("has
 * declared an end to the ceasefire", "said in a statement") is dated by the publication, as a
 * window that ends on it. Pure (no file system, no DOM).
 *
 * Precision before recall: only the main clause of a sentence counts, and only three shapes —
 * a happening verb in the present perfect ("has declared", "have killed"); a statement made "in a
 * statement", "on its channels" or "in a televised address"; and the lede (the article's first
 * sentence of prose), whose reporting verb ("says", "said") or past happening verb is the news.
 * No tagger or library reads tense and clause structure for this: a parser would (compromise.js
 * tags tense, not clause heads), but a small table of verb shapes keeps every rule visible and
 * testable, and it errs on the side of drafting nothing.
 */
import { dayNumber, formatPartialDate, fromDayNumber, type CivilDate } from '../data/civil-date.ts';
import type { DateRecord } from '../data/types.ts';
import { draftTitle } from './title.ts';
import { stem } from './words.ts';

/** Past participles of happenings a timeline records (not states: "has been", "has had"). */
export const HAPPENING_PARTICIPLES = [
	'announced',
	'declared',
	'killed',
	'attacked',
	'struck',
	'launched',
	'fired',
	'seized',
	'captured',
	'claimed',
	'ended',
	'suspended',
	'resumed',
	'signed',
	'agreed',
	'arrested',
	'released',
	'ordered',
	'approved',
	'rejected',
	'condemned',
	'threatened',
	'warned',
	'vowed',
	'withdrawn',
	'resigned',
	'died',
	'fled',
	'risen',
	'shelled',
	'bombed',
	'destroyed',
	'imposed',
	'lifted',
	'carried out',
	'called off',
	'voted',
	'opened',
	'closed',
	// Accidents, courts and crises: the other happenings news reports as just happened.
	'crashed',
	'derailed',
	'collided',
	'sunk',
	'flooded',
	'burned',
	'erupted',
	'banned',
	'sentenced',
	'convicted',
	'acquitted',
	'jailed',
	'charged',
	'fined',
	'freed',
	'kidnapped',
	'abducted',
	'rescued',
	'evacuated',
	'elected',
	'appointed',
	'dismissed',
	'expelled',
	'raided',
	'stormed',
	'invaded',
	'hijacked',
	'shot',
	'stabbed',
	'quit',
	'protested'
] as const;

/** Past tense verbs of happenings, for the lede's main clause. */
export const HAPPENING_PAST = [
	...HAPPENING_PARTICIPLES.filter((v) => v !== 'risen' && v !== 'withdrawn' && v !== 'sunk'),
	'sank',
	'rose',
	'withdrew',
	'hit',
	'exploded',
	'erupted',
	'collapsed',
	'won',
	'lost',
	'met',
	// Speech is news in the lede ("The judge has told jurors …"); further down, "insiders have
	// told us" is commentary more often than a happening.
	'told'
] as const;

/** Reporting verbs that make a lede the news ("A lawmaker says militants attacked …"). */
export const REPORTING = ['says', 'say', 'said', 'reported', 'reports', 'confirmed'] as const;

/** Where a statement was made, after "said"/"announced": the statement is the happening. */
export const STATEMENT_PLACES = [
	'in a statement',
	'in a joint statement',
	'in a televised address',
	'in a televised speech',
	'on its channels',
	'on its telegram channel',
	'on its website',
	'in a post on',
	'at a news conference',
	'at a press conference'
] as const;

/** Words that open a subordinate or relative clause: a verb after them is not the main clause's. */
const SUBORDINATE =
	/\b(?:who|which|that|whom|whose|if|when|where|while|since|because|after|before|although|though|unless|until|whether|once|as)\b/i;
/** Modal words: what "would have killed" tells did not happen. */
const MODAL = /\b(?:would|could|should|might|may|must|will|shall|can|not|never|no)\s+$/i;

const alternatives = (words: readonly string[]) =>
	words.map((w) => w.replace(/ /g, '\\s+')).join('|');

/**
 * Participles in "-ed" that tell a state, an attempt or a remark rather than a happening ("has
 * remained", "have tried", "has called for"): the perfect of any other regular verb is news.
 */
export const NOT_HAPPENING_PARTICIPLES = [
	'needed',
	'seemed',
	'remained',
	'stayed',
	'continued',
	'appeared',
	'wanted',
	'tried',
	'used',
	'lived',
	'worked',
	'expressed',
	'called',
	'asked',
	'urged',
	'talked',
	'hoped',
	'struggled',
	'faced',
	'experienced',
	'noticed',
	'learned'
] as const;

// The listed participles (irregular ones among them), and any regular one not in the exclusions:
// a closed list missed "has raised the alert level" on a page it had never seen.
const PERFECT = new RegExp(
	`\\b(?:has|have)\\s+(?:(?:now|already|also|reportedly|officially|formally)\\s+)?(?:${alternatives(HAPPENING_PARTICIPLES)}|(?!(?:${alternatives(NOT_HAPPENING_PARTICIPLES)})\\b)\\p{L}{3,}ed)\\b`,
	'iu'
);
const STATEMENT = new RegExp(
	`\\b(?:(?:said|announced|declared|claimed)\\s+(?:${alternatives(STATEMENT_PLACES)})|(?:posted|issued|released|published)\\s+a\\s+statement)`,
	'i'
);
/**
 * An attribution that closes the lede ("…, the agency announced."): the report is the news, even
 * when the clause before it holds a subordinate one ("after they were found …").
 */
const CLOSING_ATTRIBUTION =
	/,\s*(?:the\s+)?[^,;]{1,80}?\s(says|said|announced|reported|confirmed)\s*\.["”’]?\s*$/iu;
const LEDE_VERB = new RegExp(`\\b(?:${alternatives([...REPORTING, ...HAPPENING_PAST])})\\b`, 'i');

/** Why a sentence is news dated by the publication: the words that tell it, where they are. */
export interface NewsVerb {
	/** Offset of the words in the sentence. */
	at: number;
	/** The words, verbatim ("has declared", "said in a statement"). */
	words: string;
	shape: 'perfect' | 'statement' | 'lede';
}

/** Words before a verb form that leave it no finite verb: "being released", "to (be) released". */
const NON_FINITE_BEFORE = /\b(?:being|to(?:\s+be)?)\s+$/i;

/** Words that make a sentence a forecast or a plan. */
const FORECAST = /\b(?:will|shall|would|(?:is|are) (?:expected|set|due|forecast) to|to be held)\b/i;

const RELATIVE_CLAUSE = /,\s*(?:who|which|whose)\b[^,]*,/gi;

/** `text` without the relative clauses its commas close ("The group, which …, said" → "The group said"). */
function withoutRelativeClauses(text: string): string {
	return text.replace(RELATIVE_CLAUSE, '');
}

/**
 * A news draft's title: the clause of its verb, with the relative clauses closed by commas left
 * out, so that "The group, which has claimed attacks, said in a statement …" is titled by the
 * group's statement, not by the clause about its past.
 */
export function newsTitle(sentence: string, verb: Pick<NewsVerb, 'words'>): string {
	const main = withoutRelativeClauses(sentence);
	return draftTitle(main, Math.max(0, main.indexOf(verb.words)));
}

/** Whether the words before `at` leave it in the sentence's main clause. */
function inMainClause(sentence: string, at: number): boolean {
	// A relative clause closed by its commas ("The group, which has claimed attacks, said …")
	// leaves the main clause running on after it.
	const before = withoutRelativeClauses(sentence.slice(0, at));
	if (SUBORDINATE.test(before)) return false;
	if (MODAL.test(before)) return false;
	// Inside a quotation: the speaker's words, not the article's report ("But “…,” she said").
	if (/^\s*(?:(?:But|And|Yet|So)\s+)?["“‘']/.test(sentence)) return false;
	return true;
}

/**
 * The main-clause verb that makes `sentence` (which has no date word of its own) a report of
 * something that just happened, or undefined. `lede` says whether it is the article's first
 * sentence of prose, where a reporting verb or a past happening verb is itself the news.
 */
export function findNewsVerb(sentence: string, lede = false): NewsVerb | undefined {
	if (/\?\s*["”’]?$/.test(sentence)) return undefined; // a question reports nothing
	for (const [pattern, shape] of [
		[PERFECT, 'perfect'],
		[STATEMENT, 'statement'],
		...(lede ? ([[LEDE_VERB, 'lede']] as const) : [])
	] as const) {
		const m = pattern.exec(sentence);
		// A lede that says what will happen ("Officials say the storm will strike tonight") is a
		// forecast, not yet a happening.
		if (shape === 'lede' && FORECAST.test(sentence)) continue;
		// A participle after "being" or an infinitive is no finite verb: "A kiwi chick, being
		// released into a burrow on the island." describes a picture, "to be released" a plan.
		if (m && shape === 'lede' && NON_FINITE_BEFORE.test(sentence.slice(0, m.index))) continue;
		if (m && inMainClause(sentence, m.index)) return { at: m.index, words: m[0], shape };
	}
	if (lede && !FORECAST.test(sentence) && !/^\s*["“‘']/.test(sentence)) {
		const m = CLOSING_ATTRIBUTION.exec(sentence);
		if (m) {
			const at = m.index + m[0].lastIndexOf(m[1]);
			return { at, words: m[1], shape: 'lede' };
		}
	}
	return undefined;
}

/** Days before the publication a happening it reports as just happened may fall on. */
export const NEWS_WINDOW_DAYS = 6;

/**
 * The date of a happening dated only by the publication: the week that ends on it (the
 * publication day and the `NEWS_WINDOW_DAYS` before), approximate; a publication known only to
 * the month or year is that month or year.
 */
export function publicationWindow(published: CivilDate, verb: Pick<NewsVerb, 'words'>): DateRecord {
	const reported = `No date word of its own: reported as just happened (‘${verb.words}’)`;
	if (published.day === undefined)
		return {
			start: formatPartialDate(published),
			precision: published.month === undefined ? 'year' : 'month',
			approximate: true,
			basis: `${reported} in an article published in ${formatPartialDate(published)} → that ${published.month === undefined ? 'year' : 'month'}.`
		};
	const last = dayNumber(published.year, published.month!, published.day);
	const first = fromDayNumber(last - NEWS_WINDOW_DAYS);
	const start = formatPartialDate(first);
	const end = formatPartialDate(published);
	return {
		start,
		end,
		precision: 'day',
		approximate: true,
		basis: `${reported} in an article published on ${end} → the week up to its publication, ${start} to ${end}.`
	};
}

const HAPPENING_WORD = new RegExp(
	`\\b(?:${alternatives([...HAPPENING_PARTICIPLES, ...HAPPENING_PAST])})\\b`,
	'gi'
);

/** The stems of the happening verbs of `sentence` ("attacked" → "attack"). */
export function happeningStems(sentence: string): Set<string> {
	return new Set([...sentence.matchAll(HAPPENING_WORD)].map((m) => stem(m[0].split(/\s+/)[0])));
}
