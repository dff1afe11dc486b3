/**
 * Property-based tests of the loader and the validator: random values, random text and valid
 * datasets broken at random must never make them throw, must never cost a valid event, and every
 * event they skip must be reported naming the file, the event and the field.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareEvents } from './event.ts';
import { validateDataset } from './validate.ts';
import { loadDataset } from './load.ts';
import { parseDatasetText } from './parse-dataset.ts';
import type { Dataset, DatasetFile, Problem } from './types.ts';
import {
	fieldOf,
	getAt,
	isObject,
	json,
	mutateEvent,
	planFor,
	setAt,
	spliceText,
	type EventMutation,
	type Json,
	type Plan,
	type Verdict
} from './validate.mutations.ts';
import { SLUG } from '../shared/slug.ts';
import { MINI_FILE, MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const FILE = 'events.json';

const realDataset: DatasetFile = JSON.parse(readFileSync('events.json', 'utf8'));
const realTexts = new Map(
	readdirSync('sources').map((f) => [f, readFileSync(`sources/${f}`, 'utf8')])
);
const miniTexts = new Map([[MINI_FILE, MINI_TEXT]]);

const idOf = (value: unknown) =>
	isObject(value) && typeof value.id === 'string' ? value.id : undefined;
/** A cheap assertion: the properties run thousands of times. */
function ensure(condition: unknown, message: string): asserts condition {
	if (!condition) throw new Error(message);
}
const withoutWhen = ({ when: _when, ...record }: Dataset['events'][number]) => record;

/**
 * What every result must look like, whatever the input: the shape of a Dataset, events that are
 * valid (validating them again keeps all of them, unchanged, and reports nothing about them), in
 * canonical order with unique ids, and problems that each name the file, a path and a message.
 */
function expectWellFormed(
	dataset: Dataset,
	file: string,
	sourceTexts?: ReadonlyMap<string, string>
) {
	const text = (value: unknown) => typeof value === 'string' && value.length > 0;
	ensure(
		typeof dataset.title === 'string' && typeof dataset.sourceBase === 'string',
		'the title or the sourceBase is not a string'
	);
	for (const list of [dataset.topics, dataset.actors, dataset.sources, dataset.events])
		ensure(Array.isArray(list), 'a list is not an array');
	for (const p of dataset.problems)
		ensure(
			p.file === file &&
				text(p.path) &&
				text(p.message) &&
				(p.item === undefined || typeof p.item === 'string'),
			`a problem without its file, path or message: ${JSON.stringify(p)}`
		);
	const ids = new Set(dataset.events.map((e) => e.id));
	ensure(ids.size === dataset.events.length, 'two events with one id');
	dataset.events.forEach((event, i) => {
		ensure(
			SLUG.test(event.id) &&
				Number.isInteger(event.when.firstDay) &&
				event.when.lastDay >= event.when.firstDay &&
				text(event.when.label) &&
				event.citations.length > 0,
			`a malformed event: ${JSON.stringify(event)}`
		);
		if (i > 0)
			ensure(compareEvents(dataset.events[i - 1], event) < 0, `out of order at ${event.id}`);
	});
	if (dataset.events.length === 0) return;
	const again = validateDataset(
		{
			format: 'evidence-timeline',
			version: 1,
			title: dataset.title,
			topics: dataset.topics,
			actors: dataset.actors,
			sources: dataset.sources,
			events: dataset.events.map(withoutWhen)
		},
		{ file, sourceTexts }
	);
	ensure(isDeepStrictEqual(again.events, dataset.events), 'validating the result again changed it');
	const doubts = again.problems.filter((p) => p.path.startsWith('events'));
	ensure(doubts.length === 0, `validating the result again: ${JSON.stringify(doubts)}`);
}

/** Every event in the result is one of the input's events, as written. */
function expectEventsFromInput(dataset: Dataset, rawEvents: unknown[]) {
	for (const event of dataset.events)
		ensure(
			rawEvents.some((raw) => isDeepStrictEqual(raw, withoutWhen(event))),
			`${event.id} is not an input event as written`
		);
}

