/**
 * The dataset's model apart from its checker: the values its fields may take, and the rules that
 * give an event its place in time and its place in the canonical order. The validator checks
 * records against these lists; the importer, the exports and the scripts build and order events
 * with these rules, so none of them has to reach into the validator.
 */
import {
	dayNumber,
	formatHumanDate,
	formatHumanRange,
	spanOf,
	type CivilDate,
	type Precision,
	type Qualifier
} from './civil-date.ts';
import type { EventWhen, Period, TimelineEvent } from './types.ts';

// The value lists live in `values.ts`, which the record types build on too; the model offers them.
export * from './values.ts';

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

/** What the canonical order reads of an event; an event being built has no more than this. */
export type EventOrderKey = Pick<TimelineEvent, 'id' | 'when'>;

/** Canonical order: earliest possible day, then latest possible day, then id. */
export function compareEvents(a: EventOrderKey, b: EventOrderKey): number {
	return (
		a.when.firstDay - b.when.firstDay ||
		a.when.lastDay - b.when.lastDay ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

/**
 * Makes the text fields that events repeat (quotes cited by several events, topics, kinds, actors,
 * places, sources, bases, derivations, dates, precisions and date labels) one string each: every
 * value JSON.parse makes is a new string, and at 100 000 events the copies of the same quotes were
 * most of the page's heap; the dates, precision words and labels were about 7 MB more. Replaces the
 * fields in place (the event was parsed for this dataset alone) and returns it.
 */
export function shareRepeatedText<T extends TimelineEvent>(event: T, pool: Map<string, string>): T {
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
	event.date.start = share(event.date.start);
	if (event.date.end !== undefined) event.date.end = share(event.date.end);
	event.date.precision = share(event.date.precision) as Precision;
	if (event.date.qualifier !== undefined)
		event.date.qualifier = share(event.date.qualifier) as Qualifier;
	// Computed, not parsed, but as repeated: every event of one month and shape has the same label.
	event.when.label = share(event.when.label);
	if (event.date.derivation)
		event.date.derivation.expression = share(event.date.derivation.expression);
	for (const citation of event.citations) {
		citation.source = share(citation.source);
		citation.quote = share(citation.quote);
	}
	return event;
}

/** Canonical order of periods, as of events: first day, then last day, then id. */
export function comparePeriods(a: Pick<Period, 'id' | 'when'>, b: Pick<Period, 'id' | 'when'>) {
	return (
		a.when.firstDay - b.when.firstDay ||
		a.when.lastDay - b.when.lastDay ||
		(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}
