/**
 * Scoring drafts against hand annotations: the measure behind `npm run eval:drafts`
 * (`tests/heldout/README.md` describes the annotations). Pure: no file system, no clock, so the
 * browser can run it too and tests can drive it with invented text.
 *
 * How a draft is judged, in this order (the first rule that applies wins):
 * 1. **furniture**: the words its date was read from lie in a boilerplate date of the page (a
 *    dateline, a "Published" line, a caption's photo date, page code). Wrong, and counted apart.
 * 2. **right**: its date span overlaps an annotated event's span AND its text meets one of the
 *    event's quotes (a cited range overlaps where the quote is in the article, or the cited text
 *    holds at least half of the quote's content words). Each annotated event is found by one
 *    draft only; a second draft meeting the same event is a **duplicate** (wrong: one happening,
 *    one draft).
 * 3. **wrong date**: it cites the very passage of an annotated event's quote, but the dates do not
 *    overlap. The event is not found by it. (Shared words alone with another date are another
 *    happening, and fall through.)
 * 4. **furniture** again, for a draft that does not say where its date came from: a cited range
 *    overlaps a boilerplate date.
 * 5. **optional**: its text meets an event the annotator left optional: neither right nor wrong,
 *    and out of the precision's count.
 * 6. **publication-dated**: its text meets a happening the article dates only by its publication,
 *    and its span reaches the week that ends on the expected publication date: right.
 * 7. **repeat**: it is the same happening as an event already in the dataset (overlapping dates,
 *    half the words): wrong, unless it is proposed as a citation of that event (`citationOf`).
 * 8. otherwise **wrong**.
 *
 * A found event's date is right when its start, end and precision are those of the annotation
 * (the precision the text supports: a day given where the text gives a month is wrong).
 */
import {
	dayNumber,
	parsePartialDate,
	PRECISIONS,
	spanOf,
	type Precision
} from '../data/civil-date.ts';
import { contentWords, wordShare } from './words.ts';

// --- Annotations -----------------------------------------------------------------------------

/** A date as an annotation gives it: a partial ISO date, an optional inclusive end. */
export interface AnnotatedDate {
	start: string;
	end?: string;
	precision: Precision;
	approximate?: boolean;
}

/** A dated event a journalist would put on the timeline. */
export interface AnnotatedEvent {
	id: string;
	title: string;
	date: AnnotatedDate;
	/** How the text dates it, in words. */
	datedBy: string;
	dateWords?: string;
	/** Verbatim passages of the article, any of which supports it. */
	quotes: string[];
}

/** A happening the article dates only by its own publication. */
export interface PublicationDatedEvent {
	id: string;
	title: string;
	quotes: string[];
}

/** One held-out article's annotation (`tests/heldout/annotations/<id>.json`). */
export interface Annotation {
	id: string;
	file: string;
	url: string;
	outlet: string;
	published: {
		/** Whether the body states the publication date. */
		stated: boolean;
		where: string;
		evidence?: string;
		urlDate: string | null;
		/** The right publication date (an `end` makes it a window of acceptable days). */
		expected: AnnotatedDate;
		supportedBy: 'text' | 'url' | 'inference';
	};
	events: AnnotatedEvent[];
	publicationDated: PublicationDatedEvent[];
	optional: AnnotatedEvent[];
	furniture: { text: string; why: string }[];
}

/** An annotation that does not have the form it must; names the file and the field. */
export class AnnotationError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'AnnotationError';
	}
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

function parseDate(value: unknown, where: string): AnnotatedDate {
	if (!isRecord(value)) throw new AnnotationError(`${where}: must be an object`);
	const { start, end, precision, approximate } = value;
	if (typeof start !== 'string' || !parsePartialDate(start))
		throw new AnnotationError(
			`${where}.start: must be a partial ISO date (got ${JSON.stringify(start)})`
		);
	if (end !== undefined && (typeof end !== 'string' || !parsePartialDate(end)))
		throw new AnnotationError(
			`${where}.end: must be a partial ISO date (got ${JSON.stringify(end)})`
		);
	if (!PRECISIONS.includes(precision as Precision))
		throw new AnnotationError(`${where}.precision: must be one of ${PRECISIONS.join(', ')}`);
	return {
		start,
		...(end !== undefined ? { end: end as string } : {}),
		precision: precision as Precision,
		...(approximate === true ? { approximate: true } : {})
	};
}