/** The path of a problem about event `index`, or undefined for other problems. */
function eventIndexOf(problem: Problem): number | undefined {
	const match = /^events\[(\d+)\](?:[.[]|$)/.exec(problem.path);
	return match ? Number(match[1]) : undefined;
}
function fieldOfProblem(problem: Problem): string {
	return /^events\[\d+\]\.([A-Za-z]+)/.exec(problem.path)?.[1] ?? '';
}

/**
 * Breaks a valid dataset by a plan and checks what the validator keeps and reports. The
 * invariants, with `events[i]` the i-th event of the broken file:
 *
 * - An event is *dependent* when it cites, or anchors its date on, a source that was dropped
 *   (or whose file is missing). It is always skipped and reported inside `events[i]` (at its
 *   `citations` or `date` when nothing else was done to it).
 * - An event is a *later duplicate* when an event before it in the file has the same id (only a
 *   mutation can cause that). It may be skipped with a "duplicate event id" problem at its `id`.
 * - An event that is neither mutated nor dependent is in the result unchanged, unless it is a
 *   later duplicate and reported as one. So no valid event is ever dropped.
 * - A mutated event is either in the result exactly as mutated, or reported by a problem inside
 *   `events[i]` that names the mutated top-level field (a changed `topic` may instead surface
 *   at `citations`, whose segments must match the topic; a later duplicate at `id`), with the
 *   event's id as `item` whenever it has a string id.
 * - A mutation known to invalidate the event (see `Verdict`) always gets it skipped; one known
 *   to be harmless (an unknown field, an edited quote when the texts are not checked) never does,
 *   unless the event is a later duplicate.
 * - Nothing else is reported: problems name only mutated, dependent or duplicate events, the
 *   order of the events (only after a mutation or a reordering), or sources related to a
 *   dropped source.
 */
function checkMutated(base: DatasetFile, texts: ReadonlyMap<string, string>, plan: Plan) {
	const data = structuredClone(base) as unknown as Json & { events: unknown[]; sources: Json[] };
	let sourceTexts = plan.withTexts ? new Map(texts) : undefined;
	let dropped: string | undefined;
	if (plan.drop) {
		const source = base.sources[plan.drop.source];
		if (plan.drop.what === 'record') {
			dropped = source.id;
			data.sources = data.sources.filter((s) => s.id !== source.id);
		} else if (sourceTexts) {
			dropped = source.id;
			sourceTexts = new Map(sourceTexts);
			sourceTexts.delete(source.file);
		}
	}
	if (plan.extra) setAt(data, [plan.extra.key], plan.extra.value);

	const originalIds = base.events.map((e) => e.id);
	const textOf = (id: unknown) => {
		const source = base.sources.find((s) => s.id === id);
		return source && sourceTexts?.get(source.file);
	};
	const context = { originalIds, textOf, base };
	let mutated = base.events.map(() => null as { m: EventMutation; verdict: Verdict } | null);
	for (const { index, m } of plan.mutations)
		mutated[index] = { m, verdict: mutateEvent(data.events, index, m, context) };
	if (plan.order) {
		data.events = plan.order.map((i) => data.events[i]);
		mutated = plan.order.map((i) => mutated[i]);
	}

	const result = validateDataset(data, { file: FILE, sourceTexts });
	expectWellFormed(result, FILE, sourceTexts);
	expectEventsFromInput(result, data.events);

	const raws = data.events;
	const dependent = raws.map((raw) => {
		if (dropped === undefined || !isObject(raw)) return false;
		const cites =
			Array.isArray(raw.citations) &&
			raw.citations.some((c) => isObject(c) && c.source === dropped);
		const anchored = getAt(raw, ['date', 'derivation', 'anchor', 'source']) === dropped;
		return cites || anchored;
	});
	const laterDuplicate = raws.map((raw, i) => {
		const id = idOf(raw);
		return id !== undefined && raws.slice(0, i).some((r) => idOf(r) === id);
	});
	const kept = new Map(result.events.map((e) => [e.id, withoutWhen(e)]));
	const isKept = (raw: unknown) => {
		const id = idOf(raw);
		return id !== undefined && isDeepStrictEqual(kept.get(id), raw);
	};
	const problemsOf = (i: number) =>
		result.problems.filter((p) => eventIndexOf(p) === i && p.item === idOf(raws[i]));
	const isDuplicateReport = (p: Problem, i: number) =>
		p.path === `events[${i}].id` && p.message.includes('duplicate event id');

	raws.forEach((raw, i) => {
		const change = mutated[i];
		const where = `events[${i}] (${change ? JSON.stringify(change) : 'untouched'})`;
		if (dependent[i]) {
			ensure(!isKept(raw), `${where} depends on a dropped source but was kept`);
			const reports = problemsOf(i);
			ensure(reports.length > 0, `${where} depends on a dropped source but is not reported`);
			if (!change)
				ensure(
					reports.some((p) => ['citations', 'date'].includes(fieldOfProblem(p))),
					`${where} depends on a dropped source but is reported elsewhere`
				);
		} else if (!change) {
			if (isKept(raw)) return;
			ensure(laterDuplicate[i], `${where} was dropped`);
			ensure(
				problemsOf(i).some((p) => isDuplicateReport(p, i)),
				`${where} was dropped as a duplicate without saying so`
			);
		} else if (change.verdict === 'harmless' && !laterDuplicate[i]) {
			ensure(isKept(raw), `${where} was harmless but skipped`);
		} else if (isKept(raw)) {
			ensure(change.verdict !== 'invalid', `${where} is invalid but was kept`);
		} else {
			const field = fieldOf(change.m);
			const named = problemsOf(i).some((p) => {
				const at = fieldOfProblem(p);
				return (
					field === '(event)' ||
					at === field ||
					(field === 'topic' && at === 'citations') ||
					(laterDuplicate[i] && isDuplicateReport(p, i))
				);
			});
			ensure(named, `${where} was skipped without a problem naming it and ${field}`);
		}
	});

	const anyMutation = mutated.some((m) => m !== null);
	for (const problem of result.problems) {
		const i = eventIndexOf(problem);
		const why = `unexpected problem ${JSON.stringify(problem)}`;
		if (i !== undefined) {
			const untouchedDuplicate = laterDuplicate[i] && isDuplicateReport(problem, i);
			ensure(mutated[i] !== null || dependent[i] || untouchedDuplicate, why);
		} else if (problem.path === 'events') {
			ensure(anyMutation || plan.order !== null, why);
		} else {
			ensure(dropped !== undefined, why);
			ensure(problem.path === 'relations' || problem.path.startsWith('sources['), why);
		}
	}
	if (!anyMutation && dropped === undefined)
		ensure(result.events.length === raws.length, 'an intact dataset lost events');
}

// Thousands of runs per property: about 20 s for the longest on an idle two-core machine, and
// 78 s was seen with the machine four times over-booked, so five minutes: a bound, not a speed test.
const LONG = { timeout: 300_000 };

describe('validateDataset and parseDatasetText on random input', LONG, () => {
	it('never throw on any JSON value, and return a well-formed dataset', () => {
		fc.assert(
			fc.property(fc.jsonValue(), (value) => {
				expectWellFormed(validateDataset(value, { file: FILE }), FILE);
				expectWellFormed(parseDatasetText(JSON.stringify(value), FILE), FILE);
			}),
			{ numRuns: 2000 }
		);
	});

	it('never throw on any JavaScript value, even ones JSON cannot hold', () => {
		const anything = fc.anything({
			withBigInt: true,
			withBoxedValues: true,
			withDate: true,
			withMap: true,
			withSet: true,
			withNullPrototype: true,
			withObjectString: true,
			withSparseArray: true,
			withTypedArray: true,
			stringUnit: 'binary'
		});
		fc.assert(
			fc.property(anything, (value) => {
				expectWellFormed(validateDataset(value, { file: FILE }), FILE);
				// Inside a dataset's lists too, where the validator looks deeper.
				const shaped = { ...miniDataset(), events: [value], sources: [value], topics: [value] };
				expectWellFormed(validateDataset(shaped, { file: FILE, sourceTexts: miniTexts }), FILE);
			}),
			{ numRuns: 2000 }
		);
	});

	it('keep exactly the valid events of random datasets built from valid and random parts', () => {
		const mini = miniDataset();
		const part = <T>(valid: T[]) =>
			fc.oneof(
				{ arbitrary: fc.constantFrom(...valid), weight: 3 },
				{ arbitrary: json, weight: 1 },
				{
					// A valid record with one field replaced by a random value.
					arbitrary: fc
						.tuple(fc.constantFrom(...valid), fc.nat(), json)
						.map(([record, k, value]) => {
							const copy = structuredClone(record) as Json;
							const keys = Object.keys(copy);
							copy[keys[k % keys.length]] = value;
							return copy;
						}),
					weight: 2
				}
			);
		const dataset = fc.record({
			format: fc.constant('evidence-timeline'),
			version: fc.constant(1),
			title: fc.oneof(fc.constant('Random'), json),
			topics: fc.array(part(mini.topics), { maxLength: 4 }),
			actors: fc.array(part(mini.actors), { maxLength: 3 }),
			sources: fc.array(part(mini.sources), { maxLength: 2 }),
			events: fc.array(part(mini.events), { maxLength: 8 })
		});
		fc.assert(
			fc.property(dataset, fc.boolean(), (data, withTexts) => {
				const sourceTexts = withTexts ? miniTexts : undefined;
				const result = validateDataset(data, { file: FILE, sourceTexts });
				expectWellFormed(result, FILE, sourceTexts);
				expectEventsFromInput(result, data.events);
				// Every event left out is reported, at its own index.
				const reported = new Set(result.problems.map(eventIndexOf));
				data.events.forEach((raw, i) => {
					const kept = result.events.find((e) => e.id === idOf(raw));
					const keptAsIs = kept !== undefined && isDeepStrictEqual(withoutWhen(kept), raw);
					expect(keptAsIs || reported.has(i), `events[${i}] skipped silently`).toBe(true);
				});
			}),
			{ numRuns: 2000 }
		);
	});

	it('parseDatasetText never throws on any text, and names the file when it is not JSON', () => {
		const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json());
		fc.assert(
			fc.property(text, (text) => {
				const result = parseDatasetText(text, 'x.json');
				expectWellFormed(result, 'x.json');
				let parses = true;
				try {
					JSON.parse(text);
				} catch {
					parses = false;
				}
				if (!parses) {
					expect(result.problems).toHaveLength(1);
					expect(result.problems[0]).toMatchObject({ file: 'x.json', path: '(file)' });
					expect(result.problems[0].message).toMatch(/^is not valid JSON/);
				}
			}),
			{ numRuns: 3000 }
		);
	});

	it('parseDatasetText on an edited dataset text gives the JSON problem or the validator result', () => {
		const text = JSON.stringify(miniDataset(), null, '\t');
		fc.assert(
			fc.property(fc.nat(), fc.nat(3), fc.string({ maxLength: 3 }), (at, remove, insert) => {
				const edited = spliceText(text, at, remove, insert);
				const result = parseDatasetText(edited, FILE);
				expectWellFormed(result, FILE);
				let raw: unknown;
				try {
					raw = JSON.parse(edited);
				} catch {
					expect(result.problems.map((p) => p.path)).toEqual(['(file)']);
					return;
				}
				expect(result).toEqual(validateDataset(raw, { file: FILE }));
			}),
			{ numRuns: 2000 }
		);
	});
});

