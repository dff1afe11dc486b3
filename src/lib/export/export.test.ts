import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv, exportFileName, exportJson } from './export.ts';
import { validateDataset } from '../data/validate.ts';
import type { Dataset, DatasetFile, TimelineEvent } from '../data/types.ts';
import { MINI_FILE, MINI_TEXT, at, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const VOTE_FILE = 'vote.txt';
const VOTE_TEXT = 'The vote was held on 1 March 2024 in Kyiv.\n';
const texts = new Map([
	[MINI_FILE, MINI_TEXT],
	[VOTE_FILE, VOTE_TEXT]
]);

/** Validates with the source texts, so quotes are checked against their files too. */
const load = (data: unknown = miniDataset(), file = 'mini.json'): Dataset =>
	validateDataset(data, { file, sourceTexts: texts });

/**
 * The mini dataset plus a topic, an actor and a source used by one event only, and a source
 * whose only use is to anchor the Kharkiv event's date derivation.
 */
function widerDataset(): DatasetFile {
	const data = miniDataset();
	data.topics.push({ id: 'elections', label: 'Elections' });
	data.actors.push({ id: 'electoral-board', name: 'The Electoral Board' });
	data.sources.push(
		{
			id: 'vote',
			file: VOTE_FILE,
			title: 'Vote report',
			outlet: 'Vote News',
			published: { date: '2024-03-02', precision: 'day', basis: 'Stated.', confidence: 'stated' },
			segments: [{ start: 0, end: VOTE_TEXT.length, topic: 'elections' }],
			relations: [{ type: 'same-report-as', source: 'mini' }]
		},
		{
			id: 'anchor',
			file: MINI_FILE,
			title: 'Mini report, again',
			outlet: 'Mini Wire',
			published: { date: '2024-07-01', precision: 'day', basis: 'Stated.', confidence: 'stated' },
			segments: [{ start: 0, end: MINI_TEXT.length, topic: 'militias' }]
		}
	);
	data.events[3].date.derivation = { expression: 'yesterday', anchor: { source: 'anchor' } };
	const quote = 'The vote was held on 1 March 2024';
	data.events.splice(3, 0, {
		id: 'vote-held',
		title: 'The vote is held',
		summary: 'A vote was held.',
		date: { start: '2024-03-01', precision: 'day', approximate: false, basis: 'Stated.' },
		topic: 'elections',
		kind: 'vote',
		actors: ['electoral-board'],
		places: ['Kyiv'],
		importance: 1,
		citations: [{ source: 'vote', quote, start: 0, end: quote.length }]
	});
	return data;
}

const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
const pick = (dataset: Dataset, ...wanted: string[]) =>
	dataset.events.filter((event) => wanted.includes(event.id));

/** A small RFC 4180 reader, so tests can compare fields rather than escaped text. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let value = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (quoted && char === '"' && text[i + 1] === '"') {
			value += '"';
			i++;
		} else if (char === '"') {
			quoted = !quoted;
		} else if (!quoted && char === ',') {
			row.push(value);
			value = '';
		} else if (!quoted && char === '\r' && text[i + 1] === '\n') {
			rows.push([...row, value]);
			row = [];
			value = '';
			i++;
		} else {
			value += char;
		}
	}
	if (value !== '' || row.length > 0) rows.push([...row, value]);
	return rows;
}

/** The CSV's data rows as objects keyed by column name. */
function csvRecords(csv: string): Record<string, string>[] {
	const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
	return rows.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i]])));
}

