/**
 * Exports of the events a reader currently sees (the caller filters them), with their citations:
 * as a dataset file the app can load again, and as CSV for spreadsheets. Pure functions that
 * return text; the caller turns it into a Blob and a download link.
 */
import { compareEvents } from '../data/event.ts';
import {
	FORMAT_NAME,
	type ActorRecord,
	type Dataset,
	type DatasetFile,
	type EventRecord,
	type SourceRecord,
	type TimelineEvent,
	type TopicRecord
} from '../data/types.ts';

/**
 * Removes repeated events (by id), keeping the first: the validator rejects duplicate ids, so a
 * careless caller must not be able to write them.
 */
function uniqueById(events: readonly TimelineEvent[]): TimelineEvent[] {
	const seen = new Set<string>();
	return events.filter((event) => {
		if (seen.has(event.id)) return false;
		seen.add(event.id);
		return true;
	});
}

/** The record as the file writes it: everything but the `when` the validator computed. */
function toRecord(event: TimelineEvent): EventRecord {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { when, ...record } = event;
	return record;
}

/**
 * A dataset file holding `events` and only what they need, pretty-printed with tabs and ending in
 * a newline; it passes `validateDataset` whenever the dataset it came from did:
 *
 * - events are written in canonical order (the validator reports any other order), once each;
 * - sources: those the events cite or anchor a date derivation to, in the dataset's order. A
 *   source's `relations` to sources left out are dropped, since they would name unknown sources;
 * - topics: those of the events and of the kept sources' segments (a segment naming an unknown
 *   topic makes its source invalid, and with it every event citing it);
 * - actors: those the events name.
 *
 * `title`, `description` and `sourceBase` are kept as they are, so the file reads its source
 * texts from the same place when it sits beside the original.
 */
export function exportJson(dataset: Dataset, events: readonly TimelineEvent[]): string {
	return `${JSON.stringify(exportDatasetFile(dataset, events), null, '\t')}\n`;
}

/**
 * The dataset file `exportJson` writes, as an object (the TimelineJS3 and sheet exports start
 * from it). Every period of the dataset is kept, with its topic: periods are the frame the events
 * are read in, whichever events are shown.
 */
export function exportDatasetFile(dataset: Dataset, events: readonly TimelineEvent[]): DatasetFile {
	const kept = uniqueById(events).sort(compareEvents);

	const sourceIds = new Set<string>();
	for (const event of kept) {
		for (const citation of event.citations) sourceIds.add(citation.source);
		const anchor = event.date.derivation?.anchor;
		if (anchor && 'source' in anchor) sourceIds.add(anchor.source);
	}
	const sources: SourceRecord[] = dataset.sources
		.filter((source) => sourceIds.has(source.id))
		.map((source) => {
			if (!source.relations) return source;
			const relations = source.relations.filter((relation) => sourceIds.has(relation.source));
			if (relations.length === source.relations.length) return source;
			// An empty `relations` array is valid but says nothing; leave the field out instead.
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { relations: _dropped, ...rest } = source;
			return relations.length > 0 ? { ...rest, relations } : rest;
		});

	const topicIds = new Set<string>(kept.map((event) => event.topic));
	for (const period of dataset.periods) if (period.topic !== undefined) topicIds.add(period.topic);
	for (const source of sources) for (const segment of source.segments) topicIds.add(segment.topic);
	const actorIds = new Set<string>(kept.flatMap((event) => event.actors));
	const topics: TopicRecord[] = dataset.topics.filter((topic) => topicIds.has(topic.id));
	const actors: ActorRecord[] = dataset.actors.filter((actor) => actorIds.has(actor.id));

	const file: DatasetFile = {
		format: FORMAT_NAME,
		// `Dataset` does not keep the version it was read from; its records are those of version 1.
		version: 1,
		title: dataset.title,
		...(dataset.description !== undefined && { description: dataset.description }),
		...(dataset.sourceBase !== undefined && { sourceBase: dataset.sourceBase }),
		topics,
		actors,
		sources,
		events: kept.map(toRecord),
		...(dataset.periods.length > 0 && {
			periods: dataset.periods.map(({ when: _when, ...record }) => record)
		})
	};
	return file;
}

/** The CSV header, in column order. */
export const CSV_COLUMNS = [
	'id',
	'date',
	'start',
	'end',
	'precision',
	'approximate',
	'date basis',
	'title',
	'summary',
	'topic',
	'kind',
	'actors',
	'places',
	'importance',
	'source',
	'outlet',
	'published',
	'quote',
	'quote start',
	'quote end'
] as const;

