/**
 * A dataset with copy-paste slips (a topic or an actor written twice) and dates at any year must
 * never take the page down: the validator drops and reports what the page cannot key or draw, and
 * everything the page derives from what it keeps (extent, scale, ticks, layout, density, list)
 * runs without throwing. Each slip once blanked the app and the embed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/lib/data/validate.ts';
import { DRAWABLE_YEARS, formatPartialDate } from '../../src/lib/data/civil-date.ts';
import type { DatasetFile } from '../../src/lib/data/types.ts';
import { EMPTY_FILTER, filterEvents } from '../../src/lib/filter/filter.ts';
import { createBaseScale, timeExtent, DAY_MS } from '../../src/lib/timeline/scale.ts';
import { computeAxisTicks } from '../../src/lib/timeline/ticks.ts';
import { createTimeIndex } from '../../src/lib/timeline/time-index.ts';
import { layoutTimeline } from '../../src/lib/timeline/marks.ts';
import { densityBins } from '../../src/lib/timeline/density.ts';
import { listRows } from '../../src/lib/list/list-window.ts';
import { miniDataset } from '../fixtures/mini-dataset.ts';

const WIDTH = 1000;

/** Everything the page computes from a dataset before and while it draws it. */
function buildPage(data: DatasetFile) {
	const dataset = validateDataset(data, { file: 'events.json' });
	const shown = filterEvents(dataset.events, EMPTY_FILTER, dataset.actors);
	const extent = timeExtent(dataset.events);
	const base = createBaseScale(extent, WIDTH);
	const index = createTimeIndex(shown);
	computeAxisTicks(base, WIDTH);
	densityBins(shown, extent, WIDTH / 3);
	listRows(shown);
	// The whole extent, and a narrow window at its middle.
	const middle = (extent[0] + extent[1]) / 2;
	for (const [from, to] of [extent, [middle, middle + 30 * DAY_MS]]) {
		const x = base.copy().domain([from, to]);
		computeAxisTicks(x, WIDTH);
		layoutTimeline(index, Math.floor(from / DAY_MS), Math.floor(to / DAY_MS), x, {
			lanes: 6,
			width: WIDTH,
			charPx: 6.6
		});
	}
	return dataset;
}

/** A year anywhere from deep time to the far future, crowded near the edges of what a Date holds. */
const anyYear = fc.oneof(
	fc.integer({ min: -300_000, max: 300_000 }),
	fc.integer({ min: -13_800_000_000, max: 13_800_000_000 }),
	fc.constantFrom(
		-271_822,
		-271_821,
		-200_001,
		0,
		1,
		9999,
		10_000,
		275_760,
		275_761,
		-13_798_000_000
	),
	fc.constantFrom(DRAWABLE_YEARS.min, DRAWABLE_YEARS.max, DRAWABLE_YEARS.max + 1)
);

describe('the page model on duplicates and extreme dates', () => {
	it('never throws, keys every list uniquely, and keeps only drawable years', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat(1), { maxLength: 4 }),
				fc.array(fc.nat(0), { maxLength: 3 }),
				fc.array(fc.tuple(fc.nat(3), anyYear), { maxLength: 4 }),
				(topicCopies, actorCopies, yearEdits) => {
					const data = miniDataset();
					for (const i of topicCopies) data.topics.push({ ...data.topics[i], label: 'Copy' });
					for (const i of actorCopies) data.actors!.push({ ...data.actors![i], name: 'Copy' });
					for (const [i, year] of yearEdits) {
						const event = data.events[i];
						event.date = {
							...event.date,
							start: formatPartialDate({ year }),
							precision: 'year',
							end: undefined,
							qualifier: undefined,
							derivation: undefined
						};
					}
					const dataset = buildPage(data);
					expect(new Set(dataset.topics.map((t) => t.id)).size).toBe(dataset.topics.length);
					expect(new Set(dataset.actors.map((a) => a.id)).size).toBe(dataset.actors.length);
					for (const event of dataset.events) {
						expect(event.when.start.year).toBeGreaterThanOrEqual(DRAWABLE_YEARS.min);
						expect(event.when.start.year).toBeLessThanOrEqual(DRAWABLE_YEARS.max);
					}
					// Every copy is reported, by the list it is in.
					const copies = topicCopies.length + actorCopies.length;
					expect(
						dataset.problems.filter((p) => /^(topic|actor)s\[\d+\]\.id$/.test(p.path))
					).toHaveLength(copies);
				}
			),
			{ numRuns: 300 }
		);
	});

	it('draws a year beyond what a Date holds, and reports one beyond what the format writes', () => {
		const data = miniDataset();
		data.events[0].date = { ...data.events[0].date, start: '-300000', derivation: undefined };
		expect(buildPage(data).problems).toEqual([]);
		data.events[0].date.start = '-1000000000000';
		const dataset = buildPage(data);
		expect(dataset.events).toHaveLength(miniDataset().events.length - 1);
		expect(dataset.problems).toEqual([
			expect.objectContaining({
				item: data.events[0].id,
				path: 'events[0].date.start',
				message: expect.stringContaining('is not a valid partial ISO date')
			})
		]);
	});

	it('reports a repeated topic by its place in the file and drops the later one', () => {
		const data = miniDataset();
		data.topics.push({ id: 'militias', label: 'Militias again' });
		const dataset = buildPage(data);
		expect(dataset.topics.map((t) => t.label)).toEqual(['Militias', 'Ukraine']);
		expect(dataset.problems).toEqual([
			expect.objectContaining({ item: 'militias', path: 'topics[2].id' })
		]);
		expect(dataset.events).toHaveLength(miniDataset().events.length);
	});
});