function parseQuotes(value: unknown, where: string, text: string): string[] {
	if (!Array.isArray(value) || value.length === 0 || !value.every((q) => typeof q === 'string'))
		throw new AnnotationError(`${where}.quotes: must be a non-empty list of strings`);
	for (const quote of value as string[])
		if (!text.includes(quote))
			throw new AnnotationError(
				`${where}.quotes: not verbatim in the article: ${JSON.stringify(quote)}`
			);
	return value as string[];
}

function parseEvents(value: unknown, where: string, text: string): AnnotatedEvent[] {
	if (!Array.isArray(value)) throw new AnnotationError(`${where}: must be a list`);
	return value.map((e, i) => {
		const at = `${where}[${i}]`;
		if (!isRecord(e) || typeof e.id !== 'string' || typeof e.title !== 'string')
			throw new AnnotationError(`${at}: must have a string id and title`);
		const label = `${where} "${e.id}"`;
		if (typeof e.datedBy !== 'string')
			throw new AnnotationError(`${label}.datedBy: must be a string`);
		return {
			id: e.id,
			title: e.title,
			date: parseDate(e.date, `${label}.date`),
			datedBy: e.datedBy,
			...(typeof e.dateWords === 'string' ? { dateWords: e.dateWords } : {}),
			quotes: parseQuotes(e.quotes, label, text)
		};
	});
}

/**
 * The annotation in `value`, checked against its article's `text`: every quote, furniture date
 * and evidence passage must be verbatim in it.
 * @throws AnnotationError naming the file, the event and the field.
 */
export function parseAnnotation(value: unknown, file: string, text: string): Annotation {
	try {
		if (!isRecord(value) || value.format !== 'heldout-annotation' || value.version !== 1)
			throw new AnnotationError(
				'not a held-out annotation (format "heldout-annotation", version 1)'
			);
		for (const key of ['id', 'file', 'url', 'outlet'] as const)
			if (typeof value[key] !== 'string') throw new AnnotationError(`${key}: must be a string`);
		const p = value.published;
		if (!isRecord(p) || typeof p.stated !== 'boolean' || typeof p.where !== 'string')
			throw new AnnotationError('published: must have stated (true/false) and where');
		if (p.evidence !== undefined && (typeof p.evidence !== 'string' || !text.includes(p.evidence)))
			throw new AnnotationError('published.evidence: must be verbatim in the article');
		if (!['text', 'url', 'inference'].includes(p.supportedBy as string))
			throw new AnnotationError('published.supportedBy: must be text, url or inference');
		const pubDated = value.publicationDated;
		if (!Array.isArray(pubDated)) throw new AnnotationError('publicationDated: must be a list');
		const furniture = value.furniture;
		if (!Array.isArray(furniture)) throw new AnnotationError('furniture: must be a list');
		return {
			id: value.id as string,
			file: value.file as string,
			url: value.url as string,
			outlet: value.outlet as string,
			published: {
				stated: p.stated,
				where: p.where,
				...(typeof p.evidence === 'string' ? { evidence: p.evidence } : {}),
				urlDate: typeof p.urlDate === 'string' ? p.urlDate : null,
				expected: parseDate(p.expected, 'published.expected'),
				supportedBy: p.supportedBy as Annotation['published']['supportedBy']
			},
			events: parseEvents(value.events, 'events', text),
			publicationDated: pubDated.map((e, i) => {
				if (!isRecord(e) || typeof e.id !== 'string' || typeof e.title !== 'string')
					throw new AnnotationError(`publicationDated[${i}]: must have a string id and title`);
				return {
					id: e.id,
					title: e.title,
					quotes: parseQuotes(e.quotes, `publicationDated "${e.id}"`, text)
				};
			}),
			optional: parseEvents(value.optional ?? [], 'optional', text),
			furniture: furniture.map((f, i) => {
				if (!isRecord(f) || typeof f.text !== 'string' || !text.includes(f.text))
					throw new AnnotationError(`furniture[${i}].text: must be verbatim in the article`);
				return { text: f.text, why: String(f.why ?? '') };
			})
		};
	} catch (error) {
		if (error instanceof AnnotationError) throw new AnnotationError(`${file}: ${error.message}`);
		throw error;
	}
}

