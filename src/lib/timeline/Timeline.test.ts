import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { flushSync, tick } from 'svelte';
import { ZoomTransform, zoomIdentity } from 'd3-zoom';
import userEvent from '@testing-library/user-event';
import Timeline from './Timeline.svelte';
import { validateDataset } from '../data/validate.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { givePlotsAWidth } from '../../../tests/setup/plot-width.ts';
import { viewOver, withView } from '../../../tests/setup/with-view.ts';

const dataset = validateDataset(miniDataset(), { file: 'mini.json' });

givePlotsAWidth();

// The tooltip and the periods' bands load on first use (dynamic imports): loaded here first, so
// that the first test to show them does not wait for their modules to be compiled.
beforeAll(async () => {
	await Promise.all([import('./MarkTooltip.svelte'), import('./PeriodBands.svelte')]);
});

function renderTimeline(onselect = vi.fn(), view = viewOver(dataset.events)) {
	render(
		Timeline,
		{
			props: {
				events: dataset.events,
				topics: dataset.topics,
				topicColor: () => 'red',
				onselect
			}
		},
		withView(view)
	);
	return { onselect, timeline: screen.getByRole('region', { name: 'Timeline' }) };
}

const axisLabels = (timeline: HTMLElement) =>
	[...timeline.querySelectorAll('.axis text')].map((t) => t.textContent).join('|');

describe('Timeline', () => {
	it('draws every event as a mark named by its date and title', () => {
		const { timeline } = renderTimeline();
		for (const event of dataset.events)
			expect(
				within(timeline).getByRole('button', { name: `${event.when.label}: ${event.title}` })
			).toBeInTheDocument();
	});

	it('selects an event when its mark is clicked or activated with Enter', async () => {
		const user = userEvent.setup();
		const { onselect, timeline } = renderTimeline();
		const [first, second] = dataset.events;
		// A click without the mousedown: d3-zoom's drag guard needs a window jsdom's events lack
		// (gestures are tested in Chromium, tests/e2e/timeline.spec.ts).
		await fireEvent.click(within(timeline).getByRole('button', { name: new RegExp(first.title) }));
		expect(onselect).toHaveBeenLastCalledWith(first.id);
		within(timeline)
			.getByRole('button', { name: new RegExp(second.title) })
			.focus();
		await user.keyboard('{Enter}');
		expect(onselect).toHaveBeenLastCalledWith(second.id);
	});

	it('shows the date, the title and the number of sources when a mark has focus', async () => {
		const { timeline } = renderTimeline();
		const event = dataset.events[1];
		within(timeline)
			.getByRole('button', { name: new RegExp(event.title) })
			.focus();
		const tooltip = await screen.findByRole('tooltip');
		expect(tooltip).toHaveTextContent(event.when.label);
		expect(tooltip).toHaveTextContent(event.title);
		expect(tooltip).toHaveTextContent('Reported by 1 source');
	});

	it('zooms with the buttons through d3-zoom, and Fit all restores the whole view', async () => {
		const user = userEvent.setup();
		const { timeline } = renderTimeline();
		const whole = axisLabels(timeline);
		await user.click(within(timeline).getByRole('button', { name: 'Zoom in' }));
		await user.click(within(timeline).getByRole('button', { name: 'Zoom in' }));
		// The first click loads d3-zoom (on the plot's first use); both zooms are made once it is in.
		await waitFor(() => expect(axisLabels(timeline)).not.toBe(whole));
		await user.click(within(timeline).getByRole('button', { name: 'Fit all' }));
		expect(axisLabels(timeline)).toBe(whole);
	});

	it('steps to the first event, then the next, and says which', async () => {
		const user = userEvent.setup();
		const { timeline } = renderTimeline();
		const status = within(timeline).getByRole('status');
		await user.click(within(timeline).getByRole('button', { name: 'Later event ›' }));
		expect(status).toHaveTextContent(dataset.events[0].title);
		await user.click(within(timeline).getByRole('button', { name: 'Later event ›' }));
		expect(status).toHaveTextContent(dataset.events[1].title);
		await user.click(within(timeline).getByRole('button', { name: '‹ Earlier event' }));
		expect(status).toHaveTextContent(dataset.events[0].title);
	});

	it('has a legend for the topics with their counts and for the shapes of dates', () => {
		const { timeline } = renderTimeline();
		const topics = within(timeline).getByRole('list', { name: 'Topics' });
		expect(topics).toHaveTextContent('Militias (3)');
		expect(topics).toHaveTextContent('Ukraine (1)');
		const shapes = within(timeline).getByRole('list', { name: 'How dates are drawn' });
		expect(shapes).toHaveTextContent('a known day');
		expect(shapes).toHaveTextContent('some time in that month or year');
	});
});