/** A cell's text, and whether it is one of the values we produce ourselves (a number or a date). */
type Cell = string | { trusted: string };

/** First characters that make spreadsheet apps read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Shapes the trusted columns must have to skip the guard: digits, or a partial ISO date (whose
 * expanded years start with a sign, "-0043" being 44 BCE). Neither shape can spell a function
 * call or a reference, so leaving them unprefixed keeps them numeric for spreadsheets. A value of
 * another shape (a malformed dataset) is guarded like any other text.
 */
const TRUSTED_SHAPE = /^(?:\d+|[+-]?\d{4,}(?:-\d{2}(?:-\d{2})?)?)$/;

/** The cell as a CSV field: guarded against formula injection, then quoted per RFC 4180. */
function field(cell: Cell): string {
	let text: string;
	if (typeof cell === 'string') text = FORMULA_START.test(cell) ? `'${cell}` : cell;
	else text = TRUSTED_SHAPE.test(cell.trusted) ? cell.trusted : `'${cell.trusted}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function row(cells: readonly Cell[]): string {
	return cells.map(field).join(',');
}

/**
 * The events as CSV: RFC 4180 (comma-separated, CRLF line ends, fields quoted when they hold a
 * comma, quote, CR or LF, quotes doubled), UTF-8 with a byte order mark so spreadsheet apps read
 * non-ASCII text correctly. One row per citation; an event without citations gets one row with
 * empty citation columns. Events keep the order they are given in. The columns are
 * {@link CSV_COLUMNS}; `date` is the date as the text knows it (`when.label`), `topic`, `actors`
 * and `source` are labels, names and titles rather than ids, lists are joined with "; ".
 *
 * Formula injection: a text field that begins with `=`, `+`, `-`, `@`, a tab or a carriage return
 * gets a leading apostrophe, so spreadsheet apps show it as text instead of evaluating it (OWASP
 * CSV injection guidance). A title like "-5 killed" therefore reads "'-5 killed" outside a
 * spreadsheet. The numeric columns (importance, quote start, quote end) and the ISO date columns
 * (start, end, published) are produced by us and exempt, as long as they have that shape.
 */
export function exportCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
	const topics = new Map(dataset.topics.map((topic) => [topic.id, topic.label]));
	const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
	const sources = new Map(dataset.sources.map((source) => [source.id, source]));

	const lines = [row(CSV_COLUMNS)];
	for (const event of events) {
		const { date } = event;
		// An id the dataset does not know is shown as the id rather than dropped.
		const eventCells: Cell[] = [
			event.id,
			event.when.label,
			{ trusted: date.start },
			date.end === undefined ? '' : { trusted: date.end },
			date.precision,
			String(date.approximate),
			date.basis,
			event.title,
			event.summary,
			topics.get(event.topic) ?? event.topic,
			event.kind,
			event.actors.map((id) => actors.get(id) ?? id).join('; '),
			event.places.join('; '),
			{ trusted: String(event.importance) }
		];
		if (event.citations.length === 0) lines.push(row([...eventCells, '', '', '', '', '', '']));
		for (const citation of event.citations) {
			const source = sources.get(citation.source);
			lines.push(
				row([
					...eventCells,
					source?.title ?? citation.source,
					source?.outlet ?? '',
					source ? { trusted: source.published.date } : '',
					citation.quote,
					{ trusted: String(citation.start) },
					{ trusted: String(citation.end) }
				])
			);
		}
	}
	return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Letters that Unicode decomposition does not reduce to ASCII, spelt the usual way. */
const LETTERS: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	đ: 'd',
	ð: 'd',
	ł: 'l',
	þ: 'th',
	ı: 'i'
};

const SLUG_MAX = 60;

/**
 * The download's file name: `<slug of the title>-events.<extension>`. The slug keeps lowercase
 * ASCII letters and digits (accents dropped: "Café" → "cafe"), joins words with single hyphens,
 * is at most 60 characters, and is `timeline` when nothing is left, so the name is safe on every
 * file system.
 */
export function exportFileName(title: string, extension: 'json' | 'csv'): string {
	const slug = title
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}+/gu, '')
		.replace(/[ßæœøđðłþı]/g, (letter) => LETTERS[letter])
		// "Europe's war" → "europes-war", not "europe-s-war".
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, SLUG_MAX)
		// A cut between words leaves a hyphen at the end.
		.replace(/-$/, '');
	return `${slug || 'timeline'}-events.${extension}`;
}
