import { describe, expect, it } from 'vitest';
import { describeLoadProgress } from './load-progress.ts';

describe('describeLoadProgress', () => {
	it.each([
		[{ loaded: 0, total: 950_000_000 }, '0.0 of 950 MB read (0 %)'],
		[{ loaded: 312_400_000, total: 950_000_000 }, '312 of 950 MB read (32 %)'],
		[{ loaded: 950_000_000, total: 950_000_000 }, '950 of 950 MB read (100 %)'],
		[{ loaded: 1_234_567_890, total: 1_300_000_000 }, '1,235 of 1,300 MB read (94 %)'],
		[{ loaded: 5_250_000, total: 8_000_000 }, '5.2 of 8.0 MB read (65 %)'],
		[{ loaded: 42_000_000 }, '42 MB read']
	])('says %o as %s', (progress, text) => {
		expect(describeLoadProgress(progress)).toBe(text);
	});
});
