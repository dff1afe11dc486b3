import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	clusterWindow,
	layoutMarks,
	type Cluster,
	type Layout,
	type LayoutItem,
	type LayoutOptions
} from './layout.ts';

/** A point mark of radius 4 centred at `x` px with a label `labelWidth` px wide. */
function point(x: number, labelWidth = 50): LayoutItem {
	return { markStart: x - 4, markEnd: x + 4, labelWidth };
}

function span(markStart: number, markEnd: number, labelWidth = 0): LayoutItem {
	return { markStart, markEnd, labelWidth };
}

/** The px extent an item claims on its lane, as the layout promises to respect it. */
function claim(item: LayoutItem, labelled: boolean): [number, number] {
	return [
		item.markStart,
		labelled ? Math.max(item.markEnd, item.markStart + item.labelWidth) : item.markEnd
	];
}

/** Whether every input index is placed exactly once, as a mark or in a cluster. */
function eachIndexOnce(items: LayoutItem[], layout: Layout): boolean {
	const seen = new Array<number>(items.length).fill(0);
	for (const mark of layout.marks) seen[mark.index]++;
	for (const cluster of layout.clusters) for (const index of cluster.indexes) seen[index]++;
	return seen.every((count) => count === 1);
}

/** The first broken promise about lanes, or '' if none. */
function brokenLanes(items: LayoutItem[], options: LayoutOptions, layout: Layout): string {
	const claimsByLane = new Map<number, [number, number][]>();
	for (const mark of layout.marks) {
		if (!Number.isInteger(mark.lane) || mark.lane < 0 || mark.lane >= options.lanes)
			return `lane ${mark.lane} out of range`;
		const claims = claimsByLane.get(mark.lane) ?? [];
		claims.push(claim(items[mark.index], mark.labelled));
		claimsByLane.set(mark.lane, claims);
	}
	for (const [lane, claims] of claimsByLane) {
		claims.sort((a, b) => a[0] - b[0]);
		for (let i = 1; i < claims.length; i++)
			if (claims[i - 1][1] + options.gap > claims[i][0]) return `claims overlap on lane ${lane}`;
	}
	return '';
}

/** The first broken promise about a single cluster, or '' if none. */
function brokenCluster(items: LayoutItem[], options: LayoutOptions, cluster: Cluster): string {
	if (cluster.indexes.length === 0) return 'empty cluster';
	if (cluster.indexes.some((index, i) => i > 0 && index <= cluster.indexes[i - 1]))
		return 'cluster indexes not ascending';
	if (cluster.end < cluster.start + options.clusterWidth) return 'cluster narrower than badge';
	for (const index of cluster.indexes) {
		const start = items[index].markStart;
		if (start < cluster.start || start > cluster.end + options.gap)
			return 'cluster does not cover its items';
	}
	return '';
}

/** Checks every promise the layout makes for sorted input; the first broken one, or '' if none. */
function brokenPromise(items: LayoutItem[], options: LayoutOptions, layout: Layout): string {
	if (!eachIndexOnce(items, layout)) return 'every index exactly once';
	const lanes = brokenLanes(items, options, layout);
	if (lanes) return lanes;
	for (let c = 0; c < layout.clusters.length; c++) {
		const cluster = brokenCluster(items, options, layout.clusters[c]);
		if (cluster) return cluster;
		const previous = layout.clusters[c - 1];
		if (previous && previous.end + options.gap > layout.clusters[c].start)
			return 'clusters overlap';
	}
	return '';
}

const width = (max: number) =>
	fc.oneof(fc.integer({ min: 0, max }), fc.double({ min: 0, max, noNaN: true }));
/**
 * Sorted items with marks starting in [-500, 3000] px. Starts are squeezed into a random stretch of
 * that range so that many runs are dense enough to drop labels and form clusters; integer drafts
 * keep equal starts likely.
 */
const randomItems = fc
	.record({
		stretch: fc.integer({ min: 20, max: 3500 }),
		drafts: fc.array(
			fc.record({ offset: width(3500), width: width(400), labelWidth: width(300) }),
			{ maxLength: 100, size: 'medium' }
		)
	})
	.map(({ stretch, drafts }) =>
		drafts
			.map(({ offset, width, labelWidth }) => {
				const markStart = -500 + (offset * stretch) / 3500;
				return { markStart, markEnd: markStart + width, labelWidth };
			})
			.sort((a, b) => a.markStart - b.markStart)
	);
const randomOptions = fc.record({
	lanes: fc.integer({ min: 1, max: 12 }),
	gap: fc.integer({ min: 0, max: 10 }),
	clusterWidth: fc.integer({ min: 0, max: 60 })
});

