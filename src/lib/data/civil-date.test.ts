import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
	compareCivil,
	dayNumber,
	daysInMonth,
	formatHumanDate,
	formatHumanRange,
	formatPartialDate,
	fromDayNumber,
	isLeapYear,
	isoDayToMs,
	isValidCivilDate,
	msToIsoDay,
	parsePartialDate,
	precisionOf,
	spanOf,
	toUtcMs,
	type CivilDate,
	type Qualifier
} from './civil-date.ts';

const MS_PER_DAY = 86_400_000;
/** Days in 400 Gregorian years: shifting a date by 2000 years moves it by 5 of these. */
const DAYS_PER_400_YEARS = 146_097;

describe('parsePartialDate', () => {
	it.each<[string, CivilDate]>([
		['2020', { year: 2020 }],
		['2024-01', { year: 2024, month: 1 }],
		['2024-09-23', { year: 2024, month: 9, day: 23 }],
		['2024-02-29', { year: 2024, month: 2, day: 29 }],
		['2000-02-29', { year: 2000, month: 2, day: 29 }],
		['0000', { year: 0 }],
		['0001', { year: 1 }],
		['0099-12-31', { year: 99, month: 12, day: 31 }],
		['9999-12-31', { year: 9999, month: 12, day: 31 }],
		['-0043', { year: -43 }],
		['-0043-03-15', { year: -43, month: 3, day: 15 }],
		['-0044-02-29', { year: -44, month: 2, day: 29 }],
		['+12000', { year: 12000 }],
		['+10000-01-01', { year: 10000, month: 1, day: 1 }],
		['+2024-07', { year: 2024, month: 7 }]
	])('accepts %s', (text, expected) => {
		// Strictly: a year or a month has no `month`/`day` key at all, not one set to undefined.
		expect(parsePartialDate(text)).toStrictEqual(expected);
	});

	it.each([
		['an impossible leap day', '2023-02-29'],
		['a leap day in 1900, which is not a leap year', '1900-02-29'],
		['April 31', '2024-04-31'],
		['day 00', '2024-01-00'],
		['day 32', '2024-01-32'],
		['month 00', '2024-00'],
		['month 13', '2024-13'],
		['a three-digit year without sign', '999'],
		['a five-digit year without sign', '12000'],
		['a signed three-digit year', '-043'],
		['negative zero', '-0000'],
		['a one-digit month', '2024-1'],
		['a one-digit day', '2024-01-1'],
		['trailing text', '2024-01-01T00:00'],
		['a trailing space', '2024 '],
		['a leading space', ' 2024'],
		['words', 'last year'],
		['the empty string', ''],
		['slashes', '2024/01/01']
	])('rejects %s (%s)', (_label, text) => {
		expect(parsePartialDate(text)).toBeNull();
	});

	it('returns null instead of throwing for a non-string', () => {
		expect(parsePartialDate(undefined as unknown as string)).toBeNull();
	});
});

describe('formatPartialDate', () => {
	it.each<[CivilDate, string]>([
		[{ year: 2020 }, '2020'],
		[{ year: 2024, month: 1 }, '2024-01'],
		[{ year: 2024, month: 9, day: 3 }, '2024-09-03'],
		[{ year: 0 }, '0000'],
		[{ year: 1 }, '0001'],
		[{ year: 99, month: 12, day: 31 }, '0099-12-31'],
		[{ year: -43 }, '-0043'],
		[{ year: -43, month: 3, day: 15 }, '-0043-03-15'],
		[{ year: -12345 }, '-12345'],
		[{ year: 9999 }, '9999'],
		[{ year: 10000 }, '+10000'],
		[{ year: 12000, month: 5 }, '+12000-05']
	])('formats %o as %s', (date, expected) => {
		expect(formatPartialDate(date)).toBe(expected);
	});

	it.each([
		'2020',
		'2024-01',
		'2024-09-23',
		'0000',
		'0001-01-01',
		'0099-12-31',
		'-0043',
		'-0043-03-15',
		'+10000',
		'+12000-12-31'
	])('round-trips %s through parse and format', (text) => {
		const parsed = parsePartialDate(text);
		expect(parsed).not.toBeNull();
		expect(formatPartialDate(parsed as CivilDate)).toBe(text);
	});
});

