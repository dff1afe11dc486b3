/**
 * The hostile-text fixture (tests/fixtures/hostile): XSS payloads and bidi controls in every
 * string field and in the source texts. It must validate, and every component must show the
 * payloads as plain text: no element, attribute or URL may come out of the data.
 *
 * Each render is compared with a render of the fixture's twin, where every payload is replaced
 * by as many x's: same offsets, same layout, so the two DOMs must have exactly the same elements
 * and attribute names. Anything a payload managed to inject would differ.
 */
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { givePlotsAWidth } from '../setup/plot-width.ts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import EventList from '../../src/lib/list/EventList.svelte';
import SourceReader from '../../src/lib/reader/SourceReader.svelte';
import Timeline from '../../src/lib/timeline/Timeline.svelte';
import FilterBar from '../../src/lib/filter/FilterBar.svelte';
import ProblemList from '../../src/lib/app/ProblemList.svelte';
import { EMPTY_FILTER } from '../../src/lib/filter/filter.ts';
import { validateDataset } from '../../src/lib/data/validate.ts';
import type {
	Dataset,
	DatasetFile,
	SourceRecord,
	TimelineEvent
} from '../../src/lib/data/types.ts';
import { PAYLOADS, buildHostileFixture } from '../fixtures/hostile/hostile-dataset.ts';
import { viewOver, withView } from '../setup/with-view.ts';

const DIR = 'tests/fixtures/hostile';
const file: DatasetFile = JSON.parse(readFileSync(`${DIR}/events.json`, 'utf8'));
const texts = new Map(
	readdirSync(`${DIR}/sources`).map((name) => [
		name,
		readFileSync(`${DIR}/sources/${name}`, 'utf8')
	])
);
const hostile = validateDataset(file, { file: 'events.json', sourceTexts: texts });

const twinFixture = buildHostileFixture((payload) => 'x'.repeat(payload.length));
const twinTexts = new Map(Object.entries(twinFixture.sources));
const twin = validateDataset(twinFixture.dataset, { file: 'events.json', sourceTexts: twinTexts });

const payloads = Object.values(PAYLOADS) as string[];

// Elements the app never renders in the body: none may come from the data.
const FOREIGN = 'script, iframe, frame, object, embed, math, mglyph, style, link, meta, base';
// Elements the app may render itself (the timeline is SVG): as many as in the twin, no more.
const COUNTED = ['svg', 'img', 'a', 'textarea', 'form', 'template'];
// Attributes that load or run something when they hold a URL.
const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data'];

/** Every element of the body as its tag and attribute names: what a payload could add to. */
function shape(): string[] {
	return [...document.body.querySelectorAll('*')].map(
		(el) =>
			`${el.tagName}[${[...el.attributes]
				.map((a) => a.name)
				.sort()
				.join(' ')}]`
	);
}