// --- Matching --------------------------------------------------------------------------------

/** A day span: first and last day numbers, inclusive. */
interface DaySpan {
	first: number;
	last: number;
}

/** The days a partial date (with an optional end) may fall on. */
export function daySpan(date: { start: string; end?: string }): DaySpan {
	const start = parsePartialDate(date.start);
	const end = date.end ? parsePartialDate(date.end) : start;
	if (!start || !end)
		throw new RangeError(`not a partial ISO date: ${date.start}–${date.end ?? ''}`);
	const a = spanOf(start).first;
	const b = spanOf(end).last;
	return { first: dayNumber(a.year, a.month, a.day), last: dayNumber(b.year, b.month, b.day) };
}

const overlaps = (a: DaySpan, b: DaySpan) => a.first <= b.last && b.first <= a.last;

/** Every [start, end) where `needle` occurs in `text`. */
function occurrences(text: string, needle: string): DaySpan[] {
	const found: DaySpan[] = [];
	if (!needle) return found;
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1))
		found.push({ first: i, last: i + needle.length });
	return found;
}

/** A draft as the scorer reads it: what `add-article` proposes, or any tool's equivalent. */
export interface DraftToScore {
	id: string;
	title: string;
	date: { start: string; end?: string; precision: Precision };
	citations: { quote: string; start: number; end: number }[];
	/** The existing event this draft is proposed as a new citation of, if any. */
	citationOf?: string;
	/** Where in the text the words its date was read from are, when the tool says. */
	dateAt?: { start: number; end: number };
}

/** An event already in the dataset, for telling repeats. */
export interface ExistingEvent {
	id: string;
	title: string;
	date: { start: string; end?: string };
	quotes: string[];
}

/** The half of a quote's content words that makes two passages one happening. */
export const WORD_SHARE = 0.5;
/** Days before the publication in which a happening dated only by it may be placed. */
export const PUBLICATION_WINDOW_DAYS = 7;

/** Whether a cited range of `draft` overlaps where one of `quotes` is in `text`. */
function cites(draft: DraftToScore, text: string, quotes: string[]): boolean {
	return quotes.some((quote) =>
		occurrences(text, quote).some((q) =>
			draft.citations.some((c) => c.start < q.last && q.first < c.end)
		)
	);
}

/** Whether `draft` cites one of `quotes`, or holds at least half of one's content words. */
function meets(draft: DraftToScore, text: string, quotes: string[]): boolean {
	const words = contentWords(draft.citations.map((c) => c.quote).join(' '));
	return (
		cites(draft, text, quotes) || quotes.some((quote) => wordShare(quote, words) >= WORD_SHARE)
	);
}

const sameDateRecord = (a: AnnotatedDate, b: DraftToScore['date']) =>
	a.start === b.start && (a.end ?? a.start) === (b.end ?? b.start) && a.precision === b.precision;

// --- Scoring one article ---------------------------------------------------------------------

/** What the scorer needs of one run of the tool on one article. */
export interface ArticleRun {
	annotation: Annotation;
	/** The article as the citations' offsets count it. */
	text: string;
	drafts: DraftToScore[];
	/** The publication date the tool recorded. */
	published: { date: string; precision: Precision; confidence: string; basis?: string };
	existing?: ExistingEvent[];
	/** Wall time the tool took on this article, ms. */
	ms: number;
	/**
	 * The drafts the tool set apart as less likely to be events: not scored, but the annotated
	 * events only they would have found are counted as recall lost to them.
	 */
	setApart?: DraftToScore[];
}

/** The verdict on one draft (see the module's comment). */
export type Verdict =
	| 'right'
	| 'duplicate'
	| 'wrong date'
	| 'furniture'
	| 'optional'
	| 'publication-dated'
	| 'repeat'
	| 'citation of existing'
	| 'wrong';

