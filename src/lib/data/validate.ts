/**
 * The one validator of the dataset format, used by the app when it loads a dataset and by
 * `npm run check:data`. It never throws: it returns every valid item plus a list of problems that
 * name the file, the item and the field. An invalid event is skipped on its own; the others stay.
 *
 * This file checks the dataset as a whole (its header, topics, actors, duplicate ids, order);
 * `validate-source.ts` and `validate-event.ts` check one record each, against the lists and rules
 * of the model in `event.ts`.
 */
import { compareEvents, shareRepeatedText } from './event.ts';
import {
	FORMAT_NAME,
	SUPPORTED_VERSIONS,
	type ActorRecord,
	type Dataset,
	type Problem,
	type SourceRecord,
	type TimelineEvent,
	type TopicRecord
} from './types.ts';
import { Checker, describe, isNonEmptyString, isObject } from './validate-checker.ts';
import { validateEvent, type EventContext } from './validate-event.ts';
import { validatePeriods } from './validate-period.ts';
import { validateSource } from './validate-source.ts';
import { isSourceBase } from './source-url.ts';
import { emptyDataset } from './empty-dataset.ts';

export { emptyDataset };

/** What `validateDataset` checks a dataset against besides itself. */
export interface ValidateOptions {
	/** Name of the dataset file, used in problem reports. */
	file: string;
	/**
	 * Texts of the source files, by file name. When given, every quote is checked against its
	 * source and a missing file is a problem; when absent (the app, which loads sources on demand),
	 * quotes are checked when the reader opens the source.
	 */
	sourceTexts?: ReadonlyMap<string, string>;
}

function validateTopics(raw: unknown[], check: Checker): TopicRecord[] {
	const topics: TopicRecord[] = [];
	raw.forEach((topic, i) => {
		const path = `topics[${i}]`;
		if (!isObject(topic)) return check.fail(path, 'must be an object');
		const id = check.slug(topic, 'id', path);
		const label = check.string(topic, 'label', path);
		if (id && label) topics.push(topic as unknown as TopicRecord);
	});
	return topics;
}

function validateActors(raw: unknown[], check: Checker): ActorRecord[] {
	const actors: ActorRecord[] = [];
	raw.forEach((actor, i) => {
		const path = `actors[${i}]`;
		if (!isObject(actor)) return check.fail(path, 'must be an object');
		const id = check.slug(actor, 'id', path);
		const name = check.string(actor, 'name', path);
		const aliases = actor.aliases;
		if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every(isNonEmptyString)))
			return check.fail(`${path}.aliases`, 'must be an array of non-empty strings');
		if (id && name) actors.push(actor as unknown as ActorRecord);
	});
	return actors;
}

/**
 * Validates a parsed `events.json`. Returns the valid topics, actors, sources and events (events
 * in canonical order) and every problem found. Never throws.
 */
export function validateDataset(raw: unknown, options: ValidateOptions): Dataset {
	const validator = new DatasetValidator(raw, options);
	if (validator.failed) return validator.failed;
	const rawEvents = validator.check.array(raw as Record<string, unknown>, 'events', '') ?? [];
	rawEvents.forEach((item, i) => validator.addEvent(item, i));
	return validator.finish();
}

/**
 * The validator in three steps, so that a file too big for one JSON text can be checked as it is
 * read (`stream-dataset.ts`), an event at a time, with exactly the checks and messages of
 * `validateDataset`: the header (everything but `events`) first, then each event, then what needs
 * them all (links between events, order, periods).
 */
export class DatasetValidator {
	readonly problems: Problem[] = [];
	readonly check: Checker;
	/** The dataset to return at once when the header alone makes the file unreadable. */
	readonly failed: Dataset | undefined;
	readonly #file: string;
	readonly #raw: Record<string, unknown> = {};
	#ctx: EventContext | undefined;
	#title = '';
	#sourceBase = 'sources/';
	#topics: TopicRecord[] = [];
	#actors: ActorRecord[] = [];
	#sourceMap = new Map<string, SourceRecord>();
	readonly #events: TimelineEvent[] = [];
	readonly #textPool = new Map<string, string>();
	readonly #seen = new Set<string>();
	readonly #indexOf = new Map<TimelineEvent, number>();

