/**
 * The logic of `npm run add-article`: registers an article as a source of a dataset and proposes
 * one draft event per date found in each of its sentences, each citing its sentence verbatim.
 * Pure (no file system): the CLI (`scripts/add-article.ts`) and the page (`src/lib/authoring/pipeline.worker.ts`) reads the files, calls `addArticle`, checks the
 * result with `checkDatasetFiles` on an overlay of the files it would write, and only then writes.
 *
 * How sentences become events (docs/dataset-format.md, "Drafts"):
 * - The text is split into sentences (`splitSentences`): a line break ends a sentence unless the
 *   line plainly runs on, and so does . ! or ? before a capital, a digit or an opening quote,
 *   except after a month or title abbreviation, an initial or a dotted acronym ("Oct. 7",
 *   "Gen. Smith", "U.S. forces"). When unsure it does not split: a long quote is still verbatim,
 *   a cut one is not the sentence.
 * - The tagger reads the whole text against the publication date; each mention belongs to the
 *   sentence it starts in (a mention never straddles two: their ranges are joined first).
 * - A sentence yields one event per distinct date among its mentions (the first mention of a date
 *   gives the basis and derivation). Several dates in one sentence are usually several facts
 *   ("fought in the 2000s, were held between 2005 and 2007"); dropping a candidate takes a
 *   reviewer a second, finding a missed one takes a careful reading. Mentions without a date
 *   (PRESENT_REF: "now", "currently") yield nothing.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
	dayNumber,
	formatPartialDate,
	fromDayNumber,
	isValidCivilDate,
	parsePartialDate,
	precisionOf,
	spanOf,
	type CivilDate
} from '../data/civil-date.ts';
import { resolveDateExpression } from '../data/resolve-date.ts';
import type {
	DatasetFile,
	DateRecord,
	EventRecord,
	ExtractedFrom,
	SourceRecord,
	TextRange,
	TimelineEvent
} from '../data/types.ts';
import { compareEvents, computeWhen, SOURCE_FILE_NAME } from '../data/event.ts';
import { validateDataset } from '../data/validate.ts';
import { SLUG, slugify } from '../shared/slug.ts';
import { tagDates, type DateMention, type MentionDate } from '../tagger/tagger.ts';
import { findFurniture, inFurniture, isCaptionLine, type Furniture } from './furniture.ts';
import { happeningKinds } from './happenings.ts';
import { inferPublication, type GivenIn } from './published.ts';
import { draftTitle } from './title.ts';
import { countDate, findCountedSteps, newsComesAfter, tellsAnchor } from './counted-from.ts';
import { findNewsVerb, happeningStems, newsTitle, publicationWindow } from './news.ts';
import {
	isReportDate,
	isToll,
	needsDate,
	notAnEvent,
	withinPublication,
	withinPublicationMonth,
	type NotAnEvent
} from './non-events.ts';
import { contentWords, SAME_HAPPENING_SHARE, stem, tellSameHappening, wordShare } from './words.ts';
import { dateWordsOf, weakReason, type SetApart } from './confidence.ts';
import { assessCandidates, type ScorerTable, type WeighedCandidate } from './learned.ts';
import scorerTable from './scorer-table.json' with { type: 'json' };
import {
	actorNames,
	commonNames,
	indexEvents,
	proposeCitation,
	type CitationProposal,
	type IndexedEvent
} from './merge.ts';
import { shorten, splitSentences } from './sentences.ts';
import { firstLine, titleOfLine } from './source-title.ts';

/** Any date: the tagger's mentions are read against it only for their place and their years. */
export const PLACEHOLDER_DATE = '2000';

/** The learned scorer's fitted table (`scorer-table.json`), read by the CLI and the browser's worker alike. */
export const SCORER_TABLE: ScorerTable = scorerTable;

export interface AddArticleOptions {
	/**
	 * The publication date: YYYY, YYYY-MM or YYYY-MM-DD. Optional: without it, it is read from
	 * the article (its Published line, dateline, byline) or inferred (the URL, an Updated line,
	 * the latest date it reports); see `src/lib/drafts/published.ts`.
	 */
	published?: string;
	/**
	 * Where `published` was given, for the words of its basis: `--published` (default) or the
	 * browser's form, whose users never see a command line.
	 */
	givenIn?: GivenIn;
	/** Default: the first non-empty line of the text. */
	title?: string;
	/** Default: "Unknown outlet". */
	outlet?: string;
	/** The source id; default: a slug of the title. */
	id?: string;
	/** The topic of the article's one segment; default: the dataset's first topic. */
	topic?: string;
	url?: string;
	/** When the text was extracted from a saved page: the page's name and hash, kept as provenance. */
	extractedFrom?: ExtractedFrom;
	/** The texts already under the dataset's sourceBase, by file name. */
	sourceTexts: ReadonlyMap<string, string>;
	/**
	 * The dataset was validated already (by `addArticles`, once for a whole run): adding an
	 * article then costs the same however large the dataset.
	 */
	checked?: boolean;
	/**
	 * What matching reads of the dataset, computed once by a caller adding many articles
	 * (`addArticles`): its events indexed, its actors' names, its too common names. With it, the
	 * new events are appended unsorted, for the caller to sort once.
	 */
	prepared?: {
		indexed: readonly IndexedEvent[];
		names: ReadonlyMap<string, string[]>;
		common: ReadonlySet<string>;
	};
	/** The dataset's file name, for problem reports (default "events.json"). */
	datasetFile?: string;
	/**
	 * Drafts set apart as less likely to be events (`confidence.ts`) to propose all the same:
	 * `'all'`, or their ids (as the report lists them). Default: none.
	 */
	promote?: 'all' | readonly string[];
}

/** A sentence of the article and the events proposed from it. */
export interface DatedSentence extends TextRange {
	sentence: string;
	mentions: DateMention[];
	events: EventRecord[];
	/** Its happenings whose date the text does not give: drafts that need a date. */
	needsDate?: NeedsDate[];
	/** Its dated words that are no happening (a plan for later, a statistic), and why. */
	leftOut?: (NotAnEvent & { mention: DateMention })[];
}

/**
 * A happening whose date the text does not give ("a day after the attack" with no date before
 * it, "yesterday" in quoted words): the passage and the date words, for a reviewer to date by
 * hand. Never put in the dataset with a guessed date.
 */
