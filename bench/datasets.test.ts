import { describe, expect, it } from 'vitest';
import { parseSizes } from './datasets.ts';

describe('parseSizes', () => {
	it('defaults to 1k, 2k, 10k and 100k events', () => {
		expect(parseSizes(undefined)).toEqual([1000, 2000, 10_000, 100_000]);
	});

	it('reads, sorts and deduplicates a list', () => {
		expect(parseSizes(' 2000,500,2000, ')).toEqual([500, 2000]);
	});

	it('refuses what is not a positive integer', () => {
		expect(() => parseSizes('10k')).toThrow(/BENCH_SIZES/);
		expect(() => parseSizes('0')).toThrow(/BENCH_SIZES/);
	});
});
