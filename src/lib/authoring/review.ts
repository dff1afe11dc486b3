/**
 * Review as a list of commands on the working dataset: each command makes a new `Working` from
 * the last (nothing is mutated), and the history keeps the ones before it, so every change can be
 * undone. Pure: the page's state class (`authoring.svelte.ts`) performs them, saves the result and
 * shows it; the tests here run them on plain objects.
 */
import {
	formatPartialDate,
	isValidCivilDate,
	parsePartialDate,
	PRECISIONS,
	type CivilDate,
	type Precision
} from '../data/civil-date.ts';
import { computeWhen, IMPORTANCES, type Importance } from '../data/event.ts';
import type { ActorRecord, DateRecord, DatasetFile, EventRecord } from '../data/types.ts';
import { inCanonicalOrder } from '../drafts/add-article.ts';
import { daysOf, joinDraft } from '../drafts/merge.ts';
import { SLUG, slugify } from '../shared/slug.ts';
import type { Working } from './working.ts';

/** What a reviewer may change of an event; fields left out stay as they are. */
export interface EventEdit {
	title?: string;
	/** The date as typed: YYYY, YYYY-MM or YYYY-MM-DD, cut to `precision`. */
	start?: string;
	/** The last day of a span, as typed; "" for none. */
	end?: string;
	precision?: Precision;
	approximate?: boolean;
	kind?: string;
	/** Actor ids of the dataset. */
	actors?: string[];
	/** Names of actors the dataset does not have yet: added to it, and to the event. */
	newActors?: string[];
	places?: string[];
	importance?: Importance;
}

/** One change of the working dataset. */
export type Command =
	/** Drafts found in articles (the pipeline's dataset and the texts of its new sources). */
	| { type: 'add'; dataset: DatasetFile; texts: Record<string, string>; label: string }
	/** Accept drafts as proposed: a draft with `citationOf` joins that event, the others become events. */
	| { type: 'accept'; ids: string[] }
	| { type: 'drop'; ids: string[] }
	| { type: 'edit'; id: string; edit: EventEdit }
	/** A passage the pipeline set apart as less likely to be an event, made a draft to review. */
	| { type: 'promote'; draft: EventRecord }
	/** Add a draft as a citation of `target`; with `sharperDate`, the draft's date replaces the event's. */
	| { type: 'cite'; id: string; target: string; sharperDate: boolean }
	/** Start anew, or go on from an opened or restored dataset. */
	| { type: 'replace'; working: Working; label: string };

/** Why a command cannot be performed, in words for the reviewer (each naming the field). */
export class ReviewError extends Error {
	constructor(readonly problems: string[]) {
		super(problems.join('; '));
		this.name = 'ReviewError';
	}
}

/** The undo history: the working datasets before each change, and what each change was. */
export interface History {
	present: Working;
	past: { working: Working; label: string }[];
}

/** Changes kept for Undo; a reviewer of hundreds of drafts undoes the last few, not all. */
export const UNDO_DEPTH = 200;

/** A history with nothing to undo. */
export function startHistory(working: Working): History {
	return { present: working, past: [] };
}

/** Performs `command`; the working dataset before it is kept for Undo. @throws ReviewError */
export function perform(history: History, command: Command): History {
	const next = apply(history.present, command);
	const past = [
		...history.past,
		{ working: history.present, label: describe(command, history.present) }
	];
	return { present: next, past: past.slice(-UNDO_DEPTH) };
}

/** Goes back to before the last change; unchanged when there is nothing to undo. */
export function undo(history: History): History {
	const last = history.past.at(-1);
	if (!last) return history;
	return { present: last.working, past: history.past.slice(0, -1) };
}

/** What Undo would undo, for its button: "Undo: drop “…”". */
export function undoLabel(history: History): string | undefined {
	return history.past.at(-1)?.label;
}

function titleOf(working: Working, id: string): string {
	const title = working.dataset.events.find((e) => e.id === id)?.title ?? id;
	return `“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”`;
}

/** A command in words, as the reviewer would say it. */
export function describe(command: Command, before: Working): string {
	const many = (verb: string, ids: string[]) =>
		ids.length === 1 ? `${verb} ${titleOf(before, ids[0])}` : `${verb} ${ids.length} drafts`;
	switch (command.type) {
		case 'add':
		case 'replace':
			return command.label;
		case 'accept':
			return many('accept', command.ids);
		case 'drop':
			return many('drop', command.ids);
		case 'edit':
			return `edit ${titleOf(before, command.id)}`;
		case 'promote':
			return `propose “${command.draft.title}” as a draft`;
		case 'cite':
			return `add ${titleOf(before, command.id)} as a citation of ${titleOf(before, command.target)}`;
	}
}