export interface NeedsDate {
	title: string;
	/** The sentence, verbatim at its offsets in the article. */
	citation: { source: string; quote: string; start: number; end: number };
	/** The date words, at their offsets in the article. */
	dateWords: { text: string; start: number; end: number };
	/** Why the date is not known, in words. */
	why: string;
}

export interface AddArticleResult {
	/** A new dataset object; the input and its arrays are left as they were. */
	dataset: DatasetFile;
	source: SourceRecord;
	/** The file name under sourceBase, and whether a file with these very bytes is already there. */
	file: { name: string; alreadyPresent: boolean };
	/** The SHA-256 of the text as UTF-8, hex. */
	sha256: string;
	drafts: EventRecord[];
	/**
	 * Other dated passages, less likely to be events (`confidence.ts`), with why: not in the
	 * dataset unless promoted (`promote`), never dropped from the report.
	 */
	setApart: SetApart[];
	/**
	 * Every candidate before the choice of what to propose, with its features and the learned
	 * scorer's probability (`learned.ts`): what `npm run fit:drafts` learns from.
	 */
	candidates: WeighedCandidate[];
	/** Every sentence with at least one date mention, in text order. */
	sentences: DatedSentence[];
	/** What to print: the source added, the drafts, the reminder to review them. */
	report: string[];
	/** What the reviewer must know: a given date the article contradicts, and the like. */
	warnings: string[];
	/** Happenings whose date the text does not give, in text order: drafts that need a date. */
	needsDate: NeedsDate[];
}

/** Refusal to add an article; `problems` says each reason, in words for the command line. */
export class AddArticleError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('\n'));
		this.name = 'AddArticleError';
	}
}

/** Partial ISO dates as the command line takes them (no signed or expanded years). */
const PUBLISHED = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const SOURCE_TITLE_LENGTH = 200;
/** Source ids made from titles are cut to this many characters, on a word boundary. */
export const SOURCE_ID_LENGTH = 40;
export const DEFAULT_OUTLET = 'Unknown outlet';
export const DRAFT_KIND = 'draft';

// --- The source record -----------------------------------------------------------------------

/** The publication date, or the reason it is not one. */
export function parsePublished(text: string): CivilDate | string {
	if (!PUBLISHED.test(text))
		return `--published must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(text)})`;
	const date = parsePartialDate(text);
	if (!date || !isValidCivilDate(date)) return `--published ${text} is not a date of the calendar`;
	return date;
}

/**
 * Synchronous, so that drafting stays one pure function in Node and in a browser worker alike
 * (Web Crypto's digest is async only); @noble/hashes is audited and small.
 */
function sha256Hex(text: string): string {
	return bytesToHex(sha256(new TextEncoder().encode(text)));
}

/**
 * The file name for a new article: the next number after the dataset's numbered files, then the
 * first 16 hex digits of its SHA-256 ("005_3f1c….txt"), as the project's first sources are named.
 */
function newFileName(
	hash: string,
	dataset: DatasetFile,
	sourceTexts: ReadonlyMap<string, string>
): string {
	const names = [...dataset.sources.map((s) => s.file), ...sourceTexts.keys()];
	const numbers = names.map((name) => /^(\d+)_/.exec(name)?.[1]).filter((n) => n !== undefined);
	const next = numbers.length ? Math.max(...numbers.map(Number)) + 1 : 0;
	return `${String(next).padStart(3, '0')}_${hash.slice(0, 16)}.txt`;
}

// --- Draft events ----------------------------------------------------------------------------

function dateKey(date: MentionDate): string {
	return [
		formatPartialDate(date.start),
		date.end ? formatPartialDate(date.end) : '',
		date.precision,
		date.approximate,
		date.qualifier ?? ''
	].join('|');
}

function sameDate(expression: string, anchor: CivilDate, date: MentionDate): boolean {
	const resolved = resolveDateExpression(expression, anchor);
	if (!resolved) return false;
	return (
		dateKey({
			start: resolved.start,
			end: resolved.end,
			precision: resolved.precision,
			approximate: resolved.approximate,
			qualifier: resolved.qualifier
		}) === dateKey(date)
	);
}

/**
 * The derivation expression as the text spells it. The tagger may put the preposition before
 * the mention in lower case ("in May" for "In May"); the format wants it verbatim, so the
 * text's own spelling is used when the resolver reads the same date from it, and none otherwise.
 */
function verbatimExpression(
	text: string,
	mention: DateMention,
	anchor: CivilDate
): string | undefined {
	const expression = mention.expression;
	if (!expression || !mention.date) return undefined;
	const start = mention.end - expression.length;
	if (start < 0) return undefined;
	const written = text.slice(start, mention.end);
	if (written === expression) return expression;
	if (written.toLowerCase() === expression.toLowerCase() && sameDate(written, anchor, mention.date))
		return written;
	return undefined;
}

function dateRecord(
	mention: DateMention,
	text: string,
	sourceId: string,
	anchor: CivilDate
): DateRecord {
	const date = mention.date!;
	// Key order as in the format's documentation.
	const record: DateRecord = {
		start: formatPartialDate(date.start),
		...(date.end ? { end: formatPartialDate(date.end) } : {}),
		precision: precisionOf(date.start),
		approximate: date.approximate,
		...(date.qualifier ? { qualifier: date.qualifier } : {}),
		basis: mention.reasoning
	};
	const expression = verbatimExpression(text, mention, anchor);
	if (expression) record.derivation = { expression, anchor: { source: sourceId } };
	return record;
}

/**
 * A draft event told by one sentence: the sentence is its summary and its one citation; actors,
 * places and kind are filled in later, and its id once every draft is known.
 */
function sentenceDraft(
	source: { id: string; topic: string },
	range: TextRange,
	sentence: string,
	title: string,
	date: DateRecord
): EventRecord {
	return {
		id: '',
		title,
		summary: sentence.replace(/\s+/g, ' '),
		date,
		topic: source.topic,
		kind: DRAFT_KIND,
		actors: [],
		places: [],
		importance: 1,
		draft: true,
		citations: [{ source: source.id, quote: sentence, start: range.start, end: range.end }]
	};
}

/** Sentence ranges joined wherever a mention would straddle two of them. */
function joinStraddled(sentences: TextRange[], mentions: DateMention[]): TextRange[] {
	const joined: TextRange[] = [];
	for (const sentence of sentences) {
		const last = joined[joined.length - 1];
		if (last && mentions.some((m) => m.start < last.end && m.end > last.end))
			last.end = sentence.end;
		else joined.push({ ...sentence });
	}
	return joined;
}