describe('validateDataset on valid datasets broken at random', LONG, () => {
	it('keeps every valid event of the mini fixture and reports every broken one', () => {
		fc.assert(
			fc.property(planFor(miniDataset()), (plan) => checkMutated(miniDataset(), miniTexts, plan)),
			{ numRuns: 3000 }
		);
	});

	it('keeps every valid event of the project dataset and reports every broken one', () => {
		fc.assert(
			fc.property(planFor(realDataset), (plan) => checkMutated(realDataset, realTexts, plan)),
			{ numRuns: 1000 }
		);
	});
});

describe('whole-file faults', LONG, () => {
	const notAnObject = fc.jsonValue().filter((v) => !isObject(v));

	it('a value that is not an object: no events, one problem naming the file', () => {
		fc.assert(
			fc.property(notAnObject, (value) => {
				const result = validateDataset(value, { file: 'broken.json' });
				expect(result.events).toEqual([]);
				expect(result.problems).toHaveLength(1);
				expect(result.problems[0]).toMatchObject({ file: 'broken.json', path: '(top level)' });
				expect(result.problems[0].message).toMatch(/^must be a JSON object/);
			}),
			{ numRuns: 1000 }
		);
	});

	it('a format version other than 1: no events, a problem naming the file and the version', () => {
		const version = fc.oneof(fc.integer(), fc.double(), json).filter((v) => v !== 1);
		fc.assert(
			fc.property(version, fc.boolean(), (v, real) => {
				const data = { ...(real ? realDataset : miniDataset()), version: v };
				const result = validateDataset(data, { file: 'broken.json' });
				expect(result.events).toEqual([]);
				const problem = result.problems.find((p) => p.path === 'version');
				expect(problem).toMatchObject({ file: 'broken.json' });
				expect(problem!.message).toMatch(/^format version .* is not supported/);
			}),
			{ numRuns: 1000 }
		);
	});

	it('a wrong format name or a list that is not a list is reported by its name', () => {
		const key = fc.constantFrom('format', 'title', 'topics', 'actors', 'sources', 'events');
		fc.assert(
			fc.property(key, json, (key, value) => {
				const data = { ...miniDataset(), [key]: value } as Json;
				const result = validateDataset(data, { file: 'broken.json', sourceTexts: miniTexts });
				expectWellFormed(result, 'broken.json', miniTexts);
				const valid =
					key === 'format'
						? value === 'evidence-timeline'
						: key === 'title'
							? typeof value === 'string' && value.trim() !== ''
							: Array.isArray(value);
				if (!valid)
					expect(result.problems.some((p) => p.path.replace(/^\./, '') === key)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('loadDataset', LONG, () => {
	// Whatever a fetcher rejects with: errors, strings, objects without a usable toString.
	const reason = fc.oneof(
		fc.string().map((message) => new Error(message)),
		fc.anything({ withNullPrototype: true, withBigInt: true, withBoxedValues: true })
	);
	// Last path segments, with %-escapes both well-formed and malformed ("%E0" alone).
	const name = fc
		.array(fc.constantFrom('a', 'b', '.', 'json', '%', '%E0', '%A4', '%20', '%41', 'é', ' '), {
			maxLength: 6
		})
		.map((parts) => parts.join(''));
	const outcome = fc.oneof(
		fc.record({ kind: fc.constant('reject' as const), reason }),
		fc.record({ kind: fc.constant('status' as const), status: fc.integer({ min: 300, max: 599 }) }),
		fc.record({ kind: fc.constant('body-fails' as const), reason }),
		fc.record({
			kind: fc.constant('body' as const),
			text: fc.oneof(fc.string(), fc.json(), fc.constant(JSON.stringify(miniDataset())))
		})
	);

	it('never rejects, whatever the server does, and names the file in every problem', async () => {
		await fc.assert(
			fc.asyncProperty(name, outcome, async (name, o) => {
				const fetcher = (() => {
					if (o.kind === 'reject') return Promise.reject(o.reason);
					if (o.kind === 'status')
						return Promise.resolve({ ok: false, status: o.status } as Response);
					const text = () =>
						o.kind === 'body' ? Promise.resolve(o.text) : Promise.reject(o.reason);
					return Promise.resolve({ ok: true, status: 200, text } as Response);
				}) as typeof fetch;
				const url = new URL(`https://example.org/d/${name}`);
				const result = await loadDataset(url, fetcher);
				// The file is the last path segment, decoded, or as written when it cannot be.
				const segment = url.pathname.split('/').pop()!;
				let file = segment || url.href;
				try {
					file = decodeURIComponent(file);
				} catch {
					// Malformed: kept as written.
				}
				expectWellFormed(result, file);
			}),
			{ numRuns: 1000 }
		);
	});

	it('names the file as written when its %-escapes are malformed', async () => {
		const fetcher = (() => Promise.resolve({ ok: false, status: 404 } as Response)) as typeof fetch;
		const result = await loadDataset(new URL('https://example.org/d/bad%E0.json'), fetcher);
		expect(result.problems).toEqual([
			{ file: 'bad%E0.json', path: '(file)', message: 'could not be fetched: HTTP 404' }
		]);
	});

	it('turns a rejection with an object without a usable toString into a problem', async () => {
		const fetcher = (() => Promise.reject(Object.create(null))) as typeof fetch;
		const result = await loadDataset(new URL('https://example.org/d/events.json'), fetcher);
		expect(result.problems[0].message).toBe('could not be fetched: unknown error');
	});
});
