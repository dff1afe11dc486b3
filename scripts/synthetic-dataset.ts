/**
 * Large synthetic datasets for trying and benchmarking the timeline at 10k–100k events. Pure and
 * deterministic: the same real dataset and options always give the same result, byte for byte once
 * serialised. `scripts/make-synthetic.ts` is the command-line front end.
 *
 * The synthetic events keep the real dataset's topics, actors and sources, and copy the citations of
 * real events, so the reader still opens real articles at real passages and the strict validator
 * (quotes against the files, citations inside a segment of the event's topic) accepts every event.
 */
import {
	dayNumber,
	formatPartialDate,
	fromDayNumber,
	type CivilDate,
	type Precision,
	type Qualifier
} from '../src/lib/data/civil-date.ts';
import { computeWhen } from '../src/lib/data/event.ts';
import type { DatasetFile, DateRecord, EventRecord } from '../src/lib/data/types.ts';

/** What to generate. */
export interface SyntheticOptions {
	/** Number of events, a non-negative integer. */
	events: number;
	/** PRNG seed (an integer, default 1); different seeds give different datasets. */
	seed?: number;
	/** First year dates may fall in (default 1990). */
	fromYear?: number;
	/** Last year dates may fall in, inclusive (default 2030). */
	toYear?: number;
}

/** Every synthetic date says where it comes from; none has a derivation to recompute. */
export const SYNTHETIC_BASIS = 'Synthetic: generated for load testing.';

/** mulberry32: tiny, fast, and good enough for test data; returns floats in [0, 1). */
function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Random = () => number;

function randomInt(random: Random, n: number): number {
	return Math.floor(random() * n);
}

function pick<T>(random: Random, items: readonly T[]): T {
	return items[randomInt(random, items.length)];
}

/**
 * Roughly normal with mean 0 and standard deviation 1: a sum of uniforms, not Box–Muller, because
 * Math.log/Math.cos are not required to give identical bits on every engine and the output must.
 */
function roughNormal(random: Random): number {
	return (random() + random() + random() + random() - 2) * Math.sqrt(3);
}

/**
 * The shapes a date takes, with weights and the share marked approximate, modelled on the real
 * events.json (56 events: about a quarter day, a fifth month, a quarter month spans, a fifth year;
 * approximate dates are mostly month spans and years).
 */
const DATE_SHAPES: readonly {
	precision: Precision;
	span: boolean;
	weight: number;
	approximate: number;
}[] = [
	{ precision: 'day', span: false, weight: 25, approximate: 0.07 },
	{ precision: 'day', span: true, weight: 7, approximate: 0.1 },
	{ precision: 'month', span: false, weight: 20, approximate: 0.05 },
	{ precision: 'month', span: true, weight: 26, approximate: 0.4 },
	{ precision: 'year', span: false, weight: 19, approximate: 0.25 },
	{ precision: 'year', span: true, weight: 3, approximate: 0 }
];
const SHAPE_WEIGHT = DATE_SHAPES.reduce((sum, shape) => sum + shape.weight, 0);
/** Share of single-year dates given an early/mid/late qualifier ("late 2019"). */
const QUALIFIED_YEARS = 0.1;
/** Share of events that fall in a crisis burst rather than the uniform background. */
const CRISIS_SHARE = 0.6;

interface Crisis {
	/** Day number of the burst's centre. */
	centre: number;
	/** Standard deviation in days. */
	spread: number;
	weight: number;
}

function monthsBetween(a: CivilDate, b: CivilDate): number {
	return (b.year - a.year) * 12 + (b.month ?? 1) - (a.month ?? 1);
}