/** The sentences with a date mention, each with one draft event per distinct date. */
export function draftEvents(
	text: string,
	published: CivilDate,
	source: { id: string; topic: string },
	furniture: readonly Furniture[] = [],
	headlineEnd = 0
): DatedSentence[] {
	// The page's own dates (its Published line, a caption's photo date) are evidence, not events.
	// Tagged with the furniture blanked out (same offsets): a dateline's date is the publication's,
	// never the moment "two days later" counts from.
	const mentions = tagDates(blankOut(text, furniture), published).filter(
		(m) => !inFurniture(furniture, m.start, m.end)
	);
	const sentences = joinStraddled(splitSentences(text), mentions).map((r) =>
		afterOpeningFurniture(text, r, furniture)
	);
	const dated: DatedSentence[] = [];
	let n = 0;
	// The lede: the first sentence of prose after the headline, not all furniture.
	const lede = sentences.find(
		(r) =>
			r.start >= headlineEnd &&
			!isCaptionLine(lineAround(text, r.start)) &&
			!furniture.some((f) => f.start <= r.start && r.end <= f.end) &&
			isProse(text.slice(r.start, r.end))
	);
	const news: DatedSentence[] = [];
	for (const range of sentences) {
		const inside = mentions.filter((m) => m.start >= range.start && m.start < range.end);
		const sentence = text.slice(range.start, range.end);
		const counted = countedFrom(text, range, sentence, inside, dated, published, source);
		if (inside.length === 0 && (counted.events.length > 0 || counted.needing.length > 0)) {
			const events = counted.events.map((e) => ({ ...e, id: `draft-${source.id}-${++n}` }));
			dated.push({
				...range,
				sentence,
				mentions: [],
				events,
				...(counted.needing.length > 0 ? { needsDate: counted.needing } : {})
			});
			continue;
		}
		if (inside.length === 0) {
			// The news itself: a happening reported as just happened, dated by the publication.
			// A dateline before the lede ("BAGHDAD, March 4, 2024 — …") is furniture; the verb may not be.
			const verb = findNewsVerb(sentence, range === lede);
			if (
				verb &&
				// A photo's caption describes the picture; what it restates, the body reports.
				!isCaptionLine(lineAround(text, range.start)) &&
				// A toll as it stands ("at least 33 civilians are dead") is a count, not a happening.
				!isToll(sentence) &&
				!inFurniture(furniture, range.start + verb.at, range.start + verb.at + verb.words.length)
			)
				news.push({
					...range,
					sentence,
					mentions: [],
					events: [
						sentenceDraft(
							source,
							range,
							sentence,
							newsTitle(sentence, verb),
							publicationWindow(published, verb)
						)
					]
				});
			continue;
		}
		const seen = new Set<string>();
		const candidates: Candidate[] = [];
		const undated: NeedsDate[] = [];
		const leftOut: (NotAnEvent & { mention: DateMention })[] = [];
		for (const found of inside) {
			if (!found.date) continue;
			const offset = found.start - range.start;
			const mention = appositiveStep(sentence, found, offset, inside) ?? found;
			const why = needsDate(sentence, mention, offset);
			if (why) {
				undated.push({
					title: draftTitle(sentence, offset),
					citation: { source: source.id, quote: sentence, start: range.start, end: range.end },
					dateWords: { text: mention.text, start: mention.start, end: mention.end },
					why
				});
				continue;
			}
			const not = notAnEvent(sentence, mention, published, offset);
			if (not) {
				leftOut.push({ ...not, mention });
				continue;
			}
			// A reported happening has happened by the publication: "this week" ends on it.
			const since = sinceStart(sentence, mention, offset);
			const bounded =
				since ??
				withinPublication(mention, published) ??
				withinPublicationMonth(mention, published);
			const read: DateMention = bounded
				? {
						...mention,
						date: bounded.date,
						reasoning: `${mention.reasoning}; ${bounded.note}`,
						// The words alone no longer give this date: no derivation to store, except the
						// words after "since", which give the beginning on their own.
						expression:
							since && sameDate(mention.text, published, bounded.date) ? mention.text : undefined
					}
				: mention;
			// Two different days the text names ("said Monday that … came under attack Sunday") are
			// two happenings even where the publication, known only to its month, dates both to it.
			const key = `${dateKey(read.date!)}|${coarsenedDay(mention, read.date!)}`;
			if (seen.has(key)) continue;
			seen.add(key);
			candidates.push({
				mention,
				reportDate: isReportDate(sentence, mention, offset),
				naming: namesAnotherHappening(sentence, mention, offset),
				event: sentenceDraft(
					source,
					range,
					sentence,
					draftTitle(sentence, mention.start - range.start),
					dateRecord(read, text, source.id, published)
				)
			});
		}
		const events: EventRecord[] = [];
		for (const kept of oneDraftPerClause(candidates, leftOut)) {
			kept.id = `draft-${source.id}-${++n}`;
			events.push(kept);
		}
		// The happening a count ties to the sentence's own ("…, nine months after resigning").
		for (const event of counted.events) events.push({ ...event, id: `draft-${source.id}-${++n}` });
		// A happening the sentence dates twice ("a day after the attack", and the attack's day)
		// needs no second, undated draft.
		const needing = events.length > 0 ? [] : [...undated, ...counted.needing];
		dated.push({
			...range,
			sentence,
			mentions: inside,
			events,
			...(needing.length > 0 ? { needsDate: needing } : {}),
			...(leftOut.length > 0 ? { leftOut } : {})
		});
	}
	// A news sentence that tells what a dated one does (the lede restating "said on Tuesday …")
	// is left to the dated draft, which knows the day.
	// Its own words must be mostly in the dated one: a short dated aside ("IS had also attacked
	// the town in October") shares a verb and a noun with any lede about the same place.
	const told = dated.flatMap((d) => d.events.map((e) => contentWords(e.summary)));
	const datedDrafts = dated.flatMap((d) => d.events);
	const fresh = news.filter((s) => {
		const draft = s.events[0];
		if (told.some((words) => wordShare(draft.summary, words) >= SAME_HAPPENING_SHARE)) return false;
		// A lede ("militants attacked a town") and a later sentence that dates the same happening
		// in other words ("said on Tuesday the attack happened overnight"): one draft, two citations.
		const same = sameHappeningInWindow(draft, datedDrafts);
		if (!same) return true;
		// The dated sentence stays the first citation: its words give the date and the title.
		same.citations = [...same.citations, ...draft.citations];
		return false;
	});
	const all = [...dated, ...fresh].sort((a, b) => a.start - b.start);
	// Ids in text order, after the dated drafts' numbers, so adding news drafts renames none.
	for (const s of fresh) s.events[0].id = `draft-${source.id}-${++n}`;
	return mergeRepeats(all);
}

