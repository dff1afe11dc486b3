import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeWhen } from '../data/event.ts';
import type { EventRecord } from '../data/types.ts';
import { validateDataset } from '../data/validate.ts';
import { slugify } from '../shared/slug.ts';
import {
	astronomicalYearOf,
	storedDisplayDate,
	timelineJsYearOf,
	type TimelineJsDate,
	type TimelineJsSlide
} from './timelinejs.ts';
import { toTimelineJs } from './timelinejs-export.ts';
import { fromTimelineJs } from './timelinejs-import.ts';
import { OPTIONS, validationProblems } from './timelinejs.test-helpers.ts';

function fixture(name: string): unknown {
	return JSON.parse(readFileSync(`tests/fixtures/timelinejs/${name}.json`, 'utf8'));
}

/** Imports one slide with the given start (and end) date. */
function importDates(start: TimelineJsDate, end?: TimelineJsDate, extra: TimelineJsSlide = {}) {
	const slide = {
		start_date: start,
		...(end && { end_date: end }),
		text: { headline: 'X' },
		...extra
	};
	const result = fromTimelineJs({ events: [slide] }, OPTIONS);
	return { ...result, event: result.dataset.events[0] };
}

describe('precision from the parts given', () => {
	it.each([
		[{ year: '2019' }, '2019', 'year'],
		[{ year: '2019', month: '', day: '' }, '2019', 'year'],
		[{ year: 2019, month: 7 }, '2019-07', 'month'],
		[{ year: '2019', month: '07', day: '' }, '2019-07', 'month'],
		[{ year: ' 2019 ', month: ' 7 ', day: '4' }, '2019-07-04', 'day'],
		[{ year: '2019', month: '7', day: '04', hour: '', minute: '' }, '2019-07-04', 'day']
	] as const)('%j → %s (%s)', (start, date, precision) => {
		const { event, problems } = importDates(start);
		expect(problems).toEqual([]);
		expect(event.date).toMatchObject({ start: date, precision, approximate: false });
		expect(event.date.end).toBeUndefined();
	});

	it('makes a range of an end date, each end with its own parts', () => {
		const { event } = importDates({ year: '2019', month: '7', day: '4' }, { year: '2020' });
		expect(event.date).toMatchObject({ start: '2019-07-04', end: '2020', precision: 'day' });
		expect(event.date.basis).toContain('to 2020 (year only');
	});

	it('treats an end date with every part "" as no end, and one equal to the start as none', () => {
		expect(importDates({ year: '2019' }, { year: '', month: '', day: '' }).event.date.end).toBe(
			undefined
		);
		expect(
			importDates({ year: '2019', month: '3' }, { year: 2019, month: '03' }).event.date.end
		).toBe(undefined);
	});

	it('drops hours and minutes and says so in the basis', () => {
		const { event, problems } = importDates({
			year: '1918',
			month: '2',
			day: '14',
			hour: '12',
			minute: '0'
		});
		expect(problems).toEqual([]);
		expect(event.date).toMatchObject({ start: '1918-02-14', precision: 'day' });
		expect(event.date.basis).toContain('The time (hour 12, minute 0) is dropped');
	});

	it('keeps the display date in the basis, and reads "c." and early/mid/late from it', () => {
		const plain = importDates({ year: '1582', month: '10', day: '5' }, undefined, {
			display_date: 'Friday, <i>5</i> October'
		}).event;
		expect(plain.date.basis).toContain('TimelineJS display date: "Friday, 5 October".');
		expect(plain.date.approximate).toBe(false);
		const circa = importDates({ year: '-8' }, undefined, { display_date: 'c. 8 BCE' }).event;
		expect(circa.date).toMatchObject({ start: '-0007', approximate: true });
		const late = importDates({ year: '1925', month: '12' }, undefined, {
			display_date: 'Late December 1925'
		}).event;
		expect(late.date).toMatchObject({ start: '1925-12', precision: 'month', qualifier: 'late' });
		// A qualifier means nothing on a day: "late-night" is not one.
		const day = importDates({ year: '2020', month: '3', day: '1' }, undefined, {
			display_date: 'Late-night raid'
		}).event;
		expect(day.date.qualifier).toBeUndefined();
	});

	it('takes the start and end dates’ own display dates when the slide has none', () => {
		const { event } = importDates(
			{ year: '1930', display_date: 'about 1930' },
			{ year: '1937', display_date: '1937' }
		);
		expect(event.date.basis).toContain('TimelineJS display date: "about 1930 – 1937".');
		expect(event.date.approximate).toBe(true);
	});
});

