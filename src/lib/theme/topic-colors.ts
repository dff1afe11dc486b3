/** Topic colors: CSS custom properties (`--topic-0` …), assigned in the order topics are listed. */
import type { TopicRecord } from '../data/types.ts';

/** Number of distinct topic colors the theme defines. */
export const TOPIC_COLOR_COUNT = 6;

/** Returns a function giving the CSS color of a topic id. Unknown topics get the last color. */
export function createTopicColor(topics: readonly TopicRecord[]): (topic: string) => string {
	const index = new Map(topics.map((t, i) => [t.id, i % TOPIC_COLOR_COUNT]));
	return (topic) => `var(--topic-${index.get(topic) ?? TOPIC_COLOR_COUNT - 1})`;
}
