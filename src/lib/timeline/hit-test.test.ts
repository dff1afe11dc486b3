import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types.ts';
import type { DrawnMark, TimelineLayout } from './marks.ts';
import { createHitTester } from './hit-test.ts';
import { drawnCluster } from '../../../tests/fixtures/drawn-cluster.ts';

const event = (id: string) => ({ id }) as TimelineEvent;
const mark = (id: string, lane: number, x0: number, x1: number, labelled = false): DrawnMark => ({
	event: event(id),
	shape: x0 === x1 ? 'point' : 'range',
	approximate: false,
	draft: false,
	x0,
	x1,
	lane,
	labelled,
	label: 'abcdefghij',
	labelX: x0 + 9
});

const layout: TimelineLayout = {
	marks: [mark('p', 0, 100, 100, true), mark('r', 0, 300, 400), mark('q', 1, 100, 100)],
	clusters: [drawnCluster([event('c1'), event('c2')], 500, 600)],
	visibleCount: 5
};
const hit = createHitTester(layout, { top: 40, laneHeight: 20, clusterTop: 100, charPx: 6 });
const id = (h: ReturnType<typeof hit>) =>
	h && 'mark' in h ? h.mark.event.id : h && 'cluster' in h ? h.cluster.count : undefined;

describe('createHitTester', () => {
	it('finds the mark under the pointer on its lane, its label included', () => {
		expect(id(hit(100, 45))).toBe('p');
		expect(id(hit(160, 45))).toBe('p'); // on the label (109 … 169)
		expect(id(hit(350, 59))).toBe('r');
		expect(id(hit(102, 65))).toBe('q');
	});

	it('finds nothing between marks, past a label, or off the lanes', () => {
		expect(hit(200, 45)).toBeUndefined();
		expect(hit(120, 65)).toBeUndefined(); // q has no label drawn
		expect(hit(100, 10)).toBeUndefined();
		expect(hit(100, 90)).toBeUndefined();
	});

	it('finds a cluster on the cluster row', () => {
		expect(id(hit(520, 105))).toBe(2);
		expect(hit(700, 105)).toBeUndefined();
	});
});
