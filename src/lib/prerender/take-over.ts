/**
 * The live page taking over from the first view the build rendered into it (`render-page.ts`).
 *
 * Why a take-over and not Svelte's `hydrate`: hydration needs the client's first render to be the
 * server's markup, node for node. Here it cannot be: the page's first render has no dataset yet
 * (it is fetched, and checked against the build's hash), the plot's width is measured by a
 * ResizeObserver after layout, the list and the filters are parts loaded after the timeline, and
 * the served document (a picture of the plot, every event with links to its texts) is built for
 * reading without a script, not the app's controls. Hydrating would make Svelte discard the
 * markup on the first mismatch, warn, and leave a blank frame while it rebuilt.
 *
 * So the app is mounted beside the served first view, laid out but out of sight (app.css:
 * `#first-view ~ #app`), and the first view is removed in the same task in which the live
 * timeline is found drawn: one DOM change, so no frame is painted without events, and the
 * page never shows two timelines.
 */
import { DRAWN_MARK } from '../timeline/drawn-mark.ts';

/** The id of the element holding the served first view. */
export const FIRST_VIEW_ID = 'first-view';
/**
 * The class `first-view-guard.js` puts on the root element when the first view is not the
 * dataset the reader asked for (another dataset, or saved work to restore): it is hidden at once.
 */
export const STALE_CLASS = 'first-view-stale';
/**
 * The root element's data key (`data-served-pick`) where `first-view-guard.js` records the event
 * of a served list's row clicked before the page's script ran; `keepServedList` opens it.
 */
export const SERVED_PICK = 'servedPick';
/**
 * Never leave a reader on the picture: if the live page has not drawn by then (a part that
 * failed to load says so in the live page), it is shown as it is. Not a wait the page relies on.
 */
const GIVE_UP_MS = 10_000;
/**
 * The performance mark set when the live page has taken over from a served first view: the
 * bench reads it to tell a page whose events were painted from its HTML (see `npm run bench`).
 */
export const TAKEN_OVER_MARK = 'first-view-taken-over';

/**
 * At most this long for a frame (ms): a page out of sight (a background tab, an embed's frame
 * scrolled away) gets none, and must not wait for one to start.
 */
const FRAME_WAIT_MS = 100;

/**
 * Resolves once the served first view has been painted, or at once when there is none to paint.
 *
 * Why wait: the page's script arrives with the page (it is preloaded), and the browser runs it
 * before its first paint when it can. Building the live page first would hold the served events
 * back until the script had run, which is what serving them was for; one frame later, the live
 * page starts behind a painted page instead (a frame, then a task after it: after the paint).
 */
export function afterServedPaint(doc: Document = document): Promise<void> {
	if (!doc.getElementById(FIRST_VIEW_ID) || doc.documentElement.classList.contains(STALE_CLASS))
		return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, FRAME_WAIT_MS);
		requestAnimationFrame(() =>
			setTimeout(() => {
				clearTimeout(timer);
				resolve();
			})
		);
	});
}

/**
 * The width (px) the live plot will be laid out at, read from the served picture of it
 * (`FirstView.svelte`), or undefined when there is none to read: no first view, a stale one, or
 * none shown (a phone's). The picture fills the room the live plot fills: its border box is the
 * plot's content box (the plot is `width: 100%` inside its own border), at every width the
 * picture is shown at (an e2e test holds them equal: `take-over.spec.ts`).
 *
 * Why: the live plot draws once its width is known, from a ResizeObserver, which reports only
 * after the live page has been laid out in a later frame: a frame's wait, a layout of the hidden
 * live page, and a draw of its own, all before the timeline is drawn. Read after the served
 * paint (`afterServedPaint`), when nothing has changed the page since its layout, this reads that
 * layout and forces none. The plot's ResizeObserver still reports its width, before the frame
 * is painted: were the two ever to differ, the plot is drawn again at once, never shown wrong.
 */
export function servedPlotWidth(doc: Document = document): number | undefined {
	if (doc.documentElement.classList.contains(STALE_CLASS)) return undefined;
	const picture = doc.querySelector<HTMLElement>(`#${FIRST_VIEW_ID} .picture`);
	const width = picture?.getBoundingClientRect().width ?? 0;
	return width > 0 ? Math.round(width) : undefined;
}

/**
 * Whether the live surface in `live` has drawn what the served first view showed: the plot with
 * its marks (a canvas once it has painted: the timeline's performance mark) and its periods'
 * bands, and the list unless the surface has none (`compact`) or says no event matches. A surface
 * with nothing to draw (a dataset that could not be loaded) is ready as soon as it says so.
 */
export function isLiveDrawn(live: ParentNode, compact: boolean): boolean {
	if (live.querySelector('section.failure')) return true;
	const svg = live.querySelector<SVGSVGElement>('.timeline .plot > svg');
	if (!svg) return false;
	if (svg.dataset.renderer === 'canvas' && performance.getEntriesByName(DRAWN_MARK).length === 0)
		return false;
	// A dataset's periods are drawn by a part of their own, loaded when there are some.
	if (svg.dataset.periods === 'pending') return false;
	// The list, the slot that will hold the served one (served-parts.ts), or, for a link whose
	// search or filters match nothing, the note that says so (waiting for a list left the served,
	// unfiltered page up for GIVE_UP_MS).
	return (
		compact || live.querySelector('nav.list, [data-served-slot="list"], .panes > p.empty') !== null
	);
}

/**
 * Removes the served first view once `ready()` holds for the live page mounted in `live`: at
 * once when there is none or it is stale. Resolves when it is gone. `adopt` runs in the same
 * task, just before: the served parts the live page keeps move into it then (served-parts.ts).
 */
export function takeOverFirstView(
	live: HTMLElement,
	ready: () => boolean,
	doc: Document = live.ownerDocument,
	adopt: () => void = () => {}
): Promise<void> {
	const served = doc.getElementById(FIRST_VIEW_ID);
	if (!served) return Promise.resolve();
	if (doc.documentElement.classList.contains(STALE_CLASS)) {
		served.remove();
		return Promise.resolve();
	}
	return new Promise((resolve) => {
		const mutations = new MutationObserver(check);
		// The canvas paints after it is inserted: its performance mark says when.
		const marks =
			typeof PerformanceObserver === 'function' ? new PerformanceObserver(check) : undefined;
		const timer = setTimeout(done, GIVE_UP_MS);
		function check() {
			if (ready()) done();
		}
		function done() {
			mutations.disconnect();
			marks?.disconnect();
			clearTimeout(timer);
			adopt();
			served?.remove();
			performance.mark(TAKEN_OVER_MARK);
			resolve();
		}
		mutations.observe(live, {
			childList: true,
			subtree: true,
			attributes: true,
			attributeFilter: ['data-renderer']
		});
		marks?.observe({ type: 'mark' });
		check();
	});
}
