import { describe, expect, it } from 'vitest';
import { densityBars, FAINT_PX } from './density-bars.ts';

/** Each column's drawn pixels from the foot up, as topic indexes ('.' where nothing is drawn). */
function columnsOf(bars: ReturnType<typeof densityBars>, columns: number, foot: number) {
	const drawn: string[][] = Array.from({ length: columns }, () => []);
	for (const { topic, rects } of bars)
		for (let i = 0; i < rects.length; i += 3) {
			const [c, y, h] = rects.slice(i, i + 3);
			for (let p = foot - y - h; p < foot - y; p++) drawn[c][p] = String(topic);
		}
	return drawn.map((pixels) => Array.from(pixels, (p) => p ?? '.').join(''));
}

describe('densityBars', () => {
	it('draws the fullest column the whole room high, and the others by the square root of their share', () => {
		const bars = densityBars([[100, 25, 0]], 100, 200, 100);
		expect(bars).toEqual([{ topic: 0, rects: [0, 100, 100, 1, 150, 50] }]);
	});

	it('draws a faint tail (a fraction of an event a column) as an even strip, never a dotted line', () => {
		// Three topics sharing a thousandth of the fullest column's count, column after column.
		const counts = [
			[1000, 0.3, 0.2, 0.25, 0.3],
			[0, 0.2, 0.3, 0.25, 0.2],
			[0, 0.1, 0.1, 0.2, 0.1]
		];
		const columns = columnsOf(densityBars(counts, 1000, 300, 100), 5, 300);
		// Every faint column the same height, one colour each: no pixel-high pieces, no gaps.
		const tail = columns.slice(1);
		for (const column of tail) {
			expect(column).toHaveLength(FAINT_PX);
			expect(new Set(column).size).toBe(1);
		}
		// The colour of the topic with most events in that column.
		expect(tail.map((c) => c[0])).toEqual(['0', '1', '0', '0']);
	});

	it('splits a column high enough into its topics, stacked without gap or overlap', () => {
		const columns = columnsOf(densityBars([[60], [30], [10]], 100, 100, 50), 1, 100);
		expect(columns[0]).toBe('0'.repeat(30) + '1'.repeat(15) + '2'.repeat(5));
	});

	it('draws nothing for empty columns or an empty view', () => {
		expect(densityBars([[0, 0]], 0, 100, 50)).toEqual([]);
		expect(columnsOf(densityBars([[0, 4, 0]], 4, 100, 50), 3, 100)).toEqual([
			'',
			'0'.repeat(50),
			''
		]);
	});
});

describe('densityBars: gaps in the faint tail', () => {
	it('bridges a gap of up to two empty columns between faint ones, in the colour before it', () => {
		const counts = [
			[1000, 0.1, 0, 0, 0.1, 0, 0, 0, 0.1],
			[0, 0, 0, 0, 0, 0, 0, 0, 0]
		];
		const columns = columnsOf(densityBars(counts, 1000, 300, 100), 9, 300);
		const strip = '0'.repeat(FAINT_PX);
		// Two empty columns: one strip; three: a gap (there are no events for 6 px).
		expect(columns.slice(1)).toEqual([strip, strip, strip, strip, '', '', '', strip]);
	});

	it('never bridges beside a column tall enough to be read as a count', () => {
		const counts = [[1000, 0, 10, 0, 0.1]];
		const columns = columnsOf(densityBars(counts, 1000, 300, 100), 5, 300);
		expect(columns[1]).toBe('');
		expect(columns[3]).toBe('');
	});
});
