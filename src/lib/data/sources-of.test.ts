import { describe, expect, it } from 'vitest';
import type { EventRecord } from './types.ts';
import { formatSourceCount, sourceIdsOf } from './sources-of.ts';

const cites = (...sources: string[]) =>
	({ citations: sources.map((source) => ({ source })) }) as EventRecord;

describe('sourceIdsOf', () => {
	it('counts an article once however often the event cites it, in citation order', () => {
		expect(sourceIdsOf(cites('b', 'a', 'b'))).toEqual(['b', 'a']);
		expect(formatSourceCount(cites('b', 'a', 'b'))).toBe('2 sources');
		expect(formatSourceCount(cites('a'))).toBe('1 source');
	});
});
