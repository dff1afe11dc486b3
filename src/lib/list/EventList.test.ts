import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { tick, type ComponentProps } from 'svelte';
import EventList from './EventList.svelte';
import {
	ESTIMATED_HEIGHTS,
	eventAtOrBelow,
	headingsOf,
	listRows,
	rowOffsets,
	rowOfEvent
} from './list-window.ts';
import { validateDataset } from '../data/validate.ts';
import { DAY_MS } from '../data/civil-date.ts';
import { transformForWindow } from '../timeline/zoom-math.ts';
import type { TimelineView } from '../timeline/view.svelte.ts';
import type { DatasetFile } from '../data/types.ts';
import { generateSyntheticDataset } from '../../../scripts/synthetic-dataset.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { viewOver, withView } from '../../../tests/setup/with-view.ts';

const { events } = validateDataset(miniDataset(), { file: 'mini.json' });
/** The timeline view the list reads through context, as on the page. */
const listView = viewOver(events);

describe('EventList', () => {
	it('lists events in date order under year and month headings, with the date as the text knows it', () => {
		render(
			EventList,
			{ props: { events, topicColor: () => 'red', onselect: () => {} } },
			withView(listView)
		);
		const nav = screen.getByRole('navigation', { name: 'Events in chronological order' });
		const headings = (level: number) =>
			within(nav)
				.getAllByRole('heading', { level })
				.map((h) => h.textContent);
		expect(headings(2)).toEqual(['2023', '2024']);
		// A date known only to the year is its own heading, before the months it may fall in.
		expect(headings(3)).toEqual(['2023', 'January', 'June']);
		const rows = within(nav).getAllByRole('button');
		expect(rows.map((row) => row.querySelector('.date')?.textContent)).toEqual([
			'2023',
			'January 2024',
			'30 January 2024',
			'30 June 2024'
		]);
		expect(rows[0]).toHaveTextContent('1 source');
	});

	it('selects an event on click and marks the selected row', async () => {
		const onselect = vi.fn();
		const { rerender } = render(
			EventList,
			{
				props: { events, topicColor: () => 'red', onselect }
			},
			withView(listView)
		);
		await userEvent.click(screen.getByRole('button', { name: /Drone strikes a base in Jordan/ }));
		expect(onselect).toHaveBeenCalledWith('drone-strike-jordan');
		await rerender({
			events,
			topicColor: () => 'red',
			onselect,
			selectedId: 'drone-strike-jordan'
		});
		expect(screen.getByRole('button', { name: /Drone strikes/ })).toHaveAttribute(
			'aria-current',
			'true'
		);
	});
});

describe('EventList, small', () => {
	it('draws every row, so Tab walks them all in order, with no windowing attributes', async () => {
		const dataset = validateDataset(JSON.parse(readFileSync('events.json', 'utf8')), {
			file: 'events.json'
		});
		render(
			EventList,
			{
				props: { events: dataset.events, topicColor: () => 'red', onselect: () => {} }
			},
			withView(listView)
		);
		const rows = screen.getAllByRole('button');
		expect(rows.map((row) => row.dataset.eventId)).toEqual(dataset.events.map((e) => e.id));
		expect(document.querySelector('li[aria-setsize]')).toBeNull();
		const user = userEvent.setup();
		for (const row of rows.slice(0, 5)) {
			await user.tab();
			expect(row).toHaveFocus();
		}
	});
});