describe('layoutMarks', () => {
	const options: LayoutOptions = { lanes: 2, gap: 2, clusterWidth: 30 };

	it('labels three points that do not collide, all on lane 0', () => {
		expect(layoutMarks([point(100), point(200), point(300)], options).marks).toEqual([
			{ index: 0, lane: 0, labelled: true },
			{ index: 1, lane: 0, labelled: true },
			{ index: 2, lane: 0, labelled: true }
		]);
	});

	it('spills dense items to lane 1, then drops labels that are in the way, then clusters', () => {
		const items = [
			span(0, 10, 100), // lane 0; later loses its label to 2
			span(20, 30, 100), // 0's label takes lane 0: lane 1; later loses its label to 4
			span(40, 50, 100), // labels take both lanes, but 0's mark alone leaves room on lane 0
			span(60, 70, 100), // labels take both lanes; 2's mark [40, 50] leaves room on lane 0
			span(62, 72, 100), // 3's mark is in the way on lane 0; 1's mark [20, 30] is not on lane 1
			span(64, 74, 100), // marks 3 and 4 are in the way on both lanes: cluster
			span(200, 210, 100) // past every label again
		];
		expect(layoutMarks(items, options)).toEqual({
			marks: [
				{ index: 0, lane: 0, labelled: false },
				{ index: 1, lane: 1, labelled: false },
				{ index: 2, lane: 0, labelled: false },
				{ index: 3, lane: 0, labelled: true },
				{ index: 4, lane: 1, labelled: true },
				{ index: 6, lane: 0, labelled: true }
			],
			clusters: [{ indexes: [5], start: 64, end: 94 }]
		});
	});

	it('counts in a cluster exactly the items that did not fit', () => {
		const items = Array.from({ length: 10 }, () => span(0, 10));
		const layout = layoutMarks(items, { lanes: 3, gap: 0, clusterWidth: 30 });
		expect(layout.marks.map((mark) => mark.lane)).toEqual([0, 1, 2]);
		expect(layout.clusters).toEqual([{ indexes: [3, 4, 5, 6, 7, 8, 9], start: 0, end: 30 }]);
	});

	it('joins a cluster while an item starts less than `gap` after its end, else starts another', () => {
		const items = [span(0, 100), span(10, 12), span(43, 45), span(49, 80), span(84, 86)];
		// The badge [10, 40] is fixed: 43 < 40 + 4 joins it; 49 is not < 44, so it starts [49, 79];
		// 84 is not < 79 + 4 either. A badge never grows, so a dense stretch makes many clusters.
		expect(layoutMarks(items, { lanes: 1, gap: 4, clusterWidth: 30 }).clusters).toEqual([
			{ indexes: [1, 2], start: 10, end: 40 },
			{ indexes: [3], start: 49, end: 79 },
			{ indexes: [4], start: 84, end: 114 }
		]);
	});

	it('clusters everything when there are no lanes, and returns nothing for no items', () => {
		expect(layoutMarks([point(0), point(100)], { ...options, lanes: 0 })).toEqual({
			marks: [],
			clusters: [
				{ indexes: [0], start: -4, end: 26 },
				{ indexes: [1], start: 96, end: 126 }
			]
		});
		expect(layoutMarks([], options)).toEqual({ marks: [], clusters: [] });
	});

	it('keeps its promises on random items', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (items, options) => {
				expect(brokenPromise(items, options, layoutMarks(items, options))).toBe('');
			}),
			{ numRuns: 500 }
		);
	});

	it('keeps every badge inside the plot, and the badges apart, when given its width', () => {
		fc.assert(
			fc.property(
				randomItems,
				randomOptions,
				fc.integer({ min: 60, max: 3000 }),
				(items, options, plotWidth) => {
					const layout = layoutMarks(items, { ...options, width: plotWidth });
					expect(eachIndexOnce(items, layout)).toBe(true);
					expect(brokenLanes(items, options, layout)).toBe('');
					layout.clusters.forEach((cluster, c) => {
						expect(cluster.start).toBeGreaterThanOrEqual(0);
						expect(cluster.end).toBeLessThanOrEqual(plotWidth);
						const previous = layout.clusters[c - 1];
						if (previous) expect(previous.end + options.gap).toBeLessThanOrEqual(cluster.start);
						// Each item lies under its badge, or so near an edge that a badge of its own
						// would have been cut there.
						for (const index of cluster.indexes) {
							const start = items[index].markStart;
							expect(start < 0 || start >= cluster.start).toBe(true);
							expect(
								start <= cluster.end + options.gap || start > plotWidth - options.clusterWidth
							).toBe(true);
						}
					});
				}
			),
			{ numRuns: 500 }
		);
	});

	it('moves a badge at the right edge inside the plot, joining the one before when they would meet', () => {
		const options = { lanes: 1, gap: 6, clusterWidth: 48, width: 300 };
		// Lane 0 is taken by a long bar; the rest overflow.
		const items = [span(0, 400), point(150), point(296), point(299)];
		expect(layoutMarks(items, options).clusters).toEqual([
			{ indexes: [1], start: 146, end: 194 },
			{ indexes: [2, 3], start: 252, end: 300 }
		]);
		const crowded = [span(0, 400), point(240), point(296)];
		expect(layoutMarks(crowded, options).clusters).toEqual([
			{ indexes: [1, 2], start: 236, end: 284 }
		]);
	});

	it('drops a label only when a later mark on its lane needs the room', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (items, options) => {
				const { marks } = layoutMarks(items, options);
				marks.forEach((mark, m) => {
					if (mark.labelled) return;
					const next = marks.slice(m + 1).find((later) => later.lane === mark.lane);
					expect(next).toBeDefined();
					const labelledEnd = claim(items[mark.index], true)[1];
					expect(items[next!.index].markStart).toBeLessThan(labelledEnd + options.gap);
				});
			}),
			{ numRuns: 300 }
		);
	});

	it('clusters an item only when an earlier mark is in the way on every lane', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (items, options) => {
				const { marks, clusters } = layoutMarks(items, options);
				for (const index of clusters.flatMap((cluster) => cluster.indexes))
					for (let lane = 0; lane < options.lanes; lane++)
						expect(
							marks.some(
								(mark) =>
									mark.lane === lane &&
									mark.index < index &&
									items[mark.index].markEnd + options.gap > items[index].markStart
							)
						).toBe(true);
			}),
			{ numRuns: 300 }
		);
	});

	it('never overflows when there are at least as many lanes as items', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (items, options) => {
				const layout = layoutMarks(items, { ...options, lanes: Math.max(1, items.length) });
				expect(layout.clusters).toEqual([]);
				expect(layout.marks).toHaveLength(items.length);
			})
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (items, options) => {
				expect(layoutMarks(items, options)).toEqual(layoutMarks(items, options));
			})
		);
	});

	it('keeps lanes disjoint and clusters covering their items even for unsorted input', () => {
		fc.assert(
			fc.property(randomItems, randomOptions, (sorted, options) => {
				const items = [...sorted].reverse();
				const layout = layoutMarks(items, options);
				expect(eachIndexOnce(items, layout)).toBe(true);
				expect(brokenLanes(items, options, layout)).toBe('');
				// Cluster indexes stay ascending because items are walked in input order.
				for (const cluster of layout.clusters)
					expect(['', 'cluster narrower than badge']).toContain(
						brokenCluster(items, options, cluster)
					);
			}),
			{ numRuns: 200 }
		);
	});
});