describe('exportJson', () => {
	it('writes a valid dataset file that round-trips every event (ids, dates, citations)', () => {
		const dataset = load();
		const json = exportJson(dataset, dataset.events);
		const reloaded = load(JSON.parse(json), 'export.json');
		expect(reloaded.problems).toEqual([]);
		expect(reloaded.events).toEqual(dataset.events);
		expect(JSON.parse(json).events).toEqual(miniDataset().events);
	});

	it('keeps format, version and title, strips the computed `when`, pretty-prints with tabs', () => {
		const dataset = load();
		const json = exportJson(dataset, dataset.events);
		const file = JSON.parse(json);
		expect(file).toMatchObject({ format: 'evidence-timeline', version: 1, title: 'Mini' });
		expect(file.events.every((event: object) => !('when' in event))).toBe(true);
		expect(json.split('\n')[1]).toBe('\t"format": "evidence-timeline",');
		expect(json.endsWith('}\n')).toBe(true);
	});

	it('keeps description and sourceBase', () => {
		const data = { ...miniDataset(), description: 'A mini set.', sourceBase: 'texts/' };
		const dataset = load(data);
		const file = JSON.parse(exportJson(dataset, dataset.events));
		expect(file.description).toBe('A mini set.');
		expect(file.sourceBase).toBe('texts/');
		expect(JSON.parse(exportJson(load(), load().events))).not.toHaveProperty('description');
	});

	it('includes only the sources, topics and actors the exported events use', () => {
		const dataset = load(widerDataset());
		expect(dataset.problems).toEqual([]);
		const militias = dataset.events.filter((event) => event.topic === 'militias');
		const file = JSON.parse(exportJson(dataset, militias));
		expect(ids(file.events)).toEqual([
			'training-in-lebanon',
			'drone-strike-jordan',
			'halt-to-attacks'
		]);
		expect(ids(file.sources)).toEqual(['mini']);
		// Ukraine stays: a segment of the kept source names it, and the validator needs it.
		expect(ids(file.topics)).toEqual(['militias', 'ukraine']);
		expect(ids(file.actors)).toEqual(['militia']);
		expect(load(file, 'export.json').problems).toEqual([]);
	});

	it('exporting a subset keeps only that subset, and drops relations to left-out sources', () => {
		const dataset = load(widerDataset());
		const file = JSON.parse(exportJson(dataset, pick(dataset, 'vote-held')));
		expect(ids(file.events)).toEqual(['vote-held']);
		expect(ids(file.sources)).toEqual(['vote']);
		expect(file.sources[0]).not.toHaveProperty('relations');
		expect(ids(file.topics)).toEqual(['elections']);
		expect(ids(file.actors)).toEqual(['electoral-board']);
		const reloaded = load(file, 'export.json');
		expect(reloaded.problems).toEqual([]);
		expect(reloaded.events).toEqual(pick(dataset, 'vote-held'));
	});

	it('keeps a relation when both of its sources are exported', () => {
		const dataset = load(widerDataset());
		const file = JSON.parse(exportJson(dataset, pick(dataset, 'vote-held', 'halt-to-attacks')));
		expect(ids(file.sources)).toEqual(['mini', 'vote']);
		expect(file.sources[1].relations).toEqual([{ type: 'same-report-as', source: 'mini' }]);
		expect(load(file, 'export.json').problems).toEqual([]);
	});

	it('keeps a source that only anchors a date derivation', () => {
		const dataset = load(widerDataset());
		const file = JSON.parse(exportJson(dataset, pick(dataset, 'kharkiv-school-shelled')));
		expect(ids(file.sources)).toEqual(['mini', 'anchor']);
		expect(load(file, 'export.json').problems).toEqual([]);
	});

	it('writes events in canonical order and once each, whatever order they are given in', () => {
		const dataset = load();
		const [training, , , kharkiv] = dataset.events;
		const file = JSON.parse(exportJson(dataset, [kharkiv, training, kharkiv]));
		expect(ids(file.events)).toEqual(['training-in-lebanon', 'kharkiv-school-shelled']);
		expect(load(file, 'export.json').problems).toEqual([]);
	});
});