describe('Timeline with periods', () => {
	it('draws each period as a labelled band behind the marks, overlapping ones in rows of their own', async () => {
		const data = miniDataset();
		data.periods = [
			{ id: 'long', title: 'The long campaign', start: '2023', end: '2024' },
			{ id: 'winter', title: 'Winter <b>offensive</b>', start: '2024-01', end: '2024-02' }
		];
		const withPeriods = validateDataset(data, { file: 'mini.json' });
		expect(withPeriods.problems).toEqual([]);
		render(
			Timeline,
			{
				props: {
					events: withPeriods.events,
					topics: withPeriods.topics,
					topicColor: () => 'red',
					onselect: vi.fn(),
					periods: withPeriods.periods
				}
			},
			withView(viewOver(withPeriods.events))
		);
		const timeline = screen.getByRole('region', { name: 'Timeline' });
		// The bands' part loads when there are periods; until then the plot says it is not drawn.
		const plot = timeline.querySelector('svg')!;
		await waitFor(() => expect(plot.dataset.periods).toBeUndefined());
		const bands = [...timeline.querySelectorAll<SVGGElement>('.periods .period')];
		expect(bands.map((b) => b.querySelector('text')?.textContent)).toEqual([
			'The long campaign',
			'Winter <b>offensive</b>'
		]);
		expect(timeline.querySelector('.periods b')).toBeNull();
		// Two overlapping periods take two rows; the marks start below both.
		const rows = bands.map((b) => Number(b.querySelector('.strip')?.getAttribute('y')));
		expect(rows[1]).toBeGreaterThan(rows[0]);
		// The bands come before the marks in the SVG, so the marks are drawn over them.
		const svg = timeline.querySelector('svg')!;
		const order = [...svg.querySelectorAll('.periods, .mark, [data-event-id]')];
		expect(order[0]).toHaveClass('periods');
		// Periods are not events: every event still has its mark.
		for (const event of withPeriods.events)
			expect(
				within(timeline).getByRole('button', { name: `${event.when.label}: ${event.title}` })
			).toBeInTheDocument();
	});

	it('writes nothing to the page for a zoom step that changes nothing on screen', async () => {
		const view = viewOver(dataset.events);
		const { timeline } = renderTimeline(vi.fn(), view);
		await waitFor(() => expect(timeline.querySelector('.overview .selection')).not.toBeNull());
		const writes: MutationRecord[] = [];
		const observer = new MutationObserver((records) => writes.push(...records));
		observer.observe(timeline, {
			subtree: true,
			attributes: true,
			childList: true,
			characterData: true
		});
		// The same transform as a new object, as d3-zoom sends it: everything is derived anew.
		const { k, x, y } = view.transform;
		view.onZoom(new ZoomTransform(k, x, y), new WheelEvent('wheel'));
		view.onZoomEnd(new WheelEvent('wheel'));
		flushSync();
		await tick();
		writes.push(...observer.takeRecords());
		observer.disconnect();
		expect(writes.map((w) => `${w.type} ${w.attributeName ?? ''} on ${w.target.nodeName}`)).toEqual(
			[]
		);
	});

	it('moves the marks on a zoom step without asking any mark’s colour again or rewriting a label', () => {
		const view = viewOver(dataset.events);
		const topicColor = vi.fn(() => 'red');
		render(
			Timeline,
			{ props: { events: dataset.events, topics: dataset.topics, topicColor, onselect: vi.fn() } },
			withView(view)
		);
		const timeline = screen.getByRole('region', { name: 'Timeline' });
		const marks = () =>
			[...timeline.querySelectorAll<SVGGElement>('.mark')].map((m) => ({
				id: m.dataset.eventId,
				transform: m.getAttribute('transform'),
				label: m.querySelector('text')
			}));
		const before = marks();
		expect(timeline.querySelector('.mark.uncertain')).not.toBeNull();
		const asked = topicColor.mock.calls.length;
		const observer = new MutationObserver(() => {});
		observer.observe(timeline, { subtree: true, characterData: true, childList: true });
		// A small step of a wheel gesture about the middle: every mark stays in view, and moves.
		view.onZoom(zoomIdentity.translate(-0.01 * view.width, 0).scale(1.02), new WheelEvent('wheel'));
		flushSync();
		const after = marks();
		expect(after.map((m) => m.id)).toEqual(before.map((m) => m.id));
		expect(after.filter((m, i) => m.transform !== before[i].transform).length).toBe(after.length);
		expect(topicColor.mock.calls.length).toBe(asked);
		// The labels are the same nodes with the same text: nothing was added, removed or retyped.
		expect(after.map((m) => m.label)).toEqual(before.map((m) => m.label));
		expect(observer.takeRecords()).toEqual([]);
		observer.disconnect();
	});

	it('moves the overview’s window once the reader’s gesture ends, not on each of its steps', async () => {
		const view = viewOver(dataset.events);
		const { timeline } = renderTimeline(vi.fn(), view);
		await waitFor(() => expect(timeline.querySelector('.overview .selection')).not.toBeNull());
		const brush = () => {
			const selection = timeline.querySelector('.overview .selection')!;
			return [selection.getAttribute('x'), selection.getAttribute('width')];
		};
		const marks = () =>
			[...timeline.querySelectorAll('.mark')].map((m) => m.getAttribute('transform')).join(' ');
		const before = { brush: brush(), marks: marks() };
		// A step of a wheel gesture (d3-zoom's handler, with its source event): the plot follows it.
		view.onZoom(zoomIdentity.translate(-500, 0).scale(2), new WheelEvent('wheel'));
		flushSync();
		expect(marks()).not.toBe(before.marks);
		expect(brush()).toEqual(before.brush);
		view.onZoomEnd(new WheelEvent('wheel'));
		flushSync();
		expect(brush()).not.toEqual(before.brush);
	});
});
