import { afterEach, describe, expect, it } from 'vitest';
import {
	FIRST_VIEW_ID,
	isLiveDrawn,
	servedPlotWidth,
	STALE_CLASS,
	takeOverFirstView
} from './take-over.ts';

/** A served first view and an empty live container after it, as the built page has them. */
function servedPage(): { served: HTMLElement; live: HTMLElement } {
	document.body.innerHTML = `<div id="${FIRST_VIEW_ID}"><h1>Served</h1></div><div id="app"></div>`;
	return {
		served: document.getElementById(FIRST_VIEW_ID)!,
		live: document.getElementById('app')!
	};
}

afterEach(() => {
	document.body.innerHTML = '';
	document.documentElement.classList.remove(STALE_CLASS);
});

describe('takeOverFirstView', () => {
	it('keeps the served first view until the live page has drawn its plot and its list', async () => {
		const { live } = servedPage();
		const done = takeOverFirstView(live, () => isLiveDrawn(live, false));
		live.innerHTML =
			'<section class="timeline"><div class="plot"><svg data-renderer="svg"></svg></div></section>';
		await Promise.resolve();
		expect(document.getElementById(FIRST_VIEW_ID)).not.toBeNull();
		live.insertAdjacentHTML('beforeend', '<nav class="list"></nav>');
		await done;
		expect(document.getElementById(FIRST_VIEW_ID)).toBeNull();
	});

	it('needs no list in a compact surface, and nothing drawn when the dataset could not be loaded', () => {
		const plot = document.createElement('div');
		plot.innerHTML =
			'<section class="timeline"><div class="plot"><svg data-renderer="svg"></svg></div></section>';
		expect(isLiveDrawn(plot, true)).toBe(true);
		expect(isLiveDrawn(plot, false)).toBe(false);
		const failure = document.createElement('div');
		failure.innerHTML = '<section class="failure"></section>';
		expect(isLiveDrawn(failure, false)).toBe(true);
	});

	it('takes over when the plot is drawn and the list says no event matches (a link to a search)', () => {
		const surface = document.createElement('div');
		surface.innerHTML =
			'<section class="timeline"><div class="plot"><svg data-renderer="svg"></svg></div></section>' +
			'<div class="panes"><p class="empty" role="status">No events match the filters.</p></div>';
		expect(isLiveDrawn(surface, false)).toBe(true);
	});

	it('removes a stale first view at once', async () => {
		const { live } = servedPage();
		document.documentElement.classList.add(STALE_CLASS);
		await takeOverFirstView(live, () => false);
		expect(document.getElementById(FIRST_VIEW_ID)).toBeNull();
	});
});

describe('servedPlotWidth', () => {
	/** A served first view whose picture is laid out `width` px wide (jsdom lays nothing out). */
	function servedPicture(width: number) {
		document.body.innerHTML = `<div id="${FIRST_VIEW_ID}"><div class="picture"></div></div><div id="app"></div>`;
		const picture = document.querySelector<HTMLElement>('.picture')!;
		picture.getBoundingClientRect = () => new DOMRect(24, 300, width, 336);
	}

	it('is the served picture’s width, in whole px as the plot’s ResizeObserver reports it', () => {
		servedPicture(983.0625);
		expect(servedPlotWidth()).toBe(983);
	});

	it('is unknown when there is no picture in sight, no first view, or a stale one', () => {
		servedPicture(0);
		expect(servedPlotWidth()).toBeUndefined();
		document.body.innerHTML = '<div id="app"></div>';
		expect(servedPlotWidth()).toBeUndefined();
		servedPicture(1232);
		document.documentElement.classList.add(STALE_CLASS);
		expect(servedPlotWidth()).toBeUndefined();
	});
});
