/**
 * Review of the drafts the authoring tools made, from the reader: accept one (it becomes an
 * ordinary event, or, when it proposes to be a citation of an event already there, joins that
 * event) or drop it. The change lives in this page until the reviewer downloads the dataset
 * (Download JSON) and saves it over the file. With the authoring tools loaded, their undoable,
 * saved commands do it (`AppState.reviewer`). Only the reader offers review, so this loads with
 * it, not with the first view.
 */
import { parsePartialDate } from '../data/civil-date.ts';
import { compareEvents, computeWhen } from '../data/event.ts';
import type { TimelineEvent } from '../data/types.ts';
import type { AppState } from './app-state.svelte.ts';

/** Accepts the draft `id` of `app`'s dataset (nothing happens to an event that is no draft). */
export function acceptDraft(app: AppState, id: string): void {
	if (app.reviewer) return app.reviewer.accept(id);
	const draft = app.dataset?.events.find((e) => e.id === id && e.draft);
	if (draft?.citationOf !== undefined) {
		// A draft that tells an event already there joins it: its citations (and its date, when
		// sharper) go to that event, which is selected in its place.
		// The join's rules load with their first use: a reader who never reviews a draft does not
		// fetch them with the reader.
		const target = draft.citationOf;
		void import('../drafts/merge.ts').then(({ joinDraft }) => {
			if (!app.dataset?.events.some((e) => e.id === id && e.draft)) return;
			replaceEvents(app, (events) =>
				joinDraft(events, id)
					.map((e) =>
						e.id === target
							? {
									...e,
									when: computeWhen(
										parsePartialDate(e.date.start)!,
										e.date.end ? parsePartialDate(e.date.end)! : undefined,
										e.date.approximate,
										e.date.qualifier
									)
								}
							: e
					)
					.sort(compareEvents)
			);
			if (app.selectedId === id) app.selectedId = target;
		});
		return;
	}
	replaceEvents(app, (events) =>
		events.map((e) => {
			if (e.id !== id || !e.draft) return e;
			// eslint-disable-next-line @typescript-eslint/no-unused-vars
			const { draft: _accepted, ...accepted } = e;
			return accepted;
		})
	);
}

/** Drops the draft `id` of `app`'s dataset (an event that is no draft stays). */
export function dropDraft(app: AppState, id: string): void {
	if (app.selectedId === id) app.clearSelection();
	if (app.reviewer) return app.reviewer.drop(id);
	replaceEvents(app, (events) => events.filter((e) => e.id !== id || !e.draft));
}

function replaceEvents(app: AppState, change: (events: TimelineEvent[]) => TimelineEvent[]): void {
	if (app.dataset) app.dataset = { ...app.dataset, events: change(app.dataset.events) };
}
