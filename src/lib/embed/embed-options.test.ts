import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	embedSnippets,
	embedTheme,
	escapeAttribute,
	viewHashFromAttributes,
	windowFrom
} from './embed-options.ts';
import { parseUrlState } from '../link/url-state.ts';
import { EMPTY_FILTER } from '../filter/filter.ts';
import { DAY_MS, isoDayToMs } from '../data/civil-date.ts';

describe('viewHashFromAttributes', () => {
	it('reads as the page link does, with lists split on commas or spaces', () => {
		const hash = viewHashFromAttributes({
			event: 'abc',
			from: '2024-01-01',
			to: '2024-12-31',
			topic: 'iraq-militias, ukraine-war',
			kind: 'attack strike',
			q: 'drone & strike'
		});
		expect(parseUrlState(hash)).toEqual({
			event: 'abc',
			from: '2024-01-01',
			to: '2024-12-31',
			filter: {
				...EMPTY_FILTER,
				topic: ['iraq-militias', 'ukraine-war'],
				kind: ['attack', 'strike'],
				query: 'drone & strike'
			}
		});
	});

	it('leaves out what is missing or blank', () => {
		expect(viewHashFromAttributes({ event: null, from: '  ', topic: '' })).toBe('');
	});
});

describe('windowFrom', () => {
	it('takes ISO days with the last day included, in either order', () => {
		const start = isoDayToMs('2024-01-01')!;
		const end = isoDayToMs('2024-12-31')! + DAY_MS;
		expect(windowFrom('2024-01-01', '2024-12-31')).toEqual([start, end]);
		expect(windowFrom('2024-12-31', '2024-01-01')).toEqual([
			isoDayToMs('2024-01-01')!,
			isoDayToMs('2024-12-31')! + DAY_MS
		]);
	});

	it('takes Dates and UTC ms as instants', () => {
		expect(windowFrom(new Date(Date.UTC(2020, 0, 1)), Date.UTC(2020, 1, 1))).toEqual([
			Date.UTC(2020, 0, 1),
			Date.UTC(2020, 1, 1)
		]);
	});

	it('refuses what is not a date, and empty windows', () => {
		expect(windowFrom('yesterday', '2024-01-01')).toBeUndefined();
		expect(windowFrom(Number.NaN, 0)).toBeUndefined();
		expect(windowFrom(5, 5)).toBeUndefined();
	});
});

describe('embedSnippets', () => {
	const request = {
		appUrl: new URL('https://news.example/timeline/?data=x#event=a'),
		datasetUrl: new URL('https://news.example/timeline/events.json'),
		view: {
			event: 'soleimani-killed',
			from: '2019-06-01',
			to: '2020-06-30',
			filter: { ...EMPTY_FILTER, topic: ['iraq-militias'], query: 'drone "strike" <b>' }
		},
		theme: 'dark' as const,
		compact: false,
		title: 'Militias "in Iraq"'
	};

	it('gives an element snippet with the script, the dataset and the view', () => {
		const { element } = embedSnippets(request);
		expect(element).toBe(
			'<script type="module" src="https://news.example/timeline/element/event-timeline.js"></script>\n' +
				'<event-timeline src="https://news.example/timeline/events.json" event="soleimani-killed" ' +
				'from="2019-06-01" to="2020-06-30" topic="iraq-militias" ' +
				'q="drone &quot;strike&quot; &lt;b&gt;" theme="dark"></event-timeline>'
		);
	});

	it('gives a frame snippet whose query the frame reads back to the same view', () => {
		const { frame } = embedSnippets({ ...request, compact: true });
		const src = /<iframe id="event-timeline" src="([^"]+)"/.exec(frame)![1].replace(/&amp;/g, '&');
		const url = new URL(src);
		expect(url.pathname).toBe('/timeline/embed.html');
		expect(url.searchParams.get('src')).toBe('events.json');
		expect(url.searchParams.get('theme')).toBe('dark');
		expect(url.searchParams.has('compact')).toBe(true);
		expect(parseUrlState(url.search.slice(1))).toEqual(request.view);
		expect(frame).toContain('title="Militias &quot;in Iraq&quot;"');
		expect(frame).toContain('<script src="https://news.example/timeline/embed-host.js" async>');
	});

	it('names a dataset on another origin in full', () => {
		const { frame } = embedSnippets({
			...request,
			datasetUrl: new URL('https://data.example/x.json')
		});
		expect(frame).toContain(`src=${encodeURIComponent('https://data.example/x.json')}`);
	});

	it('never lets a value out of its attribute', () => {
		fc.assert(
			fc.property(fc.string(), (query) => {
				const { element } = embedSnippets({
					...request,
					view: { filter: { ...EMPTY_FILTER, query } }
				});
				const tag = element.split('\n')[1];
				const parsed = new DOMParser().parseFromString(tag, 'text/html');
				const node = parsed.querySelector('event-timeline');
				expect(node?.getAttribute('q') ?? '').toBe(query);
				expect(parsed.body.children).toHaveLength(1);
			}),
			{ numRuns: 300 }
		);
	});
});

describe('embedTheme and escapeAttribute', () => {
	it('follows the system unless light or dark is named', () => {
		expect(embedTheme('dark')).toBe('dark');
		expect(embedTheme('light')).toBe('light');
		expect(embedTheme('DARK')).toBe('auto');
		expect(embedTheme(null)).toBe('auto');
	});

	it('escapes the four characters that matter in a quoted attribute', () => {
		expect(escapeAttribute(`a&b"c<d>e'`)).toBe(`a&amp;b&quot;c&lt;d&gt;e'`);
	});
});