/** One article's figures, with each verdict and each missed event for the report. */
export interface ArticleScore {
	id: string;
	events: number;
	found: number;
	datesRight: number;
	publicationDated: number;
	publicationDatedFound: number;
	drafts: number;
	/** Drafts that count for precision: all but those matching an optional event. */
	counted: number;
	right: number;
	furniture: number;
	quotes: number;
	quotesVerbatim: number;
	published: {
		expected: AnnotatedDate;
		recorded: ArticleRun['published'];
		right: boolean;
		/** Recorded as stated in the text, when the text does not state it. */
		statedWrongly: boolean;
	};
	ms: number;
	verdicts: { draft: string; date: string; verdict: Verdict; event?: string }[];
	missed: string[];
	wrongDates: { event: string; expected: string; got: string }[];
	/** Drafts set apart (not scored). */
	setApart: number;
	/** What each set-apart draft would have been judged, had it been proposed. */
	setApartVerdicts: { draft: string; date: string; verdict: Verdict; event?: string }[];
	/** Annotated events that only a set-apart draft meets: recall lost to the setting apart. */
	lostToSetApart: string[];
}

const dateText = (d: { start: string; end?: string; precision: string }) =>
	`${d.start}${d.end ? `…${d.end}` : ''} (${d.precision})`;

/** Scores one article's drafts against its annotation. */
export function scoreArticle(run: ArticleRun): ArticleScore {
	const score = scoreProposed(run);
	const apart = run.setApart ?? [];
	if (apart.length === 0) return score;
	// The same drafts with the set-apart ones proposed too: what they would have found.
	const all = scoreProposed({ ...run, drafts: [...run.drafts, ...apart] });
	const ids = new Set(apart.map((d) => d.id));
	const foundWithAll = new Set(all.missed);
	return {
		...score,
		setApart: apart.length,
		setApartVerdicts: all.verdicts.filter((v) => ids.has(v.draft)),
		lostToSetApart: score.missed.filter((id) => !foundWithAll.has(id))
	};
}

function scoreProposed(run: ArticleRun): ArticleScore {
	const { annotation: a, text, drafts } = run;
	const furniture = a.furniture.flatMap((f) => occurrences(text, f.text));
	const expectedPub = daySpan(a.published.expected);
	const pubWindow = { first: expectedPub.first - PUBLICATION_WINDOW_DAYS, last: expectedPub.last };
	const foundBy = new Map<string, DraftToScore>();
	const pubFound = new Set<string>();
	const verdicts: ArticleScore['verdicts'] = [];

	for (const draft of drafts) {
		const span = daySpan(draft.date);
		const judge = (): { verdict: Verdict; event?: string } => {
			const at = draft.dateAt;
			if (at && furniture.some((f) => at.start < f.last && f.first < at.end))
				return { verdict: 'furniture' };
			const meeting = a.events.filter((e) => meets(draft, text, e.quotes));
			const dated = meeting.filter((e) => overlaps(span, daySpan(e.date)));
			const fresh = dated.find((e) => !foundBy.has(e.id));
			if (fresh) {
				foundBy.set(fresh.id, draft);
				return { verdict: 'right', event: fresh.id };
			}
			if (dated.length > 0) return { verdict: 'duplicate', event: dated[0].id };
			const cited = meeting.find((e) => cites(draft, text, e.quotes));
			if (cited) return { verdict: 'wrong date', event: cited.id };
			if (draft.citations.some((c) => furniture.some((f) => c.start < f.last && f.first < c.end)))
				return { verdict: 'furniture' };
			const optional = a.optional.find((e) => meets(draft, text, e.quotes));
			if (optional) return { verdict: 'optional', event: optional.id };
			const news = a.publicationDated.find(
				(e) => meets(draft, text, e.quotes) && overlaps(span, pubWindow)
			);
			if (news) {
				if (pubFound.has(news.id)) return { verdict: 'duplicate', event: news.id };
				pubFound.add(news.id);
				return { verdict: 'publication-dated', event: news.id };
			}
			const words = contentWords(draft.citations.map((c) => c.quote).join(' '));
			const same = (run.existing ?? []).find(
				(e) =>
					overlaps(span, daySpan(e.date)) &&
					[e.title, ...e.quotes].some((q) => wordShare(q, words) >= WORD_SHARE)
			);
			if (same)
				return draft.citationOf === same.id
					? { verdict: 'citation of existing', event: same.id }
					: { verdict: 'repeat', event: same.id };
			return { verdict: 'wrong' };
		};
		verdicts.push({ draft: draft.id, date: dateText(draft.date), ...judge() });
	}

	const wrongDates: ArticleScore['wrongDates'] = [];
	let datesRight = 0;
	for (const event of a.events) {
		const draft = foundBy.get(event.id);
		if (!draft) continue;
		if (sameDateRecord(event.date, draft.date)) datesRight++;
		else
			wrongDates.push({
				event: event.id,
				expected: dateText(event.date),
				got: dateText(draft.date)
			});
	}
	const citations = drafts.flatMap((d) => d.citations);
	const recorded = run.published;
	const recordedSpan = daySpan({ start: recorded.date });
	const count = (...kinds: Verdict[]) => verdicts.filter((v) => kinds.includes(v.verdict)).length;
	return {
		id: a.id,
		events: a.events.length,
		found: foundBy.size,
		datesRight,
		publicationDated: a.publicationDated.length,
		publicationDatedFound: pubFound.size,
		drafts: drafts.length,
		counted: drafts.length - count('optional'),
		right: count('right', 'publication-dated', 'citation of existing'),
		furniture: count('furniture'),
		quotes: citations.length,
		quotesVerbatim: citations.filter((c) => text.slice(c.start, c.end) === c.quote).length,
		published: {
			expected: a.published.expected,
			recorded,
			right:
				recorded.precision === a.published.expected.precision &&
				recordedSpan.first >= expectedPub.first &&
				recordedSpan.last <= expectedPub.last,
			statedWrongly: recorded.confidence === 'stated' && !a.published.stated
		},
		ms: run.ms,
		verdicts,
		missed: a.events.filter((e) => !foundBy.has(e.id)).map((e) => e.id),
		wrongDates,
		setApart: 0,
		setApartVerdicts: [],
		lostToSetApart: []
	};
}

