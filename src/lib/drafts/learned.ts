/**
 * A learned scorer for drafts: a feature vector per candidate (`candidateFeatures`), a logistic
 * regression fitted on the annotated sets (`fitLogistic`, run by `npm run fit:drafts`), and the
 * fitted table the pipeline reads (`scorer-table.json`), the same in the CLI and the browser's
 * worker.
 *
 * The features are general, never the words of the pages: the hand-written signals of
 * `confidence.ts` (each a 0/1 input), the date's kind and precision, where it stands against the
 * publication, the tense and the saying verbs of its clause, quotes, the passage's place in the
 * article, furniture likeness, repeats and length. A bag of content words would learn the forty
 * pages it was fitted on, not the news.
 *
 * Pure: no DOM, no Node API.
 */
import type { EventRecord } from '../data/types.ts';
import {
	WEAK_SIGNALS,
	dateWordsOf,
	retold,
	tellsHappening,
	weakReason,
	type Passage,
	type SetApart
} from './confidence.ts';
import { daySpan } from './score.ts';
import { contentWords } from './words.ts';

/** What the features read of one candidate besides its passage. */
export interface Candidate extends Passage {
	/** Where the passage starts in the article, and the article's length (characters). */
	at: number;
	textLength: number;
	/** The article's publication date (a partial ISO date). */
	published: string;
	/** Every candidate of the article before this one, proposed or not, in text order. */
	before: readonly EventRecord[];
	/** Whether the draft is proposed as a citation of an event already in the dataset. */
	citationOf: boolean;
}

const SAYING =
	/\b(?:said|says|say|told|tells|announced|announces|stated|added|declared|confirmed|reported|according\s+to|in\s+a\s+statement)\b/i;
const MODAL =
	/\b(?:will|would|could|might|may|should|must|shall|plans?\s+to|expects?|expected\s+to|set\s+to|due\s+to|scheduled\s+to|likely\s+to)\b/i;
const PERFECT = /\b(?:has|have|had)\s+(?:not\s+)?(?:been\s+)?\p{L}{3,}(?:ed|en)\b/iu;
const PRESENT_PROGRESSIVE = /\b(?:is|are|am)\s+\p{L}{3,}ing\b/iu;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
const MONTH =
	/\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?/i;
const RELATIVE =
	/\b(?:ago|last|next|yesterday|today|tonight|earlier|later|previous|following|this|weekend|after|before)\b/i;
const CLOCK = /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?[ap]\.?m\b/i;
const PAGE_WORDS =
	/\b(?:published|updated|posted|modified|copyright|photo|file|credit|getty|reuters|ap|afp|share|print|email|subscribe|advertisement)\b|©/i;
