/**
 * The page's state: the loaded dataset, the selection, the source texts fetched so far, and the
 * timeline's view beside them (one per surface; components reach it through context).
 */
import { loadDataset, type LoadOptions } from '../data/load.ts';
import type { SourceText } from '../data/source-text.ts';
import type { ReadProgress } from '../data/stream-dataset.ts';
import type { Attachment } from 'svelte/attachments';
import type { Dataset, SourceRecord, TimelineEvent } from '../data/types.ts';
import { EMPTY_FILTER, filterEvents, type EventFilter } from '../filter/filter.ts';
import { eventSpanMs, timeExtent } from '../timeline/scale.ts';
import { firstViewWindow } from '../timeline/first-view.ts';
import { TimelineView } from '../timeline/view.svelte.ts';

/**
 * What the authoring tools (loaded only when opened) lend the page: review that goes through their
 * undoable, saved commands, and their controls in the reader of a draft.
 */
export interface Reviewer {
	accept(id: string): void;
	drop(id: string): void;
	/** The controls, mounted into an element of the reader (a function, not a component, so
	 * that the reading page's bundle does not carry Svelte's dynamic-component code). */
	controls: (event: TimelineEvent) => Attachment<HTMLElement>;
}

export class AppState {
	dataset: Dataset | undefined = $state.raw();
	selectedId: string | undefined = $state();
	readerOpen = $state(false);
	/** What the reader has narrowed the events to; the timeline, list, reader and exports honour it. */
	filter: EventFilter = $state.raw(EMPTY_FILTER);
	datasetUrl: URL;
	/**
	 * The timeline's view: the visible window lives there and nowhere else. Its extent is every
	 * event's, so filtering keeps the frame.
	 */
	readonly view = new TimelineView(() =>
		timeExtent(this.dataset?.events ?? [], undefined, this.dataset?.periods)
	);

	/**
	 * Whether the reader is shown as a sheet over the whole screen (phones): going back in history
	 * then returns to the list rather than opening the previous event's sheet.
	 */
	readerIsSheet = $state(false);

	/** An event a link asked for that this dataset does not hold: said, not silently ignored. */
	missingEventId: string | undefined = $state();

	/** Whether draft events (candidates awaiting review) are shown; they are, until hidden. */
	showDrafts = $state(true);

	/** The events that pass the filter (and the drafts toggle), in canonical order. */
	readonly shown: TimelineEvent[] = $derived.by(() => {
		if (!this.dataset) return [];
		const passing = filterEvents(this.dataset.events, this.filter, this.dataset.actors);
		return this.showDrafts ? passing : passing.filter((e) => !e.draft);
	});

	/** How many events are drafts awaiting review. */
	readonly draftCount: number = $derived(
		this.dataset ? this.dataset.events.reduce((n, e) => n + (e.draft ? 1 : 0), 0) : 0
	);

	/** While the authoring tools show a working dataset: its source texts, read instead of fetched. */
	localTexts: ReadonlyMap<string, string> | undefined = $state.raw();
	/** Set while the authoring tools are loaded. */
	reviewer: Reviewer | undefined = $state.raw();

	readonly selected: TimelineEvent | undefined = $derived(
		this.dataset?.events.find((e) => e.id === this.selectedId)
	);

	// A plain cache of promises: nothing renders from the map itself, so it need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#texts = new Map<string, Promise<SourceText>>();

	constructor(datasetUrl: URL) {
		this.datasetUrl = datasetUrl;
	}

	/**
	 * Loads the dataset (failures arrive as problems in it: loadDataset never throws) and opens the
	 * view on where its events are (`first-view.ts`); a link's window, applied after, replaces it.
	 */
	load(
		fetcher: typeof fetch = fetch,
		options: Pick<LoadOptions, 'streamAboveBytes'> = {}
	): Promise<void> {
		this.loaded = this.#load(fetcher, options);
		return this.loaded;
	}

	/**
	 * How far a big dataset file has been read (one read as it arrives: see `data/load.ts`), while
	 * it is; the loading screen shows it. Updated at every whole percent (or megabyte, when the
	 * length is not known), not at every chunk, so that the page is not redrawn thousands of times.
	 */
	loadProgress: ReadProgress | undefined = $state.raw();

	#onProgress = (progress: ReadProgress) => {
		const last = this.loadProgress;
		const step = progress.total ? progress.total / 100 : 1e6;
		if (!last || Math.floor(progress.loaded / step) !== Math.floor(last.loaded / step))
			this.loadProgress = progress;
	};

	/**
	 * The last `load()`, settled: the authoring tools wait on it before they show restored work,
	 * so the published dataset arriving late never replaces it.
	 */
	loaded: Promise<void> = Promise.resolve();

	async #load(
		fetcher: typeof fetch,
		options: Pick<LoadOptions, 'streamAboveBytes'>
	): Promise<void> {
		const dataset = await loadDataset(this.datasetUrl, {
			...options,
			fetcher,
			onProgress: this.#onProgress
		});
		this.loadProgress = undefined;
		// Asked for before the dataset is in: whatever the dataset's arrival sets off (an embed's
		// own window, a link) comes after, and wins.
		const first = firstViewWindow(dataset.events.map(eventSpanMs), timeExtent(dataset.events));
		if (first) this.view.showWindow(first);
		this.dataset = dataset;
	}

	/** Selects an event; `open` also opens the source reader (a click does, a key step may not). */
	select(id: string, open = true): void {
		this.selectedId = id;
		this.missingEventId = undefined;
		if (open) this.readerOpen = true;
	}

	/**
	 * Selects the next (1) or previous (-1) of `events` (the shown ones, in order) after the
	 * selection, or the first (or last) when nothing shown is selected. The reader stays as it is.
	 */
	step(events: readonly TimelineEvent[], direction: 1 | -1): void {
		if (events.length === 0) return;
		const at = events.findIndex((e) => e.id === this.selectedId);
		const next =
			at < 0
				? direction === 1
					? 0
					: events.length - 1
				: Math.min(events.length - 1, Math.max(0, at + direction));
		this.select(events[next].id, false);
	}

	clearSelection(): void {
		this.selectedId = undefined;
		this.readerOpen = false;
	}

	openReader(): void {
		if (this.selectedId) this.readerOpen = true;
	}

	closeReader(): void {
		this.readerOpen = false;
	}

	/**
	 * The text of a source, fetched once from the dataset's origin and checked against its
	 * checksum. The code that fetches and checks it loads with the first text asked for (the
	 * reader's), not with the first view.
	 */
	loadText = (source: SourceRecord): Promise<SourceText> => {
		// Read now: the page may change while the code is on its way.
		const place = {
			localTexts: this.localTexts,
			sourceBase: this.dataset?.sourceBase,
			datasetUrl: this.datasetUrl,
			fetched: this.#texts
		};
		return import('./source-texts.ts').then(({ textOf }) => textOf(source, place));
	};
}
