/**
 * The one validator of the dataset format, used by the app when it loads a dataset and by
 * `npm run check:data`. It never throws: it returns every valid item plus a list of problems that
 * name the file, the item and the field. An invalid event is skipped on its own; the others stay.
 */
import {
	dayNumber,
	formatHumanDate,
	formatHumanRange,
	formatPartialDate,
	parsePartialDate,
	precisionOf,
	spanOf,
	type CivilDate,
	type Qualifier
} from './civil-date.ts';
import { resolveDateExpression } from './resolve-date.ts';
import {
	FORMAT_NAME,
	SUPPORTED_VERSIONS,
	type ActorRecord,
	type Dataset,
	type EventRecord,
	type EventWhen,
	type Passage,
	type Problem,
	type SourceRecord,
	type TimelineEvent,
	type TopicRecord
} from './types.ts';

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

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PRECISIONS = ['day', 'month', 'year'] as const;
const QUALIFIERS = ['early', 'mid', 'late'] as const;
const CONFIDENCES = ['stated', 'high', 'medium', 'low'] as const;
const RELATIONS = ['same-report-as', 'translation-of', 'relays-same-report-as'] as const;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && value.trim().length > 0;
}

function isOffset(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A path on the dataset's origin: no scheme ("https:", "javascript:"), no host ("//"), no "\\". */
const RELATIVE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\\]*$/i;

function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	// JSON.stringify throws on a BigInt and returns undefined for a function or a symbol: values
	// JSON.parse never makes, but this function must not throw on what a caller passes.
	let text: string | undefined;
	try {
		text = JSON.stringify(value);
	} catch {
		text = undefined;
	}
	text ??= `a ${typeof value}`;
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Collects problems for one item; `ok` turns false at the first one. */
class Checker {
	ok = true;
	constructor(
		private readonly problems: Problem[],
		private readonly file: string,
		private readonly item?: string
	) {}

	fail(path: string, message: string, file = this.file): void {
		this.ok = false;
		this.problems.push({ file, item: this.item, path, message });
	}

	string(obj: Json, key: string, path: string): string | undefined {
		const value = obj[key];
		if (isNonEmptyString(value)) return value;
		this.fail(`${path}.${key}`, `must be a non-empty string (got ${describe(value)})`);
		return undefined;
	}

	optionalString(obj: Json, key: string, path: string): void {
		if (obj[key] !== undefined && typeof obj[key] !== 'string')
			this.fail(`${path}.${key}`, `must be a string when present (got ${describe(obj[key])})`);
	}

	slug(obj: Json, key: string, path: string): string | undefined {
		const value = this.string(obj, key, path);
		if (value !== undefined && !SLUG.test(value)) {
			this.fail(`${path}.${key}`, `must be a kebab-case slug (got ${describe(value)})`);
			return undefined;
		}
		return value;
	}

	oneOf<T extends string>(
		obj: Json,
		key: string,
		path: string,
		allowed: readonly T[]
	): T | undefined {
		const value = obj[key];
		if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
			return value as T;
		this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
		return undefined;
	}

	array(obj: Json, key: string, path: string, { nonEmpty = false } = {}): unknown[] | undefined {
		const value = obj[key];
		if (!Array.isArray(value)) {
			this.fail(`${path}.${key}`, `must be an array (got ${describe(value)})`);
			return undefined;
		}
		if (nonEmpty && value.length === 0) this.fail(`${path}.${key}`, 'must not be empty');
		return value;
	}

	range(obj: Json, path: string, textLength?: number): boolean {
		const { start, end } = obj;
		if (!isOffset(start) || !isOffset(end) || end <= start) {
			this.fail(
				path,
				`start and end must be integer offsets with start < end (got ${describe(start)}, ${describe(end)})`
			);
			return false;
		}
		if (textLength !== undefined && end > textLength) {
			this.fail(`${path}.end`, `lies past the end of the file (${end} > ${textLength})`);
			return false;
		}
		return true;
	}

