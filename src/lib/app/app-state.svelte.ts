/** The page's state: the loaded dataset, the selection, and the source texts fetched so far. */
import { loadDataset, loadSourceText, sourceUrl } from '../data/load.ts';
import { emptyDataset } from '../data/validate.ts';
import type { Dataset, SourceRecord, TimelineEvent } from '../data/types.ts';

export class AppState {
	dataset: Dataset | undefined = $state.raw();
	selectedId: string | undefined = $state();
	readerOpen = $state(false);
	datasetUrl: URL;

	readonly selected: TimelineEvent | undefined = $derived(
		this.dataset?.events.find((e) => e.id === this.selectedId)
	);

	// A plain cache of promises: nothing renders from the map itself, so it need not be reactive.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#texts = new Map<string, Promise<string>>();

	constructor(datasetUrl: URL) {
		this.datasetUrl = datasetUrl;
	}

	async load(fetcher: typeof fetch = fetch): Promise<void> {
		try {
			this.dataset = await loadDataset(this.datasetUrl, fetcher);
		} catch (error) {
			// loadDataset reports its own failures; this guards against the unexpected.
			this.dataset = emptyDataset(this.datasetUrl.pathname, [
				{ file: this.datasetUrl.pathname, path: '(file)', message: String(error) }
			]);
		}
	}

	select(id: string): void {
		this.selectedId = id;
		this.readerOpen = true;
	}

	closeReader(): void {
		this.readerOpen = false;
	}

	/** The text of a source, fetched once. */
	loadText = (source: SourceRecord): Promise<string> => {
		const base = this.dataset?.sourceBase ?? 'sources/';
		let text = this.#texts.get(source.id);
		if (!text) {
			text = loadSourceText(sourceUrl(this.datasetUrl, base, source));
			this.#texts.set(source.id, text);
		}
		return text;
	};
}
