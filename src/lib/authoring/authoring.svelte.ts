/**
 * The authoring tools' state: the working dataset and its undo history, shown in the page (the
 * app's dataset is replaced by it), saved in the browser after every change, drafted in a worker,
 * published as a zip. One per page, made when the panel is first opened or saved work is found.
 */
import { tick } from 'svelte';
import type { AppState } from '../app/app-state.svelte.ts';
import type { Dataset, Problem, TimelineEvent } from '../data/types.ts';
import { eventSpanMs, timeExtent } from '../timeline/scale.ts';
import { firstViewWindow } from '../timeline/first-view.ts';
import type {
	AddedArticle,
	ArticleFields,
	ArticleIn,
	FindRequest,
	FindResult
} from './pipeline.ts';
import { openFiles, publishable, publishZip } from './publish.ts';
import type { NamedBytes } from '../drafts/read-article.ts';
import type { ReadArticles } from './read-files.ts';
import type { AuthoringAnswer, AuthoringJob } from './pipeline.worker.ts';
import {
	perform,
	ReviewError,
	startHistory,
	undo,
	undoLabel,
	type Command,
	type History
} from './review.ts';
import { clearWorking, loadWorking, saveWorking } from './store.ts';
import {
	draftCount,
	fetchPublished,
	newTimeline,
	textsByName,
	toAppDataset,
	type Working
} from './working.ts';
import { eventsWithIds } from './groups.ts';
import { exportFileName } from '../export/export.ts';

/** What the last Find events gave, for the panel to say. */
export interface FoundReport {
	drafts: number;
	added: AddedArticle[];
	refused: { name: string; problems: string[] }[];
	/** Milliseconds from Find events to the drafts in the page. */
	ms: number;
}

export class AuthoringState {
	history: History | undefined = $state.raw();
	/** Work is being restored, fetched or drafted. */
	busy = $state(false);
	/** Why the last action failed, each problem a line naming what it concerns. */
	problems: string[] = $state.raw([]);
	/** Problems of an opened dataset (its valid events are all shown). */
	openedProblems: Problem[] = $state.raw([]);
	found: FoundReport | undefined = $state.raw();
	/** A failed save: said, since the work would otherwise be lost on reload. */
	saveError: string | undefined = $state();
	/** The Add article panel is open. */
	panelOpen = $state(false);
	/**
	 * The bar of changes is unfolded. On a phone it starts folded: the list below needs the screen.
	 * Each Find events report unfolds it (see `findEvents`): what it found is what the reader asked for,
	 * so its drafts and the passages set apart are in sight rather than two taps away.
	 */
	barOpen = $state(!(typeof matchMedia === 'function' && matchMedia('(max-width: 640px)').matches));
	/** Saves begun and not yet done: the bar says "Saving…" until the last one lands. */
	pendingSaves = $state(0);
	/** Whether this browser holds the work (saved, or restored from a save). */
	kept = $state(false);
	/** What the last action did, for a polite announcement. */
	status = $state('');

	readonly working: Working | undefined = $derived(this.history?.present);
	readonly drafts: number = $derived(this.working ? draftCount(this.working) : 0);
	readonly undoLabel: string | undefined = $derived(
		this.history ? undoLabel(this.history) : undefined
	);

	#app: AppState;
	#worker: Worker | undefined;
	#requests = 0;
	#saving: Promise<void> = Promise.resolve();

	constructor(app: AppState) {
		this.#app = app;
	}

	/**
	 * Starts: the work saved in this browser, else the dataset the page shows, with its source
	 * texts fetched from its own origin so that they can be published with it.
	 */
	async start(): Promise<void> {
		if (this.history) return;
		this.busy = true;
		try {
			// The published dataset first: arriving after the restored work, it would replace it.
			await this.#app.loaded;
			const saved = await loadWorking().catch(() => undefined);
			this.kept = saved !== undefined;
			this.#set(
				startHistory(saved?.working ?? (await fetchPublished(this.#app.datasetUrl))),
				false
			);
		} catch (error) {
			this.problems = [(error as Error).message];
		} finally {
			this.busy = false;
		}
	}

	/** Shows a history in the page and, unless `save` is false, keeps it in the browser. */
	#set(history: History, save = true): void {
		this.history = history;
		const app = this.#app;
		app.localTexts = textsByName(history.present);
		const shown: Dataset = toAppDataset(history.present);
		app.dataset = shown;
		if (save) this.#save(history.present);
	}

	#save(working: Working): void {
		// One save after another, so an older one never lands last.
		this.pendingSaves += 1;
		this.#saving = this.#saving
			.then(() => saveWorking(working))
			.then(() => {
				this.saveError = undefined;
				this.kept = true;
			})
			.catch((error: Error) => {
				this.saveError = `Not saved in this browser: ${error.message}. Download for publishing to keep this work.`;
			})
			.finally(() => (this.pendingSaves -= 1));
	}