/**
 * The drafts of one sentence, one per happening it tells:
 a date that only says when the
 * sentence was reported ("…, officials said Tuesday.") gives no draft when another date in the
 * sentence dates the happening ("struck at the weekend"). What is left out is said in
 * `leftOut`, for the report.
 */
function oneDraftPerClause(
	candidates: readonly Candidate[],
	leftOut: (NotAnEvent & { mention: DateMention })[]
): EventRecord[] {
	// A date that names another happening ("died of Thursday's blast, police said Friday") does not
	// date the sentence's own: the report's day does (it became known then), and both are kept.
	const happening = candidates.filter((c) => !c.reportDate);
	const own = happening.filter((c) => !c.naming);
	const kept: typeof candidates = own.length > 0 ? happening : candidates;
	for (const c of candidates)
		if (!kept.includes(c))
			leftOut.push({
				reason: 'report date',
				why: `‘${c.mention.text}’ dates when it was reported, and the sentence dates its happening by ‘${happening[0].mention.text}’`,
				mention: c.mention
			});
	// The sentence's own happening first, then those its dates name ("Thursday's blast").
	return candidates
		.filter((c) => kept.includes(c))
		.sort((a, b) => Number(a.naming) - Number(b.naming))
		.map((c) => c.event);
}

const COUNT_WORDS = ['a', 'one', 'two', 'three', 'four', 'five', 'six', 'seven'];
/** A step the tagger reads forward from the date before it: "a day after", "two weeks before". */
const STEP =
	/^(a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(day|days|week|weeks)\s+(after|before)$/i;

/**
 * A step in apposition to the date before it: "on Tuesday, a day after the crash" says that
 * Tuesday is a day after the crash, so the crash was on Monday; the tagger, counting forward from
 * the date last mentioned, reads Wednesday. The step's mention is re-dated to the happening it
 * names (the date before it minus the step, or plus it for "before"), with that reasoning.
 * Undefined for any other mention.
 */
export function appositiveStep(
	sentence: string,
	mention: DateMention,
	offset: number,
	inSentence: readonly DateMention[]
): DateMention | undefined {
	const step = STEP.exec(mention.text.trim());
	if (!step) return undefined;
	const previous = inSentence.find(
		(m) =>
			m !== mention &&
			m.date?.precision === 'day' &&
			!m.date.end &&
			m.start - (mention.start - offset) < offset &&
			/^\s*,\s*$/.test(sentence.slice(m.end - (mention.start - offset), offset))
	);
	// What the step counts from must be named after it ("a day after the crash").
	if (
		!previous ||
		!/^\s+(?:the|a|an|his|her|its|their)\s+\p{L}/u.test(
			sentence.slice(offset + mention.text.length)
		)
	)
		return undefined;
	const n = COUNT_WORDS.includes(step[1].toLowerCase())
		? Math.max(1, COUNT_WORDS.indexOf(step[1].toLowerCase()))
		: Number(step[1]);
	const days = n * (/^week/i.test(step[2]) ? 7 : 1) * (step[3].toLowerCase() === 'after' ? -1 : 1);
	const d = previous.date!.start;
	const day = fromDayNumber(dayNumber(d.year, d.month!, d.day!) + days);
	const date = { year: day.year, month: day.month, day: day.day };
	return {
		...mention,
		date: { start: date, precision: 'day', approximate: false },
		expression: undefined,
		reasoning: `‘${mention.text.trim()}’ in apposition to ‘${previous.text}’ (${formatPartialDate(d)}): ${previous.text} is ${mention.text.trim()} what it names → ${formatPartialDate(date)}`
	};
}

/**
 * The drafts a counted step of `sentence` gives ("nine months after resigning", "three weeks
 * after a mix-up led to …"; `counted-from.ts` says how), and the steps nothing dates. A step the
 * tagger read already ("a day after the attack" after a dated sentence) is left to it.
 */
function countedFrom(
	text: string,
	range: TextRange,
	sentence: string,
	inside: readonly DateMention[],
	earlier: readonly DatedSentence[],
	published: CivilDate,
	source: { id: string; topic: string }
): { events: EventRecord[]; needing: NeedsDate[] } {
	const events: EventRecord[] = [];
	const needing: NeedsDate[] = [];
	for (const step of findCountedSteps(sentence)) {
		const at = range.start + step.start;
		const until = range.start + step.end;
		if (inside.some((m) => m.start < until && at < m.end)) continue;
		const anchorWords = step.anchor.text.split(/\s+/).slice(0, 6).join(' ');
		const counted = `${step.count} ${step.unit}${step.count === 1 ? '' : 's'}`;
		let date: ReturnType<typeof countDate> | undefined;
		let reasoning = '';
		let titleAt = step.anchor.start;
		// The sentence's own happening, dated in it: the nearest other date of the sentence.
		const own = inside
			.filter((m) => m.date && !m.date.end && !m.unanchored && !m.date.qualifier)
			.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
		if (own) {
			date = countDate(own.date!.start, step.count, step.unit, step.sign === 1 ? -1 : 1);
			reasoning = `‘${step.text} ${anchorWords}’: the sentence's own happening is dated ‘${own.text}’ (${formatPartialDate(own.date!.start)}), so what it counts from is ${counted} ${step.sign === 1 ? 'before' : 'after'} it`;
		} else if (newsComesAfter(sentence, step)) {
			date = countDate(published, step.count, step.unit, step.sign === 1 ? -1 : 1);
			reasoning = `‘${step.text} ${anchorWords}’: the sentence ties the news it reports (published ${formatPartialDate(published)}) to it, ${counted} ${step.sign === 1 ? 'before' : 'after'}`;
		} else {
			// The anchor told and dated by an earlier sentence: the sentence's own happening is counted from it.
			const told = earlier
				.slice(-3)
				.reverse()
				.find(
					(d) =>
						tellsAnchor(step.anchor.text, d.sentence) &&
						d.mentions.some((m) => m.date && !m.date.end && !m.unanchored)
				);
			const from = told?.mentions.find((m) => m.date && !m.date.end && !m.unanchored);
			if (told && from) {
				date = countDate(from.date!.start, step.count, step.unit, step.sign);
				reasoning = `‘${step.text}’ counts from ‘${anchorWords}’, which an earlier sentence dates ‘${from.text}’ (${formatPartialDate(from.date!.start)})`;
				titleAt = 0;
			}
		}
		if (!date) {
			needing.push({
				title: draftTitle(sentence, step.start),
				citation: { source: source.id, quote: sentence, start: range.start, end: range.end },
				dateWords: { text: step.text, start: at, end: until },
				why: `‘${step.text} ${anchorWords}’ counts from a happening the article dates nowhere, and the sentence gives its own no date`
			});
			continue;
		}
		const mention: DateMention = {
			start: at,
			end: until,
			text: step.text,
			value: formatPartialDate(date.start),
			precision: date.precision,
			approximate: date.approximate,
			relative: true,
			date: { ...date },
			reasoning: `${reasoning} → ${formatPartialDate(date.start)}${date.end ? `–${formatPartialDate(date.end)}` : ''}${date.approximate ? ', approximately' : ''}`
		};
		events.push(
			sentenceDraft(
				source,
				range,
				sentence,
				draftTitle(sentence, titleAt),
				dateRecord(mention, text, source.id, published)
			)
		);
	}
	return { events, needing };
}

/** A dated draft of one sentence, before the sentence's drafts are settled. */
interface Candidate {
	event: EventRecord;
	mention: DateMention;
	/** The date only says when the sentence was reported ("…, officials said Tuesday."). */
	reportDate: boolean;
	/** The date names another happening ("Thursday's explosion", "the Oct. 8 quake"). */
	naming: boolean;
}

/**
 * Whether the date words at `offset` name a happening as a noun's modifier rather than date the
 * clause's verb: a possessive ("Thursday's explosion") or "the" + date + noun ("the Thursday
 * explosion", "the Oct. 8 quake"). Such a date belongs to the noun; the sentence's own verb
 * ("A second man has died as a result of …") is dated otherwise.
 */
export function namesAnotherHappening(
	sentence: string,
	mention: Pick<DateMention, 'text'>,
	offset: number
): boolean {
	const words = mention.text.trim();
	const after = sentence.slice(offset + mention.text.length);
	// The clause's subject ("The Thursday explosion killed two") is the happening its verb tells.
	const lead =
		sentence
			.slice(0, offset)
			.split(/[,;:—–]/)
			.pop() ?? '';
	if (/^\s*(?:the\s*)?$/i.test(lead)) return false;
	if (/['’]s$/u.test(words) || /^['’]s\b/u.test(after)) return true;
	return (
		/\bthe\s+$/i.test(sentence.slice(0, offset)) &&
		/^\s+(?:morning\s+|night\s+)?\p{Ll}{3,}/u.test(after)
	);
}

/**
 * The day a weekday names when the draft's date is coarser than the words (a publication known
 * only to its month dates "Monday" and "Sunday" alike to that month): the words, so that two days
 * stay two drafts. Empty when the date is as fine as the words.
 */
function coarsenedDay(mention: DateMention, date: MentionDate): string {
	if (date.precision === 'day') return '';
	const day = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.exec(mention.text);
	return day ? day[1].toLowerCase() : '';
}

/**
 * "since August": what began then still holds at the publication ("has been on trial since
 * August"). The draft is the beginning, dated by the words after "since", not a span that ends
 * on the day the article happened to be written.
 */
function sinceStart(
	sentence: string,
	mention: DateMention,
	offset: number
): { date: MentionDate; note: string } | undefined {
	const date = mention.date;
	if (!date?.end || !/\bsince\s+$/i.test(sentence.slice(0, offset))) return undefined;
	if (date.precision === 'day' && date.approximate) return undefined;
	return {
		date: { ...date, end: undefined },
		note: `‘since’: it began then and still held at the publication → the draft dates its beginning`
	};
}

/**
 * The one dated draft that tells the happening of a news draft (dated by the publication's week)
 * in other words: its day lies in that week, and its sentence names a happening verb of the news
 * sentence ("attacked" and "the attack"). None when no draft or several do: a dated aside from
 * months before ("had also attacked the town in October") is outside the week, and two
 * candidates are left for the reviewer to tell apart.
 */
function sameHappeningInWindow(
	news: EventRecord,
	dated: readonly EventRecord[]
): EventRecord | undefined {
	const stems = happeningStems(news.summary);
	if (stems.size === 0) return undefined;
	// A publication known only to the month dates the news to that month: a draft of that month
	// (a weekday the month-only publication dates to it) may tell the same happening.
	if (!news.date.end) {
		const month = dated.filter(
			(d) =>
				d.date.start === news.date.start &&
				d.date.precision === news.date.precision &&
				[...contentWords(d.summary)].some((w) => stems.has(stem(w)))
		);
		// Two drafts of one sentence (a report and what it reports) are one candidate passage.
		return new Set(month.map((d) => d.citations[0].start)).size === 1 ? month[0] : undefined;
	}
	const from = news.date.start;
	const to = news.date.end;
	const matching = dated.filter(
		(d) =>
			d.date.precision === 'day' &&
			d.date.start >= from &&
			(d.date.end ?? d.date.start) <= to &&
			[...contentWords(d.summary)].some((w) => stems.has(stem(w))) &&
			// A passage the confidence sets apart (a state, a remark) is no candidate for the news.
			!weakReason({
				sentence: d.citations[0].quote,
				dateWords: dateWordsOf(d),
				otherDateWords: [],
				date: d.date,
				earlier: []
			})
	);
	return matching.length === 1 ? matching[0] : undefined;
}

/**
 * `range` without the furniture it opens with ("date 2024-03-17 Peshawar: Seven soldiers were
 * killed …", a metadata line glued to the lede): the page's date is no part of what a draft cites.
 */
function afterOpeningFurniture(
	text: string,
	range: TextRange,
	furniture: readonly Furniture[]
): TextRange {
	let start = range.start;
	for (let f = furniture.find((f) => f.start <= start && start < f.end && f.end < range.end); f;) {
		start = f.end;
		while (start < range.end && /\s/.test(text[start])) start++;
		f = furniture.find((g) => g.start <= start && start < g.end && g.end < range.end);
	}
	return { start, end: range.end };
}

/** The line of `text` that holds offset `at`. */
function lineAround(text: string, at: number): string {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	const end = text.indexOf('\n', at);
	return text.slice(start, end < 0 ? text.length : end);
}

/** `text` with each piece of furniture replaced by as many spaces: every offset stays. */
function blankOut(text: string, furniture: readonly Furniture[]): string {
	let out = text;
	for (const f of furniture)
		out = out.slice(0, f.start) + ' '.repeat(f.end - f.start) + out.slice(f.end);
	return out;
}

/** A sentence of prose: eight words or more, ending as a sentence ends. */
function isProse(sentence: string): boolean {
	return (sentence.match(/\p{L}+/gu) ?? []).length >= 8 && /[.!]["'”’)]*$/u.test(sentence);
}

/**
 * One happening, one draft:
 * - a later draft of the same date whose sentence tells what an earlier one's does (a caption or
 *   a summary restating the body) becomes a second citation of it;
 * - a later draft that names the same kind of happening as one earlier draft (`happeningKinds`:
 *   "the landmark vote on Monday", "polls closed on Monday evening"), on the same day or inside
 *   each other's dates ("ousted last year", "his ouster last November"), joins it; the finer date
 *   and its sentence lead. Only when exactly one earlier draft does: two are left for the
 *   reviewer to tell apart. Drafts of the news, dated by the publication's week, are joined by
 *   `sameHappeningInWindow`, not here.
 */
function mergeRepeats(sentences: DatedSentence[]): DatedSentence[] {
	const kept: EventRecord[] = [];
	const dated = new Set<EventRecord>();
	return sentences.map((sentence) => ({
		...sentence,
		events: sentence.events.filter((event) => {
			// A passage the confidence will set apart (a remark, a state) is not joined to a draft
			// as its citation: it stays its own, to be listed apart with why.
			if (isWeakAlone(event, sentence)) {
				kept.push(event);
				return true;
			}
			const same = kept.find(
				(k) =>
					dateKeyOf(k.date) === dateKeyOf(event.date) &&
					k.citations.every((c) => c.start !== event.citations[0].start) &&
					tellSameHappening(k.summary, event.summary)
			);
			if (same) {
				same.citations.push(...event.citations);
				return false;
			}
			const named =
				sentence.mentions.length > 0 ? sameNamedHappening(event, kept, dated) : undefined;
			if (named) {
				joinNamed(named, event);
				return false;
			}
			kept.push(event);
			if (sentence.mentions.length > 0) dated.add(event);
			return true;
		})
	}));
}

/**
 * Whether the confidence sets `draft` apart on its own passage (`confidence.ts`), before it is
 * weighed against the article's other drafts: the other dates of its sentence that date something
 * are known; the earlier drafts are not.
 */
function isWeakAlone(
	draft: EventRecord,
	sentence: Pick<DatedSentence, 'sentence' | 'start' | 'mentions'>
): boolean {
	const dateWords = dateWordsOf(draft);
	return (
		weakReason({
			sentence: draft.citations[0].quote,
			dateWords,
			otherDateWords: datingWords(sentence).filter((w) => w !== dateWords?.text),
			date: draft.date,
			earlier: []
		}) !== undefined
	);
}

/** The date words of a sentence that date something: not a date naming another happening, nor "now". */
function datingWords(sentence: Pick<DatedSentence, 'sentence' | 'start' | 'mentions'>): string[] {
	return sentence.mentions
		.filter((m) => m.date && !namesAnotherHappening(sentence.sentence, m, m.start - sentence.start))
		.map((m) => m.text);
}

/** The days a draft's date covers, as day numbers. */
function daysOf(date: DateRecord): [number, number] {
	const first = spanOf(parsePartialDate(date.start)!).first;
	const last = spanOf(parsePartialDate(date.end ?? date.start)!).last;
	return [
		dayNumber(first.year, first.month, first.day),
		dayNumber(last.year, last.month, last.day)
	];
}

/** Words that tell a second happening of a kind the article has told already. */
const ANOTHER = /\b(?:another|second|third|separate|separately|elsewhere|a new)\b/i;

/** The one earlier dated draft that names the same kind of happening on overlapping days. */
function sameNamedHappening(
	event: EventRecord,
	kept: readonly EventRecord[],
	dated: ReadonlySet<EventRecord>
): EventRecord | undefined {
	const kinds = happeningKinds(event.citations[0].quote);
	// "A second storm", "another blast", "elsewhere": the sentence tells a happening of its own.
	if (kinds.size === 0 || ANOTHER.test(event.citations[0].quote)) return undefined;
	const [a0, a1] = daysOf(event.date);
	const matching = kept.filter((k) => {
		if (!dated.has(k) || k.citations.some((c) => c.start === event.citations[0].start))
			return false;
		const [b0, b1] = daysOf(k.date);
		const nested = (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
		return (
			nested && k.citations.some((c) => [...happeningKinds(c.quote)].some((h) => kinds.has(h)))
		);
	});
	return matching.length === 1 ? matching[0] : undefined;
}

/** `event` joined to `into`: the finer date, with its sentence's title and citation, leads. */
function joinNamed(into: EventRecord, event: EventRecord): void {
	const [a0, a1] = daysOf(event.date);
	const [b0, b1] = daysOf(into.date);
	if (a1 - a0 < b1 - b0) {
		into.date = event.date;
		into.title = event.title;
		into.summary = event.summary;
		into.citations = [...event.citations, ...into.citations];
	} else into.citations.push(...event.citations);
}

function dateKeyOf(date: DateRecord): string {
	return [date.start, date.end ?? '', date.precision, date.approximate, date.qualifier ?? ''].join(
		'|'
	);
}

/** Existing events and drafts in canonical order (`compareEvents`). */
export function inCanonicalOrder(events: EventRecord[]): EventRecord[] {
	const timed = events.map((event) => {
		const start = parsePartialDate(event.date.start)!;
		const end = event.date.end ? parsePartialDate(event.date.end)! : undefined;
		const when = computeWhen(start, end, event.date.approximate, event.date.qualifier);
		return { ...event, when } as TimelineEvent;
	});
	const byId = new Map(events.map((event) => [event.id, event]));
	return timed.sort(compareEvents).map((event) => byId.get(event.id)!);
}

// --- Describing dates for the report ---------------------------------------------------------

export function describeDate(date: DateRecord): string {
	const span = date.end ? `${date.start} → ${date.end}` : date.start;
	const flags = [date.precision, date.approximate ? 'approximate' : '', date.qualifier ?? '']
		.filter(Boolean)
		.join(', ');
	return `${span} (${flags})`;
}

// --- The whole step --------------------------------------------------------------------------

/**
 * Adds `text` (the article, decoded as UTF-8 with any byte-order mark kept, as `check:data`
 * reads it) to `dataset`: a source record, a file name for it, and draft events.
 * @throws AddArticleError listing every reason it cannot (bad options, an unknown topic, the
 *   article already in the dataset, a dataset with problems of its own).
 */
export function addArticle(
	dataset: DatasetFile,
	text: string,
	options: AddArticleOptions
): AddArticleResult {
	const { sourceTexts } = options;
	const datasetFile = options.datasetFile ?? 'events.json';
	const problems: string[] = [];

	const before = options.checked
		? { problems: [] }
		: validateDataset(dataset, { file: datasetFile, sourceTexts });
	if (before.problems.length > 0)
		throw new AddArticleError([
			`${datasetFile} has problems of its own; fix them first (npm run check:data):`,
			...before.problems.map((p) =>
				`  ${p.item ? `(${p.item}) ` : ''}${p.path}: ${p.message}`.trimEnd()
			)
		]);

	if (text.trim() === '') problems.push('the article is empty');
	const given = options.published === undefined ? undefined : parsePublished(options.published);
	if (typeof given === 'string') problems.push(given);
	// One tagging for the furniture and the publication date: only places and written years count.
	const placed = tagDates(text, PLACEHOLDER_DATE);
	const furniture = findFurniture(text, placed);
	const publication =
		typeof given === 'string'
			? undefined
			: inferPublication(text, furniture, placed, {
					given,
					givenAs: options.published,
					givenIn: options.givenIn,
					url: options.url
				});
	if (typeof given !== 'string' && !publication)
		problems.push(
			'the article states no publication date (no Published or Posted line, dateline or dated byline), ' +
				'its URL carries none and it reports no full date; give one with --published'
		);

	const topicIds = dataset.topics.map((t) => t.id);
	const topic = options.topic ?? topicIds[0];
	if (topic === undefined) problems.push(`${datasetFile} has no topics to file the article under`);
	else if (!topicIds.includes(topic))
		problems.push(
			`unknown topic ${JSON.stringify(topic)}; the dataset's topics are: ${topicIds.join(', ')}`
		);

	const title =
		options.title?.trim() || (titleOfLine(firstLine(text, furniture, options.outlet)) ?? '');
	const outlet = options.outlet?.trim() || DEFAULT_OUTLET;
	if (options.title !== undefined && options.title.trim() === '')
		problems.push('--title must not be empty');
	if (options.outlet !== undefined && options.outlet.trim() === '')
		problems.push('--outlet must not be empty');

	const sourceIds = new Set(dataset.sources.map((s) => s.id));
	let id: string;
	if (options.id !== undefined) {
		id = options.id;
		if (!SLUG.test(id))
			problems.push(
				`--id must be a kebab-case slug such as "reuters-2024-10" (got ${JSON.stringify(id)})`
			);
		else if (sourceIds.has(id))
			problems.push(`a source with id ${JSON.stringify(id)} exists already`);
	} else {
		const base = slugify(title, SOURCE_ID_LENGTH);
		id = base;
		for (let k = 2; sourceIds.has(id); k++) id = `${base}-${k}`;
		if (!base) problems.push('cannot make an id from the title; give one with --id');
	}

	if (options.url !== undefined && !/^https?:\/\/\S+$/i.test(options.url))
		problems.push(`--url must be an http or https address (got ${JSON.stringify(options.url)})`);

	// The same article again: refused, naming the source it already is.
	const hash = sha256Hex(text);
	const registered = dataset.sources.find((s) => sourceTexts.get(s.file) === text);
	if (registered)
		problems.push(
			`this article is already in the dataset as source ${JSON.stringify(registered.id)} (${registered.file}); nothing added`
		);

	if (problems.length > 0 || !publication || topic === undefined)
		throw new AddArticleError(problems);
	const published = publication.date;

	// A file with these bytes left by an interrupted run is reused; otherwise a new name.
	const registeredFiles = new Set(dataset.sources.map((s) => s.file));
	const leftOver = [...sourceTexts].find(
		([name, existing]) =>
			existing === text && SOURCE_FILE_NAME.test(name) && !registeredFiles.has(name)
	)?.[0];
	const fileName = leftOver ?? newFileName(hash, dataset, sourceTexts);
	if (!leftOver && (sourceTexts.has(fileName) || registeredFiles.has(fileName)))
		throw new AddArticleError([
			`${fileName} exists already with other content; it is not overwritten`
		]);

	const publishedText = formatPartialDate(published);
	const source: SourceRecord = {
		id,
		file: fileName,
		title: shorten(title, SOURCE_TITLE_LENGTH),
		outlet,
		...(options.url !== undefined ? { url: options.url } : {}),
		// The text cited is this text: the reader and check:data verify it.
		sha256: hash,
		...(options.extractedFrom ? { extractedFrom: options.extractedFrom } : {}),
		published: {
			date: publishedText,
			precision: precisionOf(published),
			basis: publication.basis,
			confidence: publication.confidence,
			...(publication.evidence.length > 0 ? { evidence: publication.evidence } : {})
		},
		segments: [{ start: 0, end: text.length, topic }]
	};

	// A first line of several sentences is the lede's paragraph, not a headline; so is one that
	// ends on a full stop (headlines do not), such as a wire story that opens on its lede.
	const firstOfText = firstLine(text, furniture, options.outlet);
	const headline =
		firstOfText !== undefined &&
		splitSentences(firstOfText).length === 1 &&
		!/\.["'”’)]*$/u.test(firstOfText)
			? firstOfText
			: undefined;
	const headlineAt = headline === undefined ? -1 : text.indexOf(headline);
	const sentences = draftEvents(
		text,
		published,
		{ id, topic },
		furniture,
		headlineAt < 0 ? 0 : headlineAt + headline!.length
	);
	// Merge, don't repeat: a draft of a happening the dataset has is a proposed citation of it.
	const indexed = options.prepared?.indexed ?? indexEvents(dataset.events);
	const names = options.prepared?.names ?? actorNames(dataset.actors);
	const common = options.prepared?.common ?? commonNames(dataset.events);
	const proposals = new Map<string, CitationProposal>();
	for (const sentence of sentences)
		sentence.events = sentence.events.map((draft) => {
			const proposal = proposeCitation(draft, indexed, names, { common });
			if (!proposal) return draft;
			proposals.set(draft.id, proposal);
			// Key order as in the format's documentation: the proposal beside "draft".
			const { citations, ...fields } = draft;
			return { ...fields, citationOf: proposal.event.id, citations };
		});
	// A confidence per draft: the weak ones are listed apart, unless the user promoted them.
	// Rules or the learned scorer, as the fitted table says (`learned.ts`, `npm run fit:drafts`).
	const assessed = assessCandidates(
		sentences.flatMap((s) => s.events),
		(start) => {
			const at = sentences.find((s) => s.start <= start && start < s.end);
			return at ? datingWords(at) : [];
		},
		{ textLength: text.length, published: publishedText, table: SCORER_TABLE }
	);
	const promote = options.promote ?? [];
	const promoted = new Set(
		assessed.setApart
			.filter((s) => promote === 'all' || promote.includes(s.draft.id))
			.map((s) => s.draft)
	);
	const unknown =
		promote === 'all'
			? []
			: promote.filter((p) => !assessed.setApart.some((s) => s.draft.id === p));
	if (unknown.length > 0)
		throw new AddArticleError([
			`no draft set apart has the id ${unknown.map((u) => JSON.stringify(u)).join(', ')}; the ids to promote are listed under "other dated passages" in the report`
		]);
	const proposedDrafts = new Set(assessed.proposed);
	for (const s of sentences)
		s.events = s.events.filter((e) => proposedDrafts.has(e) || promoted.has(e));
	const setApart = assessed.setApart.filter((s) => !promoted.has(s.draft));
	const drafts = sentences.flatMap((s) => s.events);
	const needing = sentences.flatMap((s) => s.needsDate ?? []);
	const eventIds = new Set(dataset.events.map((e) => e.id));
	const clashing = drafts.filter((d) => eventIds.has(d.id)).map((d) => d.id);
	if (clashing.length > 0)
		throw new AddArticleError([
			`event ids exist already: ${clashing.join(', ')}; give another --id`
		]);

	const result: DatasetFile = {
		...dataset,
		sources: [...dataset.sources, source],
		events: options.prepared
			? [...dataset.events, ...drafts]
			: inCanonicalOrder([...dataset.events, ...drafts])
	};
	return {
		dataset: result,
		source,
		file: { name: fileName, alreadyPresent: leftOver !== undefined },
		sha256: hash,
		drafts,
		setApart,
		sentences,
		report: reportLines(source, sentences, hash, publication.warnings, proposals, setApart),
		warnings: publication.warnings,
		needsDate: needing,
		candidates: assessed.candidates
	};
}

function reportLines(
	source: SourceRecord,
	sentences: DatedSentence[],
	hash: string,
	warnings: string[],
	proposals: ReadonlyMap<string, CitationProposal>,
	setApart: readonly SetApart[]
): string[] {
	const drafts = sentences.flatMap((s) => s.events);
	const lines = [
		`Source "${source.id}": ${source.file}, "${source.title}" (${source.outlet}), published ${source.published.date}, topic ${source.segments[0].topic}.`,
		`  Publication date: ${source.published.basis}`,
		...warnings.map((w) => `⚠ ${w}`),
		...(source.extractedFrom
			? [
					`  Text extracted from ${source.extractedFrom.file} (sha256 ${source.extractedFrom.sha256}) with ${source.extractedFrom.extractor}; the extracted text is the source cited.`
				]
			: []),
		`sha256 ${hash}  ${source.file}`,
		'',
		`${drafts.length} draft event${drafts.length === 1 ? '' : 's'}:`
	];
	for (const draft of drafts) {
		lines.push(`  ${draft.id}  ${describeDate(draft.date)}`, `    “${draft.summary}”`);
		// A happening the article tells twice is one draft: the reviewer sees every passage.
		for (const c of draft.citations.slice(1)) lines.push(`    and “${c.quote}”`);
		const proposal = proposals.get(draft.id);
		if (proposal) {
			const { event, sharper, reason } = proposal;
			const why = [
				...reason.actors.map((a) => `actor ${a}`),
				...reason.places.map((p) => `place ${p}`),
				reason.words.length
					? `words ${reason.words.slice(0, 6).join(', ')}${reason.words.length > 6 ? ', …' : ''}`
					: ''
			].filter(Boolean);
			lines.push(
				`    → already in the dataset: proposed as a new citation of ${event.id} “${event.title}”, ${describeDate(event.date)} (shares ${why.join('; ')})`
			);
			if (sharper)
				lines.push(
					`    → and as its sharper date: ${event.date.precision} → ${draft.date.precision}, ${draft.date.start}${draft.date.end ? ` → ${draft.date.end}` : ''} (${draft.date.basis})`
				);
		}
	}
	if (setApart.length > 0) {
		lines.push(
			'',
			`${setApart.length} other dated passage${setApart.length === 1 ? '' : 's'}, less likely to be ${setApart.length === 1 ? 'an event' : 'events'} (not added; to add one, run this article with --promote <id>, or --promote all, when you add it: review with --dry-run first):`
		);
		for (const { draft, reason } of setApart)
			lines.push(
				`  ${draft.id}  ${describeDate(draft.date)}  — ${reason}`,
				`    “${draft.summary}”`
			);
	}
	const undated = sentences
		.flatMap((s) => s.mentions)
		.filter((m) => !m.date)
		.map((m) => `‘${m.text}’ (${m.value})`);
	if (undated.length > 0) lines.push('', `No date, no event: ${undated.join(', ')}.`);
	const needing = sentences.flatMap((s) => s.needsDate ?? []);
	if (needing.length > 0) {
		lines.push(
			'',
			`${needing.length} happening${needing.length === 1 ? '' : 's'} that need${needing.length === 1 ? 's' : ''} a date (not added: the text does not give it; add ${needing.length === 1 ? 'it' : 'them'} by hand with the date you find):`
		);
		for (const n of needing)
			lines.push(`  ${n.why}`, `    “${n.citation.quote.replace(/\s+/g, ' ')}”`);
	}
	const leftOut = sentences.flatMap((s) => s.leftOut ?? []);
	if (leftOut.length > 0)
		lines.push(
			'',
			`Not drafted, as no happening: ${leftOut.map((l) => `${l.why} (${l.reason})`).join('; ')}.`
		);
	lines.push(
		'',
		'These are drafts: check:data refuses them until each is reviewed. Accept one (remove',
		'"draft"), edit it (title, kind, actors, places, importance) or delete it; meanwhile',
		'npm run check:data -- --allow-drafts accepts them. A draft with "citationOf" is accepted',
		'by adding its citations (and its sharper date, if proposed) to that event and deleting it:',
		'the reader in the app does it with "Add as citation".'
	);
	return lines;
}
