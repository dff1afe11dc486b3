/**
 * The grammar of a sentence as an English part-of-speech and tense tagger reads it
 * (`compromise`): its clauses, their verbs with tense and form, and each word's part of speech,
 * with offsets into the sentence. The drafting pipeline asks it what hand rules read poorly: the
 * clause a date belongs to, whether that clause's verb tells a happening (a finite past or perfect),
 * a state (a copula), a plan (a modal or future), an activity under way (a progressive), or no
 * finite verb at all (a caption's or a list's fragment), and whether a date stands as a noun's
 * modifier ("Lucian Freud's 2002 work") or right after a noun ("the birth Friday").
 *
 * `compromise` (MIT) is used because no hand rule tells "sold" the participle from "sold" the past,
 * or a relative clause from a main one, as a trained lexicon and tagger do; it is loaded only with
 * the drafting pipeline (the CLI and the authoring worker), never by the reading page.
 *
 * Pure: no DOM, no Node API.
 */
import nlp from 'compromise';

/** How a verb phrase is told. */
export const VERB_FORMS = [
	'past',
	'perfect',
	'present',
	'progressive',
	'future',
	'modal',
	'infinitive',
	'gerund',
	'imperative'
] as const;
/** One of `VERB_FORMS`. */
export type VerbForm = (typeof VERB_FORMS)[number];

/** A verb phrase as the tagger reads it; offsets in the sentence (UTF-16 units). */
export interface VerbReading {
	text: string;
	start: number;
	end: number;
	/** The lemma of its main verb ("die" for "has died"). */
	lemma: string;
	form: VerbForm;
	/** A form of "be" as the main verb: a state, not a happening ("was in its orbit"). */
	copula: boolean;
	negative: boolean;
	/** Whether it is the finite verb of its clause (not an infinitive, gerund or bare participle). */
	finite: boolean;
}

/** A clause: a main or a subordinate one, with its verbs. */
export interface ClauseReading {
	text: string;
	start: number;
	end: number;
	/** A relative clause ("whose passion … earned him", "which was stormed", "that was in"). */
	relative: boolean;
	verbs: VerbReading[];
}

/** One word as tagged. */
export interface TermReading {
	text: string;
	start: number;
	end: number;
	tags: ReadonlySet<string>;
}

/** The whole reading of one sentence. */
export interface SentenceReading {
	clauses: ClauseReading[];
	terms: TermReading[];
}