// --- Totals and floors -----------------------------------------------------------------------

/** The set's figures, as ratios (0–1) where they are shares. */
export interface Totals {
	articles: number;
	events: number;
	found: number;
	recall: number;
	drafts: number;
	counted: number;
	right: number;
	precision: number;
	furniture: number;
	datesRight: number;
	dateAccuracy: number;
	quotes: number;
	quotesVerbatim: number;
	publicationDated: number;
	publicationDatedFound: number;
	publishedRight: number;
	publishedAccuracy: number;
	statedWrongly: number;
	msMax: number;
	msTotal: number;
	/** Drafts set apart as less likely to be events (not scored). */
	setApart: number;
	/** Annotated events found only by a set-apart draft: recall the setting apart lost. */
	lostToSetApart: number;
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d);

/** Sums the articles' figures. */
export function totalScores(scores: ArticleScore[]): Totals {
	const sum = (f: (s: ArticleScore) => number) => scores.reduce((t, s) => t + f(s), 0);
	const events = sum((s) => s.events);
	const found = sum((s) => s.found);
	const counted = sum((s) => s.counted);
	const right = sum((s) => s.right);
	const datesRight = sum((s) => s.datesRight);
	const publishedRight = sum((s) => (s.published.right ? 1 : 0));
	return {
		articles: scores.length,
		events,
		found,
		recall: ratio(found, events),
		drafts: sum((s) => s.drafts),
		counted,
		right,
		precision: ratio(right, counted),
		furniture: sum((s) => s.furniture),
		datesRight,
		dateAccuracy: ratio(datesRight, found),
		quotes: sum((s) => s.quotes),
		quotesVerbatim: sum((s) => s.quotesVerbatim),
		publicationDated: sum((s) => s.publicationDated),
		publicationDatedFound: sum((s) => s.publicationDatedFound),
		publishedRight,
		publishedAccuracy: ratio(publishedRight, scores.length),
		statedWrongly: sum((s) => (s.published.statedWrongly ? 1 : 0)),
		msMax: Math.max(0, ...scores.map((s) => s.ms)),
		msTotal: sum((s) => s.ms),
		setApart: sum((s) => s.setApart),
		lostToSetApart: sum((s) => s.lostToSetApart.length)
	};
}

