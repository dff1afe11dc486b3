import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';
import { AppState } from './lib/app/app-state.svelte.ts';
import { bundledPageUrl, datasetUrlFor } from './lib/app/dataset-url.ts';
import { unfetchedDataset } from './lib/data/empty-dataset.ts';
import { ThemeState } from './lib/theme/theme.svelte.ts';
import { syncUrl } from './lib/link/url-sync.svelte.ts';
import {
	afterServedPaint,
	isLiveDrawn,
	servedPlotWidth,
	takeOverFirstView
} from './lib/prerender/take-over.ts';
import { adoptServedParts } from './lib/prerender/served-parts.ts';

const page = new URL(window.location.href);
const { url, refused } = datasetUrlFor(page);
const requested = page.searchParams.get('data') ?? undefined;
const bundled = bundledPageUrl(page);
const app = new AppState(url);
const theme = new ThemeState();
const live = document.getElementById('app')!;
// The dataset is asked for at once (the page preloads it): it is read while the served first view
// is painted, and the live page is then built with it, and draws its timeline as it is mounted.
// The address's state (a link's event, window, filters) is applied as soon as it is in, as
// before: before the take-over, where an event picked in the served list is opened
// (served-slots.ts), so that the address never undoes that pick.
// `?stream=1` reads the dataset as it arrives whatever its size, as only a file of hundreds of
// megabytes otherwise is (`data/load.ts`): so that path can be tried, and tested, on a small file.
if (!(refused && requested))
	void app
		.load(fetch, page.searchParams.get('stream') === '1' ? { streamAboveBytes: 0 } : {})
		.then(() => syncUrl(app));
// The events the build served in the page are painted before the live page is built.
await afterServedPaint();
// The plot's width, from the served picture of it: the plot draws as it is mounted, not a frame
// later when its ResizeObserver first reports (see servedPlotWidth).
const servedWidth = servedPlotWidth();
if (servedWidth) app.view.width = servedWidth;
mount(App, {
	target: live,
	props: {
		app,
		theme,
		requested,
		onbundled: bundled && (() => window.location.assign(bundled.href))
	}
});
// The first view the build served stays until the live page has drawn (see take-over.ts).
// The served list stays, moved into the live page, until its first use (served-parts.ts).
void takeOverFirstView(live, () => isLiveDrawn(live, false), document, adoptServedParts);
// Refused before any request: said like any dataset that could not be loaded.
if (refused && requested) app.dataset = unfetchedDataset(requested, refused);