const QUOTE = /["“”]/;
/**
 * A photo caption's wording: present tense of what the picture shows ("are seen", "gestures",
 * "looks on") or the photo named. Captions date the picture, not a happening.
 */
const CAPTION =
	/\b(?:is|are)\s+(?:seen|pictured|shown)\b|\b(?:gestures|looks\s+on|stands|speaks|arrives|leaves|walks|cries|waits|holds|poses)\b|\b(?:file\s+photo|in\s+this\s+photo|photo\s+taken)\b/i;

function clause(p: Passage): string {
	if (!p.dateWords) return p.sentence;
	const before = p.sentence.slice(0, p.dateWords.at);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
	const rest = p.sentence.slice(p.dateWords.at + p.dateWords.text.length);
	const stop = rest.search(/[,;.—]/);
	return before.slice(cut + 1) + (p.dateWords.text ?? '') + (stop < 0 ? rest : rest.slice(0, stop));
}

const words = (text: string) => text.match(/\p{L}[\p{L}'’]*/gu) ?? [];

/** Shared content words between the passage and an earlier candidate's quotes. */
function sharedWith(p: Passage, e: EventRecord): number {
	const date = contentWords(p.dateWords?.text ?? '');
	const mine = [...contentWords(p.sentence)].filter((w) => !date.has(w));
	const theirs = contentWords(e.citations.map((c) => c.quote).join(' '));
	return mine.filter((w) => theirs.has(w)).length;
}

/**
 * The features, in the order of the vector: a declarative table (id, what it reads), each value in
 * [0, 1] so that one L2 strength fits them all without scaling.
 */
export const FEATURES: readonly { id: string; read: (c: Candidate) => number }[] = [
	...WEAK_SIGNALS.map((s) => ({
		id: `signal:${s.id}`,
		read: (c: Candidate) => (s.test(c) === undefined ? 0 : 1)
	})),
	{
		// All the rules together, as the pipeline decided before the scorer: lets the fit keep
		// what they know and learn where they fail, rather than relearn them one by one.
		id: 'signals:any',
		read: (c: Candidate) => (WEAK_SIGNALS.some((s) => s.test(c) !== undefined) ? 1 : 0)
	},
	{ id: 'precision:day', read: (c) => +(c.date.precision === 'day' && !c.date.end) },
	{ id: 'precision:month', read: (c) => +(c.date.precision === 'month') },
	{ id: 'precision:year', read: (c) => +(c.date.precision === 'year') },
	{ id: 'precision:span', read: (c) => +(c.date.end !== undefined) },
	{ id: 'date:by publication', read: (c) => +!c.dateWords },
	{ id: 'date:derived', read: (c) => +(c.date.derivation !== undefined) },
	{ id: 'date words:year', read: (c) => +/\d{4}/.test(c.dateWords?.text ?? '') },
	{ id: 'date words:weekday', read: (c) => +WEEKDAY.test(c.dateWords?.text ?? '') },
	{ id: 'date words:month', read: (c) => +MONTH.test(c.dateWords?.text ?? '') },
	{ id: 'date words:relative', read: (c) => +RELATIVE.test(c.dateWords?.text ?? '') },
	{ id: 'date words:in a clause opener', read: (c) => +(c.dateWords?.at === 0) },
	{ id: 'before publication:within a week', read: (c) => daysBefore(c, 0, 8) },
	{ id: 'before publication:within a year', read: (c) => daysBefore(c, 8, 366) },
	{ id: 'before publication:years', read: (c) => daysBefore(c, 366, Infinity) },
	{ id: 'after publication', read: (c) => daysBefore(c, -Infinity, 0) },
	{ id: 'clause:tells a happening', read: (c) => +tellsHappening(clause(c)) },
	{ id: 'clause:perfect', read: (c) => +PERFECT.test(clause(c)) },
	{ id: 'clause:modal or plan', read: (c) => +MODAL.test(clause(c)) },
	{ id: 'clause:present progressive', read: (c) => +PRESENT_PROGRESSIVE.test(clause(c)) },
	{ id: 'sentence:saying verb', read: (c) => +SAYING.test(c.sentence) },
	{ id: 'sentence:quotes', read: (c) => +QUOTE.test(c.sentence) },
	{ id: 'sentence:other dates', read: (c) => Math.min(c.otherDateWords.length, 3) / 3 },
	{ id: 'sentence:caption wording', read: (c) => +CAPTION.test(c.sentence) },
	{ id: 'sentence:clock time', read: (c) => +CLOCK.test(c.sentence) },
	{ id: 'sentence:page words', read: (c) => +PAGE_WORDS.test(c.sentence) },
	{ id: 'sentence:no full stop', read: (c) => +!/[.!?]["'”’)]*\s*$/u.test(c.sentence) },
	{ id: 'sentence:short', read: (c) => +(words(c.sentence).length < 8) },
	{ id: 'sentence:long', read: (c) => +(words(c.sentence).length > 35) },
	{ id: 'place:first tenth', read: (c) => +(c.at < c.textLength * 0.1) },
	{ id: 'place:lede', read: (c) => +(c.at < c.textLength * 0.3) },
	{ id: 'place:last fifth', read: (c) => +(c.at > c.textLength * 0.8) },
	{ id: 'place:first candidate', read: (c) => +(c.before.length === 0) },
	{
		id: 'repeat:same day earlier',
		read: (c) => +c.before.some((e) => e.date.start === c.date.start && !e.date.end)
	},
	{
		id: 'repeat:words of an earlier candidate',
		read: (c) => +c.before.some((e) => sharedWith(c, e) >= 3)
	},
	{ id: 'dataset:citation of an event', read: (c) => +c.citationOf }
];

/** 1 when the draft's date is `min` to `max` days before the publication (negative: after). */
function daysBefore(c: Candidate, min: number, max: number): number {
	try {
		const pub = daySpan({ start: c.published });
		const own = daySpan(c.date);
		const before = pub.first - own.last;
		return +(before >= min && before < max);
	} catch {
		return 0;
	}
}

/** The feature vector of one candidate, in the order of `FEATURES`. */
export function candidateFeatures(c: Candidate): number[] {
	return FEATURES.map((f) => f.read(c));
}

/** The fitted table: weights by feature id, so a stale table is found, not misread. */
export interface ScorerTable {
	about: string;
	/** Whether the pipeline decides by the scorer (true) or by the rules of `confidence.ts`. */
	adopted: boolean;
	lambda: number;
	threshold: number;
	bias: number;
	weights: Record<string, number>;
}

/** The probability that a candidate is an event a journalist would keep, by `table`. */
export function scoreCandidate(table: ScorerTable, features: readonly number[]): number {
	let z = table.bias;
	FEATURES.forEach((f, i) => {
		const w = table.weights[f.id];
		if (w === undefined) throw new Error(`the scorer table has no weight for ${f.id}; refit it`);
		z += w * features[i];
	});
	return 1 / (1 + Math.exp(-z));
}

/**
 * Fits a logistic regression with L2 by full-batch gradient descent from zero weights: no random
 * start and no shuffling, so the same data always gives the same weights. Written by hand because
 * it is some twenty lines and every npm package for it (ml-logistic-regression and the like)
 * brings a matrix library and its own numerical choices for a problem of a few hundred rows.
 * `weights[i]` is the weight of each row (0 leaves a row out). The bias is not regularised.
 */
export function fitLogistic(
	rows: readonly (readonly number[])[],
	labels: readonly number[],
	options: { lambda: number; steps?: number; rate?: number; weights?: readonly number[] }
): { bias: number; weights: number[] } {
	const { lambda, steps = 4000, rate = 1 } = options;
	const n = rows[0]?.length ?? 0;
	const w = new Array<number>(n).fill(0);
	let b = 0;
	const rowWeight = options.weights ?? rows.map(() => 1);
	const total = rowWeight.reduce((a, x) => a + x, 0) || 1;
	for (let step = 0; step < steps; step++) {
		const grad = new Array<number>(n).fill(0);
		let gb = 0;
		rows.forEach((x, r) => {
			if (rowWeight[r] === 0) return;
			let z = b;
			for (let i = 0; i < n; i++) z += w[i] * x[i];
			const err = (1 / (1 + Math.exp(-z)) - labels[r]) * rowWeight[r];
			gb += err;
			for (let i = 0; i < n; i++) grad[i] += err * x[i];
		});
		for (let i = 0; i < n; i++) w[i] -= rate * (grad[i] / total + lambda * w[i]);
		b -= (rate * gb) / total;
	}
	return { bias: b, weights: w };
}

/** One candidate as the pipeline weighed it: its features, the scorer's probability, the rules' verdict. */
export interface WeighedCandidate {
	draft: EventRecord;
	features: number[];
	/** The scorer's probability; none when the table is not adopted and stale (refit it). */
	probability?: number;
	/** The rule of `confidence.ts` that sets it apart, if one does. */
	rule?: { signal: string; reason: string };
}

/**
 * Splits one article's candidates, in text order, into those proposed and those set apart: by the
 * learned scorer when `table.adopted`, else by the rules of `confidence.ts` (`weakReason`, with
 * the earlier drafts the rules proposed, as `assessDrafts` does). Every candidate is returned
 * weighed, for `npm run fit:drafts` to learn from.
 */
export function assessCandidates(
	drafts: readonly EventRecord[],
	dateWordsIn: (start: number) => readonly string[],
	context: { textLength: number; published: string; table: ScorerTable }
): { proposed: EventRecord[]; setApart: SetApart[]; candidates: WeighedCandidate[] } {
	const { table } = context;
	const ruleProposed: EventRecord[] = [];
	const proposed: EventRecord[] = [];
	const setApart: SetApart[] = [];
	const candidates: WeighedCandidate[] = [];
	// Each draft alone, without the article's other drafts: which of a clause's drafts stand on
	// their own, for the 'looser telling' of their peers. Peers share the passage and the title,
	// which `title.ts` cuts from the clause of the date: two clauses of one sentence ("seized over
	// the weekend … put out for bids on Sunday") are two happenings, and their dates stay apart.
	const alone = drafts.map((draft) => {
		const dateWords = dateWordsOf(draft);
		const citation = draft.citations[0];
		return weakReason({
			sentence: citation.quote,
			dateWords,
			otherDateWords: dateWordsIn(citation.start).filter((w) => w !== dateWords?.text),
			date: draft.date,
			earlier: []
		}) === undefined
			? { date: draft.date, dateWords }
			: undefined;
	});
	drafts.forEach((draft, i) => {
		const citation = draft.citations[0];
		const dateWords = dateWordsOf(draft);
		const peers = drafts.flatMap((other, j) =>
			j !== i &&
			other.citations[0].start === citation.start &&
			other.title === draft.title &&
			alone[j]
				? [alone[j]]
				: []
		);
		// The later passages' drafts that stand on their own, for a looser telling of theirs before.
		const later = drafts.flatMap((other, j) =>
			j > i && other.citations[0].start > citation.start && alone[j]
				? [{ ...alone[j], sentence: other.citations[0].quote }]
				: []
		);
		const passage: Passage = {
			sentence: citation.quote,
			dateWords,
			otherDateWords: dateWordsIn(citation.start).filter((w) => w !== dateWords?.text),
			date: draft.date,
			earlier: ruleProposed,
			peers,
			later
		};
		const rule = weakReason(passage);
		if (!rule) ruleProposed.push(draft);
		else if (rule.signal === 'second mention') {
			// What the article has told of a happening includes its second mentions: a later loose
			// retelling may share its words with one of them only ("declared free of the virus on 9
			// May" … "declared Ebola-free six weeks ago", after a first mention in other words).
			const first = retold(passage);
			const at = first ? ruleProposed.indexOf(first) : -1;
			if (first && at >= 0)
				ruleProposed[at] = { ...first, citations: [...first.citations, citation] };
		}
		const features = candidateFeatures({
			...passage,
			at: citation.start,
			textLength: context.textLength,
			published: context.published,
			before: drafts.slice(0, i),
			citationOf: draft.citationOf !== undefined
		});
		// A table not adopted is only weighed when it fits the features: `fit:drafts`, which
		// rewrites it after a feature is added, runs the pipeline before the table is refitted.
		const probability =
			table.adopted || FEATURES.every((f) => f.id in table.weights)
				? scoreCandidate(table, features)
				: undefined;
		candidates.push({
			draft,
			features,
			...(probability === undefined ? {} : { probability }),
			...(rule ? { rule } : {})
		});
		const weak =
			table.adopted && probability !== undefined
				? probability >= table.threshold
					? undefined
					: (rule ?? {
							signal: 'learned',
							reason: `the learned scorer rates it ${Math.round(probability * 100)} % likely an event (proposed from ${Math.round(table.threshold * 100)} %)`
						})
				: rule;
		if (weak) setApart.push({ draft, ...weak });
		else proposed.push(draft);
	});
	return { proposed, setApart, candidates };
}