	/** Resolves once every change made so far is saved (tests wait on it). */
	saved(): Promise<void> {
		return this.#saving;
	}

	/** Performs a review command; a refusal is shown, and changes nothing. */
	do(command: Command): boolean {
		if (!this.history) return false;
		try {
			this.#set(perform(this.history, command));
			this.problems = [];
			this.status = `Done: ${undoLabel(this.history) ?? ''}.`;
			return true;
		} catch (error) {
			if (!(error instanceof ReviewError)) throw error;
			this.problems = error.problems;
			return false;
		}
	}

	undo(): void {
		if (!this.history || this.history.past.length === 0) return;
		const label = undoLabel(this.history);
		this.#set(undo(this.history));
		this.status = `Undone: ${label}.`;
	}

	/** Drafts articles in the worker, then shows them and fits the view to them. */
	async findEvents(articles: ArticleIn[], fields: ArticleFields): Promise<boolean> {
		if (!this.working) return false;
		const began = performance.now();
		this.busy = true;
		this.problems = [];
		try {
			const request: FindRequest = {
				// Raw state: plain objects, cloned as they are into the worker and into IndexedDB.
				dataset: this.working.dataset,
				texts: { ...this.working.texts },
				articles,
				fields
			};
			const result = await this.#run(request);
			if (!result.ok) {
				this.problems = result.problems;
				return false;
			}
			const label =
				result.added.length === 1
					? `add “${result.added[0].title}”`
					: `add ${result.added.length} articles`;
			if (result.added.length === 0) {
				this.problems = result.refused.map((r) => `${r.name}: ${r.problems.join('; ')}`);
				return false;
			}
			this.do({ type: 'add', dataset: result.dataset, texts: result.texts, label });
			void this.fitTo(result.draftIds);
			this.found = {
				drafts: result.draftIds.length,
				added: result.added,
				refused: result.refused,
				ms: Math.round(performance.now() - began)
			};
			this.barOpen = true;
			this.status = `${result.draftIds.length} draft events found.`;
			return true;
		} finally {
			this.busy = false;
		}
	}

	/**
	 * Proposes a passage the pipeline set apart (`FoundReport.added[].setApart`) as a draft;
	 * undoable like any review. The list shows only those not in the working dataset, so an undo
	 * puts it back there.
	 */
	promote(draftId: string): boolean {
		const passage = this.found?.added
			.flatMap((a) => a.setApart)
			.find((s) => s.draft.id === draftId);
		if (!passage || !this.do({ type: 'promote', draft: passage.draft })) return false;
		void this.fitTo([draftId]);
		return true;
	}

	/** Frames where the given events are: most of them, not a stray date centuries away. */
	async fitTo(ids: readonly string[]): Promise<void> {
		// After the page has drawn the new events: a timeline that had none is only now in the page.
		await tick();
		const app = this.#app;
		const events: TimelineEvent[] = eventsWithIds(app.dataset?.events ?? [], ids);
		if (events.length === 0 || !app.dataset) return;
		const window = firstViewWindow(events.map(eventSpanMs), timeExtent(app.dataset.events));
		// Undefined when they fill nearly the whole extent: then all of it is shown.
		if (window) app.view.showWindow(window);
		else app.view.fit();
	}