describe('clusterWindow', () => {
	it('pads the span of the starts by 15% on each side by default', () => {
		expect(clusterWindow([0, 1000], 0)).toEqual([-150, 1150]);
	});

	it('ignores the order of the starts', () => {
		expect(clusterWindow([600, 0, 1000, 200], 0, 0.1)).toEqual([-100, 1100]);
	});

	it('widens a narrow span about its centre to the minimum window', () => {
		expect(clusterWindow([0, 100], 1000)).toEqual([-450, 550]);
		expect(clusterWindow([1000, 1000], 200)).toEqual([900, 1100]);
	});

	it('refuses an empty cluster', () => {
		expect(() => clusterWindow([], 1000)).toThrow(RangeError);
	});

	it('is at least the minimum, contains every start with its padding, and stays centred', () => {
		const dayMs = 86_400_000;
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: -1e13, max: 1e13 }), { minLength: 1, maxLength: 20 }),
				fc.oneof(
					fc.integer({ min: 0, max: 400 * dayMs }),
					fc.double({ min: 0, max: 1e9, noNaN: true })
				),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(starts, minWindowMs, padding) => {
					const [t0, t1] = clusterWindow(starts, minWindowMs, padding);
					const first = Math.min(...starts);
					const last = Math.max(...starts);
					expect(Number.isInteger(t0) && Number.isInteger(t1)).toBe(true);
					expect(t1 - t0).toBeGreaterThanOrEqual(minWindowMs);
					expect(t0).toBeLessThanOrEqual(first - Math.floor(padding * (last - first)));
					expect(t1).toBeGreaterThanOrEqual(last + Math.floor(padding * (last - first)));
					expect(Math.abs((t0 + t1) / 2 - (first + last) / 2)).toBeLessThanOrEqual(1);
				}
			),
			{ numRuns: 500 }
		);
	});
});