/** A date record around `day`, its span kept inside the range that ends on `lastDay`. */
function makeDate(
	random: Random,
	day: number,
	lastDay: number
): { record: DateRecord; start: CivilDate; end?: CivilDate } {
	let roll = random() * SHAPE_WEIGHT;
	const shape = DATE_SHAPES.find((s) => (roll -= s.weight) < 0) ?? DATE_SHAPES[0];
	const approximate = random() < shape.approximate;
	const { year, month } = fromDayNumber(day);
	const last = fromDayNumber(lastDay);
	let start: CivilDate;
	let end: CivilDate | undefined;
	let qualifier: Qualifier | undefined;
	if (shape.precision === 'day') {
		start = fromDayNumber(day);
		// A span cut short by the end of the range may collapse to its start day: then no span.
		const endDay = Math.min(lastDay, day + 1 + randomInt(random, 20));
		if (shape.span && endDay > day) end = fromDayNumber(endDay);
	} else if (shape.precision === 'month') {
		start = { year, month };
		if (shape.span) {
			// Clamped so the span never runs past the last month of the range.
			const months = Math.min(1 + randomInt(random, 8), monthsBetween(start, last));
			const index = year * 12 + month - 1 + months;
			if (months > 0) end = { year: Math.floor(index / 12), month: (index % 12) + 1 };
		}
	} else {
		start = { year };
		if (shape.span) {
			const endYear = Math.min(year + 1 + randomInt(random, 3), last.year);
			if (endYear > year) end = { year: endYear };
		} else if (random() < QUALIFIED_YEARS) {
			// The qualifier agrees with the month the event was drawn in, so bursts stay bursts.
			qualifier = month <= 4 ? 'early' : month <= 8 ? 'mid' : 'late';
		}
	}
	// Spreads keep the key order of the real file: start, end, precision, approximate, qualifier.
	const record: DateRecord = {
		start: formatPartialDate(start),
		...(end ? { end: formatPartialDate(end) } : {}),
		precision: shape.precision,
		approximate,
		...(qualifier ? { qualifier } : {}),
		basis: SYNTHETIC_BASIS
	};
	return { record, start, end };
}