	/** A quoted passage: offsets, and (when the text is known) the quote equals the slice. */
	passage(value: unknown, path: string, sourceFile: string, text?: string): value is Passage {
		if (!isObject(value)) {
			this.fail(path, `must be an object (got ${describe(value)})`);
			return false;
		}
		const quote = this.string(value, 'quote', path);
		if (!this.range(value, path, text?.length) || quote === undefined) return false;
		if (text !== undefined) {
			const actual = text.slice(value.start as number, value.end as number);
			if (actual !== quote)
				this.fail(
					`${path}.quote`,
					`does not match ${sourceFile} at [${value.start}, ${value.end}): the file has ${describe(actual)}`
				);
		}
		return this.ok;
	}
}

/** The first and last day a date record may fall on, and its human label. */
export function computeWhen(
	start: CivilDate,
	end: CivilDate | undefined,
	approximate: boolean,
	qualifier?: Qualifier
): EventWhen {
	const first = spanOf(start, qualifier).first;
	const last = spanOf(end ?? start, end ? undefined : qualifier).last;
	return {
		start,
		end,
		firstDay: dayNumber(first.year, first.month, first.day),
		lastDay: dayNumber(last.year, last.month, last.day),
		label: end
			? formatHumanRange(start, end, { approximate, qualifier })
			: formatHumanDate(start, { approximate, qualifier })
	};
}

/**
 * Makes the text fields that events repeat (quotes cited by several events, topics, kinds, actors,
 * places, sources, bases, derivations) one string each: every value JSON.parse makes is a new
 * string, and at 100 000 events the copies of the same quotes were most of the page's heap.
 * Replaces the fields in place (the event was parsed for this dataset alone) and returns it.
 */
export function shareRepeatedText<T extends EventRecord>(event: T, pool: Map<string, string>): T {
	const share = (text: string) => {
		const shared = pool.get(text);
		if (shared !== undefined) return shared;
		pool.set(text, text);
		return text;
	};
	event.topic = share(event.topic);
	event.kind = share(event.kind);
	event.actors = event.actors.map(share);
	event.places = event.places.map(share);
	event.date.basis = share(event.date.basis);
	if (event.date.derivation)
		event.date.derivation.expression = share(event.date.derivation.expression);
	for (const citation of event.citations) {
		citation.source = share(citation.source);
		citation.quote = share(citation.quote);
	}
	return event;
}

