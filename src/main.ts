import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { AppState } from './lib/app/app-state.svelte.ts';
import { bundledPageUrl, datasetUrlFor } from './lib/app/dataset-url.ts';
import { unfetchedDataset } from './lib/data/empty-dataset.ts';
import { ThemeState } from './lib/theme/theme.svelte.ts';
import { syncUrl } from './lib/link/url-sync.svelte.ts';

const page = new URL(window.location.href);
const { url, refused } = datasetUrlFor(page);
const requested = page.searchParams.get('data') ?? undefined;
const bundled = bundledPageUrl(page);
const app = new AppState(url);
const theme = new ThemeState();
mount(App, {
	target: document.getElementById('app')!,
	props: {
		app,
		theme,
		requested,
		onbundled: bundled && (() => window.location.assign(bundled.href))
	}
});
if (refused && requested)
	// Refused before any request: said like any dataset that could not be loaded.
	app.dataset = unfetchedDataset(requested, refused);
else void app.load().then(() => syncUrl(app));
