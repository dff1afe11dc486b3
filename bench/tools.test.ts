import { describe, expect, it } from 'vitest';
import type { BenchDataset } from './datasets.ts';
import { TOOLS } from './tools.ts';

const dataset = (events: number): BenchDataset => ({
	name: `synthetic ${events}`,
	seed: false,
	events,
	file: `bench-${events}.json`,
	timelineJsFile: `bench-${events}.timelinejs.json`
});
describe('the peers’ pages', () => {
	const plot = { width: 1200, height: 300 };
	const vis = TOOLS.find((t) => t.key === 'vis')!;

	it('opens vis-timeline on the window our app opened on, when there is one', () => {
		const url = new URL(vis.path(dataset(1000), plot, [1000, 5000]), 'http://h');
		expect(url.searchParams.get('from')).toBe('1000');
		expect(url.searchParams.get('to')).toBe('5000');
		expect(new URL(vis.path(dataset(1000), plot), 'http://h').searchParams.has('from')).toBe(false);
	});
});
