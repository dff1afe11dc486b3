import { describe, expect, it } from 'vitest';
import { groupRunsBySegment, splitIntoRuns, type HighlightRange } from './highlight.ts';

const r = (start: number, end: number, eventId: string, selected = false): HighlightRange => ({
	start,
	end,
	eventId,
	selected
});

describe('splitIntoRuns', () => {
	it('covers the text exactly, in order', () => {
		const text = 'abcdefghij';
		const runs = splitIntoRuns(text, [r(2, 5, 'a', true), r(4, 8, 'b')]);
		expect(runs.map((run) => run.text).join('')).toBe(text);
		expect(runs.map((run) => run.start)).toEqual([0, 2, 4, 5, 8]);
	});

	it('marks an overlap with both ranges, the selected one first', () => {
		const runs = splitIntoRuns('abcdefghij', [r(4, 8, 'b'), r(2, 5, 'a', true)]);
		const overlap = runs.find((run) => run.start === 4)!;
		expect(overlap.ranges.map((x) => x.eventId)).toEqual(['a', 'b']);
	});

	it('keeps adjacent quotes as separate runs', () => {
		const runs = splitIntoRuns('abcdef', [r(0, 3, 'a'), r(3, 6, 'b')]);
		expect(runs.map((run) => [run.text, run.ranges[0]?.eventId])).toEqual([
			['abc', 'a'],
			['def', 'b']
		]);
	});

	it('cuts by UTF-16 index through curly quotes and non-ASCII text', () => {
		const text = 'Il a dit « café » — “Tower 22” 🚁 ok';
		const start = text.indexOf('“');
		const end = text.indexOf('🚁') + 2;
		const runs = splitIntoRuns(text, [r(start, end, 'x', true)]);
		expect(runs.find((run) => run.ranges.length)?.text).toBe('“Tower 22” 🚁');
	});

	it('ignores ranges outside the text', () => {
		expect(splitIntoRuns('abc', [r(2, 9, 'x')])).toEqual([{ text: 'abc', start: 0, ranges: [] }]);
	});
});

describe('groupRunsBySegment', () => {
	const text = 'First story. Second story.';
	const segments = [
		{ start: 0, end: 12, topic: 'a' },
		{ start: 13, end: 26, topic: 'b' }
	];
	it('cuts runs at segment edges and groups them by segment, gaps on their own', () => {
		const runs = splitIntoRuns(
			text,
			[{ start: 6, end: 17, eventId: 'x', selected: true }],
			segments.flatMap((s) => [s.start, s.end])
		);
		const parts = groupRunsBySegment(runs, segments);
		expect(parts.map((p) => [p.segment?.topic, p.runs.map((r) => r.text).join('')])).toEqual([
			['a', 'First story.'],
			[undefined, ' '],
			['b', 'Second story.']
		]);
		// The highlight crossing the edge is cut there, and stays highlighted on both sides.
		expect(parts[0].runs.at(-1)).toMatchObject({ text: 'story.', ranges: [{ eventId: 'x' }] });
		expect(parts[2].runs[0]).toMatchObject({ text: 'Seco', ranges: [{ eventId: 'x' }] });
	});
});