describe('precisionOf and isValidCivilDate', () => {
	it.each<[CivilDate, string]>([
		[{ year: 2020 }, 'year'],
		[{ year: 2020, month: 2 }, 'month'],
		[{ year: 2020, month: 2, day: 3 }, 'day']
	])('gives %o the precision %s', (date, precision) => {
		expect(precisionOf(date)).toBe(precision);
	});

	it.each<[CivilDate, boolean]>([
		[{ year: 2024, month: 2, day: 29 }, true],
		[{ year: 2023, month: 2, day: 29 }, false],
		[{ year: 2024, day: 3 }, false],
		[{ year: 2024.5 }, false],
		[{ year: 2024, month: 0 }, false]
	])('judges %o well-formed: %s', (date, valid) => {
		expect(isValidCivilDate(date)).toBe(valid);
	});
});

describe('leap years and daysInMonth', () => {
	it.each<[number, boolean]>([
		[2024, true],
		[2023, false],
		[2000, true],
		[1900, false],
		[2100, false],
		[0, true],
		[-4, true],
		[-1, false],
		[-100, false],
		[-400, true],
		[-44, true],
		[-43, false]
	])('treats %i as a leap year: %s (proleptic Gregorian)', (year, leap) => {
		expect(isLeapYear(year)).toBe(leap);
		expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
	});

	it.each<[number, number]>([
		[1, 31],
		[3, 31],
		[4, 30],
		[6, 30],
		[7, 31],
		[8, 31],
		[9, 30],
		[11, 30],
		[12, 31]
	])('gives month %i of 2023 %i days', (month, days) => {
		expect(daysInMonth(2023, month)).toBe(days);
	});

	it('refuses a month outside 1–12', () => {
		expect(() => daysInMonth(2024, 13)).toThrow(RangeError);
	});
});

describe('dayNumber and fromDayNumber', () => {
	it.each<[number, number, number, number]>([
		[1970, 1, 1, 0],
		[1970, 1, 2, 1],
		[1969, 12, 31, -1],
		[2000, 3, 1, 11_017],
		[2024, 2, 29, 19_782],
		[99, 12, 31, -683_004],
		[-43, 3, 15, -735_160]
	])('counts %i-%i-%i as day %i since 1970-01-01', (year, month, day, n) => {
		expect(dayNumber(year, month, day)).toBe(n);
		expect(fromDayNumber(n)).toEqual({ year, month, day });
	});

	it('agrees with Date.UTC for every 13th day from 1600 to 2400', () => {
		for (let n = dayNumber(1600, 1, 1); n < dayNumber(2400, 1, 1); n += 13) {
			const { year, month, day } = fromDayNumber(n);
			expect(Date.UTC(year, month - 1, day)).toBe(n * MS_PER_DAY);
		}
	});

	it('moves by exactly 400 years every 146097 days, so BCE days are Gregorian too', () => {
		for (const [year, month, day] of [
			[-43, 3, 15],
			[0, 2, 29],
			[-1, 12, 31],
			[1, 1, 1]
		]) {
			expect(dayNumber(year + 2000, month, day) - dayNumber(year, month, day)).toBe(
				5 * DAYS_PER_400_YEARS
			);
		}
	});

	it('round-trips every day number in a wide range, one day after another', () => {
		let previous = fromDayNumber(-1_200_001);
		for (let n = -1_200_000; n <= 3_000_000; n += 1) {
			const current = fromDayNumber(n);
			if (dayNumber(current.year, current.month, current.day) !== n) {
				throw new Error(`day ${n} does not round-trip`);
			}
			const isNextDay =
				(current.year === previous.year &&
					current.month === previous.month &&
					current.day === previous.day + 1) ||
				(current.day === 1 &&
					previous.day === daysInMonth(previous.year, previous.month) &&
					(current.month === previous.month + 1
						? current.year === previous.year
						: current.month === 1 && previous.month === 12 && current.year === previous.year + 1));
			if (!isNextDay) throw new Error(`day ${n} does not follow day ${n - 1}`);
			previous = current;
		}
		expect(previous).toEqual(fromDayNumber(3_000_000));
	});
});

