import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { validateDataset } from './validate.ts';
import type { DatasetFile, PeriodRecord } from './types.ts';

function withPeriods(periods: unknown): DatasetFile {
	return { ...miniDataset(), periods: periods as PeriodRecord[] };
}

const tang: PeriodRecord = {
	id: 'tang',
	title: 'Tang dynasty',
	start: '0618-06-18',
	end: '0907-06-01'
};
const era: PeriodRecord = {
	id: 'era-600',
	title: 'Era 600–650',
	start: '0600',
	end: '0650',
	topic: 'militias'
};

describe('periods', () => {
	it('are optional: a dataset without them has none and no problem', () => {
		const result = validateDataset(miniDataset(), { file: 'x.json' });
		expect(result.periods).toEqual([]);
		expect(result.problems).toEqual([]);
	});

	it('are kept in order of first day, each with its span at the precision of its dates', () => {
		const result = validateDataset(withPeriods([tang, era]), { file: 'x.json' });
		expect(result.problems).toEqual([]);
		expect(result.periods.map((p) => p.id)).toEqual(['era-600', 'tang']);
		expect(result.periods[0].when.label).toBe('600 CE – 650 CE');
		expect(result.periods[1].when.label).toMatch(/^18 June 618( CE)? – 1 June 907( CE)?$/);
	});

	it('are not events: the event count does not change', () => {
		const without = validateDataset(miniDataset(), { file: 'x.json' }).events.length;
		expect(validateDataset(withPeriods([tang, era]), { file: 'x.json' }).events).toHaveLength(
			without
		);
	});

	it.each([
		['an end before the start', { ...tang, end: '0600' }, 'periods[0].end', 'before start'],
		['a date that is not ISO', { ...tang, start: '618 AD' }, 'periods[0].start', 'partial ISO'],
		['an unknown topic', { ...tang, topic: 'nope' }, 'periods[0].topic', 'unknown topic'],
		['no title', { ...tang, title: '' }, 'periods[0].title', 'non-empty'],
		['an id that is not a slug', { ...tang, id: 'Tang Dynasty' }, 'periods[0].id', 'slug']
	])(
		'skip a period with %s, naming it and the field, and keep the others',
		(_, bad, path, words) => {
			const result = validateDataset(withPeriods([bad, era]), { file: 'x.json' });
			expect(result.periods.map((p) => p.id)).toEqual(['era-600']);
			expect(result.problems).toHaveLength(1);
			expect(result.problems[0]).toMatchObject({ file: 'x.json', path });
			expect(result.problems[0].message).toContain(words);
		}
	);

	it('skip a second period with the same id', () => {
		const result = validateDataset(withPeriods([tang, { ...tang, title: 'Again' }]), {
			file: 'x.json'
		});
		expect(result.periods).toHaveLength(1);
		expect(result.problems[0]).toMatchObject({ item: 'tang', path: 'periods[1].id' });
	});

	it('that are not a list are reported, and the events still load', () => {
		const result = validateDataset(withPeriods({ tang }), { file: 'x.json' });
		expect(result.periods).toEqual([]);
		expect(result.events.length).toBeGreaterThan(0);
		expect(result.problems[0]).toMatchObject({ path: 'periods' });
	});
});

describe('links of an event', () => {
	function withLinks(links: unknown): DatasetFile {
		const data = miniDataset();
		(data.events[0] as { links?: unknown }).links = links;
		return data;
	}

	it('are kept when they are http(s) URLs with a label', () => {
		const links = [{ url: 'https://example.org/a?b=1#c', label: 'Media: a portrait' }];
		const result = validateDataset(withLinks(links), { file: 'x.json' });
		expect(result.problems).toEqual([]);
		expect(result.events.find((e) => e.id === miniDataset().events[0].id)?.links).toEqual(links);
	});

	it.each([
		['javascript:alert(1)', 'url'],
		['data:text/html,<b>x</b>', 'url'],
		['//example.org/x', 'url'],
		['not a url', 'url']
	])('refuse %s, leaving out that link and keeping the event', (url, field) => {
		const good = { url: 'https://example.org/ok', label: 'ok' };
		const result = validateDataset(withLinks([{ url, label: 'x' }, good]), { file: 'x.json' });
		expect(result.problems).toEqual([
			expect.objectContaining({
				item: miniDataset().events[0].id,
				path: `events[0].links[0].${field}`
			})
		]);
		// Nothing valid is lost for a bad link: the event stays, with its good link only.
		expect(result.events).toHaveLength(miniDataset().events.length);
		expect(result.events.find((e) => e.id === miniDataset().events[0].id)?.links).toEqual([good]);
	});
});
