/**
 * How the fuzz tests of the validator break a valid dataset: random mutations of an event and of
 * the whole file (fast-check arbitraries), applying one, and what each is known to do, judged
 * without the validator so that the tests do not take its word for it.
 */
import fc from 'fast-check';
import type { DatasetFile } from './types.ts';

/** A JSON object as parsed: any field may hold anything. */
export type Json = Record<string, unknown>;

/** Whether `value` is a plain object (not null, not an array). */
export const isObject = (value: unknown): value is Json =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

// Fields a dataset event has, by path ("C" stands for a citation's index).
const EVENT_FIELDS = [
	'id',
	'title',
	'summary',
	'topic',
	'kind',
	'actors',
	'actors.0',
	'places',
	'places.0',
	'importance',
	'date',
	'date.start',
	'date.end',
	'date.precision',
	'date.approximate',
	'date.qualifier',
	'date.basis',
	'date.derivation',
	'date.derivation.expression',
	'date.derivation.anchor',
	'date.derivation.anchor.source',
	'citations',
	'citations.C',
	'citations.C.source',
	'citations.C.quote',
	'citations.C.start',
	'citations.C.end'
] as const;
type EventField = (typeof EVENT_FIELDS)[number];

/** Every field name of the format, so that an "unknown" field is really unknown. */
const KNOWN_KEYS = new Set(
	[
		...EVENT_FIELDS.flatMap((f) => f.split('.')),
		'when',
		'note',
		'date',
		'format',
		'version',
		'title',
		'description',
		'sourceBase',
		'topics',
		'actors',
		'sources',
		'events',
		'__proto__'
	].filter((k) => k !== 'C' && k !== '0')
);

/** One value of each JSON type; a retyped field gets the first one of a type it did not have. */
const TYPED_VALUES: unknown[] = [null, true, 7, 'x', [], {}];
const jsonType = (value: unknown) =>
	value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const DATE_CORRUPTIONS = [
	'2024-02-30',
	'2023-02-29',
	'2024-13',
	'2024-00',
	'0000-00-00',
	'24',
	'20245',
	'2024-1-05',
	'2024/01/05',
	' 2024',
	'2024 ',
	'2024-01-01T00:00:00Z',
	'-0000',
	'２０２４',
	'',
	'yesterday'
];

/** One way to break an event; `mutateEvent` applies it. */
export type EventMutation =
	| { kind: 'delete'; field: EventField; citation: number }
	| { kind: 'retype'; field: EventField; citation: number; type: number }
	| { kind: 'replace'; field: EventField | '(event)'; citation: number; value: unknown }
	| {
			kind: 'corrupt-date';
			end: boolean;
			to: string | { at: number; remove: number; insert: string };
	  }
	| { kind: 'shift-offset'; citation: number; which: 'start' | 'end' | 'both'; delta: number }
	| { kind: 'edit-quote'; citation: number; at: number; remove: number; insert: string }
	| { kind: 'duplicate-id'; of: number }
	| { kind: 'switch-topic'; to: number }
	| {
			kind: 'unknown-field';
			where: 'event' | 'date' | 'derivation' | 'citation';
			citation: number;
			key: string;
			value: unknown;
	  };

/** A small random JSON value. */
export const json = fc.jsonValue({ maxDepth: 2 });
const eventField = fc.constantFrom(...EVENT_FIELDS);
const edit = { at: fc.nat(), remove: fc.nat(2), insert: fc.string({ maxLength: 3 }) };

const eventMutation: fc.Arbitrary<EventMutation> = fc.oneof(
	fc.record({ kind: fc.constant('delete'), field: eventField, citation: fc.nat() }),
	fc.record({
		kind: fc.constant('retype'),
		field: eventField,
		citation: fc.nat(),
		type: fc.nat(5)
	}),
	fc.record({
		kind: fc.constant('replace'),
		field: fc.oneof(eventField, fc.constant('(event)' as const)),
		citation: fc.nat(),
		value: json
	}),
	fc.record({
		kind: fc.constant('corrupt-date'),
		end: fc.boolean(),
		to: fc.oneof(fc.constantFrom(...DATE_CORRUPTIONS), fc.string(), fc.record(edit))
	}),
	fc.record({
		kind: fc.constant('shift-offset'),
		citation: fc.nat(),
		which: fc.constantFrom('start', 'end', 'both'),
		delta: fc.integer({ min: -40, max: 40 }).filter((d) => d !== 0)
	}),
	fc.record({ kind: fc.constant('edit-quote'), citation: fc.nat(), ...edit }),
	fc.record({ kind: fc.constant('duplicate-id'), of: fc.nat() }),
	fc.record({ kind: fc.constant('switch-topic'), to: fc.nat() }),
	fc.record({
		kind: fc.constant('unknown-field'),
		where: fc.constantFrom('event', 'date', 'derivation', 'citation'),
		citation: fc.nat(),
		key: fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !KNOWN_KEYS.has(k)),
		value: json
	})
) as fc.Arbitrary<EventMutation>;

