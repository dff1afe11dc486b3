import { describe, expect, it } from 'vitest';
import { TEST_TIME_ZONE } from '../setup/time-zone.ts';

describe('the test time zone', () => {
	it('is pinned west of UTC by the Vitest config, whoever starts the run', () => {
		expect(process.env.TZ).toBe(TEST_TIME_ZONE);
		// Midnight UTC on New Year's Day is still the last day of the year there.
		expect(new Date(Date.UTC(2024, 0, 1)).getDate()).toBe(31);
		expect(new Date(Date.UTC(2024, 0, 1)).getTimezoneOffset()).toBe(8 * 60);
	});
});