describe('spanOf', () => {
	const day = (year: number, month: number, d: number) => ({ year, month, day: d });
	it.each<
		[string, CivilDate, Qualifier | undefined, ReturnType<typeof day>, ReturnType<typeof day>]
	>([
		['a year', { year: 2024 }, undefined, day(2024, 1, 1), day(2024, 12, 31)],
		['early in a year', { year: 2020 }, 'early', day(2020, 1, 1), day(2020, 4, 30)],
		['mid-year', { year: 2021 }, 'mid', day(2021, 5, 1), day(2021, 8, 31)],
		['late in a year', { year: 2019 }, 'late', day(2019, 9, 1), day(2019, 12, 31)],
		['a leap February', { year: 2024, month: 2 }, undefined, day(2024, 2, 1), day(2024, 2, 29)],
		['February 1900', { year: 1900, month: 2 }, undefined, day(1900, 2, 1), day(1900, 2, 28)],
		['early in a month', { year: 2024, month: 1 }, 'early', day(2024, 1, 1), day(2024, 1, 10)],
		['mid-month', { year: 2024, month: 1 }, 'mid', day(2024, 1, 11), day(2024, 1, 20)],
		['late in a month', { year: 2024, month: 4 }, 'late', day(2024, 4, 21), day(2024, 4, 30)],
		['a day', { year: 2024, month: 9, day: 23 }, undefined, day(2024, 9, 23), day(2024, 9, 23)],
		[
			'a qualified day',
			{ year: 2024, month: 9, day: 23 },
			'late',
			day(2024, 9, 23),
			day(2024, 9, 23)
		],
		['a BCE year', { year: -43 }, undefined, day(-43, 1, 1), day(-43, 12, 31)]
	])('spans %s', (_label, date, qualifier, first, last) => {
		expect(spanOf(date, qualifier)).toEqual({ first, last });
	});
});

describe('compareCivil', () => {
	it.each<[[number, number, number], [number, number, number], number]>([
		[[2024, 1, 1], [2024, 1, 1], 0],
		[[2023, 12, 31], [2024, 1, 1], -1],
		[[2024, 2, 1], [2024, 1, 31], 1],
		[[2024, 1, 2], [2024, 1, 10], -1],
		[[-43, 3, 15], [0, 1, 1], -1]
	])('orders %j against %j as %i', ([ay, am, ad], [by, bm, bd], expected) => {
		const a = { year: ay, month: am, day: ad };
		const b = { year: by, month: bm, day: bd };
		expect(Math.sign(compareCivil(a, b))).toBe(expected);
		expect(Math.sign(compareCivil(a, b))).toBe(
			Math.sign(dayNumber(ay, am, ad) - dayNumber(by, bm, bd))
		);
	});
});

