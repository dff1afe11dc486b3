/**
 * A confidence per draft: the pipeline proposes the drafts that read as happenings and lists the
 * rest apart ("other dated passages, less likely to be events"), each with the reason, for the
 * reviewer to promote one by hand. Nothing is lost: a passage set apart is still shown, with its
 * date, its quote and why it is weak.
 *
 * Written by hand, as a declarative table of shapes (`WEAK_SIGNALS`): no library tells a news
 * sentence's remark, state or second mention from its happening, and each rule must stay visible
 * and tested (`confidence.test.ts`, on invented sentences). Each rule is narrow: a strong draft
 * set apart is recall lost, and `npm run eval:drafts` reports it.
 *
 * Pure: no DOM, no Node API; the browser's worker runs it too.
 */
import { dayNumber, parsePartialDate, spanOf } from '../data/civil-date.ts';
import type { EventRecord } from '../data/types.ts';
import { clauseKind, readSentence } from './grammar.ts';
import { HAPPENING_PARTICIPLES, HAPPENING_PAST } from './news.ts';
import { contentWords } from './words.ts';

/** What a signal reads of one draft. */
export interface Passage {
	/** The passage that gives the draft its date (its first citation), verbatim. */
	sentence: string;
	/** The words its date was read from, and where they start in `sentence`; none for news. */
	dateWords?: { text: string; at: number };
	/** The other date words of the same passage (another happening's, or a report's). */
	otherDateWords: readonly string[];
	/** The draft's date. */
	date: EventRecord['date'];
	/** Drafts of the same article before it that are proposed (strong), in text order. */
	earlier: readonly EventRecord[];
	/**
	 * The other drafts of the same clause (the same passage and title) that no other signal sets
	 * apart, with their date words (see 'looser telling'); none where the caller does not weigh a
	 * sentence's drafts together.
	 */
	peers?: readonly { date: EventRecord['date']; dateWords?: { text: string; at: number } }[];
	/**
	 * The drafts of later passages of the same article that no other signal sets apart, with their
	 * passage and date words (see 'looser than a later telling'); none where the caller does not
	 * weigh an article's drafts together.
	 */
	later?: readonly {
		sentence: string;
		date: EventRecord['date'];
		dateWords?: { text: string; at: number };
	}[];
}

/** One reason a draft is weak: a test on its passage and the words a reviewer reads. */
export interface WeakSignal {
	id: string;
	/** Undefined when the signal does not apply; otherwise the reason, in words. */
	test: (passage: Passage) => string | undefined;
}

/** The words before the date words, in the same clause (back to a comma, a semicolon or a dash). */
function clauseBefore(p: Passage): string {
	if (!p.dateWords) return '';
	const before = p.sentence.slice(0, p.dateWords.at);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
	return before.slice(cut + 1);
}

/** The text right after the date words. */
function after(p: Passage): string {
	return p.dateWords ? p.sentence.slice(p.dateWords.at + p.dateWords.text.length) : '';
}

/**
 * What a remark dated at `p.dateWords` says: the words after the date ("… Friday that the plant
 * was safe") or, for an attribution that closes the sentence ("The plant is safe, officials said
 * Friday."), the words before its clause.
 */
function remarkContent(p: Passage): string {
	const rest = after(p).replace(/^[\s,]*(?:that\b|as\b)?\s*/i, '');
	if (/\p{L}{3}/u.test(rest)) return rest;
	const before = p.sentence.slice(0, p.dateWords!.at);
	const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—'));
	return cut > 0 ? before.slice(0, cut) : '';
}

/**
 * Words of a forecast or a plan in the date's clause. Not "will" after "said": a truce that "will
 * begin Wednesday" in Wednesday's paper has begun; the modal alone is the forecaster's. A subject
 * that "expects to" or "plans to" in the present ("The company expects to be at full rates within
 * the coming weeks") tells its plan; in the past ("had planned to") it may tell one that was kept.
 */
const FORECAST =
	/\b(?:(?:is|are|was|were)\s+(?:\p{L}+ly\s+)?(?:expected|forecast|predicted|likely|set|due|scheduled)\s+to|(?:expects?|plans?|aims?|intends?|hopes?)\s+to|will\s+(?:likely\s+)?(?:bring|see|feel|reach|peak|rise|fall|hit|arrive|spread|move))\b/iu;