describe('EventList, long', () => {
	// jsdom lays nothing out: the list is 600 px tall, and its rows keep their estimated heights.
	const VIEWPORT = 600;
	const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
	beforeAll(() => {
		Object.defineProperty(Element.prototype, 'clientHeight', {
			configurable: true,
			get: () => VIEWPORT
		});
	});
	afterAll(() => Object.defineProperty(Element.prototype, 'clientHeight', clientHeight));

	const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
	const long = validateDataset(generateSyntheticDataset(real, { events: 5000, seed: 3 }), {
		file: 'synthetic.json'
	}).events;
	// Where the list puts every row, as the component computes it.
	const rows = listRows(long);
	const offsets = rowOffsets(rows, ESTIMATED_HEIGHTS);
	const headings = ESTIMATED_HEIGHTS.year + ESTIMATED_HEIGHTS.month;
	const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

	function renderLong(props: Partial<ComponentProps<typeof EventList>> = {}) {
		const view = viewOver(long);
		const result = render(
			EventList,
			{ props: { events: long, topicColor: () => 'red', onselect: () => {}, ...props } },
			withView(view)
		);
		const nav = screen.getByRole('navigation', { name: 'Events in chronological order' });
		return { ...result, nav, view };
	}

	/** The reader zooms the timeline to `window` (UTC ms) with the wheel, and the gesture ends. */
	function zoomByReader(view: TimelineView, window: [number, number]) {
		view.width = 1000;
		const wheel = new WheelEvent('wheel');
		view.onZoom(transformForWindow(view.baseX, window, view.width, view.maxK), wheel);
		view.onZoomEnd(wheel);
	}

	const drawnIds = (nav: HTMLElement) =>
		[...nav.querySelectorAll<HTMLElement>('[data-event-id]')].map((row) => row.dataset.eventId);

	/** Scrolls the list as the browser would: sets its scrollTop and fires a scroll event. */
	async function scrollList(nav: HTMLElement, top: number) {
		nav.scrollTop = top;
		await fireEvent.scroll(nav);
	}

	it('draws far fewer rows than events, and tells assistive tech the real count', () => {
		const { nav } = renderLong();
		const drawn = drawnIds(nav);
		expect(drawn.length).toBeGreaterThan(VIEWPORT / ESTIMATED_HEIGHTS.event);
		expect(drawn.length).toBeLessThan(100);
		expect(drawn[0]).toBe(long[0].id);
		const first = nav.querySelector('li')!;
		expect(first).toHaveAttribute('aria-setsize', String(rows.months[0].size));
		expect(first).toHaveAttribute('aria-posinset', '1');
		// The rows not drawn are a spacer: the list is as tall as all its rows.
		const spacer = nav.lastElementChild as HTMLElement;
		expect(spacer.tagName).toBe('DIV');
		expect(parseFloat(spacer.style.height)).toBeGreaterThan(offsets.at(-1)! - 2 * 1500);
	});

	it('draws the rows scrolled to, under the headings of the first of them', async () => {
		const { nav } = renderLong();
		const target = rowOfEvent(rows, long[2500].id);
		await scrollList(nav, offsets[target] - headings);
		const drawn = drawnIds(nav);
		expect(drawn).toContain(long[2500].id);
		expect(drawn).not.toContain(long[0].id);
		expect(drawn.length).toBeLessThan(100);
		// The first headings drawn are those of the first drawn row, sticky over the rows below.
		const firstDrawn = rowOfEvent(rows, drawn[0]!);
		const { year, month } = headingsOf(rows, firstDrawn);
		expect(nav.querySelector('h2')).toHaveTextContent(year.label);
		expect(nav.querySelector('h3')).toHaveTextContent(month.heading);
		const li = nav.querySelector(`[data-event-id="${long[2500].id}"]`)!.closest('li')!;
		const month2500 = rows.months[rows.eventMonths[2500]];
		expect(li).toHaveAttribute('aria-posinset', String(2500 - month2500.firstEvent + 1));
	});

	it('scrolls a selection far down into view, inside the list, and marks its row', async () => {
		const { nav, rerender } = renderLong();
		const id = long[4500].id;
		expect(drawnIds(nav)).not.toContain(id);
		await rerender({ selectedId: id });
		// Below the view: brought up to its bottom edge.
		const row = rowOfEvent(rows, id);
		expect(nav.scrollTop).toBeCloseTo(offsets[row + 1] - VIEWPORT + 8);
		expect(offsets[row]).toBeGreaterThan(nav.scrollTop + headings);
		const button = nav.querySelector(`[data-event-id="${id}"]`);
		expect(button).toHaveAttribute('aria-current', 'true');
		expect(button).not.toHaveFocus();
		expect(nav.querySelectorAll('[aria-current]')).toHaveLength(1);
	});

	it('follows a window the reader moved the timeline to, to its first event, a frame later', async () => {
		const { nav, view } = renderLong();
		const day = long[3000].when.firstDay;
		zoomByReader(view, [day * DAY_MS, (day + 30) * DAY_MS]);
		await tick();
		const first = long.findIndex((e) => e.when.lastDay >= Math.floor(view.visible[0] / DAY_MS));
		await nextFrame();
		expect(nav.scrollTop).toBeCloseTo(offsets[rows.eventRows[first]] - headings);
		await tick();
		expect(drawnIds(nav)).toContain(long[first].id);
	});

	it('does not follow a move of the timeline the program made', async () => {
		const { nav, view } = renderLong();
		view.width = 1000;
		const day = long[3000].when.firstDay;
		const window: [number, number] = [day * DAY_MS, (day + 30) * DAY_MS];
		view.onZoom(transformForWindow(view.baseX, window, view.width, view.maxK));
		view.onZoomEnd();
		await tick();
		await nextFrame();
		expect(nav.scrollTop).toBe(0);
	});

	it('moves the timeline to the event at the top when the reader scrolls, and not when the page does', async () => {
		const { nav, view } = renderLong();
		// The timeline shows the first month: every event scrolled to lies later.
		view.width = 1000;
		const firstMonth: [number, number] = [
			long[0].when.firstDay * DAY_MS,
			(long[0].when.firstDay + 30) * DAY_MS
		];
		view.onZoom(transformForWindow(view.baseX, firstMonth, view.width, view.maxK));
		const showWindow = vi.spyOn(view, 'showWindow');
		await scrollList(nav, 20_000);
		await nextFrame();
		expect(showWindow).not.toHaveBeenCalled();
		// A press on a row is a click, not a scroll: the scroll that came with it is the page's.
		await fireEvent.pointerDown(nav.querySelector('[data-event-id]')!);
		await scrollList(nav, 30_000);
		await nextFrame();
		expect(showWindow).not.toHaveBeenCalled();
		await fireEvent.wheel(nav);
		await scrollList(nav, 40_000);
		await nextFrame();
		expect(showWindow).toHaveBeenCalledTimes(1);
		const top = eventAtOrBelow(rows, offsets, 40_000 + headings + 8)!;
		// The event at the top goes to a tenth from the left of the timeline.
		const [from, to] = showWindow.mock.calls[0][0];
		expect(from + (to - from) / 10).toBeCloseTo(top.when.firstDay * DAY_MS, -3);
		// A press on the scroll bar is the reader's.
		await fireEvent.pointerDown(nav);
		await scrollList(nav, 50_000);
		await nextFrame();
		expect(showWindow).toHaveBeenCalledTimes(2);
	});
});