/** Canonical order: earliest possible day, then latest possible day, then id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
	return (
		a.when.firstDay - b.when.firstDay ||
		a.when.lastDay - b.when.lastDay ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
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

function validateSource(
	raw: unknown,
	path: string,
	problems: Problem[],
	file: string,
	topicIds: ReadonlySet<string>,
	sourceTexts?: ReadonlyMap<string, string>
): SourceRecord | undefined {
	const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
	const check = new Checker(problems, file, id);
	if (!isObject(raw)) {
		check.fail(path, 'must be an object');
		return undefined;
	}
	check.slug(raw, 'id', path);
	const sourceFile = check.string(raw, 'file', path);
	check.string(raw, 'title', path);
	check.string(raw, 'outlet', path);
	check.optionalString(raw, 'relays', path);
	check.optionalString(raw, 'url', path);
	if (sourceFile !== undefined && !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(sourceFile))
		check.fail(`${path}.file`, `must be a plain file name (got ${describe(sourceFile)})`);
	let text: string | undefined;
	if (sourceFile !== undefined && sourceTexts) {
		text = sourceTexts.get(sourceFile);
		if (text === undefined) check.fail(`${path}.file`, `source file ${sourceFile} is missing`);
	}

	const published = raw.published;
	if (!isObject(published)) {
		check.fail(`${path}.published`, `must be an object (got ${describe(published)})`);
	} else {
		const date = check.string(published, 'date', `${path}.published`);
		const precision = check.oneOf(published, 'precision', `${path}.published`, PRECISIONS);
		check.string(published, 'basis', `${path}.published`);
		check.oneOf(published, 'confidence', `${path}.published`, CONFIDENCES);
		const parsed = date !== undefined ? parsePartialDate(date) : null;
		if (date !== undefined && !parsed)
			check.fail(
				`${path}.published.date`,
				`is not a valid partial ISO date (got ${describe(date)})`
			);
		else if (parsed && precision && precisionOf(parsed) !== precision)
			check.fail(
				`${path}.published.precision`,
				`says ${precision} but the date ${date} has ${precisionOf(parsed)} precision`
			);
		if (published.evidence !== undefined) {
			const evidence = check.array(published, 'evidence', `${path}.published`) ?? [];
			evidence.forEach((passage, j) =>
				check.passage(passage, `${path}.published.evidence[${j}]`, sourceFile ?? '?', text)
			);
		}
	}

	const segments = check.array(raw, 'segments', path, { nonEmpty: true }) ?? [];
	const ranges: [number, number][] = [];
	segments.forEach((segment, j) => {
		const segPath = `${path}.segments[${j}]`;
		if (!isObject(segment)) return check.fail(segPath, 'must be an object');
		const topic = check.string(segment, 'topic', segPath);
		if (topic !== undefined && !topicIds.has(topic))
			check.fail(`${segPath}.topic`, `names an unknown topic ${describe(topic)}`);
		if (check.range(segment, segPath, text?.length))
			ranges.push([segment.start as number, segment.end as number]);
	});
	ranges.sort((a, b) => a[0] - b[0]);
	for (let j = 1; j < ranges.length; j++)
		if (ranges[j][0] < ranges[j - 1][1])
			check.fail(`${path}.segments`, `segments overlap at offset ${ranges[j][0]}`);

	if (raw.relations !== undefined) {
		const relations = check.array(raw, 'relations', path) ?? [];
		relations.forEach((relation, j) => {
			const relPath = `${path}.relations[${j}]`;
			if (!isObject(relation)) return check.fail(relPath, 'must be an object');
			check.oneOf(relation, 'type', relPath, RELATIONS);
			check.string(relation, 'source', relPath);
		});
	}
	return check.ok ? (raw as unknown as SourceRecord) : undefined;
}

/** Resolves a date anchor to a civil date, or explains why it cannot. */
function resolveAnchor(
	anchor: unknown,
	sources: ReadonlyMap<string, SourceRecord>
): CivilDate | string {
	if (!isObject(anchor)) return 'must be an object with a source or a date';
	if (typeof anchor.source === 'string') {
		const source = sources.get(anchor.source);
		if (!source) return `names an unknown source ${describe(anchor.source)}`;
		return parsePartialDate(source.published.date) ?? 'the source has no valid published date';
	}
	if (typeof anchor.date === 'string')
		return parsePartialDate(anchor.date) ?? `is not a valid partial ISO date (${anchor.date})`;
	return 'must have a source or a date';
}

function sameDate(a: CivilDate | undefined, b: CivilDate | undefined): boolean {
	if (!a || !b) return a === b;
	return formatPartialDate(a) === formatPartialDate(b);
}

interface EventContext {
	file: string;
	problems: Problem[];
	topicIds: ReadonlySet<string>;
	actorIds: ReadonlySet<string>;
	sources: ReadonlyMap<string, SourceRecord>;
	sourceTexts?: ReadonlyMap<string, string>;
}

