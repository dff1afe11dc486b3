import { describe, expect, it } from 'vitest';
import {
	countInWindow,
	escapeHtml,
	eventSpan,
	extentOf,
	partialDateSpan,
	readBenchParams,
	utcMs,
	visItemOf
} from './peers/common.js';

const DAY = 86_400_000;

describe('civil dates as UTC ms', () => {
	it('spans a day, a month and a year, to the day after their last', () => {
		expect(partialDateSpan('2024-03-07')).toEqual({
			first: Date.UTC(2024, 2, 7),
			after: Date.UTC(2024, 2, 8),
			day: true
		});
		expect(partialDateSpan('2024-12')).toEqual({
			first: Date.UTC(2024, 11, 1),
			after: Date.UTC(2025, 0, 1),
			day: false
		});
		expect(partialDateSpan('2024')).toEqual({
			first: Date.UTC(2024, 0, 1),
			after: Date.UTC(2025, 0, 1),
			day: false
		});
		expect(() => partialDateSpan('March 2024')).toThrow();
	});

	it('keeps years below 100 as they are', () => {
		expect(new Date(utcMs(44, 0, 1)).getUTCFullYear()).toBe(44);
		expect(new Date(partialDateSpan('-0043').first).getUTCFullYear()).toBe(-43);
	});

	it('spans an event from its start to the end of its end', () => {
		expect(eventSpan({ start: '2024-01-30' })).toEqual({
			first: Date.UTC(2024, 0, 30),
			after: Date.UTC(2024, 0, 31),
			singleDay: true
		});
		expect(eventSpan({ start: '2024-01-30', end: '2024-02-02' })).toMatchObject({
			after: Date.UTC(2024, 1, 3),
			singleDay: false
		});
		expect(eventSpan({ start: '2023', end: '2024-05' })).toMatchObject({
			first: Date.UTC(2023, 0, 1),
			after: Date.UTC(2024, 5, 1)
		});
	});
});

describe('vis-timeline items', () => {
	it('makes a known day a box at midday and anything longer a range, titles escaped', () => {
		expect(visItemOf({ id: 'a', title: "Kata'ib <b>& co", date: { start: '2024-03-07' } })).toEqual(
			{
				id: 'a',
				content: 'Kata&#39;ib &lt;b&gt;&amp; co',
				start: new Date(Date.UTC(2024, 2, 7) + DAY / 2),
				type: 'box'
			}
		);
		expect(visItemOf({ id: 'b', title: 't', date: { start: '2024-03' } })).toEqual({
			id: 'b',
			content: 't',
			start: new Date(Date.UTC(2024, 2, 1)),
			end: new Date(Date.UTC(2024, 3, 1)),
			type: 'range'
		});
		expect(escapeHtml('"x"')).toBe('&quot;x&quot;');
	});
});

describe('windows', () => {
	const spans = [
		{ first: Date.UTC(2000, 0, 1), after: Date.UTC(2001, 0, 1) },
		{ first: Date.UTC(2010, 0, 1), after: Date.UTC(2010, 0, 2) }
	];

	it('pads the extent as our app does: 3% of the span, at least 30 days', () => {
		const [from, to] = extentOf(spans);
		const pad = (Date.UTC(2010, 0, 2) - Date.UTC(2000, 0, 1)) * 0.03;
		expect(from).toBe(Date.UTC(2000, 0, 1) - pad);
		expect(to).toBe(Date.UTC(2010, 0, 2) + pad);
		const [dayFrom] = extentOf([spans[1]]);
		expect(dayFrom).toBe(Date.UTC(2010, 0, 1) - 30 * DAY);
	});

	it('counts the spans that overlap a window', () => {
		expect(countInWindow(spans, Date.UTC(2000, 6, 1), Date.UTC(2005, 0, 1))).toBe(1);
		expect(countInWindow(spans, Date.UTC(1990, 0, 1), Date.UTC(2020, 0, 1))).toBe(2);
		expect(countInWindow(spans, Date.UTC(2001, 0, 1), Date.UTC(2009, 0, 1))).toBe(0);
	});
});

describe('readBenchParams', () => {
	it('resolves the dataset against the page and reads the plot size', () => {
		expect(
			readBenchParams(
				'http://127.0.0.1:4399/peers/vis-timeline.html?data=../bench-10.json&width=1200&height=300',
				'../events.json'
			)
		).toEqual({ dataUrl: 'http://127.0.0.1:4399/bench-10.json', width: 1200, height: 300 });
		expect(readBenchParams('http://h/peers/p.html?width=abc', '../events.json')).toMatchObject({
			dataUrl: 'http://h/events.json',
			width: 1234
		});
	});

	it('reads the first window, in UTC ms, only when both ends are numbers in order', () => {
		const page = 'http://h/peers/vis-timeline.html?data=../bench-10.json';
		expect(readBenchParams(`${page}&from=1000&to=5000`, '../events.json').window).toEqual([
			1000, 5000
		]);
		expect(readBenchParams(`${page}&from=5000&to=1000`, '../events.json').window).toBeUndefined();
		expect(readBenchParams(`${page}&from=abc&to=1000`, '../events.json').window).toBeUndefined();
		expect(readBenchParams(page, '../events.json').window).toBeUndefined();
	});
});
