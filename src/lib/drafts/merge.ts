/**
 * Merge, don't repeat: a draft that tells a happening the dataset already has is proposed as a
 * new citation of that event (`citationOf`), and, where its text dates it more precisely (a
 * month made a day), as that sharper date with its derivation. The reviewer accepts the proposal
 * (`joinDraft`) or drops the draft. Pure: no file system, no DOM; `add-article` and the app's
 * review both run it.
 */
import { dayNumber, spanOf, PRECISIONS, parsePartialDate } from '../data/civil-date.ts';
import type { ActorRecord, DateRecord, EventRecord } from '../data/types.ts';
import { contentWords, wordShare } from './words.ts';

/** An event's possible days, inclusive, as day numbers; undefined for a date that does not parse. */
export function daysOf(
	date: Pick<DateRecord, 'start' | 'end' | 'qualifier'>
): { first: number; last: number } | undefined {
	const start = parsePartialDate(date.start);
	const end = date.end === undefined ? undefined : parsePartialDate(date.end);
	if (!start || end === null) return undefined;
	const first = spanOf(start, date.qualifier).first;
	const last = spanOf(end ?? start, end ? undefined : date.qualifier).last;
	return {
		first: dayNumber(first.year, first.month, first.day),
		last: dayNumber(last.year, last.month, last.day)
	};
}

/** The share of an existing event's title words a draft's sentence must hold to tell it. */
export const TITLE_SHARE = 0.6;
/**
 * Content words a draft's sentence must share with an existing event's title and summary when
 * they also share an actor or a place: fewer is a coincidence of names ("Iraq", "Monday").
 */
export const SHARED_WORDS = 4;

/** Why a draft was matched to an event, for the reviewer. */
export interface MatchReason {
	/** Actors of the event named in the draft's sentence (by name or alias). */
	actors: string[];
	/** Places of the event named in the draft's sentence. */
	places: string[];
	/** Content words the sentence shares with the event's title and summary. */
	words: string[];
}

/** A draft's proposal: the event it would join, and whether its date is the sharper one. */
export interface CitationProposal {
	event: EventRecord;
	/** The draft's date lies inside the event's and is finer (year → month or day, month → day). */
	sharper: boolean;
	reason: MatchReason;
}

/** Lower-case names (name and aliases) of each actor, for finding them in a sentence. */
export function actorNames(actors: readonly ActorRecord[]): Map<string, string[]> {
	return new Map(
		actors.map((a) => [a.id, [a.name, ...(a.aliases ?? [])].map((n) => n.toLowerCase())])
	);
}

/** Whether `name` is in `text` as whole words (both lower case). */
function namesIn(text: string, name: string): boolean {
	if (name.length < 2) return false;
	let i = text.indexOf(name);
	while (i >= 0) {
		const before = text[i - 1];
		const after = text[i + name.length];
		if ((!before || !/[\p{L}\p{N}]/u.test(before)) && (!after || !/[\p{L}\p{N}]/u.test(after)))
			return true;
		i = text.indexOf(name, i + 1);
	}
	return false;
}

const finer = (a: DateRecord['precision'], b: DateRecord['precision']) =>
	PRECISIONS.indexOf(a) < PRECISIONS.indexOf(b);

/**
 * The event of `events` (not drafts, same topic) that `draft` tells again, if any: their dates
 * overlap, and the draft's sentence holds 60 % of the event's title words, or names one of its actors
 * or places and shares at least `SHARED_WORDS` other content words with its title and summary; a draft
 * coarser than the event must also tell the event's title in its own title (the clause of its
 * date). Of
 * several, the one sharing most words. Cost: one pass over `events`, the day spans computed once
 * by the caller's index when it has one (`indexEvents`).
 */
export function proposeCitation(
	draft: Pick<EventRecord, 'date' | 'summary' | 'title' | 'topic'>,
	events: readonly IndexedEvent[],
	names: ReadonlyMap<string, string[]>,
	options: {
		/** Match drafts instead of reviewed events: other articles' candidates in one run. */
		amongDrafts?: boolean;
		/** Actor ids and places too common in the dataset to tell one event from another (`commonNames`). */
		common?: ReadonlySet<string>;
	} = {}
): CitationProposal | undefined {
	const amongDrafts = options.amongDrafts ?? false;
	const common = options.common ?? new Set<string>();
	const days = daysOf(draft.date);
	if (!days) return undefined;
	const sentence = draft.summary.toLowerCase();
	const words = contentWords(draft.summary);
	let best: (CitationProposal & { score: number }) | undefined;
	for (const { event, first, last, words: eventWords } of events) {
		if (Boolean(event.draft) !== amongDrafts || event.topic !== draft.topic) continue;
		if (last < days.first || days.last < first) continue;
		const actors = event.actors.filter(
			(id) => !common.has(id) && (names.get(id) ?? []).some((n) => namesIn(sentence, n))
		);
		const places = event.places.filter((p) => !common.has(p) && namesIn(sentence, p.toLowerCase()));
		// The names themselves are counted once, as names, not again as shared words.
		const nameWords = contentWords(
			[...actors.flatMap((id) => names.get(id) ?? []), ...places].join(' ')
		);
		const shared = [...eventWords].filter((w) => words.has(w) && !nameWords.has(w));
		const tellsTitle = wordShare(event.title, words) >= TITLE_SHARE;
		const namesOne = actors.length + places.length > 0 && shared.length >= SHARED_WORDS;
		if (!tellsTitle && !namesOne) continue;
		// A coarser date than the event's ("last year" beside a day's happening) is usually another
		// happening the sentence tells, the event named only in passing ("… after the assault of
		// October 2023"): it joins only when the clause that holds its date tells the event's title.
		if (
			finer(event.date.precision, draft.date.precision) &&
			wordShare(event.title, contentWords(draft.title)) < TITLE_SHARE
		)
			continue;
		const score = shared.length + actors.length + places.length;
		if (best && best.score >= score) continue;
		best = {
			event,
			score,
			sharper:
				first <= days.first &&
				days.last <= last &&
				finer(draft.date.precision, event.date.precision),
			reason: { actors, places, words: shared }
		};
	}
	if (!best) return undefined;
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { score: _score, ...proposal } = best;
	return proposal;
}