/** The issue's floors on the held-out set, as a declarative table. */
export const FLOORS = [
	{ name: 'event recall ≥ 90 %', holds: (t: Totals) => t.recall >= 0.9 },
	{ name: 'draft precision ≥ 90 %', holds: (t: Totals) => t.precision >= 0.9 },
	{ name: 'no furniture drafts', holds: (t: Totals) => t.furniture === 0 },
	{
		name: 'dates right at the text’s precision ≥ 95 %',
		holds: (t: Totals) => t.dateAccuracy >= 0.95
	},
	{
		name: 'every quote verbatim at its offsets',
		holds: (t: Totals) => t.quotesVerbatim === t.quotes
	},
	{ name: 'publication date right ≥ 80 %', holds: (t: Totals) => t.publishedAccuracy >= 0.8 },
	{
		name: 'never "stated" when the text does not state it',
		holds: (t: Totals) => t.statedWrongly === 0
	},
	{ name: 'each article under 1 s', holds: (t: Totals) => t.msMax < 1000 }
] as const;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * The report: a table per article with what went wrong in each, the totals, and the floors with
 * whether each holds; with `totalsOnly`, the totals and floors alone (a held-out set's run that
 * must not show which drafts to tune on).
 */
export function formatReport(
	scores: ArticleScore[],
	totals: Totals,
	options: { totalsOnly?: boolean } = {}
): string[] {
	const header = [
		'article',
		'events',
		'found',
		'dates ok',
		'drafts',
		'right',
		'furniture',
		'pub date',
		'ms'
	];
	const rows = scores.map((s) => [
		s.id,
		String(s.events),
		String(s.found),
		String(s.datesRight),
		String(s.drafts),
		`${s.right}/${s.counted}`,
		String(s.furniture),
		`${s.published.recorded.date} ${s.published.recorded.confidence}${s.published.right ? '' : ' ✗'}${s.published.statedWrongly ? ' (not stated!)' : ''}`,
		s.ms.toFixed(0)
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
	const lines = options.totalsOnly ? [] : [line(header), ...rows.map(line), ''];
	for (const s of options.totalsOnly ? [] : scores) {
		const notes = [
			...s.missed.map((id) => `missed ${id}`),
			...s.wrongDates.map((w) => `date of ${w.event}: ${w.got}, annotated ${w.expected}`),
			...s.verdicts
				.filter((v) => v.verdict !== 'right' && v.verdict !== 'publication-dated')
				.map((v) => `${v.verdict}: ${v.draft} ${v.date}${v.event ? ` (${v.event})` : ''}`),
			...s.lostToSetApart.map((id) => `lost to the set-apart list: ${id}`),
			...s.setApartVerdicts.map(
				(v) =>
					`set apart (would be ${v.verdict}): ${v.draft} ${v.date}${v.event ? ` (${v.event})` : ''}`
			)
		];
		if (notes.length > 0) lines.push(`${s.id}:`, ...notes.map((n) => `  ${n}`));
	}
	lines.push(
		'',
		`event recall           ${pct(totals.recall)} (${totals.found}/${totals.events})`,
		`draft precision        ${pct(totals.precision)} (${totals.right}/${totals.counted}; ${totals.drafts} drafts)`,
		`furniture drafts       ${totals.furniture}`,
		`set apart              ${totals.setApart} draft${totals.setApart === 1 ? '' : 's'} (not scored); annotated events found only there: ${totals.lostToSetApart} (recall lost to the list)`,
		`dates right            ${pct(totals.dateAccuracy)} (${totals.datesRight}/${totals.found} found)`,
		`quotes verbatim        ${totals.quotesVerbatim}/${totals.quotes}`,
		`publication-dated news ${totals.publicationDatedFound}/${totals.publicationDated} found`,
		`publication date right ${pct(totals.publishedAccuracy)} (${totals.publishedRight}/${totals.articles}); recorded "stated" wrongly: ${totals.statedWrongly}`,
		`CPU time               ${totals.msTotal.toFixed(0)} ms in all, ${totals.msMax.toFixed(0)} ms at most per article`,
		''
	);
	for (const floor of FLOORS) lines.push(`${floor.holds(totals) ? '✓' : '✗'} ${floor.name}`);
	return lines;
}
