/**
 * Types of the dataset format (`events.json`, format version 1), as written in the file, and the
 * model the app works with after validation. `docs/dataset-format.md` explains every field;
 * `schema/events.schema.json` is the same contract as JSON Schema.
 */
import type { CivilDate, Precision, Qualifier } from './civil-date.ts';
import type { Confidence, Importance, RelationType } from './values.ts';

/** The value of the top-level `format` field. */
export const FORMAT_NAME = 'evidence-timeline';
/** Format versions this reader understands. */
export const SUPPORTED_VERSIONS = [1] as const;

/** A character range of a source file: JavaScript string indexes (UTF-16), end exclusive. */
export interface TextRange {
	start: number;
	end: number;
}

/** A verbatim passage of a source: `text.slice(start, end) === quote`. */
export interface Passage extends TextRange {
	quote: string;
}

export interface CitationRecord extends Passage {
	/** A `sources[].id`. */
	source: string;
}

export interface TopicRecord {
	id: string;
	label: string;
	description?: string;
}

export interface ActorRecord {
	id: string;
	name: string;
	aliases?: string[];
	description?: string;
}

export interface SegmentRecord extends TextRange {
	topic: string;
	label?: string;
}

export interface RelationRecord {
	type: RelationType;
	source: string;
	note?: string;
}

export interface PublishedRecord {
	/** Partial ISO date. */
	date: string;
	precision: Precision;
	basis: string;
	confidence: Confidence;
	evidence?: Passage[];
}

/** The original of a source whose text was extracted from a saved page. */
export interface ExtractedFrom {
	/** The page's file name as received. */
	file: string;
	/** The SHA-256 of the page's bytes, lowercase hex. */
	sha256: string;
	mediaType: 'text/html';
	/** The library and version that extracted the text. */
	extractor: string;
}

export interface SourceRecord {
	id: string;
	/** The article's file name as received, under the dataset's `sourceBase`. */
	file: string;
	title: string;
	outlet: string;
	relays?: string;
	url?: string;
	/**
	 * The SHA-256 of the file's bytes, lowercase hex: the text cited is this text. The reader
	 * checks it before it shows the file, `check:data` before it passes the dataset.
	 */
	sha256?: string;
	/**
	 * When the file is text extracted from a saved page: the page as received (its name and the
	 * SHA-256 of its bytes) and what extracted it. The text cited is the extracted file.
	 */
	extractedFrom?: ExtractedFrom;
	/** A capture of the page in a web archive (a link shown in the reader, never fetched). */
	archivedUrl?: string;
	/** When the text was retrieved: an ISO date, or a date and time with its offset. */
	retrievedAt?: string;
	published: PublishedRecord;
	segments: SegmentRecord[];
	relations?: RelationRecord[];
}

export type DateAnchor = { source: string } | { date: string; note?: string };

export interface DerivationRecord {
	/** The date expression, verbatim from a cited quote. */
	expression: string;
	anchor: DateAnchor;
}

export interface DateRecord {
	/** Partial ISO date. */
	start: string;
	/** Partial ISO date, inclusive. */
	end?: string;
	precision: Precision;
	approximate: boolean;
	qualifier?: Qualifier;
	basis: string;
	derivation?: DerivationRecord;
}

/**
 * A web page or file an event points to (a TimelineJS slide's media, a SIMILE event's link). Shown
 * as a link (`rel="noopener noreferrer"`), never loaded by the page: the reader decides to follow it.
 */
export interface LinkRecord {
	/** An absolute http: or https: URL. */
	url: string;
	/** What the link is, as text: "Media: Portrait by Alfred Edward Chalon", "Link". */
	label: string;
}

export interface EventRecord {
	id: string;
	title: string;
	summary: string;
	date: DateRecord;
	topic: string;
	kind: string;
	actors: string[];
	places: string[];
	importance: Importance;
	citations: CitationRecord[];
	/**
	 * A candidate awaiting review: proposed by `npm run add-article` or an import, shown apart in
	 * the app, and refused by `check:data` unless it is told to allow drafts.
	 */
	draft?: boolean;
	/** Pages the event points to; never fetched by the app. */
	links?: LinkRecord[];
	/**
	 * Only on a draft: the id of the event already in the dataset that this draft tells again. The
	 * draft is proposed as a new citation of it (and, when its date is inside the event's and
	 * finer, as that sharper date), not as an event of its own; see `src/lib/drafts/merge.ts`.
	 */
	citationOf?: string;
}

/**
 * A span of time shown as a labelled band behind the events (an era, a reign, a phase of a
 * conflict). Not an event: it has no citation and is not counted among the events.
 */
export interface PeriodRecord {
	id: string;
	title: string;
	/** Partial ISO date; its form is its precision ("0600" a year, "0618-06-18" a day). */
	start: string;
	/** Partial ISO date, inclusive, not before `start`. */
	end: string;
	/** A `topics[].id`, when the period belongs to one topic. */
	topic?: string;
	/** Where the period comes from, e.g. "A TimelineJS3 era". */
	basis?: string;
}

/** A period after validation: the record plus its first and last day. */
export interface Period extends PeriodRecord {
	when: EventWhen;
}

export interface DatasetFile {
	format: typeof FORMAT_NAME;
	version: number;
	title: string;
	description?: string;
	sourceBase?: string;
	topics: TopicRecord[];
	actors: ActorRecord[];
	sources: SourceRecord[];
	events: EventRecord[];
	/** Optional; absent is no period. */
	periods?: PeriodRecord[];
}

/** Where an event may fall in time, as civil days (see `dayNumber`), inclusive at both ends. */
export interface EventWhen {
	start: CivilDate;
	end?: CivilDate;
	/** Day number of the first day the event may fall on. */
	firstDay: number;
	/** Day number of the last day the event may fall on. */
	lastDay: number;
	/** The date as the text knows it: "2020", "January 2024", "c. 23 September 2024". */
	label: string;
}

/** An event after validation: the record as written, plus its parsed date. */
export interface TimelineEvent extends EventRecord {
	when: EventWhen;
}

/** A problem found while validating a dataset; names the file, the event and the field. */
export interface Problem {
	/** The dataset or source file the problem is in. */
	file: string;
	/** The id of the event (or source) concerned, when there is one. */
	item?: string;
	/** JSON path of the field, e.g. `events[3].citations[0].quote`. */
	path: string;
	message: string;
}

/** A dataset ready for the app: only valid items, in canonical order, plus what was skipped. */
export interface Dataset {
	title: string;
	description?: string;
	sourceBase: string;
	topics: TopicRecord[];
	actors: ActorRecord[];
	sources: SourceRecord[];
	events: TimelineEvent[];
	/** Valid periods, by first day, then last day, then id. */
	periods: Period[];
	problems: Problem[];
}