/** The working dataset after `command`. @throws ReviewError when it cannot be done. */
export function apply(working: Working, command: Command): Working {
	const { dataset } = working;
	switch (command.type) {
		case 'add':
			return { dataset: command.dataset, texts: { ...working.texts, ...command.texts } };
		case 'replace':
			return command.working;
		case 'accept':
			return withEvents(working, acceptAll(dataset.events, command.ids));
		case 'drop': {
			const ids = new Set(command.ids);
			return withEvents(
				working,
				dataset.events.filter((e) => !(e.draft && ids.has(e.id)))
			);
		}
		case 'promote': {
			const { draft } = command;
			if (!draft.draft) throw new ReviewError([`${draft.id}: only a draft can be proposed`]);
			if (dataset.events.some((e) => e.id === draft.id))
				throw new ReviewError([`${draft.id}: an event with this id is in the dataset already`]);
			if (!dataset.sources.some((s) => draft.citations.every((c) => c.source === s.id)))
				throw new ReviewError([
					`${draft.id}: its article is no longer in the dataset (was adding it undone?)`
				]);
			return withEvents(working, [...dataset.events, draft]);
		}
		case 'cite':
			return withEvents(
				working,
				cite(dataset.events, command.id, command.target, command.sharperDate)
			);
		case 'edit': {
			const { events, actors } = editEvent(dataset, command.id, command.edit);
			return { ...working, dataset: { ...dataset, actors, events: inCanonicalOrder(events) } };
		}
	}
}

function withEvents(working: Working, events: EventRecord[]): Working {
	return { ...working, dataset: { ...working.dataset, events: inCanonicalOrder(events) } };
}

/** An accepted draft: the same event without the draft mark. */
function accepted(event: EventRecord): EventRecord {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	const { draft: _draft, citationOf: _proposal, ...rest } = event;
	return rest;
}

function acceptAll(events: EventRecord[], ids: readonly string[]): EventRecord[] {
	let result = events;
	for (const id of ids) {
		const draft = result.find((e) => e.id === id);
		if (!draft?.draft) continue;
		const target =
			draft.citationOf === undefined ? undefined : result.find((e) => e.id === draft.citationOf);
		// A proposal whose event has gone (dropped, or itself joined) is accepted as an event of its own.
		if (target && target !== draft) result = joinDraft(result, id);
		else result = result.map((e) => (e === draft ? accepted(e) : e));
	}
	return result;
}

function cite(
	events: EventRecord[],
	id: string,
	targetId: string,
	sharperDate: boolean
): EventRecord[] {
	const draft = events.find((e) => e.id === id);
	const target = events.find((e) => e.id === targetId);
	if (!draft?.draft) throw new ReviewError([`event ${JSON.stringify(id)} is not a draft`]);
	if (!target || target === draft)
		throw new ReviewError([`there is no other event ${JSON.stringify(targetId)} to cite it in`]);
	const proposed = events.map((e) => (e === draft ? { ...draft, citationOf: targetId } : e));
	const joined = joinDraft(proposed, id);
	// joinDraft takes the draft's date when it is the sharper one; the reviewer may keep the event's.
	return sharperDate
		? joined
		: joined.map((e) => (e.id === targetId ? { ...e, date: target.date } : e));
}

/**
 * Whether `draft`'s date lies inside `target`'s and is finer: the date "Add as citation" offers
 * to give the event.
 */
export function isSharperDate(draft: DateRecord, target: DateRecord): boolean {
	const d = daysOf(draft);
	const t = daysOf(target);
	if (!d || !t) return false;
	return (
		t.first <= d.first &&
		d.last <= t.last &&
		PRECISIONS.indexOf(draft.precision) < PRECISIONS.indexOf(target.precision)
	);
}