/** Compromise's verb forms (`verb.grammar.form`) mapped to ours. */
const FORMS: Record<string, VerbForm> = {
	'simple-past': 'past',
	'passive-past': 'past',
	'auxiliary-past': 'past',
	'modal-past': 'modal',
	'present-perfect': 'perfect',
	'past-perfect': 'perfect',
	'present-perfect-progressive': 'progressive',
	'past-perfect-progressive': 'progressive',
	'simple-present': 'present',
	'passive-present': 'present',
	'auxiliary-present': 'present',
	'present-progressive': 'progressive',
	'past-progressive': 'progressive',
	'future-progressive': 'future',
	'simple-future': 'future',
	'future-perfect': 'future',
	'future-perfect-progressive': 'future',
	'passive-future': 'future',
	'auxiliary-future': 'future',
	'present-conditional': 'modal',
	'past-conditional': 'modal',
	'modal-infinitive': 'modal',
	'want-infinitive': 'modal',
	infinitive: 'infinitive',
	'gerund-phrase': 'gerund',
	imperative: 'imperative'
};
const MODALS = /^(?:would|could|might|may|should|must|shall|can|cannot|can't|won't|wouldn't)$/i;
const RELATIVE_OPENER = /^(?:who|whom|whose|which|that|where|when)\b/i;

interface CompromiseOffset {
	start: number;
	length: number;
}
interface CompromiseTerm {
	text: string;
	tags: string[];
	offset: CompromiseOffset;
}
interface CompromiseVerb {
	text: string;
	offset: CompromiseOffset;
	terms: CompromiseTerm[];
	verb: {
		infinitive: string;
		auxiliary: string;
		negative: boolean;
		grammar: { form?: string; tense?: string; copula?: boolean; isInfinitive?: boolean };
	};
}

/** Where a phrase ends in the sentence, trailing spaces and punctuation left out of it. */
const phraseEnd = (text: string, offset: CompromiseOffset) =>
	offset.start + text.replace(/[\s,;:.!?"“”'’)]+$/u, '').length;

function formOf(v: CompromiseVerb): VerbForm {
	const aux = v.verb.auxiliary.trim().split(/\s+/)[0] ?? '';
	if (MODALS.test(aux)) return 'modal';
	if (/^(?:will|'ll)$/i.test(aux)) return 'future';
	if (v.verb.grammar.isInfinitive) return 'infinitive';
	const mapped = FORMS[v.verb.grammar.form ?? ''];
	if (mapped) return mapped;
	return v.verb.grammar.tense === 'PastTense' ? 'past' : 'present';
}

function readVerb(v: CompromiseVerb): VerbReading {
	const form = formOf(v);
	const first = v.terms[0];
	// A bare participle after a noun ("a ticket sold Wednesday", "a satellite launched in 1979")
	// is tagged a past verb: it is finite only with a subject before it, which the clause tells.
	const participle = v.terms.length === 1 && first?.tags.includes('Participle');
	return {
		text: v.text.replace(/[\s,;:.!?"“”)]+$/u, ''),
		start: v.offset.start,
		end: phraseEnd(v.text, v.offset),
		lemma: v.verb.infinitive || v.text,
		form,
		copula: v.verb.grammar.copula === true,
		negative: v.verb.negative,
		finite: !['infinitive', 'gerund'].includes(form) && !participle
	};
}

// The pipeline asks about the same sentence for each of its dates and each feature: tagging is
// the costly part (about 2 ms a sentence), so the last readings are kept.
const CACHE_SIZE = 256;
const cache = new Map<string, SentenceReading>();

/** The tagger's reading of `sentence`: its clauses with their verbs, and its words. */
export function readSentence(sentence: string): SentenceReading {
	const hit = cache.get(sentence);
	if (hit) return hit;
	const doc = nlp(sentence);
	const terms: TermReading[] = (
		doc.json({ offset: true, terms: { offset: true } }) as { terms: CompromiseTerm[] }[]
	).flatMap((s) =>
		s.terms.map((t) => ({
			text: t.text,
			start: t.offset.start,
			end: t.offset.start + t.offset.length,
			tags: new Set(t.tags)
		}))
	);
	const verbs = (doc.verbs().json({ offset: true }) as CompromiseVerb[]).map(readVerb);
	const clauses: ClauseReading[] = (
		doc.clauses().json({ offset: true }) as { text: string; offset: CompromiseOffset }[]
	).map((c) => {
		const start = c.offset.start;
		const end = phraseEnd(c.text, c.offset);
		return {
			text: sentence.slice(start, end),
			start,
			end,
			relative: RELATIVE_OPENER.test(c.text.trim()),
			verbs: verbs.filter((v) => v.start >= start && v.start < end)
		};
	});
	const reading = { clauses, terms };
	if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
	cache.set(sentence, reading);
	return reading;
}

/** The clause that holds offset `at` of the sentence (the last one starting at or before it). */
export function clauseAt(reading: SentenceReading, at: number): ClauseReading | undefined {
	let found: ClauseReading | undefined;
	for (const c of reading.clauses) if (c.start <= at) found = c;
	return found;
}

/** What a clause tells, by the finite verb nearest its date. */
export type ClauseKind = 'happening' | 'state' | 'plan' | 'under way' | 'present' | 'no verb';

/**
 * What the clause tells at offset `at` (a date's words; the clause's first verb without it),
 * by its nearest finite verb before `at`, else the first after: a happening (a finite past or
 * perfect that is no copula: "broke into", "has died", "was stormed"), a state ("was in its
 * orbit", "is calm"), a plan ("would resume", "will bring"), an activity under way ("is slowly
 * decreasing"), the present ("says"), or nothing finite (a fragment, a list).
 */
export function clauseKind(clause: ClauseReading, at = clause.start): ClauseKind {
	const finite = clause.verbs.filter((v) => v.finite);
	const verb = finite.filter((v) => v.start < at).at(-1) ?? finite[0];
	if (!verb) return 'no verb';
	if (verb.form === 'future' || verb.form === 'modal') return 'plan';
	if (verb.form === 'progressive') return 'under way';
	// A passive's "was" is a happening told ("was stormed"); a copula alone is a state.
	if (verb.copula) return 'state';
	if (verb.form === 'past' || verb.form === 'perfect') return 'happening';
	return 'present';
}

/** The word right before offset `at` and the one right after `end`, as tagged. */
export function neighbours(
	reading: SentenceReading,
	at: number,
	end: number
): { before?: TermReading; after?: TermReading } {
	let before: TermReading | undefined;
	let after: TermReading | undefined;
	for (const t of reading.terms) {
		if (t.end <= at) before = t;
		else if (t.start >= end && !after) after = t;
	}
	return { before, after };
}
