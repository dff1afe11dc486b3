import { describe, expect, it } from 'vitest';
import { createTopicColor, TOPIC_COLOR_COUNT } from '../theme/topic-colors.ts';
import { topicClasses } from './topic-classes.ts';

const topics = Array.from({ length: TOPIC_COLOR_COUNT + 2 }, (_, i) => ({
	id: `t-${i}`,
	label: `Topic ${i}`
}));

describe('topicClasses', () => {
	const color = createTopicColor(topics);
	const classes = topicClasses(topics, color);

	it('gives topics of one colour one class, and each class one rule setting that colour', () => {
		expect(classes.ofTopic('t-0')).toBe(classes.ofTopic(`t-${TOPIC_COLOR_COUNT}`));
		expect(classes.ofTopic('t-0')).not.toBe(classes.ofTopic('t-1'));
		for (const topic of topics) {
			const name = classes.ofTopic(topic.id);
			expect(classes.css).toContain(`.${name}{--topic-color:${color(topic.id)}}`);
		}
		expect(classes.css.match(/\{/g)).toHaveLength(TOPIC_COLOR_COUNT);
	});

	it('colours a topic missing from the list, as the live page does', () => {
		const name = classes.ofTopic('not-a-topic');
		expect(classes.css).toContain(`.${name}{--topic-color:${color('not-a-topic')}}`);
	});

	it('names a colour given as the theme gives it', () => {
		expect(classes.ofColor(color('t-1'))).toBe(classes.ofTopic('t-1'));
	});
});