/** A typed date cut to `precision`, or why it cannot be. */
function dateAt(text: string, precision: Precision, field: string): CivilDate | string {
	const date = parsePartialDate(text.trim());
	if (!date || !isValidCivilDate(date))
		return `${field}: ${JSON.stringify(text)} is not a date written YYYY, YYYY-MM or YYYY-MM-DD`;
	if (precision === 'year') return { year: date.year };
	if (date.month === undefined)
		return `${field}: a ${precision} needs the month (YYYY-MM${precision === 'day' ? '-DD' : ''})`;
	if (precision === 'month') return { year: date.year, month: date.month };
	if (date.day === undefined) return `${field}: a day needs the day of the month (YYYY-MM-DD)`;
	return date;
}

function editEvent(
	dataset: DatasetFile,
	id: string,
	edit: EventEdit
): { events: EventRecord[]; actors: ActorRecord[] } {
	const event = dataset.events.find((e) => e.id === id);
	if (!event) throw new ReviewError([`there is no event ${JSON.stringify(id)}`]);
	const problems: string[] = [];
	const next: EventRecord = { ...event };
	if (edit.title !== undefined) {
		if (edit.title.trim() === '') problems.push('Title: must not be empty');
		else next.title = edit.title.trim();
	}
	if (edit.kind !== undefined) {
		const kind = slugify(edit.kind);
		if (!SLUG.test(kind))
			problems.push(`Kind: ${JSON.stringify(edit.kind)} has no letter or digit`);
		else next.kind = kind;
	}
	if (edit.importance !== undefined) {
		if (!(IMPORTANCES as readonly number[]).includes(edit.importance))
			problems.push('Importance: must be 1, 2 or 3');
		else next.importance = edit.importance;
	}
	if (edit.places !== undefined) next.places = edit.places.map((p) => p.trim()).filter(Boolean);

	let actors = dataset.actors;
	if (edit.actors !== undefined || edit.newActors !== undefined) {
		const ids = new Set(actors.map((a) => a.id));
		const chosen = (edit.actors ?? event.actors).filter((a) => {
			if (!ids.has(a))
				problems.push(`Actors: ${JSON.stringify(a)} is not an actor of this timeline`);
			return ids.has(a);
		});
		const added: ActorRecord[] = [];
		for (const name of (edit.newActors ?? []).map((n) => n.trim()).filter(Boolean)) {
			const existing = [...actors, ...added].find(
				(a) => a.name.toLowerCase() === name.toLowerCase() || a.id === slugify(name, 40)
			);
			if (existing) {
				chosen.push(existing.id);
				continue;
			}
			const actorId = slugify(name, 40);
			if (!actorId) {
				problems.push(`Actors: cannot make an id from ${JSON.stringify(name)}`);
				continue;
			}
			added.push({ id: actorId, name });
			chosen.push(actorId);
		}
		actors = [...actors, ...added];
		next.actors = [...new Set(chosen)];
	}

	const dateChanged =
		edit.start !== undefined ||
		edit.end !== undefined ||
		edit.precision !== undefined ||
		edit.approximate !== undefined;
	if (dateChanged) {
		const precision = edit.precision ?? event.date.precision;
		const start = dateAt(edit.start ?? event.date.start, precision, 'Date');
		const endText = edit.end ?? event.date.end ?? '';
		const end = endText.trim() === '' ? undefined : dateAt(endText, precision, 'Until');
		if (typeof start === 'string') problems.push(start);
		if (typeof end === 'string') problems.push(end);
		if (typeof start !== 'string' && typeof end !== 'string') {
			const approximate = edit.approximate ?? event.date.approximate;
			const when = computeWhen(start, end, approximate);
			if (end && when.lastDay < when.firstDay) problems.push('Until: is before the date');
			const date: DateRecord = {
				start: formatPartialDate(start),
				...(end ? { end: formatPartialDate(end) } : {}),
				precision,
				approximate,
				basis: `Set by the reviewer; the text gave ${describeOld(event.date)} (${event.date.basis})`
			};
			if (sameDate(date, event.date)) next.date = event.date;
			else next.date = date;
		}
	}
	if (problems.length > 0) throw new ReviewError(problems);
	return { events: dataset.events.map((e) => (e === event ? next : e)), actors };
}

function describeOld(date: DateRecord): string {
	return `${date.start}${date.end ? ` to ${date.end}` : ''}${date.approximate ? ', approximately' : ''}`;
}

function sameDate(a: DateRecord, b: DateRecord): boolean {
	return (
		a.start === b.start &&
		a.end === b.end &&
		a.precision === b.precision &&
		a.approximate === b.approximate &&
		b.qualifier === undefined
	);
}