describe('toUtcMs', () => {
	it('gives midnight UTC of 0099-12-31, not of 1999-12-31', () => {
		const expected = Date.UTC(2099, 11, 31) - 5 * DAYS_PER_400_YEARS * MS_PER_DAY;
		expect(toUtcMs(99, 12, 31)).toBe(expected);
		expect(toUtcMs(99, 12, 31)).toBe(Date.parse('0099-12-31T00:00:00Z'));
	});

	it('gives midnight UTC of -0043-03-15 (the Ides of March, 44 BCE)', () => {
		const expected = Date.UTC(1957, 2, 15) - 5 * DAYS_PER_400_YEARS * MS_PER_DAY;
		expect(toUtcMs(-43, 3, 15)).toBe(expected);
		expect(toUtcMs(-43, 3, 15)).toBe(Date.parse('-000043-03-15T00:00:00Z'));
	});

	it.each<[number, number, number]>([
		[0, 1, 1],
		[1, 1, 1],
		[99, 12, 31],
		[1970, 1, 1],
		[2024, 2, 29],
		[10000, 1, 1]
	])('equals the day number times one day for %i-%i-%i', (year, month, day) => {
		expect(toUtcMs(year, month, day)).toBe(dayNumber(year, month, day) * MS_PER_DAY);
	});

	it('keeps the civil day when read back in UTC, whatever the local time zone', () => {
		const date = new Date(toUtcMs(2024, 1, 1));
		expect(date.getUTCFullYear()).toBe(2024);
		expect(date.getUTCMonth()).toBe(0);
		expect(date.getUTCDate()).toBe(1);
		expect(date.getUTCHours()).toBe(0);
	});

	it('does not depend on process.env.TZ', () => {
		const saved = process.env.TZ;
		const results: number[][] = [];
		try {
			for (const zone of [
				'America/Los_Angeles',
				'Pacific/Kiritimati',
				'Pacific/Pago_Pago',
				'UTC'
			]) {
				process.env.TZ = zone;
				results.push([toUtcMs(2024, 1, 1), toUtcMs(99, 12, 31), toUtcMs(-43, 3, 15)]);
			}
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
		for (const result of results) expect(result).toEqual(results[0]);
		expect(results[0][0]).toBe(Date.parse('2024-01-01T00:00:00Z'));
	});
});

describe('formatHumanDate', () => {
	it.each<[CivilDate, { approximate?: boolean; qualifier?: Qualifier }, string]>([
		[{ year: 2020 }, {}, '2020'],
		[{ year: 2024, month: 1 }, {}, 'January 2024'],
		[{ year: 2024, month: 9, day: 23 }, {}, '23 September 2024'],
		[{ year: 2024, month: 6 }, { approximate: true }, 'c. June 2024'],
		[{ year: 2019 }, { qualifier: 'late' }, 'late 2019'],
		[{ year: 2020 }, { qualifier: 'early' }, 'early 2020'],
		[{ year: 2021 }, { qualifier: 'mid' }, 'mid-2021'],
		[{ year: 2024, month: 1 }, { qualifier: 'early' }, 'early January 2024'],
		[{ year: 2024, month: 1 }, { qualifier: 'mid' }, 'mid-January 2024'],
		[{ year: 2019 }, { qualifier: 'late', approximate: true }, 'c. late 2019'],
		[{ year: 2024, month: 9, day: 23 }, { qualifier: 'late' }, '23 September 2024'],
		[{ year: -43 }, {}, '44 BCE'],
		[{ year: -43, month: 3, day: 15 }, {}, '15 March 44 BCE'],
		[{ year: 0 }, {}, '1 BCE'],
		[{ year: 1 }, {}, '1 CE'],
		[{ year: 99, month: 12, day: 31 }, {}, '31 December 99 CE'],
		[{ year: 10000 }, {}, '10000']
	])('writes %o with %o as "%s"', (date, opts, expected) => {
		expect(formatHumanDate(date, opts)).toBe(expected);
	});

	it('does not depend on process.env.TZ', () => {
		const saved = process.env.TZ;
		try {
			process.env.TZ = 'Pacific/Kiritimati';
			expect(formatHumanDate({ year: 2024, month: 1, day: 1 })).toBe('1 January 2024');
			process.env.TZ = 'Pacific/Pago_Pago';
			expect(formatHumanDate({ year: 2024, month: 1, day: 1 })).toBe('1 January 2024');
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	});
});

describe('formatHumanRange', () => {
	it.each<
		[CivilDate, CivilDate | undefined, { approximate?: boolean; qualifier?: Qualifier }, string]
	>([
		[{ year: 2005 }, { year: 2007 }, {}, '2005–2007'],
		[{ year: 2005 }, { year: 2007 }, { approximate: true }, 'c. 2005–2007'],
		[{ year: 2024, month: 2 }, { year: 2024, month: 7, day: 1 }, {}, 'February – 1 July 2024'],
		[{ year: 2024, month: 1 }, { year: 2024, month: 3 }, {}, 'January – March 2024'],
		[{ year: 2024, month: 6, day: 3 }, { year: 2024, month: 6, day: 17 }, {}, '3–17 June 2024'],
		[
			{ year: 2024, month: 6, day: 17 },
			{ year: 2024, month: 7, day: 1 },
			{},
			'17 June – 1 July 2024'
		],
		[
			{ year: 2023, month: 12, day: 30 },
			{ year: 2024, month: 1, day: 2 },
			{},
			'30 December 2023 – 2 January 2024'
		],
		[{ year: 2019 }, { year: 2021 }, { qualifier: 'late' }, 'late 2019 – 2021'],
		[{ year: -49 }, { year: -43 }, {}, '50 BCE – 44 BCE'],
		[
			{ year: 2024, month: 8 },
			{ year: 2024, month: 9 },
			{ approximate: true },
			'c. August – September 2024'
		],
		[{ year: 2020 }, undefined, {}, '2020'],
		[{ year: 2020 }, { year: 2020 }, { qualifier: 'late' }, 'late 2020']
	])('writes %o to %o with %o as "%s"', (start, end, opts, expected) => {
		expect(formatHumanRange(start, end, opts)).toBe(expected);
	});
});

/** The extremes a Date can hold (ECMAScript time values). */
const MIN_MS = -8.64e15;
const MAX_MS = 8.64e15;

describe('msToIsoDay and isoDayToMs', () => {
	it('convert in UTC, whatever the process time zone', () => {
		expect(msToIsoDay(0)).toBe('1970-01-01');
		expect(msToIsoDay(-1)).toBe('1969-12-31');
		expect(msToIsoDay(MS_PER_DAY - 1)).toBe('1970-01-01');
		// Late evening in Los Angeles is already the next day in UTC.
		expect(msToIsoDay(Date.UTC(2024, 0, 31, 23, 30))).toBe('2024-01-31');
		expect(msToIsoDay(Date.UTC(2024, 1, 1, 0, 30))).toBe('2024-02-01');
		expect(isoDayToMs('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
		expect(isoDayToMs('1970-01-01')).toBe(0);
	});

	it('handle years 0–99 and BCE years (which Date.UTC would move into the 1900s)', () => {
		expect(msToIsoDay(toUtcMs(99, 12, 31))).toBe('0099-12-31');
		expect(msToIsoDay(toUtcMs(0, 2, 29))).toBe('0000-02-29');
		expect(msToIsoDay(toUtcMs(-43, 3, 15))).toBe('-000043-03-15');
		expect(msToIsoDay(toUtcMs(12000, 1, 1))).toBe('+012000-01-01');
		expect(isoDayToMs('0050-06-01')).toBe(toUtcMs(50, 6, 1));
		expect(isoDayToMs('-000043-03-15')).toBe(toUtcMs(-43, 3, 15));
		expect(isoDayToMs('+012000-01-01')).toBe(toUtcMs(12000, 1, 1));
	});

	it('agree with Date.prototype.toISOString on the day', () => {
		fc.assert(
			fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
				expect(msToIsoDay(ms)).toBe(new Date(ms).toISOString().slice(0, -14));
			})
		);
	});

	it('round-trip: a day back to its start, the start of a day back to the day', () => {
		fc.assert(
			fc.property(fc.integer({ min: MIN_MS, max: MAX_MS }), (ms) => {
				const day = msToIsoDay(ms);
				const start = isoDayToMs(day)!;
				expect(start).toBe(Math.floor(ms / MS_PER_DAY) * MS_PER_DAY);
				expect(msToIsoDay(start)).toBe(day);
			})
		);
	});

	it('accept the extremes of the Date range and nothing beyond', () => {
		expect(msToIsoDay(MAX_MS)).toBe('+275760-09-13');
		expect(msToIsoDay(MIN_MS)).toBe('-271821-04-20');
		expect(isoDayToMs('+275760-09-13')).toBe(MAX_MS);
		expect(isoDayToMs('-271821-04-20')).toBe(MIN_MS);
		expect(isoDayToMs('+275760-09-14')).toBeUndefined();
		expect(isoDayToMs('-271821-04-19')).toBeUndefined();
		expect(() => msToIsoDay(MAX_MS + 1)).toThrow(RangeError);
		expect(() => msToIsoDay(Number.NaN)).toThrow(RangeError);
		expect(() => msToIsoDay(Number.POSITIVE_INFINITY)).toThrow(RangeError);
	});

	it('reject malformed days', () => {
		for (const bad of [
			'',
			'2024',
			'2024-01',
			'2024-1-01',
			'24-01-01',
			'02024-01-01',
			'+2024-01-01',
			'-000000-01-01',
			'2023-02-29',
			'2024-00-10',
			'2024-13-01',
			'2024-04-31',
			'2024-01-00',
			' 2024-01-01',
			'2024-01-01T00:00',
			'２０２４-01-01'
		])
			expect(isoDayToMs(bad), bad).toBeUndefined();
		expect(isoDayToMs(undefined as unknown as string)).toBeUndefined();
	});
});