/**
 * A measure read as it stood: "was 97 degrees", "is forecast at 120F". Not "reached 124F" or "hit
 * a record": a peak is a change, and a record a happening.
 */
const READING =
	/\b(?:was|were|is|are)\s+(?:forecast\s+(?:at|to\s+be)\s+|(?:around|about|near)\s+)?\d+(?:\.\d+)?\s?(?:degrees?|°\s?[CF]?|[CF](?![\p{L}]))/u;

/** Words that end a reaction, not a happening: a comment given or refused. */
const REACTION =
	/\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+(?:to\s+)?(?:comment|respond|elaborate|discuss|say)\b|\b(?:did|does|would)\s+not\s+(?:immediately\s+)?(?:respond|reply|comment|return)\b|\bcould\s+not\s+be\s+(?:immediately\s+)?reached\b|\b(?:was|were)\s+not\s+(?:immediately\s+)?available\s+(?:for|to)\s+comment\b/i;

/**
 * Verbs of saying: a date right after one dates when something was said ("said Tuesday",
 * "insisted on Monday"). Whether the passage is then a happening depends on what was said.
 */
const SAID_BEFORE =
	/\b(?:said|says|say|added|noted|stated|announced)\s+(?:on\s+|late\s+|early\s+)?$/i;
/**
 * Verbs of comment and judgement: a remark to the press or an opinion of what happened ("told
 * reporters Friday", "described Monday as", "insisted on Tuesday", "called it Sunday").
 */
const COMMENT_BEFORE =
	/\b(?:told\s+(?:[^\s,.;:]+\s+){0,3}[^\s,.;:]+|stressed|insisted|argued|acknowledged|conceded|maintained|described(?:\s+it)?|characteri[sz]ed(?:\s+it)?|called\s+it)\s+(?:on\s+|late\s+|early\s+)?$/u;
/** Words of a plan, a forecast or an opinion: what was said has not happened. */
const NOT_YET =
	/\b(?:will|would|could|might|may|should|must|shall|can|plans?\s+to|intends?\s+to|hopes?\s+to|expects?|believes?|thinks?|wants?\s+to|is\s+(?:going|expected|set|likely)\s+to|are\s+(?:going|expected|set|likely)\s+to)\b/i;

/** Irregular past forms and participles of happenings, beside every "-ed" word. */
const IRREGULAR_PAST = new Set(
	[
		...HAPPENING_PAST,
		...'began begun broke broken brought built came caught cut drove driven fell fallen fled fought found froze frozen gave given got hit held hurt kept led left lost made met paid put ran rose risen sank sunk sent set shot shut sold spread stole stolen struck swept took taken threw thrown tore torn won wrote written went gone blew blown dug drew drawn flew flown overthrew overthrown sought slid split stood swore sworn'.split(
			' '
		)
	].map((w) => w.toLowerCase())
);

/** Words ending in "-ed" that are no past verb, and judgements said of a happening. */
const NOT_PAST = new Set(
	'hundred indeed needed concerned pleased worried committed determined prepared interested involved supposed united limited alleged'.split(
		' '
	)
);

/**
 * Whether `text` tells a happening: a verb in the past or the perfect ("withdrew", "has died",
 * "were arrested", "had shut"). Said of a remark's content: "the incident was tough to take",
 * "talks would resume", "the town is calm" tell none (a judgement, a plan, a state).
 */
export function tellsHappening(text: string): boolean {
	// The perfect: "has died", "had shut", "have been arrested"; not "had been hard" (a state).
	for (const m of text.matchAll(/\b(?:has|have|had)\s+(?:not\s+)?(been\s+)?(\p{L}{3,})/giu)) {
		const word = m[2].toLowerCase();
		if (m[1] ? isParticiple(word) : !/^(?:been|a|an|the|no|to|not)$/.test(word)) return true;
	}
	for (const w of text.toLowerCase().match(/\p{L}+/gu) ?? []) if (isParticiple(w)) return true;
	return false;
}

