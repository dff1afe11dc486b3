import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DRAWABLE_YEARS,
	daysInMonth,
	formatPartialDate,
	type CivilDate
} from '../data/civil-date.ts';
import { computeWhen } from '../data/event.ts';
import type { DatasetFile, EventRecord, TopicRecord } from '../data/types.ts';
import { toTimelineJs } from './timelinejs-export.ts';
import { topicIdFor } from './topic-id.ts';
import { fromTimelineJs } from './timelinejs-import.ts';
import { OPTIONS, validationProblems } from './timelinejs.test-helpers.ts';

describe('toTimelineJs', () => {
	const dataset: DatasetFile = {
		format: 'evidence-timeline',
		version: 1,
		title: 'Rome',
		topics: [
			{ id: 'rome', label: 'Rome' },
			{ id: 'law-order', label: 'Law & order' }
		],
		actors: [],
		sources: [],
		events: [
			event('ides', 'rome', { start: '-0043-03-15', precision: 'day' }),
			event('reform', 'law-order', { start: '-0045', end: '-0044', precision: 'year' }),
			event('augustus', 'rome', {
				start: '-0007',
				precision: 'year',
				approximate: true,
				qualifier: 'late'
			})
		],
		periods: [
			{ id: 'julian', title: 'Julian calendar', start: '-0044-01', end: '1582-10', topic: 'rome' }
		]
	};

	it('writes numbers as strings, "" for parts not given, and BCE as TimelineJS numbers it', () => {
		const out = toTimelineJs(dataset);
		expect(out.events[0]).toEqual({
			start_date: { year: '-44', month: '3', day: '15' },
			text: { headline: 'ides title', text: '' },
			display_date: '',
			unique_id: 'ides'
		});
		expect(out.events[1]).toMatchObject({
			start_date: { year: '-46', month: '', day: '' },
			end_date: { year: '-45', month: '', day: '' },
			group: 'Law &amp; order'
		});
		expect(out.events[2].display_date).toBe('c. late 8 BCE');
		expect(out.eras).toEqual([
			expect.objectContaining({
				start_date: { year: '-45', month: '1', day: '' },
				end_date: { year: '1582', month: '10', day: '' },
				unique_id: 'julian'
			})
		]);
		expect(out.title?.text?.headline).toBe('Rome');
		expect(out.scale).toBeUndefined();
	});

	function event(id: string, topic: string, date: Partial<EventRecord['date']>): EventRecord {
		return {
			id,
			title: `${id} title`,
			summary: `${id} title`,
			date: { start: '2020', precision: 'year', approximate: false, basis: 'test', ...date },
			topic,
			kind: 'attack',
			actors: [],
			places: [],
			importance: 2,
			citations: []
		};
	}
});

// ——————————————————————————————————————————————————————————————— properties

/** White space as the import leaves it in a headline: single spaces, trimmed, not empty. */
const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();
const plainText = fc
	.oneof(
		fc.string({ minLength: 1, maxLength: 30 }),
		fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
		fc.constantFrom(
			'A & B',
			'<script>alert(1)</script>',
			'&amp; &lt;',
			'Café “quoted” — ½',
			"O'Neil"
		)
	)
	.map(normalized)
	.filter((text) => text.length > 0);

const civilDate: fc.Arbitrary<CivilDate> = fc
	.tuple(
		fc.oneof(
			{ weight: 4, arbitrary: fc.integer({ min: -3000, max: 3000 }) },
			// Out to the years the timeline can draw (the validator refuses the others).
			{ weight: 1, arbitrary: fc.integer({ min: DRAWABLE_YEARS.min, max: DRAWABLE_YEARS.max }) }
		),
		fc.constantFrom('year', 'month', 'day'),
		fc.integer({ min: 1, max: 12 }),
		fc.integer({ min: 1, max: 31 })
	)
	.map(([year, precision, month, day]) =>
		precision === 'year'
			? { year }
			: precision === 'month'
				? { year, month }
				: { year, month, day: Math.min(day, daysInMonth(year, month)) }
	);

/** A valid date record: an optional end placed so the span is not reversed. */
const dateRecord = fc
	.record({
		start: civilDate,
		end: fc.option(civilDate, { nil: undefined }),
		approximate: fc.boolean(),
		qualifier: fc.option(fc.constantFrom('early', 'mid', 'late' as const), { nil: undefined })
	})
	.map(({ start, end, approximate, qualifier }) => {
		let [first, last] = [start, end];
		// Reversed as the validator sees it: a qualifier narrows the start ("late 2994" begins
		// in September, after an end in January 2994).
		const reversed = (a: CivilDate, b: CivilDate) => {
			const when = computeWhen(a, b, false, qualifier);
			return when.lastDay < when.firstDay;
		};
		if (last && reversed(first, last)) [first, last] = [last, first];
		if (last && reversed(first, last)) last = undefined;
		const precision =
			first.month === undefined ? 'year' : first.day === undefined ? 'month' : 'day';
		return {
			start: formatPartialDate(first),
			...(last && { end: formatPartialDate(last) }),
			precision,
			approximate,
			// A qualifier narrows a year or a month; on a day it means nothing and is not written.
			...(qualifier && precision !== 'day' && { qualifier }),
			basis: 'generated'
		} as EventRecord['date'];
	});