	/**
	 * Reads the files given to Add article in the worker: a saved page is parsed there, away from
	 * the page's document and its policy, and a large one does not hold the page up.
	 */
	async readFiles(files: NamedBytes[]): Promise<ReadArticles> {
		this.busy = true;
		try {
			// The bytes are the panel's own copies: moved to the worker, not copied.
			const transfer = files.map((file) => file.bytes.buffer as ArrayBuffer);
			return await this.#ask({ kind: 'read', files }, transfer, (why) => ({
				articles: [],
				problems: [`The files cannot be read: ${why}`]
			}));
		} finally {
			this.busy = false;
		}
	}

	#run(request: FindRequest): Promise<FindResult> {
		return this.#ask({ kind: 'find', request }, [], (why) => ({
			ok: false as const,
			problems: [`Finding events failed: ${why}`]
		}));
	}

	/** Posts `job` to the worker; its answer, or `failed`'s when the worker stops on an error. */
	#ask<J extends AuthoringJob>(
		job: J,
		transfer: Transferable[],
		failed: (why: string) => AuthoringAnswer<J>
	): Promise<AuthoringAnswer<J>> {
		// Written out here, as Vite needs it to bundle the worker; the URL is not state.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		this.#worker ??= new Worker(new URL('./pipeline.worker.ts', import.meta.url), {
			type: 'module'
		});
		const worker = this.#worker;
		const id = ++this.#requests;
		return new Promise((resolve) => {
			const onmessage = (event: MessageEvent<{ id: number; result: AuthoringAnswer<J> }>) => {
				if (event.data.id !== id) return;
				worker.removeEventListener('message', onmessage);
				worker.removeEventListener('error', onerror);
				resolve(event.data.result);
			};
			const onerror = (event: ErrorEvent) => {
				worker.removeEventListener('message', onmessage);
				worker.removeEventListener('error', onerror);
				resolve(failed(event.message || 'the worker stopped'));
			};
			worker.addEventListener('message', onmessage);
			worker.addEventListener('error', onerror);
			worker.postMessage({ id, job }, transfer);
		});
	}

	/** Starts an empty timeline with a title (undoable). */
	newTimeline(title: string): boolean {
		try {
			const working = newTimeline(title);
			return this.do({ type: 'replace', working, label: `start “${working.dataset.title}”` });
		} catch (error) {
			this.problems = [`Title: ${(error as Error).message}`];
			return false;
		}
	}

	/** Takes a published zip, or an events.json with its sources, in to go on working (undoable). */
	open(files: NamedBytes[]): boolean {
		const opened = openFiles(files);
		if (!opened.ok) {
			this.problems = opened.problems;
			return false;
		}
		this.openedProblems = opened.problems;
		// After Discard there is no history yet: the opened dataset starts one.
		if (!this.history) {
			this.#set(startHistory(opened.working));
			this.#app.view.fit();
			return true;
		}
		const done = this.do({
			type: 'replace',
			working: opened.working,
			label: `open ${files.map((f) => f.name).join(', ')}`
		});
		if (done) this.#app.view.fit();
		return done;
	}

	/** The zip to publish, its file name, and how many drafts it leaves out. */
	publish(): { bytes: Uint8Array; name: string; draftsLeftOut: number } | undefined {
		if (!this.working) return undefined;
		const { draftsLeftOut } = publishable(this.working);
		const name = exportFileName(this.working.dataset.title, 'json').replace(
			/-?events\.json$/,
			'.zip'
		);
		return { bytes: publishZip(this.working), name, draftsLeftOut };
	}

	/** Forgets the work in this browser and goes back to the published dataset. */
	async discard(): Promise<void> {
		this.busy = true;
		try {
			await this.#saving;
			await clearWorking().catch(() => undefined);
			this.history = undefined;
			this.kept = false;
			this.found = undefined;
			this.problems = [];
			this.openedProblems = [];
			const app = this.#app;
			app.localTexts = undefined;
			app.clearSelection();
			await app.load();
			this.status = 'Changes discarded: the published timeline is shown.';
		} finally {
			this.busy = false;
		}
	}

	/** Stops the worker. */
	destroy(): void {
		this.#worker?.terminate();
	}
}

let made: AuthoringState | undefined;

/** The page's authoring state, made on first use (one page, one working dataset). */
export function authoringFor(app: AppState): AuthoringState {
	made ??= new AuthoringState(app);
	return made;
}

/** The authoring state if made: the reader's review controls reach it here. */
export function current(): AuthoringState | undefined {
	return made;
}