function checkOptions(options: SyntheticOptions): Required<SyntheticOptions> {
	const { events, seed = 1, fromYear = 1990, toYear = 2030 } = options;
	if (!Number.isSafeInteger(events) || events < 0)
		throw new RangeError(`events must be a non-negative integer (got ${events})`);
	if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer (got ${seed})`);
	// Four-digit years keep every date in the plain ISO form the real files use.
	for (const [name, year] of [
		['fromYear', fromYear],
		['toYear', toYear]
	] as const)
		if (!Number.isInteger(year) || year < 1 || year > 9999)
			throw new RangeError(`${name} must be an integer from 1 to 9999 (got ${year})`);
	if (fromYear > toYear) throw new RangeError(`fromYear ${fromYear} is after toYear ${toYear}`);
	return { events, seed, fromYear, toYear };
}

/**
 * Generates a synthetic dataset of `options.events` events from a real one (a parsed, valid
 * `events.json`). The result has the same format and version, the real `sourceBase`, topics,
 * actors and sources, and events that:
 *
 * - have ids `synthetic-000001`… numbered in canonical order, and titles
 *   "Synthetic event 1: <a real event's title>";
 * - copy topic, kind, places, importance, actors and citations from a real event of a randomly
 *   chosen topic (sometimes with one more real actor), so every quote still matches its source
 *   and lies in a segment of the event's topic;
 * - have dates in [fromYear, toYear] (default 1990–2030), clustered in bursts around a few random
 *   "crisis" months over a uniform background, mixing day, month and year precision, spans,
 *   approximate dates and a few qualified years; no date has a derivation, each says it is
 *   synthetic in its `basis`;
 * - are in the canonical order the validator requires.
 *
 * Deterministic: seeded PRNG (mulberry32), no Math.random, no clock. Does not modify `real`.
 *
 * @throws RangeError on invalid options, or when events are asked for and `real` has no event
 *   with citations whose topic is one of its topics.
 */
export function generateSyntheticDataset(
	real: DatasetFile,
	options: SyntheticOptions
): DatasetFile {
	const { events: count, seed, fromYear, toYear } = checkOptions(options);
	const random = mulberry32(seed);

	// Templates by topic: only events whose citations can be copied as they are.
	const topicIds = new Set(real.topics.map((t) => t.id));
	const templatesByTopic = new Map<string, EventRecord[]>();
	for (const event of real.events) {
		if (!topicIds.has(event.topic) || event.citations.length === 0) continue;
		const list = templatesByTopic.get(event.topic) ?? [];
		list.push(event);
		templatesByTopic.set(event.topic, list);
	}
	// Topics drawn uniformly, not in proportion to the real events, so that every topic gets a
	// sizeable share of events to filter on; iterated in the topics' own order for determinism.
	const topics = real.topics.map((t) => t.id).filter((id) => templatesByTopic.has(id));
	if (count > 0 && topics.length === 0)
		throw new RangeError('the real dataset has no event with citations to copy');

	const firstDay = dayNumber(fromYear, 1, 1);
	const lastDay = dayNumber(toYear, 12, 31);
	const days = lastDay - firstDay + 1;
	// About one crisis every five years, at least three: enough bursts to see, few enough to stand
	// out against the background.
	const crisisCount = Math.min(12, Math.max(3, Math.round((toYear - fromYear + 1) / 5)));
	const crises: Crisis[] = [];
	for (let i = 0; i < crisisCount; i++) {
		const { year, month } = fromDayNumber(firstDay + randomInt(random, days));
		crises.push({
			centre: dayNumber(year, month, 15),
			spread: 5 + randomInt(random, 40),
			weight: 0.5 + random()
		});
	}
	const crisisWeight = crises.reduce((sum, c) => sum + c.weight, 0);

	function drawDay(): number {
		if (random() < CRISIS_SHARE) {
			let roll = random() * crisisWeight;
			const crisis = crises.find((c) => (roll -= c.weight) < 0) ?? crises[0];
			const day = crisis.centre + Math.round(crisis.spread * roughNormal(random));
			if (day >= firstDay && day <= lastDay) return day;
			// A burst at the edge of the range spills over; those events join the background.
		}
		return firstDay + randomInt(random, days);
	}

	const drafts: { event: Omit<EventRecord, 'id' | 'title'>; title: string; order: number[] }[] = [];
	for (let i = 0; i < count; i++) {
		const template = pick(random, templatesByTopic.get(pick(random, topics))!);
		const { record: date, start, end } = makeDate(random, drawDay(), lastDay);
		const actors = [...template.actors];
		if (real.actors.length > 0 && random() < 0.25) {
			const extra = pick(random, real.actors).id;
			if (!actors.includes(extra)) actors.push(extra);
		}
		// The validator's own computation, so this order is exactly the one it checks.
		const when = computeWhen(start, end, date.approximate, date.qualifier);
		drafts.push({
			title: template.title,
			order: [when.firstDay, when.lastDay, i],
			event: {
				summary: `Generated for load testing from the real event “${template.id}”, whose citations it reuses.`,
				date,
				topic: template.topic,
				kind: template.kind,
				actors,
				places: [...template.places],
				importance: template.importance,
				citations: template.citations.map(({ source, quote, start, end }) => ({
					source,
					quote,
					start,
					end
				}))
			}
		});
	}

	// Canonical order is earliest day, latest day, id. Numbering the ids after sorting, zero-padded
	// to one width, makes the id tie-break agree with the draw order used here.
	drafts.sort(
		(a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2]
	);
	const width = Math.max(6, String(count).length);
	const events: EventRecord[] = drafts.map(({ event, title }, i) => ({
		id: `synthetic-${String(i + 1).padStart(width, '0')}`,
		title: `Synthetic event ${i + 1}: ${title}`,
		...event
	}));

	return {
		format: real.format,
		version: real.version,
		title: `Synthetic dataset: ${count} events (for load testing)`,
		description: `${count} made-up events from ${fromYear} to ${toYear} (seed ${seed}), generated from “${real.title}” by scripts/make-synthetic.ts. Dates, titles and summaries are synthetic; topics, actors, sources and citations are the real ones, so every quote opens its real passage.`,
		// The real sourceBase, so a file written beside the real events.json finds the same sources.
		...(real.sourceBase !== undefined ? { sourceBase: real.sourceBase } : {}),
		// Copies, so that the result shares no objects with `real` and stays pure to mutate.
		topics: structuredClone(real.topics),
		actors: structuredClone(real.actors),
		sources: structuredClone(real.sources),
		events
	};
}

/**
 * `JSON.stringify(dataset)`, byte for byte, in pieces: the header up to `events`, each event, and
 * what follows. A million events make a file longer than the longest string V8 can make, so it
 * can only be written a piece at a time (`writeFileAtomically` takes the pieces).
 */
export function* datasetJsonPieces(dataset: DatasetFile): Generator<string> {
	let first = true;
	for (const [key, value] of Object.entries(dataset)) {
		if (value === undefined) continue;
		const name = `${first ? '{' : ','}${JSON.stringify(key)}:`;
		first = false;
		if (key !== 'events' || !Array.isArray(value)) {
			yield name + JSON.stringify(value);
			continue;
		}
		yield `${name}[`;
		// A few thousand events a piece: few enough writes, each string far below the limit.
		const batch = 2000;
		for (let i = 0; i < value.length; i += batch)
			yield (
				(i > 0 ? ',' : '') +
				value
					.slice(i, i + batch)
					.map((event) => JSON.stringify(event))
					.join(',')
			);
		yield ']';
	}
	yield first ? '{}' : '}';
}