const generatedDataset: fc.Arbitrary<DatasetFile> = fc
	.record({
		title: plainText,
		labels: fc.uniqueArray(plainText, {
			minLength: 1,
			maxLength: 4,
			selector: (label) => topicIdFor(label)
		}),
		titleIsATopic: fc.boolean(),
		events: fc.uniqueArray(
			fc.record({
				id: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/),
				title: plainText,
				summary: plainText,
				topicIndex: fc.nat(),
				era: fc.boolean(),
				date: dateRecord
			}),
			{ minLength: 1, maxLength: 12, selector: (e) => e.id }
		)
	})
	.filter(({ labels }) => labels.every((label) => topicIdFor(label) !== ''))
	.map(({ title, labels, titleIsATopic, events }) => {
		const allLabels =
			titleIsATopic &&
			!labels.includes(title) &&
			topicIdFor(title) &&
			!labels.some((l) => topicIdFor(l) === topicIdFor(title))
				? [...labels, title]
				: labels;
		const topics: TopicRecord[] = allLabels.map((label) => ({ id: topicIdFor(label), label }));
		return {
			format: 'evidence-timeline',
			version: 1,
			title,
			topics,
			actors: [],
			sources: [],
			events: events
				.filter((e) => !e.era)
				.map((e) => ({
					id: e.id,
					title: e.title,
					summary: e.summary,
					date: e.date,
					topic: topics[e.topicIndex % topics.length].id,
					kind: 'attack',
					actors: [],
					places: [],
					importance: 3 as const,
					citations: []
				})),
			periods: events
				.filter((e) => e.era)
				.map((e) => ({
					id: e.id,
					title: e.title,
					start: e.date.start,
					end: e.date.end ?? e.date.start,
					topic: topics[e.topicIndex % topics.length].id
				}))
		} satisfies DatasetFile;
	});

describe('round trip: fromTimelineJs(toTimelineJs(x))', () => {
	it('keeps the ids, titles, topics and dates of every event and every period', () => {
		fc.assert(
			fc.property(generatedDataset, (x) => {
				const back = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(x))), OPTIONS);
				expect(back.problems).toEqual([]);
				expect(back.dataset.title).toBe(x.title);
				expect(back.dataset.events).toHaveLength(x.events.length);
				const labelOf = (d: DatasetFile, id: string) => d.topics.find((t) => t.id === id)?.label;
				const byId = new Map(back.dataset.events.map((e) => [e.id, e]));
				for (const original of x.events) {
					const event = byId.get(original.id);
					expect(event, original.id).toBeDefined();
					const { start, end, precision, approximate, qualifier } = original.date;
					expect(event).toMatchObject({
						title: original.title,
						topic: original.topic,
						kind: 'event',
						draft: true
					});
					expect(labelOf(back.dataset, event!.topic)).toBe(labelOf(x, original.topic));
					expect(event!.date.start).toBe(start);
					// An end equal to its start says nothing more; TimelineJS drops it too.
					expect(event!.date.end).toBe(end === start ? undefined : end);
					expect(event!.date.precision).toBe(precision);
					expect(event!.date.approximate).toBe(approximate);
					expect(event!.date.qualifier).toBe(qualifier);
				}
				const periods = new Map((back.dataset.periods ?? []).map((p) => [p.id, p]));
				expect(periods.size).toBe(x.periods?.length ?? 0);
				for (const original of x.periods ?? []) {
					const period = periods.get(original.id);
					expect(period, original.id).toMatchObject({
						title: original.title,
						start: original.start,
						end: original.end
					});
					// A topic labelled like the timeline is where ungrouped slides go: a period in it
					// is written without a group, and comes back without a topic.
					if (labelOf(x, original.topic!) === x.title) expect(period!.topic).toBeUndefined();
					else expect(labelOf(back.dataset, period!.topic!)).toBe(labelOf(x, original.topic!));
				}
				expect(validationProblems(back)).toEqual([]);
			}),
			{ numRuns: 300 }
		);
	});

	it('is stable: exporting the re-import gives the same TimelineJS file', () => {
		fc.assert(
			fc.property(generatedDataset, (x) => {
				const once = fromTimelineJs(toTimelineJs(x), OPTIONS).dataset;
				const twice = fromTimelineJs(toTimelineJs(once), OPTIONS).dataset;
				expect(toTimelineJs(twice)).toEqual(toTimelineJs(once));
				expect(twice).toEqual(once);
			}),
			{ numRuns: 100 }
		);
	});
});