describe('BCE years', () => {
	it('reads TimelineJS -44 (shown "44 BCE") as astronomical -43', () => {
		const { event } = importDates({ year: '-44', month: '3', day: '15' });
		expect(event.date.start).toBe('-0043-03-15');
		expect(event.date.basis).toContain('TimelineJS year -44 (44 BCE) is -0043');
		expect(computeWhen({ year: -43, month: 3, day: 15 }, undefined, false).label).toBe(
			'15 March 44 BCE'
		);
	});

	it.each([
		[-1, 0],
		[-44, -43],
		[-10000, -9999],
		[1, 1],
		[2024, 2024]
	])('maps TimelineJS year %i to astronomical %i and back', (timelineJs, astronomical) => {
		expect(astronomicalYearOf(timelineJs)).toBe(astronomical);
		expect(timelineJsYearOf(astronomical)).toBe(timelineJs);
	});

	it('refuses year 0, which TimelineJS would show as "0"', () => {
		const { dataset, problems } = importDates({ year: '0' });
		expect(dataset.events).toEqual([]);
		expect(problems).toEqual([
			expect.objectContaining({ path: 'events[0].start_date.year', index: 0, skipped: true })
		]);
	});

	it('checks leap days on the BCE year as shown: 45 BCE (-0044) is leap, 46 BCE is not', () => {
		expect(importDates({ year: '-45', month: '2', day: '29' }).event.date.start).toBe(
			'-0044-02-29'
		);
		expect(importDates({ year: '-46', month: '2', day: '29' }).problems[0]).toMatchObject({
			path: 'events[0].start_date.day'
		});
	});
});