/** The top-level field of the event a mutation touches: where its problem must point. */
export function fieldOf(mutation: EventMutation): string {
	switch (mutation.kind) {
		case 'delete':
		case 'retype':
		case 'replace':
			return mutation.field.split('.')[0];
		case 'corrupt-date':
			return 'date';
		case 'shift-offset':
		case 'edit-quote':
			return 'citations';
		case 'duplicate-id':
			return 'id';
		case 'switch-topic':
			return 'topic';
		case 'unknown-field':
			return '';
	}
}

/** `text` with `remove` characters at `at` (wrapped to its length) replaced by `insert`. */
export function spliceText(text: string, at: number, remove: number, insert: string): string {
	const i = at % (text.length + 1);
	return text.slice(0, i) + insert + text.slice(i + remove);
}

/** The concrete path of a field in an event; "C" becomes a citation that exists, if any. */
function resolvePath(event: Json, field: EventField, citation: number): (string | number)[] {
	const count = Array.isArray(event.citations) ? event.citations.length : 1;
	return field
		.split('.')
		.map((k) => (k === 'C' ? citation % Math.max(count, 1) : k === '0' ? 0 : k));
}

/** Sets (or deletes) the value at `path`; does nothing when a parent is missing. */
export function setAt(root: Json, path: (string | number)[], value: unknown, remove = false): void {
	let parent: unknown = root;
	for (const key of path.slice(0, -1)) {
		parent = isObject(parent) || Array.isArray(parent) ? (parent as Json)[key] : undefined;
		if (!isObject(parent) && !Array.isArray(parent)) return;
	}
	const key = path[path.length - 1];
	if (Array.isArray(parent) && typeof key === 'number') {
		// Splice, never `delete`: JSON has no holes in arrays.
		if (remove) parent.splice(key, 1);
		else parent[key] = value;
	} else if (isObject(parent)) {
		if (remove) delete parent[key];
		else
			Object.defineProperty(parent, key, {
				value,
				enumerable: true,
				writable: true,
				configurable: true
			});
	}
}

/** The value at `path`, or undefined when a parent is missing. */
export function getAt(root: unknown, path: (string | number)[]): unknown {
	return path.reduce<unknown>(
		(value, key) => (isObject(value) || Array.isArray(value) ? (value as Json)[key] : undefined),
		root
	);
}

/** What `mutateEvent` knows of the dataset it breaks. */
export interface MutationContext {
	/** The dataset before any mutation. */
	base: DatasetFile;
	/** The ids of its events, in the original order. */
	originalIds: string[];
	/** The text of a source, when the validator gets the texts. */
	textOf: (sourceId: unknown) => string | undefined;
}

/** Whether every citation of an event lies inside a segment of `topic` (written independently). */
function citationsFitTopic(base: DatasetFile, event: Json, topic: string): boolean {
	return (event.citations as Json[]).every((c) =>
		base.sources
			.find((s) => s.id === c.source)
			?.segments.some(
				(s) => s.topic === topic && s.start <= (c.start as number) && (c.end as number) <= s.end
			)
	);
}

/**
 * What a mutation is known to do, independently of the validator: `invalid` when the event can
 * no longer be valid, `harmless` when it must stay valid, `unknown` when either may happen (a
 * random value may be fine, a deleted optional field may or may not matter, ...).
 */
export type Verdict = 'invalid' | 'unknown' | 'harmless';

// Deleting these makes an event invalid (the others are optional, or one item of a list).
const REQUIRED = new Set<EventField>(
	EVENT_FIELDS.filter(
		(f) => !['date.end', 'date.qualifier', 'date.derivation', 'actors.0', 'places.0'].includes(f)
	)
);
/** A loose shape of a partial ISO date: what fails it is certainly not a date. */
const DATE_LIKE = /^[+-]?\d{4,6}(?:-\d\d){0,2}$/;

/**
 * Applies a mutation to event `index` of `events` and says what it is known to do.
 */
