/**
 * embed.html: the timeline in a frame for any page. The query holds the dataset (`src`, on this
 * origin), the view (the page's link keys), `theme` and `compact`. The frame tells its parent its
 * height (the host script resizes the frame), its selections, and takes deep links from it.
 */
import { mount } from 'svelte';
import '../../app.css';
import { AppState } from '../app/app-state.svelte.ts';
import { datasetUrlFor } from '../app/dataset-url.ts';
import { applyHash } from '../link/url-sync.svelte.ts';
import EmbedFrame from './EmbedFrame.svelte';
import { embedTheme, windowFrom } from './embed-options.ts';
import { MESSAGE, readHostMessage } from './frame-protocol.ts';
import { isLiveDrawn, takeOverFirstView } from '../prerender/take-over.ts';
import { adoptServedParts } from '../prerender/served-parts.ts';
import { unfetchedDataset } from '../data/empty-dataset.ts';

const page = new URL(window.location.href);
const params = page.searchParams;
const { url, refused } = datasetUrlFor(page, 'src');
const requested = params.get('src') ?? undefined;
const app = new AppState(url);
const theme = embedTheme(params.get('theme'));
if (theme !== 'auto') document.documentElement.dataset.theme = theme;
const compact = params.has('compact');

/** Posts to the page holding the frame, if any. The messages carry nothing private. */
function tell(message: object) {
	if (window.parent !== window) window.parent.postMessage(message, '*');
}

const live = document.getElementById('embed')!;
mount(EmbedFrame, {
	target: live,
	props: {
		app,
		compact,
		requested,
		onuserselect: (id: string) => tell({ type: MESSAGE.select, id })
	}
});

let lastHeight = 0;
// The host sizes the frame to the live page, never to the first view the build served (a list
// of every event), which would make the host's page jump twice.
void takeOverFirstView(live, () => isLiveDrawn(live, compact), document, adoptServedParts).then(
	() =>
		new ResizeObserver(() => {
			const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
			if (height === lastHeight) return;
			lastHeight = height;
			tell({ type: MESSAGE.height, height });
		}).observe(document.documentElement)
);

// A refused address (another site's, or not an address) is said like a dataset that could not be
// loaded: showing the bundled timeline in its place would let the host's readers take it for theirs.
if (refused && requested) app.dataset = unfetchedDataset(requested, refused);
else
	void app.load().then(() => {
		applyHash(app, page.search.slice(1));
		addEventListener('message', (event) => {
			if (event.source !== window.parent) return;
			const message = readHostMessage(event.data);
			if (message?.type === MESSAGE.select) {
				if (app.dataset?.events.some((e) => e.id === message.id)) app.select(message.id);
			} else if (message?.type === MESSAGE.zoom) {
				const window = windowFrom(message.from, message.to);
				if (window) app.view.showWindow(window);
			}
		});
		tell({ type: MESSAGE.ready });
	});
