/**
 * The TimelineJS3 peer page: loads the dataset converted by our `toTimelineJs` (`?data=`, written
 * by the bench beside the original) and shows it at our plot's width, its time navigator as tall
 * as our plot. Options keep every request on this server: no web font (`font: null`), the script
 * path here (language files), no analytics. `scale_factor: 1` makes the navigator one screen wide,
 * all events in view, like our first view. Sets the drawn mark when the navigator's markers
 * exist, and exposes `window.bench` for the bench's checks.
 */
/* global TL -- the UMD build's global, from its <script> */
import { countInWindow, eventSpan, markDrawn, readBenchParams } from './common.js';

/**
 * @typedef {{ year?: string, month?: string, day?: string }} TimelineJsDate
 * @typedef {{ start_date: TimelineJsDate, end_date?: TimelineJsDate }} TimelineJsSlide
 */

const { dataUrl, width, height } = readBenchParams(location.href, '../events.timelinejs.json');
const container = /** @type {HTMLElement} */ (document.getElementById('timeline'));
container.style.width = `${width}px`;
// TimelineJS3 sizes itself from its container: its story slider above, the navigator below.
container.style.height = `${height + 200}px`;

const response = await fetch(dataUrl);
if (!response.ok) throw new Error(`${dataUrl}: HTTP ${response.status}`);
/** @type {{ events: TimelineJsSlide[] }} */
const data = await response.json();

// @ts-expect-error: the UMD build's global.
const timeline = new TL.Timeline(container, data, {
	font: null,
	script_path: new URL('./tljs/js/', location.href).href,
	ga_measurement_id: null,
	ga_property_id: null,
	track_events: [],
	hash_bookmark: false,
	timenav_height: height,
	scale_factor: 1
});
timeline.on('loaded', () => {
	if (container.querySelector('.tl-timemarker')) markDrawn();
});

/**
 * A TimelineJS date as a partial ISO date, for counting events in view (a BCE year is off by one:
 * close enough for that).
 * @param {TimelineJsDate} d
 */
const partial = (d) => {
	const year = Number(d.year);
	const parts = [`${year < 0 ? '-' : ''}${String(Math.abs(year)).padStart(4, '0')}`];
	if (d.month) parts.push(String(d.month).padStart(2, '0'));
	if (d.month && d.day) parts.push(String(d.day).padStart(2, '0'));
	return parts.join('-');
};
const spans = data.events.map((slide) =>
	eventSpan({
		start: partial(slide.start_date),
		...(slide.end_date?.year ? { end: partial(slide.end_date) } : {})
	})
);

// @ts-expect-error: the bench's hook.
window.bench = {
	/**
	 * The visible window of the navigator, UTC ms, from its time scale (private fields: there
	 * is no public getter) and the slider's offset.
	 */
	window() {
		const nav = timeline._timenav;
		const scale = nav.timescale;
		const left = parseFloat(nav._el.slider.style.left || '0');
		const timeAt = (/** @type {number} */ x) =>
			scale._earliest + (x - left) / scale._pixels_per_milli;
		return [timeAt(0), timeAt(nav.options.width)];
	},
	inView() {
		const [from, to] = this.window();
		return countInWindow(spans, from, to);
	},
	scaleFactor: () => timeline._timenav.options.scale_factor
};