function validateEvent(raw: unknown, path: string, ctx: EventContext): TimelineEvent | undefined {
	const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
	const check = new Checker(ctx.problems, ctx.file, id);
	if (!isObject(raw)) {
		check.fail(path, `must be an object (got ${describe(raw)})`);
		return undefined;
	}
	check.slug(raw, 'id', path);
	check.string(raw, 'title', path);
	check.string(raw, 'summary', path);
	const topic = check.string(raw, 'topic', path);
	if (topic !== undefined && !ctx.topicIds.has(topic))
		check.fail(`${path}.topic`, `names an unknown topic ${describe(topic)}`);
	check.slug(raw, 'kind', path);
	const actors = check.array(raw, 'actors', path) ?? [];
	actors.forEach((actor, j) => {
		if (typeof actor !== 'string' || !ctx.actorIds.has(actor))
			check.fail(`${path}.actors[${j}]`, `names an unknown actor ${describe(actor)}`);
	});
	const places = check.array(raw, 'places', path) ?? [];
	if (!places.every(isNonEmptyString))
		check.fail(`${path}.places`, 'must be an array of non-empty strings');
	if (![1, 2, 3].includes(raw.importance as number))
		check.fail(`${path}.importance`, `must be 1, 2 or 3 (got ${describe(raw.importance)})`);
	if (raw.draft !== undefined && typeof raw.draft !== 'boolean')
		check.fail(`${path}.draft`, `must be true or false when given (got ${describe(raw.draft)})`);

	// The date.
	let when: EventWhen | undefined;
	const date = raw.date;
	const datePath = `${path}.date`;
	if (!isObject(date)) {
		check.fail(datePath, `must be an object (got ${describe(date)})`);
	} else {
		const startText = check.string(date, 'start', datePath);
		const precision = check.oneOf(date, 'precision', datePath, PRECISIONS);
		check.string(date, 'basis', datePath);
		const approximate = date.approximate;
		if (typeof approximate !== 'boolean')
			check.fail(`${datePath}.approximate`, `must be true or false (got ${describe(approximate)})`);
		const qualifier =
			date.qualifier === undefined
				? undefined
				: check.oneOf(date, 'qualifier', datePath, QUALIFIERS);
		const start = startText !== undefined ? parsePartialDate(startText) : null;
		if (startText !== undefined && !start)
			check.fail(
				`${datePath}.start`,
				`is not a valid partial ISO date (got ${describe(startText)})`
			);
		let end: CivilDate | undefined;
		if (date.end !== undefined) {
			end = typeof date.end === 'string' ? (parsePartialDate(date.end) ?? undefined) : undefined;
			if (!end)
				check.fail(
					`${datePath}.end`,
					`is not a valid partial ISO date (got ${describe(date.end)})`
				);
		}
		if (start && precision && precisionOf(start) !== precision)
			check.fail(
				`${datePath}.precision`,
				`says ${precision} but start ${startText} has ${precisionOf(start)} precision`
			);
		if (start && check.ok) {
			when = computeWhen(start, end, approximate === true, qualifier);
			if (end && when.lastDay < when.firstDay)
				check.fail(`${datePath}.end`, `${date.end} is before start ${startText}`);
		}

		const derivation = date.derivation;
		if (derivation !== undefined) {
			const dPath = `${datePath}.derivation`;
			if (!isObject(derivation)) {
				check.fail(dPath, 'must be an object');
			} else {
				const expression = check.string(derivation, 'expression', dPath);
				const anchor = resolveAnchor(derivation.anchor, ctx.sources);
				if (typeof anchor === 'string') check.fail(`${dPath}.anchor`, anchor);
				else if (expression !== undefined && start) {
					const resolved = resolveDateExpression(expression, anchor);
					if (!resolved) {
						check.fail(`${dPath}.expression`, `cannot be resolved: ${describe(expression)}`);
					} else if (
						!sameDate(resolved.start, start) ||
						!sameDate(resolved.end, end) ||
						resolved.precision !== precision ||
						resolved.approximate !== approximate ||
						resolved.qualifier !== qualifier
					) {
						const got = `${startText}${end ? ` → ${date.end}` : ''}, ${precision}${approximate ? ', approximate' : ''}${qualifier ? `, ${qualifier}` : ''}`;
						const expected = `${formatPartialDate(resolved.start)}${resolved.end ? ` → ${formatPartialDate(resolved.end)}` : ''}, ${resolved.precision}${resolved.approximate ? ', approximate' : ''}${resolved.qualifier ? `, ${resolved.qualifier}` : ''}`;
						check.fail(
							datePath,
							`does not match its derivation: ${resolved.reasoning} gives ${expected}, the file says ${got}`
						);
					}
				}
			}
		}
	}

	// The citations.
	const citations = check.array(raw, 'citations', path, { nonEmpty: true }) ?? [];
	citations.forEach((citation, j) => {
		const cPath = `${path}.citations[${j}]`;
		if (!isObject(citation)) return check.fail(cPath, 'must be an object');
		const sourceId = check.string(citation, 'source', cPath);
		const source = sourceId !== undefined ? ctx.sources.get(sourceId) : undefined;
		if (sourceId !== undefined && !source) {
			check.fail(`${cPath}.source`, `names an unknown or invalid source ${describe(sourceId)}`);
			return;
		}
		const text = source ? ctx.sourceTexts?.get(source.file) : undefined;
		if (!check.passage(citation, cPath, source?.file ?? '?', text) || !source) return;
		const { start, end } = citation as unknown as Passage;
		const inTopic = source.segments.some(
			(s) => s.topic === topic && s.start <= start && end <= s.end
		);
		if (!inTopic)
			check.fail(
				cPath,
				`[${start}, ${end}) of ${source.file} is not inside a segment of topic ${describe(topic)}`
			);
	});

	if (!check.ok || !when) return undefined;
	return { ...(raw as unknown as EventRecord), when };
}

