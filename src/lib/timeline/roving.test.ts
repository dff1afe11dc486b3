import { describe, expect, it } from 'vitest';
import { clusterKey, focusStops, moveStop, nearestStop, tabStop } from './roving.ts';
import type { DrawnCluster, DrawnMark, TimelineLayout } from './marks.ts';
import type { TimelineEvent } from '../data/types.ts';
import { drawnCluster } from '../../../tests/fixtures/drawn-cluster.ts';

const event = (id: string) => ({ id }) as TimelineEvent;
const mark = (id: string, x0: number, lane: number, x1 = x0): DrawnMark => ({
	event: event(id),
	shape: 'point',
	approximate: false,
	draft: false,
	x0,
	x1,
	lane,
	labelled: true,
	label: id,
	labelX: x0 + 6
});
const cluster = (ids: string[], x0: number): DrawnCluster =>
	drawnCluster(ids.map(event), x0, x0 + 44);

const layout: TimelineLayout = {
	marks: [mark('c', 300, 0), mark('a', 10, 1), mark('b', 10, 0, 80)],
	clusters: [cluster(['d', 'e'], 10)],
	visibleCount: 5
};

describe('roving focus', () => {
	it('orders stops left to right, then by lane, the cluster row last', () => {
		expect(focusStops(layout)).toEqual(['b', 'a', 'cluster:d', 'c']);
		expect(clusterKey(layout.clusters[0])).toBe('cluster:d');
	});

	it('keeps one stop in the tab order: the focused one, else the selection, else the first', () => {
		expect(tabStop(layout, ['c', 'a'])).toBe('c');
		expect(tabStop(layout, ['gone', 'a'])).toBe('a');
		expect(tabStop(layout, [undefined, 'gone'])).toBe('b');
		expect(tabStop({ marks: [], clusters: [], visibleCount: 0 }, ['a'])).toBeUndefined();
	});

	it('moves with the arrows, Home and End, and stops at the ends', () => {
		const stops = focusStops(layout);
		expect(moveStop(stops, 'b', 'ArrowRight')).toBe('a');
		expect(moveStop(stops, 'a', 'ArrowDown')).toBe('cluster:d');
		expect(moveStop(stops, 'a', 'ArrowLeft')).toBe('b');
		expect(moveStop(stops, 'cluster:d', 'ArrowUp')).toBe('a');
		expect(moveStop(stops, 'a', 'End')).toBe('c');
		expect(moveStop(stops, 'c', 'Home')).toBe('b');
		expect(moveStop(stops, 'c', 'ArrowRight')).toBeUndefined();
		expect(moveStop(stops, 'b', 'ArrowLeft')).toBeUndefined();
		expect(moveStop(stops, 'b', 'Enter')).toBeUndefined();
		expect(moveStop(stops, 'gone', 'ArrowRight')).toBeUndefined();
	});

	it('finds the stop nearest to where a lost mark was', () => {
		expect(nearestStop(layout, 290)).toBe('c');
		expect(nearestStop(layout, 60)).toBe('b');
		expect(nearestStop({ marks: [], clusters: [], visibleCount: 0 }, 60)).toBeUndefined();
	});
});
