/**
 * The time zone the tests run in: west of UTC, so that a date that slips through local time is a
 * day off and fails (as d3 and Plot test). The Vitest config and `npm test` both set it.
 */
export const TEST_TIME_ZONE = 'America/Los_Angeles';