	/**
	 * Checks the header of `raw` (its `events` are not read here). `failed` is set when the file
	 * cannot be read as a dataset at all (not an object, an unknown version).
	 */
	constructor(raw: unknown, { file, sourceTexts }: ValidateOptions) {
		this.#file = file;
		const problems = this.problems;
		const check = (this.check = new Checker(problems, file));
		const empty = emptyDataset(file, problems);
		if (!isObject(raw)) {
			check.fail('(top level)', `must be a JSON object (got ${describe(raw)})`);
			this.failed = empty;
			return;
		}
		this.#raw = raw;
		if (raw.format !== FORMAT_NAME)
			check.fail('format', `must be ${describe(FORMAT_NAME)} (got ${describe(raw.format)})`);
		if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(raw.version)) {
			check.fail(
				'version',
				`format version ${describe(raw.version)} is not supported (this reader knows ${SUPPORTED_VERSIONS.join(', ')})`
			);
			this.failed = empty;
			return;
		}
		// A repeated id (a copy-paste slip) is reported and the later record dropped, as for events:
		// every list is keyed by id, in the page too.
		const rawTopics = check.array(raw, 'topics', '') ?? [];
		const rawActors = check.array(raw, 'actors', '') ?? [];
		this.#topics = dropDuplicates(
			validateTopics(rawTopics, check),
			rawTopics,
			'topic',
			problems,
			file
		);
		this.#actors = dropDuplicates(
			validateActors(rawActors, check),
			rawActors,
			'actor',
			problems,
			file
		);
		const topicIds = new Set(this.#topics.map((t) => t.id));
		const actorIds = new Set(this.#actors.map((a) => a.id));

		const sourceMap = this.#sourceMap;
		// Ids of every source record, valid or not: a later record with an id already written is
		// reported and dropped, so it can never stand in for an earlier one that failed.
		const sourceIds = new Set<string>();
		(check.array(raw, 'sources', '') ?? []).forEach((item, i) => {
			const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
			if (id !== undefined && sourceIds.has(id)) {
				problems.push({
					file,
					item: id,
					path: `sources[${i}].id`,
					message: `duplicate source id ${describe(id)}; the later one is skipped`
				});
				return;
			}
			if (id !== undefined) sourceIds.add(id);
			const source = validateSource(item, `sources[${i}]`, problems, file, topicIds, sourceTexts);
			if (source) sourceMap.set(source.id, source);
		});
		for (const source of sourceMap.values())
			for (const relation of source.relations ?? [])
				if (!sourceMap.has(relation.source))
					problems.push({
						file,
						item: source.id,
						path: 'relations',
						message: `relates to an unknown source ${describe(relation.source)}`
					});
		this.#ctx = { file, problems, topicIds, actorIds, sources: sourceMap, sourceTexts };
	}

	/** Checks `events[i]`; a valid event with an id not seen before is kept, the rest reported. */
	addEvent(item: unknown, i: number): void {
		const ctx = this.#ctx;
		if (!ctx) return;
		const event = validateEvent(item, `events[${i}]`, ctx);
		if (!event) return;
		if (this.#seen.has(event.id)) {
			this.problems.push({
				file: this.#file,
				item: event.id,
				path: `events[${i}].id`,
				message: `duplicate event id ${describe(event.id)}; the later one is skipped`
			});
			return;
		}
		this.#seen.add(event.id);
		const shared = shareRepeatedText(event, this.#textPool);
		this.#indexOf.set(shared, i);
		this.#events.push(shared);
	}

	/** The dataset: every valid record, events in canonical order, and every problem found. */
	finish(): Dataset {
		if (this.failed) return this.failed;
		const { problems } = this;
		const file = this.#file;
		const raw = this.#raw;
		const events = this.#events;
		// The header's own fields are checked last, so that a file read as it arrives
		// (`stream-dataset.ts`) has them even when they follow its events.
		this.#title = isNonEmptyString(raw.title) ? raw.title : file;
		if (!isNonEmptyString(raw.title)) this.check.fail('title', 'must be a non-empty string');
		this.check.optionalString(raw, 'description', '');
		// Source texts come from the dataset's own origin: a path, never a URL with a scheme or host.
		if (raw.sourceBase !== undefined) {
			if (isSourceBase(raw.sourceBase)) this.#sourceBase = raw.sourceBase;
			else
				this.check.fail(
					'sourceBase',
					`must be a folder relative to the dataset file, such as "sources/" or "../sources/", with no spaces, control characters, backslashes or encoded slashes (got ${describe(raw.sourceBase)}); using "sources/"`
				);
		}

		// A proposal to join an event must name one that is there (checked once all ids are known).
		events.forEach((event) => {
			if (event.citationOf !== undefined && !this.#seen.has(event.citationOf))
				problems.push({
					file,
					item: event.id,
					path: `events[${this.#indexOf.get(event)}].citationOf`,
					message: `names an unknown event ${describe(event.citationOf)}`
				});
		});

		const ordered = events.slice().sort(compareEvents);
		const firstOutOfOrder = ordered.findIndex((event, i) => event !== events[i]);
		if (firstOutOfOrder >= 0)
			problems.push({
				file,
				item: events[firstOutOfOrder].id,
				path: 'events',
				message: `events are not in canonical order (by earliest day, latest day, id): ${describe(ordered[firstOutOfOrder].id)} should come before ${describe(events[firstOutOfOrder].id)}`
			});
		const topicIds = this.#ctx?.topicIds ?? new Set<string>();
		return {
			title: this.#title,
			description: typeof raw.description === 'string' ? raw.description : undefined,
			sourceBase: this.#sourceBase,
			topics: this.#topics,
			actors: this.#actors,
			sources: [...this.#sourceMap.values()],
			events: ordered,
			periods: validatePeriods(raw.periods, { file, problems, topicIds }),
			problems
		};
	}
}

/** `records` without the later ones of a repeated id, each reported by the field's name. */
function dropDuplicates<T extends { id: string }>(
	records: readonly T[],
	written: readonly unknown[],
	kind: 'topic' | 'actor',
	problems: Problem[],
	file: string
): T[] {
	const seen = new Set<string>();
	return records.filter((record) => {
		if (!seen.has(record.id)) {
			seen.add(record.id);
			return true;
		}
		problems.push({
			file,
			item: record.id,
			path: `${kind}s[${written.indexOf(record)}].id`,
			message: `duplicate ${kind} id ${describe(record.id)}; the later one is dropped`
		});
		return false;
	});
}
