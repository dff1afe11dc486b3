import { describe, expect, it } from 'vitest';
import type { TopicRecord } from '../data/types.ts';
import { legendKey } from './legend-key.ts';

const topics: TopicRecord[] = [
	{ id: 'a', label: 'Arrests', description: 'People held' },
	{ id: 'b', label: 'Budget' }
];
const color = (topic: string) => `var(--topic-${topic})`;
const counts = new Map([
	['a', 3],
	['b', 1]
]);

describe('legendKey', () => {
	it('is the same for legends that say the same', () => {
		expect(legendKey(topics, new Map(counts), color, false)).toBe(
			legendKey(topics, counts, color, false)
		);
	});

	it('differs when a count, a colour, a label, the order or the density differs', () => {
		const key = legendKey(topics, counts, color, false);
		expect(legendKey(topics, new Map([['a', 3]]), color, false)).not.toBe(key);
		expect(legendKey(topics, counts, () => 'red', false)).not.toBe(key);
		expect(
			legendKey([{ ...topics[0], label: 'Arrest' }, topics[1]], counts, color, false)
		).not.toBe(key);
		expect(legendKey([...topics].reverse(), counts, color, false)).not.toBe(key);
		expect(legendKey(topics, counts, color, true)).not.toBe(key);
	});
});