/** Nothing executable in the page: no foreign elements, no handlers, no script URLs. */
function expectInert() {
	expect(document.body.querySelectorAll(FOREIGN)).toHaveLength(0);
	expect(document.body.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
	for (const el of document.body.querySelectorAll('*'))
		for (const attribute of el.attributes) {
			expect(attribute.name, `${el.tagName} has ${attribute.name}`).not.toMatch(/^on/i);
			if (URL_ATTRIBUTES.includes(attribute.name.toLowerCase()))
				// Browsers ignore spaces and control characters in a URL's scheme.
				expect([...attribute.value].filter((c) => c > ' ').join('')).not.toMatch(/^javascript:/i);
		}
}

/** `text` is shown literally: some element's own text contains it, markup and all. */
function expectShown(text: string, root: HTMLElement = document.body) {
	const wanted = text.trim().replace(/\s+/g, ' ');
	expect(
		within(root).queryAllByText((content) => content.includes(wanted)),
		`not shown as text: ${text}`
	).not.toHaveLength(0);
}

/**
 * Renders with the hostile data, checks it is inert, then renders the twin the same way and
 * checks that the DOM has the same shape. `show` renders one of the two and waits until it is
 * complete; `check` runs on the hostile render only.
 */
async function compareWithTwin(
	show: (data: Dataset, texts: ReadonlyMap<string, string>) => Promise<void> | void,
	check: () => Promise<void> | void = () => {}
) {
	const count = (tag: string) => document.body.getElementsByTagName(tag).length;
	await show(hostile, texts);
	expectInert();
	await check();
	const hostileShape = shape();
	const hostileCounts = COUNTED.map(count);
	cleanup();
	await show(twin, twinTexts);
	expect(hostileCounts, `counts of ${COUNTED.join(', ')}`).toEqual(COUNTED.map(count));
	expect(hostileShape).toEqual(shape());
}

describe('the hostile fixture', () => {
	it('is what make.ts writes', () => {
		const built = buildHostileFixture();
		expect(file).toEqual(built.dataset);
		expect(Object.fromEntries(texts)).toEqual(built.sources);
	});

	it('is valid for the app validator (quotes checked against the texts) and the JSON schema', () => {
		expect(hostile.problems).toEqual([]);
		expect(hostile.events).toHaveLength(file.events.length);
		expect(twin.problems).toEqual([]);
		const schema = JSON.parse(readFileSync('schema/events.schema.json', 'utf8'));
		const validateSchema = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
		expect(validateSchema(file), JSON.stringify(validateSchema.errors)).toBe(true);
	});

	it('carries every payload in the dataset and in the source texts', () => {
		const json = JSON.stringify(file);
		const allText = [...texts.values()].join('\n');
		for (const payload of payloads) {
			expect(json).toContain(JSON.stringify(payload).slice(1, -1));
			expect(allText).toContain(payload);
		}
		// The format allows any string as a source URL, so a javascript: URL is valid data; the
		// app must never turn it into a link.
		expect(hostile.sources[0].url).toBe(PAYLOADS.javascriptUrl);
	});

	it('rejects a payload in a date expression, naming the event and field, shown as text', () => {
		const broken = structuredClone(file);
		broken.events[0].date.derivation!.expression = PAYLOADS.script;
		const { problems, events } = validateDataset(broken, {
			file: 'events.json',
			sourceTexts: texts
		});
		expect(events).toHaveLength(file.events.length - 1);
		expect(problems).toEqual([
			{
				file: 'events.json',
				item: 'fighters-trained',
				path: 'events[0].date.derivation.expression',
				message: `cannot be resolved: "${PAYLOADS.script}"`
			}
		]);
		render(ProblemList, { props: { problems } });
		expectInert();
		expectShown(problems[0].message);
	});
});

describe('components showing the hostile fixture', () => {
	const topicColor = () => 'red';

	it('EventList shows every title as text', async () => {
		await compareWithTwin(
			(data) => {
				render(
					EventList,
					{ props: { events: data.events, topicColor, onselect: () => {} } },
					withView(viewOver(data.events))
				);
			},
			() => {
				for (const event of hostile.events) expectShown(event.title);
			}
		);
	});

	it('FilterBar shows topic labels, actor names and sources as text', async () => {
		await compareWithTwin(
			(data) => {
				render(FilterBar, {
					props: { dataset: data, filter: EMPTY_FILTER, shown: data.events, onfilter: () => {} }
				});
			},
			() => {
				for (const topic of hostile.topics) expectShown(topic.label);
				for (const actor of hostile.actors) expectShown(actor.name);
				for (const source of hostile.sources) expectShown(`${source.outlet}: ${source.title}`);
			}
		);
	});

	describe('SourceReader', () => {
		const sourceOf = (data: Dataset, id: string) => data.sources.find((s) => s.id === id)!;

		/** Opens the reader on event `index` and on one of its sources (the first is shown first). */
		async function read(
			data: Dataset,
			sourceTexts: ReadonlyMap<string, string>,
			index: number,
			sourceId: string
		) {
			const event = data.events[index];
			render(SourceReader, {
				props: {
					event,
					events: data.events,
					sources: data.sources,
					loadText: (source: SourceRecord) =>
						Promise.resolve({
							text: sourceTexts.get(source.file)!,
							integrity: { status: 'no-checksum' as const }
						}),
					onselect: () => {},
					onclose: () => {}
				}
			});
			const source = sourceOf(data, sourceId);
			if (event.citations[0].source !== sourceId) {
				// A tab per source, named by its outlet.
				await fireEvent.click(screen.getByRole('tab', { name: source.outlet }));
				await screen.findByRole('heading', { level: 3, name: source.title });
			}
			await screen.findByRole('article');
		}

		/** What the reader must show of an event and the source it shows, literally. */
		function expectEventShown(event: TimelineEvent, source: SourceRecord) {
			const reader = screen.getByRole('region', { name: 'Source reader' });
			for (const text of [
				event.title,
				event.summary,
				event.date.basis,
				source.title,
				source.outlet,
				source.published.basis
			])
				expectShown(text, reader);
			if (source.relays) expectShown(source.relays, reader);
			const article = screen.getByRole('article');
			const sourceText = texts.get(source.file)!;
			for (const payload of payloads)
				if (sourceText.includes(payload)) expectShown(payload, article);
			// The text as written, line by line (the reader adds notes on separate stories).
			for (const line of sourceText.split('\n')) expect(article.textContent).toContain(line);
			for (const segment of source.segments)
				if (segment.topic !== event.topic && segment.label) expectShown(segment.label, article);
		}

		// Every event, on every source it cites.
		const cases = hostile.events.flatMap((event, index) =>
			[...new Set(event.citations.map((c) => c.source))].map(
				(source) => [event.id, source, index] as const
			)
		);
		it.each(cases)(
			'shows %s, its source %s and every payload in the text as text',
			async (_, sourceId, index) => {
				await compareWithTwin(
					(data, sourceTexts) => read(data, sourceTexts, index, sourceId),
					() => expectEventShown(hostile.events[index], sourceOf(hostile, sourceId))
				);
			}
		);
	});

	describe('Timeline', () => {
		givePlotsAWidth();

		const show = (data: Dataset) => {
			render(
				Timeline,
				{ props: { events: data.events, topics: data.topics, topicColor, onselect: () => {} } },
				withView(viewOver(data.events))
			);
		};

		it('names every mark by its date and title, and shows topic labels as text', async () => {
			await compareWithTwin(show, async () => {
				const timeline = screen.getByRole('region', { name: 'Timeline' });
				for (const event of hostile.events)
					within(timeline).getByRole('button', { name: `${event.when.label}: ${event.title}` });
				// The legend's module loads when no served legend says the same (none here).
				await within(timeline).findByRole('list', { name: 'Topics' });
				for (const topic of hostile.topics) expectShown(topic.label, timeline);
			});
		});

		it('shows the title of a focused mark and of the stepped-to event as text', async () => {
			show(hostile);
			const timeline = screen.getByRole('region', { name: 'Timeline' });
			for (const event of hostile.events) {
				within(timeline)
					.getByRole('button', { name: `${event.when.label}: ${event.title}` })
					.focus();
				expectShown(event.title, await screen.findByRole('tooltip'));
				expectInert();
			}
			await fireEvent.click(within(timeline).getByRole('button', { name: 'Later event ›' }));
			const first = hostile.events[0];
			expect(within(timeline).getByRole('status')).toHaveTextContent(
				`${first.when.label}: ${first.title}`
			);
			expectInert();
		});
	});
});
