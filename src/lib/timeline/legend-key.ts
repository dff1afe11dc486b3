/**
 * What a legend says, as one string: the topics in order (their id, label, description and
 * colour) with the number of events of each, and whether the plot draws the density of its
 * events. The build writes it on the legend it serves (`prerender/ServedLegend.svelte`); the live
 * page keeps that legend while its own would say the same, and loads its legend's module only
 * when the two differ (a filter changes the counts, the density is drawn, another dataset).
 */
import type { TopicRecord } from '../data/types.ts';

export function legendKey(
	topics: readonly TopicRecord[],
	counts: ReadonlyMap<string, number>,
	topicColor: (topic: string) => string,
	density: boolean
): string {
	return JSON.stringify([
		topics.map((t) => [
			t.id,
			t.label,
			t.description ?? '',
			topicColor(t.id),
			counts.get(t.id) ?? 0
		]),
		density
	]);
}