/** A dataset with nothing to show but its problems (the file could not be read at all). */
export function emptyDataset(file: string, problems: Problem[]): Dataset {
	return {
		title: file,
		sourceBase: 'sources/',
		topics: [],
		actors: [],
		sources: [],
		events: [],
		problems
	};
}

/**
 * Validates a parsed `events.json`. Returns the valid topics, actors, sources and events (events
 * in canonical order) and every problem found. Never throws.
 */
export function validateDataset(raw: unknown, options: ValidateOptions): Dataset {
	const { file, sourceTexts } = options;
	const problems: Problem[] = [];
	const check = new Checker(problems, file);
	const empty = emptyDataset(file, problems);
	if (!isObject(raw)) {
		check.fail('(top level)', `must be a JSON object (got ${describe(raw)})`);
		return empty;
	}
	if (raw.format !== FORMAT_NAME)
		check.fail('format', `must be ${describe(FORMAT_NAME)} (got ${describe(raw.format)})`);
	if (!(SUPPORTED_VERSIONS as readonly unknown[]).includes(raw.version)) {
		check.fail(
			'version',
			`format version ${describe(raw.version)} is not supported (this reader knows ${SUPPORTED_VERSIONS.join(', ')})`
		);
		return empty;
	}
	const title = isNonEmptyString(raw.title) ? raw.title : file;
	if (!isNonEmptyString(raw.title)) check.fail('title', 'must be a non-empty string');
	check.optionalString(raw, 'description', '');
	// Source texts come from the dataset's own origin: a path, never a URL with a scheme or host.
	let sourceBase = 'sources/';
	if (raw.sourceBase !== undefined) {
		if (typeof raw.sourceBase === 'string' && RELATIVE_PATH.test(raw.sourceBase))
			sourceBase = raw.sourceBase;
		else
			check.fail(
				'sourceBase',
				`must be a path relative to the dataset, such as "sources/" (got ${describe(raw.sourceBase)}); using "sources/"`
			);
	}

	const topics = validateTopics(check.array(raw, 'topics', '') ?? [], check);
	const actors = validateActors(check.array(raw, 'actors', '') ?? [], check);
	const topicIds = new Set(topics.map((t) => t.id));
	const actorIds = new Set(actors.map((a) => a.id));
	reportDuplicates(
		topics.map((t) => t.id),
		'topics',
		check
	);
	reportDuplicates(
		actors.map((a) => a.id),
		'actors',
		check
	);

	const sourceMap = new Map<string, SourceRecord>();
	(check.array(raw, 'sources', '') ?? []).forEach((item, i) => {
		const source = validateSource(item, `sources[${i}]`, problems, file, topicIds, sourceTexts);
		if (!source) return;
		if (sourceMap.has(source.id))
			check.fail(`sources[${i}].id`, `duplicate source id ${describe(source.id)}`);
		else sourceMap.set(source.id, source);
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

	const ctx: EventContext = { file, problems, topicIds, actorIds, sources: sourceMap, sourceTexts };
	const events: TimelineEvent[] = [];
	const textPool = new Map<string, string>();
	const seen = new Set<string>();
	(check.array(raw, 'events', '') ?? []).forEach((item, i) => {
		const event = validateEvent(item, `events[${i}]`, ctx);
		if (!event) return;
		if (seen.has(event.id)) {
			problems.push({
				file,
				item: event.id,
				path: `events[${i}].id`,
				message: `duplicate event id ${describe(event.id)}; the later one is skipped`
			});
			return;
		}
		seen.add(event.id);
		events.push(shareRepeatedText(event, textPool));
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

	return {
		title,
		description: typeof raw.description === 'string' ? raw.description : undefined,
		sourceBase,
		topics,
		actors,
		sources: [...sourceMap.values()],
		events: ordered,
		problems
	};
}

function reportDuplicates(ids: string[], field: string, check: Checker): void {
	const seen = new Set<string>();
	for (const id of ids) {
		if (seen.has(id)) check.fail(field, `duplicate id ${describe(id)}`);
		seen.add(id);
	}
}