/** A past form or participle: "-ed" (not "hundred", "concerned") or an irregular one. */
function isParticiple(word: string): boolean {
	return (
		(word.length > 4 && word.endsWith('ed') && !NOT_PAST.has(word)) || IRREGULAR_PAST.has(word)
	);
}

/**
 * A state as it stood, not a change: the verb of the date's clause holds over time ("remained",
 * "still were", "continue", "hovered", "were under", "was in"), or tells an activity under way
 * ("were searching"); or "as of" comes before the date. A timeline records when something
 * changed; how things stood on a day is a reading, set apart for the reviewer.
 */
const STATE_BEFORE = /\bas\s+of\s+(?:late\s+|early\s+)?$/i;
const STATIVE =
	/\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|continu(?:e|es|ed|ing)|still|hover(?:s|ed|ing)?|linger(?:s|ed|ing)?|persist(?:s|ed|ing)?|(?:is|are|was|were)\s+(?:still\s+)?(?:in|at|under|without|inside)\b|(?:is|are|was|were)\s+(?!being\b|going\b)\p{L}{3,}ing\b)/iu;

/**
 * Whether what lies between a stative verb and the date holds a happening of its own that the
 * date is nearer to: a finite verb in the past or the perfect, as the tagger reads it ("was under
 * a cloud from the time he took office in 2010", "a trawler that was being monitored on suspicion
 * it was carrying drugs ran aground … on Sunday night"), or a possessor's noun ("are taking a
 * cautious approach to the agency's urgent call late Tuesday"). The date is that happening's, not
 * the state's. A participle alone ("remained closed Tuesday") is still the state's.
 * `from` and `to` are offsets in `sentence`: the stative verb's end and the date's start.
 */
