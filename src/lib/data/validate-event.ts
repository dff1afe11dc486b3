/**
 * The validator's check of one `events[]` record: its fields, its date (parsed, in order, and the
 * same as its derivation gives), and its citations (known sources, quotes that match, inside a
 * segment of the event's topic).
 */
import { formatPartialDate, parsePartialDate, precisionOf, type CivilDate } from './civil-date.ts';
import { computeWhen, IMPORTANCES, PRECISIONS, QUALIFIERS } from './event.ts';
import { resolveDateExpression } from './resolve-date.ts';
import type {
	EventRecord,
	EventWhen,
	Passage,
	Problem,
	SourceRecord,
	TimelineEvent
} from './types.ts';
import {
	Checker,
	describe,
	isNonEmptyString,
	isObject,
	MAX_TITLE_LENGTH
} from './validate-checker.ts';
import { checkLinks } from './validate-period.ts';

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

/** What an event is checked against: the dataset's valid topics, actors and sources. */
export interface EventContext {
	file: string;
	problems: Problem[];
	topicIds: ReadonlySet<string>;
	actorIds: ReadonlySet<string>;
	sources: ReadonlyMap<string, SourceRecord>;
	sourceTexts?: ReadonlyMap<string, string>;
}

/**
 * The event as written plus its parsed date when it is valid, else undefined; its problems go to
 * `ctx.problems`, named by its id.
 */
export function validateEvent(
	raw: unknown,
	path: string,
	ctx: EventContext
): TimelineEvent | undefined {
	const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
	const check = new Checker(ctx.problems, ctx.file, id);
	if (!isObject(raw)) {
		check.fail(path, `must be an object (got ${describe(raw)})`);
		return undefined;
	}
	check.slug(raw, 'id', path);
	const title = check.string(raw, 'title', path);
	if (title !== undefined && title.length > MAX_TITLE_LENGTH)
		check.fail(
			`${path}.title`,
			`is ${title.length} characters long; a title is at most ${MAX_TITLE_LENGTH} (put the rest in the summary)`
		);
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
	if (!(IMPORTANCES as readonly unknown[]).includes(raw.importance))
		check.fail(`${path}.importance`, `must be 1, 2 or 3 (got ${describe(raw.importance)})`);
	if (raw.draft !== undefined && typeof raw.draft !== 'boolean')
		check.fail(`${path}.draft`, `must be true or false when given (got ${describe(raw.draft)})`);
	const links = checkLinks(check, raw, path);
	if (raw.citationOf !== undefined) {
		if (typeof raw.citationOf !== 'string' || raw.citationOf === '')
			check.fail(`${path}.citationOf`, `must be an event id (got ${describe(raw.citationOf)})`);
		else if (raw.draft !== true)
			check.fail(
				`${path}.citationOf`,
				'is a proposal for the reviewer and belongs on a draft only; once reviewed, add the citations to that event and remove this one'
			);
		else if (raw.citationOf === id) check.fail(`${path}.citationOf`, 'names the draft itself');
	}

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
	const record = raw as unknown as EventRecord;
	// Links that are no web address were reported and are left out; the event stays.
	if (links !== undefined && links.length !== (raw.links as unknown[]).length)
		return { ...record, links, when };
	return { ...record, when };
}