export function mutateEvent(
	events: unknown[],
	index: number,
	m: EventMutation,
	{ originalIds, textOf, base }: MutationContext
): Verdict {
	const event = events[index] as Json;
	const citation = (n: number): Json | undefined => {
		const list = event.citations;
		return Array.isArray(list) && list.length > 0 ? list[n % list.length] : undefined;
	};
	switch (m.kind) {
		case 'delete': {
			const path = resolvePath(event, m.field, m.citation);
			const existed = getAt(event, path) !== undefined;
			const lastCitation = m.field === 'citations.C' && (event.citations as unknown[]).length === 1;
			setAt(event, path, undefined, true);
			if (!existed) return 'harmless';
			return (REQUIRED.has(m.field) && m.field !== 'citations.C') || lastCitation
				? 'invalid'
				: 'unknown';
		}
		case 'retype': {
			const path = resolvePath(event, m.field, m.citation);
			const before = getAt(event, path);
			const others = TYPED_VALUES.filter((v) => jsonType(v) !== jsonType(before));
			setAt(event, path, structuredClone(others[m.type % others.length]));
			return before !== undefined ? 'invalid' : 'unknown';
		}
		case 'replace':
			if (m.field === '(event)') events[index] = structuredClone(m.value);
			else setAt(event, resolvePath(event, m.field, m.citation), structuredClone(m.value));
			return 'unknown';
		case 'corrupt-date': {
			const date = event.date as Json;
			const key = m.end ? 'end' : 'start';
			const current = typeof date[key] === 'string' ? (date[key] as string) : '';
			const value =
				typeof m.to === 'string' ? m.to : spliceText(current, m.to.at, m.to.remove, m.to.insert);
			const before = date[key];
			date[key] = value;
			if (value === before) return 'harmless';
			return DATE_LIKE.test(value) ? 'unknown' : 'invalid';
		}
		case 'shift-offset': {
			const c = citation(m.citation)!;
			if (m.which !== 'end') c.start = (c.start as number) + m.delta;
			if (m.which !== 'start') c.end = (c.end as number) + m.delta;
			const text = textOf(c.source);
			if (text === undefined) return 'unknown';
			const { start, end } = c as { start: number; end: number };
			const matches = start >= 0 && end > start && text.slice(start, end) === c.quote;
			return matches ? 'unknown' : 'invalid';
		}
		case 'edit-quote': {
			const c = citation(m.citation)!;
			const before = c.quote;
			c.quote = spliceText(c.quote as string, m.at, m.remove, m.insert);
			if (c.quote === before) return 'harmless';
			if ((c.quote as string).trim() === '') return 'invalid';
			return textOf(c.source) === undefined ? 'harmless' : 'invalid';
		}
		case 'duplicate-id':
			event.id = originalIds[m.of % originalIds.length];
			return 'unknown';
		case 'switch-topic': {
			const topic = base.topics[m.to % base.topics.length].id;
			if (topic === event.topic) return 'harmless';
			event.topic = topic;
			return citationsFitTopic(base, event, topic) ? 'harmless' : 'invalid';
		}
		case 'unknown-field': {
			const date = event.date as Json;
			const target =
				m.where === 'event'
					? event
					: m.where === 'date'
						? date
						: m.where === 'derivation'
							? date.derivation
							: citation(m.citation);
			if (isObject(target)) setAt(target, [m.key], structuredClone(m.value));
			return 'harmless';
		}
	}
}

/** How `checkMutated` breaks a dataset. */
export interface Plan {
	/** Mutations of a random subset of the events of the original file, by index. */
	mutations: { index: number; m: EventMutation }[];
	/** A new order of the events (a permutation of their indexes), or none. */
	order: number[] | null;
	/** A source whose record, or (with source texts) whose file, goes missing. */
	drop: { source: number; what: 'record' | 'file' } | null;
	/** Whether the validator gets the source texts (the app does not; check:data does). */
	withTexts: boolean;
	/** An unknown top-level field. */
	extra: { key: string; value: unknown } | null;
}

/** A value one time in four, else null. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
	fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary, weight: 1 });

/** Random plans for breaking `base`. */
export function planFor(base: DatasetFile): fc.Arbitrary<Plan> {
	const n = base.events.length;
	const indexes = base.events.map((_, i) => i);
	return fc.record({
		mutations: fc.uniqueArray(fc.record({ index: fc.nat(n - 1), m: eventMutation }), {
			selector: (entry) => entry.index,
			maxLength: n
		}),
		order: sometimes(fc.shuffledSubarray(indexes, { minLength: n, maxLength: n })),
		drop: sometimes(
			fc.record({
				source: fc.nat(base.sources.length - 1),
				what: fc.constantFrom('record' as const, 'file' as const)
			})
		),
		withTexts: fc.boolean(),
		extra: sometimes(
			fc.record({
				key: fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !KNOWN_KEYS.has(k)),
				value: json
			})
		)
	});
}