describe('exportCsv', () => {
	const HEADER =
		'id,date,start,end,precision,approximate,date basis,title,summary,topic,kind,actors,places,' +
		'importance,source,outlet,published,quote,quote start,quote end';

	it('starts with a UTF-8 byte order mark and the exact header', () => {
		const dataset = load();
		const csv = exportCsv(dataset, dataset.events);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect([...new TextEncoder().encode(csv).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(csv.slice(1).split('\r\n')[0]).toBe(HEADER);
		expect(CSV_COLUMNS.join(',')).toBe(HEADER);
	});

	it('ends every line with CRLF, the last one included', () => {
		const dataset = load();
		const csv = exportCsv(dataset, dataset.events);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(csv.split('\r\n')).toHaveLength(dataset.events.length + 2);
		expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
	});

	it('writes every column of an event and its citation', () => {
		const dataset = load();
		const quote = at('In January, a drone struck a base in Jordan');
		expect(csvRecords(exportCsv(dataset, pick(dataset, 'drone-strike-jordan')))).toEqual([
			{
				id: 'drone-strike-jordan',
				date: 'January 2024',
				start: '2024-01',
				end: '',
				precision: 'month',
				approximate: 'false',
				'date basis': "'In January' in a report of 1 July 2024 → January 2024",
				title: 'Drone strikes a base in Jordan',
				summary: 'A drone killed three soldiers.',
				topic: 'Militias',
				kind: 'attack',
				actors: '',
				places: 'Jordan',
				importance: '3',
				source: 'Mini report',
				outlet: 'Mini News',
				published: '2024-07-01',
				quote: quote.quote,
				'quote start': String(quote.start),
				'quote end': String(quote.end)
			}
		]);
	});

	it('writes one row per citation, and joins actor names and places with "; "', () => {
		const data = miniDataset();
		data.actors.push({ id: 'army', name: 'The Army' });
		const training = data.events[0];
		training.actors = ['militia', 'army'];
		training.places = ['Lebanon', 'Syria'];
		training.citations.push({ source: 'mini', ...at('the report said') });
		const dataset = load(data);
		expect(dataset.problems).toEqual([]);
		const records = csvRecords(exportCsv(dataset, dataset.events));
		expect(records.map((record) => record.id)).toEqual([
			'training-in-lebanon',
			'training-in-lebanon',
			'drone-strike-jordan',
			'halt-to-attacks',
			'kharkiv-school-shelled'
		]);
		expect(records.slice(0, 2).map((record) => record.quote)).toEqual([
			'Militia fighters were trained in Lebanon last year',
			'the report said'
		]);
		expect(records[1]).toMatchObject({ actors: 'The Militia; The Army', places: 'Lebanon; Syria' });
	});

	it('gives an event without citations one row with empty citation columns', () => {
		const dataset = load();
		const bare: TimelineEvent = { ...dataset.events[2], citations: [] };
		const csv = exportCsv(dataset, [bare]);
		const lines = csv.split('\r\n');
		expect(lines).toHaveLength(3);
		expect(lines[1].startsWith('halt-to-attacks,30 January 2024,2024-01-30,')).toBe(true);
		expect(lines[1].endsWith(',2,,,,,,')).toBe(true);
	});

	it('quotes fields holding commas, quotes, CR or LF and doubles the quotes', () => {
		const dataset = load();
		const event: TimelineEvent = {
			...dataset.events[2],
			title: 'The "group" halts, again',
			summary: 'Line one\nLine two\r\nLine three\rend'
		};
		const csv = exportCsv(dataset, [event]);
		expect(csv).toContain(',"The ""group"" halts, again",');
		expect(csv).toContain(',"Line one\nLine two\r\nLine three\rend",');
		// A field without any of them stays bare.
		expect(csv).toContain(',The group announced a halt to attacks on Jan. 30.,');
		expect(csv).toContain(',ceasefire,The Militia,');
		expect(csvRecords(csv)[0]).toMatchObject({ title: event.title, summary: event.summary });
	});

	it('preserves non-ASCII text', () => {
		const dataset = load();
		const event: TimelineEvent = {
			...dataset.events[3],
			title: 'Kharkiv — “quoted”',
			places: ['Kharkiv', 'café']
		};
		const csv = exportCsv(dataset, [event]);
		expect(csv).toContain(',Kharkiv — “quoted”,');
		expect(csvRecords(csv)[0]).toMatchObject({
			title: 'Kharkiv — “quoted”',
			places: 'Kharkiv; café',
			quote: '“Shelling hit a school in Kharkiv yesterday,”'
		});
	});

	it.each([
		['=HYPERLINK("https://evil.example","click")'],
		['-5 killed'],
		['+1 wounded'],
		['@SUM(A1:A9)'],
		['\tindented'],
		['\rcarriage return']
	])('guards a text field starting like a formula with an apostrophe: %j', (title) => {
		const dataset = load();
		const event: TimelineEvent = { ...dataset.events[1], title, places: [title] };
		const record = csvRecords(exportCsv(dataset, [event]))[0];
		expect(record.title).toBe(`'${title}`);
		expect(record.places).toBe(`'${title}`);
	});

	it('writes the formula guard inside the quoted field', () => {
		const dataset = load();
		const event = { ...dataset.events[1], title: '=HYPERLINK("https://evil.example","x")' };
		expect(exportCsv(dataset, [event])).toContain(
			`,"'=HYPERLINK(""https://evil.example"",""x"")",`
		);
	});

	it('leaves text alone when a formula character is not the first', () => {
		const dataset = load();
		const event = { ...dataset.events[1], title: 'Killed: -5 = +5 @ dawn' };
		expect(csvRecords(exportCsv(dataset, [event]))[0].title).toBe('Killed: -5 = +5 @ dawn');
	});

	it('does not guard the numeric and ISO date columns, a negative ISO year included', () => {
		const data = miniDataset();
		const date = data.events[0].date;
		delete date.derivation;
		Object.assign(date, { start: '-0043-03-15', end: '-0043-03-17', precision: 'day' });
		const dataset = load(data);
		const event = dataset.events.find((e) => e.id === 'training-in-lebanon')!;
		const record = csvRecords(exportCsv(dataset, [event]))[0];
		expect(record).toMatchObject({
			start: '-0043-03-15',
			end: '-0043-03-17',
			importance: '2',
			published: '2024-07-01',
			'quote start': String(event.citations[0].start),
			'quote end': String(event.citations[0].end)
		});
	});

	it('still guards a date column that is not an ISO date (a malformed dataset)', () => {
		const dataset = load();
		const event = dataset.events[1];
		const forged: TimelineEvent = { ...event, date: { ...event.date, start: '=1+1' } };
		expect(csvRecords(exportCsv(dataset, [forged]))[0].start).toBe("'=1+1");
	});
});

describe('exportFileName', () => {
	it.each([
		['Mini', 'json', 'mini-events.json'],
		['Café Crème: Ukraine & Syria, 2024', 'csv', 'cafe-creme-ukraine-syria-2024-events.csv'],
		['Straße — Łódź', 'json', 'strasse-lodz-events.json'],
		["Europe's war", 'csv', 'europes-war-events.csv'],
		['  --Leading and trailing--  ', 'json', 'leading-and-trailing-events.json'],
		['', 'json', 'timeline-events.json'],
		['   ', 'csv', 'timeline-events.csv'],
		['Київ', 'csv', 'timeline-events.csv']
	] as const)('%j as %s → %s', (title, extension, expected) => {
		expect(exportFileName(title, extension)).toBe(expected);
	});

	it('cuts long titles to 60 characters, without a hyphen at the cut', () => {
		const title =
			'Iran-backed militias in Iraq and Syria: attacks, training and ceasefires, 2019 to 2024';
		const name = exportFileName(title, 'json');
		expect(name).toBe('iran-backed-militias-in-iraq-and-syria-attacks-training-and-events.json');
		expect(name.length - '-events.json'.length).toBeLessThanOrEqual(60);
	});
});