describe('a file like a spreadsheet export (tests/fixtures/timelinejs/calendar-reform.json)', () => {
	const result = fromTimelineJs(fixture('calendar-reform'), OPTIONS);
	const { dataset, sourceText, problems } = result;
	const byId = new Map(dataset.events.map((e) => [e.id, e]));

	it('imports every slide and era, as drafts, and validates with no problem', () => {
		expect(problems).toEqual([]);
		expect(dataset.events).toHaveLength(9);
		expect(dataset.periods).toHaveLength(2);
		expect(dataset.events.every((e) => e.draft === true)).toBe(true);
		expect(validationProblems(result)).toEqual([]);
	});

	it('takes the title and description from the title slide', () => {
		expect(dataset.title).toBe('From Caesar to the Gregorian calendar');
		expect(dataset.description).toBe(
			'How the West’s calendar was made & remade, from 46 BCE to the 20th century.'
		);
		expect(sourceText.startsWith('From Caesar to the Gregorian calendar\nHow the West’s')).toBe(
			true
		);
	});

	it('makes a topic of each group, and one, named like the timeline, for slides without', () => {
		// In the order the events, chronologically, first name them.
		expect(dataset.topics).toEqual([
			{ id: 'rome', label: 'Rome' },
			{ id: 'reform', label: 'Reform' },
			{ id: 'adoption', label: 'Adoption' },
			{
				id: 'from-caesar-to-the-gregorian-calendar',
				label: 'From Caesar to the Gregorian calendar'
			}
		]);
		expect(byId.get('world-calendar')?.topic).toBe('from-caesar-to-the-gregorian-calendar');
		expect(byId.get('the-ides-of-march')?.topic).toBe('rome');
	});

	it('imports eras as periods spanning the era, not events, in their group if they have one', () => {
		expect(byId.has('the-julian-calendar-in-rome')).toBe(false);
		expect(dataset.periods).toEqual([
			expect.objectContaining({
				id: 'the-julian-calendar-in-rome',
				start: '-0044-01-01',
				end: '1582-10-04'
			}),
			expect.objectContaining({
				id: 'old-style-and-new-style-side-by-side',
				topic: 'adoption',
				start: '1582-10-15',
				end: '1918'
			})
		]);
		expect(dataset.periods?.[0].topic).toBeUndefined();
		expect(dataset.periods?.[0].basis).toContain('From a TimelineJS3 era');
	});

	it('renders each slide as plain text: no tags, no script, entities decoded, no media URL', () => {
		expect(sourceText).not.toMatch(/<|&[a-z#0-9]+;/i);
		expect(sourceText).not.toContain('tracking pixel');
		expect(sourceText).not.toContain('document.write');
		expect(sourceText).not.toContain('example.org');
		expect(sourceText).toContain(
			'Caesar is killed in the Senate on the “Ides of March” — the 15th.'
		);
		expect(sourceText).toContain('Media: Gaius Julius Caesar, marble bust (Altes Museum, Berlin)');
	});

	it('has each event cite its own block, headed by its display date', () => {
		const ides = byId.get('the-ides-of-march')!;
		const [citation] = ides.citations;
		expect(sourceText.slice(citation.start, citation.end)).toBe(citation.quote);
		expect(citation.quote.split('\n').slice(0, 2)).toEqual([
			'15 March 44 BCE',
			'The Ides of March'
		]);
		const tenDays = byId.get('the-ten-days-that-never-were')!;
		expect(tenDays.citations[0].quote.split('\n')[0]).toBe('5–14 October 1582');
	});

	it('keeps the events in canonical order with unique slug ids', () => {
		const again = validateDataset(dataset, { file: 'events.json' });
		expect(again.events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
		expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
		expect(dataset.events[0].id).toBe('caesar-introduces-the-julian-calendar');
	});

	it('guesses the publication date as the latest date mentioned, unless given', () => {
		expect(dataset.sources[0].published).toMatchObject({ date: '1937', confidence: 'low' });
		const given = fromTimelineJs(fixture('calendar-reform'), {
			...OPTIONS,
			published: '2024-07-01'
		});
		expect(given.dataset.sources[0].published).toMatchObject({
			date: '2024-07-01',
			precision: 'day',
			confidence: 'high'
		});
	});

	it('round-trips through toTimelineJs, display dates included', () => {
		const exported = toTimelineJs(dataset);
		const back = fromTimelineJs(exported, OPTIONS);
		expect(back.problems).toEqual([]);
		const pick = (e: EventRecord) => [
			e.id,
			e.title,
			e.topic,
			e.kind,
			e.date.start,
			e.date.end,
			e.date.precision,
			e.date.approximate,
			e.date.qualifier,
			storedDisplayDate(e.date.basis)
		];
		expect(back.dataset.events.map(pick)).toEqual(dataset.events.map(pick));
		expect(back.dataset.topics).toEqual(dataset.topics);
		expect(back.dataset.title).toBe(dataset.title);
	});
});

describe('a file with broken slides (tests/fixtures/timelinejs/broken-slides.json)', () => {
	const result = fromTimelineJs(fixture('broken-slides'), OPTIONS);
	const { dataset, problems } = result;

	it('skips each broken slide, naming its index, unique_id and field', () => {
		const skipped = problems.filter((p) => p.skipped).map((p) => [p.path, p.index, p.uniqueId]);
		expect(skipped).toEqual([
			['events[1].start_date', 1, undefined],
			['events[2].start_date.month', 2, 'month-13'],
			['events[3].start_date.year', 3, undefined],
			['events[5].start_date.day', 5, undefined],
			['events[6].start_date.day', 6, undefined],
			['events[7].start_date.year', 7, undefined],
			['events[8].end_date', 8, undefined],
			['events[9]', 9, undefined],
			['events[12].start_date.year', 12, undefined],
			['events[13].start_date.hour', 13, undefined],
			['eras[0].end_date', 0, undefined]
		]);
		expect(problems.find((p) => p.index === 2)?.message).toBe(
			'must be 1–12 (got "13"); the slide is skipped'
		);
		expect(problems.find((p) => p.index === 3)).toMatchObject({ headline: 'Roman numerals' });
	});

	it('keeps every good slide, and a slide whose end date lacks a year without its end', () => {
		expect(dataset.events.map((e) => e.id).sort()).toEqual([
			'first-vaccine-given-outside-a-trial',
			'lockdown',
			'who-declares-a-pandemic',
			'who-declares-a-pandemic-2'
		]);
		expect(problems.filter((p) => !p.skipped)).toEqual([
			expect.objectContaining({ path: 'events[10].end_date.year', index: 10, skipped: false })
		]);
		expect(dataset.events.find((e) => e.id.startsWith('first-vaccine'))?.date.end).toBeUndefined();
		expect(dataset.periods?.map((p) => p.id)).toEqual(['the-pandemic-emergency']);
	});

	it('validates with no problem', () => {
		expect(validationProblems(result)).toEqual([]);
	});
});

describe('ids', () => {
	it('reserves slugged unique_ids before headlines, and de-duplicates', () => {
		const slide = (headline: string, unique_id?: string) => ({
			start_date: { year: '2020' },
			text: { headline },
			...(unique_id !== undefined && { unique_id })
		});
		const { dataset } = fromTimelineJs(
			{
				events: [
					slide('Same'),
					slide('Same'),
					slide('Other', 'same-2'),
					slide('Third', 'Same'),
					slide(''),
					slide('¡¡¡')
				]
			},
			OPTIONS
		);
		expect(dataset.events.map((e) => e.id).sort()).toEqual([
			'same',
			'same-2',
			'same-3',
			'same-4',
			'slide-5',
			'slide-6'
		]);
	});

	it('slugs are their own slugs, and long headlines are cut at a hyphen', () => {
		expect(slugify('Café “Ides” of March!')).toBe('cafe-ides-of-march');
		expect(slugify('cafe-ides-of-march')).toBe('cafe-ides-of-march');
		expect(slugify('word '.repeat(30), 60)).toMatch(/^(word-){11}word$/);
	});
});

describe('any input', () => {
	const part = fc.oneof(
		fc.constantFrom('', ' ', '07', '-44', '0', '13', '31', 'MMXX', '1e3', '2.5', null),
		fc.integer({ min: -3000, max: 3000 }).map(String),
		fc.integer({ min: -1_500_000, max: 1_500_000 }),
		fc.double()
	);
	const date = fc.record(
		{ year: part, month: part, day: part, hour: part, display_date: fc.string() },
		{ requiredKeys: [] }
	);
	const slide = fc.oneof(
		{
			weight: 5,
			arbitrary: fc.record(
				{
					start_date: date,
					end_date: date,
					text: fc.record({ headline: fc.string(), text: fc.string() }, { requiredKeys: [] }),
					group: fc.string(),
					unique_id: fc.string(),
					display_date: fc.string()
				},
				{ requiredKeys: [] }
			)
		},
		{ weight: 1, arbitrary: fc.anything() }
	);
	const timeline = fc.record(
		{
			title: slide,
			events: fc.array(slide, { maxLength: 8 }),
			eras: fc.array(slide, { maxLength: 3 }),
			scale: fc.constantFrom('human', 'cosmological')
		},
		{ requiredKeys: ['events'] }
	);

	it('never throws, accounts for every slide, and always validates', () => {
		fc.assert(
			fc.property(fc.oneof(timeline, fc.anything()), (json) => {
				const result = fromTimelineJs(json, OPTIONS);
				expect(validationProblems(result)).toEqual([]);
				const file = json as { events?: unknown; eras?: unknown };
				const slides =
					(Array.isArray(file?.events) ? file.events.length : 0) +
					(Array.isArray(file?.eras) ? file.eras.length : 0);
				const skipped = result.problems.filter((p) => p.skipped && p.index !== undefined).length;
				const periods = result.dataset.periods?.length ?? 0;
				expect(result.dataset.events.length + periods + skipped).toBe(slides);
			}),
			{ numRuns: 300 }
		);
	});
});