function belongsToLater(sentence: string, from: number, to: number): boolean {
	const between = sentence.slice(from, to);
	if (/\p{L}['’]s\s+(?:\p{L}+\s+){0,2}\p{L}+\s*$/u.test(between)) return true;
	return readSentence(sentence).clauses.some((c) =>
		c.verbs.some(
			(v) =>
				v.start >= from &&
				v.end <= to &&
				v.finite &&
				!v.copula &&
				(v.form === 'past' || v.form === 'perfect')
		)
	);
}

/** Verbs of saying and judging: what an institution "has said" or "has described" is a remark. */
const SAYING_LEMMAS = new Set(
	'say tell state add note describe call label characterize characterise warn claim insist argue'.split(
		' '
	)
);

/**
 * Whether the perfect `verb` of `sentence` is an act, as the tagger reads it: its subject holds
 * an organisation's name ("The USGS has raised the alert level", "The National Weather Service
 * has issued an advisory"), or any subject when the sentence opens the story (`topOfStory`: no
 * dated happening is told before it, and news is written with its news first: "Archaeologists
 * have unearthed a Roman mosaic", "The ministry has stated that …"); its object does not open on
 * a number ("has recorded four cases", "has reported 1,360 deaths" are counts), and, further
 * down, it is no verb of saying ("has described it as"). An agency's act, or what a story opens
 * on, is the news of the day; a count, a remark or a state told in the perfect is not.
 */
function actsInPerfect(sentence: string, verb: string, topOfStory: boolean): boolean {
	const reading = readSentence(sentence);
	const at = sentence.indexOf(verb);
	const clause = reading.clauses.find((c) => c.start <= at && at < c.end);
	const said = clause?.verbs.find((v) => v.start <= at && at < v.end);
	if (!clause) return false;
	const terms = reading.terms.filter((t) => t.start >= clause.start && t.end <= clause.end);
	const object = terms.filter((t) => t.start >= at + verb.length);
	// At the top of the story, a statement is news too ("has stated that …"), and only a number
	// right after the verb makes a count: "have trapped a 4.7-metre crocodile" is an act.
	if (topOfStory) return !object[0]?.tags.has('Value');
	if (clause.relative || !said || SAYING_LEMMAS.has(said.lemma.split(' ')[0])) return false;
	const subject = terms.filter((t) => t.end <= at);
	// The object's first words: a determiner or an adjective may come before its number.
	return (
		subject.some((t) => t.tags.has('Organization')) &&
		!object.slice(0, 3).some((t) => t.tags.has('Value'))
	);
}

/** A quantity word before a number: the number counts things ("more than 30 B.C. ports"). */
const QUANTITY_BEFORE =
	/\b(?:more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|nearly|almost|about|around|some|over|roughly|approximately)\s+$/i;

/** Bullets or bars that separate the headlines of a strip of other stories. */
const STRIP_SEPARATOR = /\s[•|·]\s/g;

/** The words of `text` that are words (letters), for counting a clause's length. */
function words(text: string): string[] {
	return text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
}

/** Whether two drafts' dates are one and the same day. */
function sameDay(a: EventRecord['date'], b: EventRecord['date']): boolean {
	return (
		a.precision === 'day' &&
		b.precision === 'day' &&
		a.end === undefined &&
		b.end === undefined &&
		a.start === b.start
	);
}

/** Days a loose count ("six weeks ago", approximate) may be off the day it retells. */
export const LOOSE_RETELLING_DAYS = 14;

const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Whether `date` may retell the happening an earlier draft dates `earlier`: the same day; the
 * same span ("over the weekend" twice); or a loose count, approximate, within
 * `LOOSE_RETELLING_DAYS` of the earlier day ("declared free on 9 May" … "declared free six weeks
 * ago", which counts to 19 May). Whether it does is then read in its words (`refersBack`).
 */
function mayRetell(earlier: EventRecord['date'], date: EventRecord['date']): boolean {
	if (sameDay(earlier, date)) return true;
	if (
		earlier.precision === date.precision &&
		earlier.start === date.start &&
		earlier.end !== undefined &&
		earlier.end === date.end
	)
		return true;
	return (
		date.approximate === true &&
		!earlier.approximate &&
		earlier.precision === 'day' &&
		date.precision === 'day' &&
		earlier.end === undefined &&
		date.end === undefined &&
		/^\d{4}-\d{2}-\d{2}$/.test(earlier.start) &&
		/^\d{4}-\d{2}-\d{2}$/.test(date.start) &&
		Math.abs(dayOf(earlier.start) - dayOf(date.start)) <= LOOSE_RETELLING_DAYS
	);
}

/**
 * The earlier proposed draft that the passage tells again ('second mention'), if any: one whose
 * date it may retell (`mayRetell`) and to which it refers back in its words (`refersBack`).
 */
export function retold(p: Passage): EventRecord | undefined {
	if (!p.dateWords) return undefined;
	return p.earlier.find((e) => mayRetell(e.date, p.date) && refersBack(p, e));
}

/** Content words of a passage without its date words. */
function ownWords(text: string, dateWords = ''): Set<string> {
	const date = contentWords(dateWords);
	return new Set([...contentWords(text)].filter((w) => !date.has(w)));
}

/** Shared content words (besides the date) that make a passage tell an earlier draft again. */
export const SECOND_MENTION_SHARED = 2;

/** Whether the passage refers back to the earlier draft of its day (see 'second mention'). */
function refersBack(p: Passage, earlier: EventRecord): boolean {
	const at = p.dateWords!;
	const before = p.sentence.slice(0, at.at);
	const following = after(p);
	// A calendar date names the happening: "the Oct. 8 disaster", "March 3's vote". (A weekday
	// so used, "Wednesday's aftershock", as often names a new happening of that day.)
	const naming = /\bthe\s+$/i.test(before) ? /^\s+\p{Ll}+/u : /^['’]s\b/;
	if (/\d/.test(at.text) && naming.test(following)) return true;
	if (/\b(?:similar|same)\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
	// A participle naming those it happened to: "those freed Sunday", "the ships seized on Monday".
	if (/\b(?:those|the\s+\p{L}+)\s+\p{L}{3,}(?:ed|en)\s+(?:on\s+)?$/iu.test(before)) return true;
	if (/\bissued\s+a\s+statement\s+(?:on\s+)?$/i.test(before)) return true;
	const mine = ownWords(p.sentence, at.text);
	const theirs = ownWords(earlier.citations.map((c) => c.quote).join(' '));
	let shared = 0;
	for (const w of mine) if (theirs.has(w)) shared++;
	return shared >= SECOND_MENTION_SHARED;
}

/** The days a draft's date covers, as day numbers; undefined for a date this cannot read. */
function daysOf(date: EventRecord['date']): { first: number; last: number } | undefined {
	const start = parsePartialDate(date.start);
	const end = date.end ? parsePartialDate(date.end) : start;
	if (!start || !end) return undefined;
	const a = spanOf(start).first;
	const b = spanOf(end).last;
	return { first: dayNumber(a.year, a.month, a.day), last: dayNumber(b.year, b.month, b.day) };
}

/**
 * Verbs that tell how news was told, not what happened: two passages that "announced" or
 * "reported" something share the telling, not the happening.
 */
const REPORTING_LEMMAS = new Set([
	...SAYING_LEMMAS,
	...'announce report confirm disclose reveal'.split(' ')
]);

/**
 * The happenings a date tells, as the tagger reads its clause: the finite verb nearest before the
 * date words (else the first after: "…, and on Monday, Dozer was found", a date fronted in a
 * clause of its own dating the clause after it) with those joined to it by "and" ("was found and
 * reunited … this week": find, reunite), as lemmas. None when that verb tells no happening (a
 * plan, a state: "will shutter 142 stores near the end of the year"), and never a verb of saying
 * or reporting ("who was reported missing over the weekend").
 */
export function happeningsAt(sentence: string, at: number): Set<string> {
	const { clauses } = readSentence(sentence);
	let i = clauses.findIndex((c) => c.start <= at && at < c.end);
	if (i < 0) return new Set();
	if (!clauses[i].verbs.some((v) => v.finite) && i + 1 < clauses.length) i += 1;
	const clause = clauses[i];
	if (clauseKind(clause, Math.max(at, clause.start)) !== 'happening') return new Set();
	const finite = clause.verbs.filter((v) => v.finite);
	let k = 0;
	finite.forEach((v, j) => {
		if (v.start < at) k = j;
	});
	const joined = [finite[k]];
	while (k > 0 && /^\s*(?:,\s*)?and\s*$/.test(sentence.slice(finite[k - 1].end, finite[k].start)))
		joined.unshift(finite[--k]);
	return new Set(
		joined
			.filter(
				(v) =>
					!v.copula &&
					(v.form === 'past' || v.form === 'perfect') &&
					!REPORTING_LEMMAS.has(v.lemma.split(' ')[0])
			)
			.map((v) => v.lemma)
	);
}

/** Whether `inner` lies inside `outer` and is shorter: a more exact date of the same time. */
function nests(outer: EventRecord['date'], inner: EventRecord['date']): boolean {
	const o = daysOf(outer);
	const i = daysOf(inner);
	if (!o || !i) return false;
	return o.first <= i.first && i.last <= o.last && i.last - i.first < o.last - o.first;
}

/**
 * The signals, in the order they are tried; the first that applies gives the reason. Each is
 * tested with invented sentences of its kind in `confidence.test.ts`.
 */
export const WEAK_SIGNALS: readonly WeakSignal[] = [
	{
		// "Last updated 2024-03-05 14:02:11": a machine's timestamp is the page's, not a happening.
		id: 'timestamp',
		test: (p) =>
			p.dateWords &&
			/^\d{4}-\d{2}-\d{2}$/.test(p.dateWords.text) &&
			/^[ T]\d{1,2}:\d{2}/.test(after(p))
				? `‘${p.dateWords.text}’ is a timestamp (a date with a clock time), as a page prints when it was updated`
				: undefined
	},
	{
		// "Floods hit the north • Markets open lower Friday • …": other stories' headlines in a row.
		id: 'headline strip',
		test: (p) =>
			(p.sentence.match(STRIP_SEPARATOR) ?? []).length >= 3
				? 'a strip of headlines of other stories, not a sentence of the article'
				: undefined
	},
	{
		// "Agency, March 5, 2021 Print this page": a date line with a few words, not a sentence.
		id: 'date line',
		test: (p) => {
			if (!p.dateWords) return undefined;
			const rest =
				p.sentence.slice(0, p.dateWords.at) +
				' ' +
				p.sentence.slice(p.dateWords.at + p.dateWords.text.length);
			// A full date (with its year): a weekday alone is how prose, not a page's line, dates.
			return /\d{4}/.test(p.dateWords.text) &&
				words(rest).length < 5 &&
				!/[.!?]["'”’)]*\s*$/u.test(p.sentence)
				? `a date line with a few words, not a sentence telling a happening`
				: undefined;
		}
	},
	{
		// "more than 30 B.C. ports": a number after a quantity word counts things.
		id: 'count',
		test: (p) =>
			p.dateWords &&
			/^\d/.test(p.dateWords.text) &&
			QUANTITY_BEFORE.test(p.sentence.slice(0, p.dateWords.at))
				? `‘${p.dateWords.text}’ follows a quantity word: it counts things, it is no year`
				: undefined
	},
	{
		// "declined to comment Wednesday": the date says when a comment was given or refused.
		id: 'reaction',
		test: (p) => {
			const clause = clauseBefore(p) + after(p).split(/[,;.]/)[0];
			return p.dateWords && REACTION.test(clause)
				? `‘${p.dateWords.text}’ dates a comment given or refused, not a happening`
				: undefined;
		}
	},
	{
		// "were in shelters as of late Sunday", "remained at the site Tuesday", "will continue
		// Sunday", "were searching the rubble Monday": how things stood, not a change.
		id: 'state',
		test: (p) => {
			if (!p.dateWords) return undefined;
			if (STATE_BEFORE.test(p.sentence.slice(0, p.dateWords.at)))
				return `‘as of ${p.dateWords.text}’ dates a state as it stood, not a happening`;
			// "hostages held since March", "missing since Friday": a state the noun has been in.
			// Not "had held since": the verb of the clause, dated by its beginning. A few words
			// may come between ("hostages held in the compound since March", "mayors convicted in
			// corruption cases since 2000": a series over the span, no beginning of anything).
			const since =
				/(?<!\b(?:had|has|have|was|were|been|is|are|had\s+been|has\s+been)\s+)\b(?:\p{L}{3,}(?:ed|en)|missing|held|kept)(?:\s+(?!(?:has|have|had|is|are|was|were|that|which|who)\b)\p{Ll}+){0,4}\s+since\s+$/iu.exec(
					p.sentence.slice(0, p.dateWords.at)
				);
			if (since)
				return `‘since ${p.dateWords.text}’ dates a state (“${since[0].trim()}”), not a happening`;
			// The date's own preposition ("was in June 2016 convicted") is no state's.
			// Only the verb nearest the date: "counting was under way after the leader was ousted
			// last year" dates the ouster, not the counting.
			const head = p.sentence.slice(0, p.dateWords.at).replace(/\b(?:in|on|at|by|during)\s+$/i, '');
			const clause = clauseBefore({ ...p, dateWords: { ...p.dateWords, at: head.length } })
				.split(/\b(?:since|after|before|when|while|who|which|that|because|where|until)\b/i)
				.pop()!;
			const verb = STATIVE.exec(clause);
			const stativeEnd = head.length - clause.length + (verb ? verb.index + verb[0].length : 0);
			if (!verb || belongsToLater(p.sentence, stativeEnd, p.dateWords.at)) return undefined;
			return `‘${p.dateWords.text}’ dates a state or an activity under way (“${verb[0]}”), not a happening`;
		}
	},
	{
		// "Sunday is expected to bring the hottest day", "the storm is likely to reach the coast
		// Monday": a forecast, even for the publication's own day, is not yet a happening.
		id: 'forecast',
		test: (p) => {
			if (!p.dateWords) return undefined;
			// After the date, only its own clause: "announced in December 2015 and was expected to
			// close in 2016" dates the announcement, and the plan is the next clause's.
			const clause = clauseBefore(p) + ' ' + after(p).split(/[,;.]|\b(?:and|but)\b/)[0];
			const m = FORECAST.exec(clause);
			return m
				? `‘${p.dateWords.text}’ dates a forecast or a plan (“${m[0]}”), not yet a happening`
				: undefined;
		}
	},
	{
		// "The high in the city Saturday was 97 degrees": a reading as it stood, not a happening.
		id: 'reading',
		test: (p) =>
			p.dateWords && READING.test(p.sentence)
				? `‘${p.dateWords.text}’ dates a reading (a temperature, a level), not a happening`
				: undefined
	},
	{
		// "told reporters Tuesday that the week had been hard", "described Monday as a disaster",
		// "said Tuesday it would appeal": the date is when something was said, and what was said
		// is a comment, a judgement or a plan, not a happening; or the passage dates its happening
		// by another date.
		id: 'remark',
		test: (p) => {
			if (!p.dateWords) return undefined;
			const before = p.sentence.slice(0, p.dateWords.at);
			const comment = COMMENT_BEFORE.test(before);
			if (!comment && !SAID_BEFORE.test(before)) return undefined;
			if (comment && p.otherDateWords.length > 0)
				return `‘${p.dateWords.text}’ dates a remark about it; ‘${p.otherDateWords[0]}’ dates the happening`;
			const said = remarkContent(p);
			// "said on Tuesday it restarted the mine over the weekend": what was said dates itself,
			// and the day of saying is only the report's, as in a closing "…, officials said Tuesday".
			const ownDate = p.otherDateWords.find((w) => said.includes(w));
			if (ownDate && tellsHappening(said.split(ownDate)[0]))
				return `‘${p.dateWords.text}’ dates when it was said; ‘${ownDate}’ dates what was said`;
			if (NOT_YET.test(said) && !tellsHappening(said.split(NOT_YET)[0]))
				return `‘${p.dateWords.text}’ dates when a plan, a forecast or an opinion was said, not a happening`;
			// A state reported by an attribution that closes the sentence ("Crews were still at work,
			// officials said Monday"); what is said after "said Monday that" may be the news itself.
			const closing = !/\p{L}{3}/u.test(after(p));
			if (closing && STATIVE.test(said) && !tellsHappening(said))
				return `‘${p.dateWords.text}’ dates when a state was reported, not a happening`;
			return comment && !tellsHappening(said)
				? `‘${p.dateWords.text}’ dates a remark, and what was said tells no happening`
				: undefined;
		}
	},
	{
		// "The agency has recorded four cases", "The count has lagged behind": the perfect of a verb
		// outside the list of happenings (`news.ts`) is proposed as news dated by the publication
		// so that a happening the list lacks ("has raised the alert level") is not lost, but it is
		// a count, a remark or a state as often as news: set apart for the reviewer. The verb is
		// read from the basis the news draft was given, the only place a draft keeps it.
		id: 'unlisted news verb',
		test: (p) => {
			if (p.dateWords) return undefined;
			const m =
				/^No date word of its own: reported as just happened \(‘((?:has|have)\s+(?:\p{L}+\s+)?(\p{L}+))’\)/iu.exec(
					p.date.basis
				);
			if (!m || (HAPPENING_PARTICIPLES as readonly string[]).includes(m[2].toLowerCase()))
				return undefined;
			if (actsInPerfect(p.sentence, m[1], p.earlier.length === 0)) return undefined;
			return `‘${m[1]}’ tells something done, dated only by the publication, with a verb that is not one of the happenings the pipeline knows: a count, a remark or a state as often as news`;
		}
	},
	{
		// One clause that dates its happening twice, loosely and exactly ("was attacked Sunday
		// morning …, prompting officials to block water access until later in the week"): the
		// looser date spans the exact one of a peer that stands on its own, so the clause is told
		// once, by its exact date. Dates that do not nest stay two drafts; so do a date in the
		// possessive, which names another happening as often as not ("struck today near the
		// epicentre of this week's earthquake"), and dates with an "and" between them, two
		// happenings told in a row ("was seized over the weekend … and put out for bids on Sunday").
		id: 'looser telling',
		test: (p) => {
			const own = p.dateWords;
			if (!own || !p.peers || /^['’]s\b/.test(after(p))) return undefined;
			const exact = p.peers.find((q) => {
				if (!q.dateWords || !nests(p.date, q.date)) return false;
				const [a, b] = q.dateWords.at < own.at ? [q.dateWords, own] : [own, q.dateWords];
				return !/\band\b/i.test(p.sentence.slice(a.at + a.text.length, b.at));
			});
			return exact
				? `‘${own.text}’ spans ‘${exact.dateWords!.text}’, by which the same clause dates its happening more exactly`
				: undefined;
		}
	},
	{
		// A lede that tells its happening loosely, and a later sentence that tells it again on a
		// day inside that span with the same verb ("was found … this week" … "on Monday, Dozer was
		// found"): the story is told once, by its exact day. Not a date in the possessive, which
		// names another happening ("this week's earthquake"); not a later date that is itself
		// loose or approximate.
		id: 'looser than a later telling',
		test: (p) => {
			const own = p.dateWords;
			if (!own || !p.later || /^['’]s\b/.test(after(p))) return undefined;
			// The tagger reads the clauses only where a later day nests in this date: it is the
			// costly part, and most drafts have none.
			const inside = p.later.filter(
				(q) =>
					q.dateWords &&
					q.date.precision === 'day' &&
					q.date.end === undefined &&
					!q.date.approximate &&
					nests(p.date, q.date)
			);
			if (inside.length === 0) return undefined;
			const mine = happeningsAt(p.sentence, own.at);
			if (mine.size === 0) return undefined;
			const exact = inside.find((q) =>
				[...happeningsAt(q.sentence, q.dateWords!.at)].some((l) => mine.has(l))
			);
			return exact
				? `‘${own.text}’ spans ‘${exact.dateWords!.text}’, by which a later passage tells the same happening more exactly`
				: undefined;
		}
	},
	{
		// A second passage dated to the same day as an earlier draft that refers back to it: it
		// names it by its date ("the Oct. 8 disaster", "Monday's vote"), compares to it ("a similar
		// pause"), tells it again in its words, or issues a statement about it. Two happenings of
		// one day in their own words stay two drafts.
		id: 'second mention',
		test: (p) => {
			if (!p.dateWords) return undefined;
			const first = retold(p);
			if (!first) return undefined;
			return sameDay(first.date, p.date) || !p.date.approximate
				? `the same ${sameDay(first.date, p.date) ? 'day' : 'dates'} as “${first.title}”, and it refers back to it`
				: `a loose retelling (‘${p.dateWords.text}’, approximate) of “${first.title}”, dated more exactly before`;
		}
	}
];

/** The reason a draft is weak, with the signal's id; undefined for a draft to propose. */
export function weakReason(passage: Passage): { signal: string; reason: string } | undefined {
	for (const signal of WEAK_SIGNALS) {
		const reason = signal.test(passage);
		if (reason) return { signal: signal.id, reason };
	}
	return undefined;
}

/** A draft set apart from the proposals, and why. */
export interface SetApart {
	draft: EventRecord;
	/** The id of the signal in `WEAK_SIGNALS` that set it apart. */
	signal: string;
	/** Why, in words, for the report and the panel. */
	reason: string;
}

/**
 * The words a draft's date was read from, in its first citation: its derivation's expression,
 * else the ‘…’ its basis opens with. None for a draft of the news (dated by the publication).
 */
export function dateWordsOf(draft: EventRecord): { text: string; at: number } | undefined {
	const text = draft.date.derivation?.expression ?? /^‘([^’]+)’/.exec(draft.date.basis)?.[1];
	const quote = draft.citations[0]?.quote;
	if (!text || quote === undefined) return undefined;
	const at = quote.indexOf(text);
	return at < 0 ? undefined : { text, at };
}

/**
 * Splits one article's drafts, in text order, into those proposed and those set apart.
 * `dateWordsIn(start)` gives every date's words of the passage that starts at `start` in the
 * article (for the signal that needs to know whether another date dates the happening).
 */
export function assessDrafts(
	drafts: readonly EventRecord[],
	dateWordsIn: (start: number) => readonly string[]
): { proposed: EventRecord[]; setApart: SetApart[] } {
	const proposed: EventRecord[] = [];
	const setApart: SetApart[] = [];
	for (const draft of drafts) {
		const citation = draft.citations[0];
		const dateWords = dateWordsOf(draft);
		const weak = weakReason({
			sentence: citation.quote,
			dateWords,
			otherDateWords: dateWordsIn(citation.start).filter((w) => w !== dateWords?.text),
			date: draft.date,
			earlier: proposed
		});
		if (weak) setApart.push({ draft, ...weak });
		else proposed.push(draft);
	}
	return { proposed, setApart };
}