/** The share of a dataset's events an actor or place may be in and still tell one event from another. */
export const COMMON_SHARE = 0.3;

/**
 * Actor ids and places in more than `COMMON_SHARE` of `events` (in a dataset about Iraqi militias:
 * Iraq, the United States): naming them says nothing about which happening a sentence tells.
 */
export function commonNames(events: readonly EventRecord[]): Set<string> {
	const counts = new Map<string, number>();
	for (const e of events)
		for (const name of new Set([...e.actors, ...e.places]))
			counts.set(name, (counts.get(name) ?? 0) + 1);
	return new Set(
		[...counts].filter(([, n]) => n > COMMON_SHARE * events.length).map(([name]) => name)
	);
}

/** An event with what matching reads of it computed once: its days and its title's and summary's words. */
export interface IndexedEvent {
	event: EventRecord;
	first: number;
	last: number;
	words: Set<string>;
}

/** The events ready for `proposeCitation`, each read once (events whose date does not parse are left out). */
export function indexEvents(events: readonly EventRecord[]): IndexedEvent[] {
	const indexed: IndexedEvent[] = [];
	for (const event of events) {
		const days = daysOf(event.date);
		if (days)
			indexed.push({ event, ...days, words: contentWords(`${event.title} ${event.summary}`) });
	}
	return indexed;
}

/**
 * Whether `date` (its days `days`) dates an event of date `than` more precisely: inside it and
 * finer. Only an event dated to one partial date ("January 2024") is sharpened; a span (February
 * to July) is a duration, and a day inside it is another happening's date, not a sharper one.
 */
function isSharper(
	date: DateRecord,
	days: { first: number; last: number },
	than: DateRecord,
	thanDays: { first: number; last: number }
): boolean {
	return (
		than.end === undefined &&
		thanDays.first <= days.first &&
		days.last <= thanDays.last &&
		finer(date.precision, than.precision)
	);
}

/** Why `joinDraft` cannot join a draft, in words for the reviewer. */
export class JoinError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'JoinError';
	}
}

/**
 * Accepts a draft's `citationOf` proposal: its citations are added to the event it names (those
 * it cites already are not repeated), its date replaces the event's when it is the sharper one
 * (inside the event's and finer), and the draft is removed. Returns new arrays and objects; the
 * input is left as it was.
 * @throws JoinError when the draft does not exist, proposes nothing, or names no event.
 */
export function joinDraft<T extends EventRecord>(events: readonly T[], draftId: string): T[] {
	const draft = events.find((e) => e.id === draftId);
	if (!draft || !draft.draft) throw new JoinError(`there is no draft ${JSON.stringify(draftId)}`);
	const targetId = draft.citationOf;
	if (targetId === undefined)
		throw new JoinError(`draft ${JSON.stringify(draftId)} proposes no event to join`);
	const target = events.find((e) => e.id === targetId);
	if (!target || target === draft)
		throw new JoinError(
			`draft ${JSON.stringify(draftId)} would join ${JSON.stringify(targetId)}, which is not in the dataset`
		);
	const same = (a: EventRecord['citations'][number], b: EventRecord['citations'][number]) =>
		a.source === b.source && a.start === b.start && a.end === b.end;
	const added = draft.citations.filter((c) => !target.citations.some((t) => same(t, c)));
	const draftDays = daysOf(draft.date);
	const targetDays = daysOf(target.date);
	const sharper =
		draftDays !== undefined &&
		targetDays !== undefined &&
		isSharper(draft.date, draftDays, target.date, targetDays);
	const joined: T = {
		...target,
		...(sharper ? { date: draft.date } : {}),
		citations: [...target.citations, ...added]
	};
	return events.filter((e) => e !== draft).map((e) => (e === target ? joined : e));
}
