import { describe, it, expect } from 'vitest';
import { formatPartialDate, parsePartialDate, type CivilDate } from './civil-date.ts';
import { resolveDateExpression, type ResolvedDate } from './resolve-date.ts';

/** The resolution in the dataset's own notation, so expectations read like events.json. */
interface Expected {
	start: string;
	end?: string;
	precision: 'day' | 'month' | 'year';
	approximate?: boolean;
	qualifier?: 'early' | 'mid' | 'late';
}

function date(text: string): CivilDate {
	const parsed = parsePartialDate(text);
	if (!parsed) throw new Error(`bad test date ${text}`);
	return parsed;
}

function summarize(resolved: ResolvedDate | null): Expected | null {
	if (!resolved) return null;
	const summary: Expected = {
		start: formatPartialDate(resolved.start),
		precision: resolved.precision,
		approximate: resolved.approximate
	};
	if (resolved.end) summary.end = formatPartialDate(resolved.end);
	if (resolved.qualifier) summary.qualifier = resolved.qualifier;
	return summary;
}

function expectResolution(expression: string, anchor: string, expected: Expected): void {
	const resolved = resolveDateExpression(expression, date(anchor));
	expect(summarize(resolved)).toEqual({ approximate: false, ...expected });
}

const DAY_ANCHOR = '2024-07-01';

describe('every row of the table in docs/dataset-format.md, anchor 2024-07-01', () => {
	it.each<[string, string, Expected]>([
		['resolves a bare year as that year', '2020', { start: '2020', precision: 'year' }],
		['resolves "in" and a year as that year', 'in 2020', { start: '2020', precision: 'year' }],
		[
			'resolves a hyphenated year range as a span',
			'2005-2007',
			{ start: '2005', end: '2007', precision: 'year' }
		],
		[
			'resolves "from … to …" years as a span',
			'from 2005 to 2007',
			{ start: '2005', end: '2007', precision: 'year' }
		],
		[
			'resolves a month and year as written',
			'January 2024',
			{ start: '2024-01', precision: 'month' }
		],
		[
			'resolves day month year as written',
			'23 September 2024',
			{ start: '2024-09-23', precision: 'day' }
		],
		[
			'resolves an abbreviated month, day, year as written',
			'Sept. 23, 2024',
			{ start: '2024-09-23', precision: 'day' }
		],
		[
			"resolves 'last year' against the publication year",
			'last year',
			{ start: '2023', precision: 'year' }
		],
		[
			"resolves 'this year' as the publication year",
			'this year',
			{ start: '2024', precision: 'year' }
		],
		[
			"resolves 'this month' as the publication month",
			'this month',
			{ start: '2024-07', precision: 'month' }
		],
		[
			"resolves 'last month' as the month before publication",
			'last month',
			{ start: '2024-06', precision: 'month' }
		],
		[
			'resolves "in January" as the latest January not after the anchor',
			'in January',
			{ start: '2024-01', precision: 'month' }
		],
		[
			'resolves a bare month name the same way',
			'January',
			{ start: '2024-01', precision: 'month' }
		],
		[
			'counts the anchor\'s own month for "in July"',
			'in July',
			{ start: '2024-07', precision: 'month' }
		],
		[
			'resolves "Oct. 7" as the latest October 7 not after the anchor',
			'Oct. 7',
			{ start: '2023-10-07', precision: 'day' }
		],
		['resolves "October 7" the same way', 'October 7', { start: '2023-10-07', precision: 'day' }],
		[
			'resolves "since February" as a span ending at the anchor',
			'since February',
			{ start: '2024-02', end: '2024-07-01', precision: 'month' }
		],
		[
			'resolves "late 2019" with the qualifier late',
			'late 2019',
			{ start: '2019', precision: 'year', qualifier: 'late' }
		],
		[
			'resolves "early 2020" with the qualifier early',
			'early 2020',
			{ start: '2020', precision: 'year', qualifier: 'early' }
		],
		[
			'resolves "mid-2021" with the qualifier mid',
			'mid-2021',
			{ start: '2021', precision: 'year', qualifier: 'mid' }
		],
		[
			'resolves "late last year" as late in the year before publication',
			'late last year',
			{ start: '2023', precision: 'year', qualifier: 'late' }
		],
		[
			'resolves "less than two weeks ago" as an approximate span to the anchor',
			'less than two weeks ago',
			{ start: '2024-06-17', end: '2024-07-01', precision: 'day', approximate: true }
		],
		[
			'resolves "two weeks ago" as 14 days before, approximately',
			'two weeks ago',
			{ start: '2024-06-17', precision: 'day', approximate: true }
		],
		[
			'resolves "three days ago" as 3 days before, approximately',
			'three days ago',
			{ start: '2024-06-28', precision: 'day', approximate: true }
		],
		[
			'resolves "in recent hours" as the anchor day, approximately',
			'in recent hours',
			{ start: '2024-07-01', precision: 'day', approximate: true }
		],
		['resolves "today" as the anchor day', 'today', { start: '2024-07-01', precision: 'day' }],
		[
			'resolves "yesterday" as the day before the anchor',
			'yesterday',
			{ start: '2024-06-30', precision: 'day' }
		]
	])('%s: %s', (_contract, expression, expected) => {
		expectResolution(expression, DAY_ANCHOR, expected);
	});
});

describe('anchors coarser than the expression needs keep the anchor precision', () => {
	it.each<[string, string, string, Expected]>([
		[
			'the table example: "less than two weeks ago" against a month',
			'less than two weeks ago',
			'2024-09',
			{ start: '2024-08', end: '2024-09', precision: 'month', approximate: true }
		],
		[
			'"less than two weeks ago" early in a year-only anchor',
			'less than two weeks ago',
			'2024',
			{ start: '2023', end: '2024', precision: 'year', approximate: true }
		],
		[
			'"two weeks ago" against a month may fall in the month before',
			'two weeks ago',
			'2024-09',
			{ start: '2024-08', end: '2024-09', precision: 'month', approximate: true }
		],
		[
			'"yesterday" against a month may fall in the month before',
			'yesterday',
			'2024-09',
			{ start: '2024-08', end: '2024-09', precision: 'month' }
		],
		[
			'"today" against a month is that month',
			'today',
			'2024-09',
			{ start: '2024-09', precision: 'month' }
		],
		['"today" against a year is that year', 'today', '2024', { start: '2024', precision: 'year' }],
		[
			'"in recent hours" against a month is that month, approximately',
			'in recent hours',
			'2024-09',
			{ start: '2024-09', precision: 'month', approximate: true }
		],
		[
			'"this week" against a month is that month, approximately',
			'this week',
			'2024-09',
			{ start: '2024-09', precision: 'month', approximate: true }
		],
		[
			'"this month" against a year is that year',
			'this month',
			'2024',
			{ start: '2024', precision: 'year' }
		],
		[
			'"last month" against a year spans the year before and the year',
			'last month',
			'2024',
			{ start: '2023', end: '2024', precision: 'year' }
		],
		[
			'"last month" against a month is the month before',
			'last month',
			'2024-01',
			{ start: '2023-12', precision: 'month' }
		],
		[
			'"last year" against a year is the year before',
			'last year',
			'2024',
			{ start: '2023', precision: 'year' }
		],
		[
			'"in January" against a year is January of that year',
			'in January',
			'2024',
			{ start: '2024-01', precision: 'month' }
		],
		[
			'"in December" against a year is December of that year',
			'in December',
			'2024',
			{ start: '2024-12', precision: 'month' }
		],
		[
			'"in September" against September counts the anchor month',
			'in September',
			'2024-09',
			{ start: '2024-09', precision: 'month' }
		],
		[
			'"in October" against September is the October before',
			'in October',
			'2024-09',
			{ start: '2023-10', precision: 'month' }
		],
		[
			'"Sept. 23" against September is not after the end of that month',
			'Sept. 23',
			'2024-09',
			{ start: '2024-09-23', precision: 'day' }
		],
		[
			'"Oct. 7" against September is the October 7 before',
			'Oct. 7',
			'2024-09',
			{ start: '2023-10-07', precision: 'day' }
		],
		[
			'"Oct. 7" against a year is not after the end of that year',
			'Oct. 7',
			'2024',
			{ start: '2024-10-07', precision: 'day' }
		],
		[
			'"since February" against a month ends at that month',
			'since February',
			'2024-09',
			{ start: '2024-02', end: '2024-09', precision: 'month' }
		],
		[
			'"a year ago" against a year is the year before',
			'a year ago',
			'2024',
			{ start: '2023', precision: 'year', approximate: true }
		],
		[
			'"a year ago" against a month keeps the month',
			'a year ago',
			'2024-09',
			{ start: '2023-09', precision: 'month', approximate: true }
		]
	])('%s', (_contract, expression, anchor, expected) => {
		expectResolution(expression, anchor, expected);
	});
});

describe('further expressions against 2024-07-01', () => {
	it.each<[string, Expected]>([
		['last week', { start: '2024-06-24', precision: 'day', approximate: true }],
		['this week', { start: '2024-07-01', precision: 'day', approximate: true }],
		['next week', { start: '2024-07-08', precision: 'day', approximate: true }],
		['earlier this year', { start: '2024', precision: 'year' }],
		['earlier this month', { start: '2024-07', precision: 'month' }],
		['the previous year', { start: '2023', precision: 'year' }],
		['the following year', { start: '2025', precision: 'year' }],
		['next month', { start: '2024-08', precision: 'month' }],
		['next year', { start: '2025', precision: 'year' }],
		['tomorrow', { start: '2024-07-02', precision: 'day' }],
		['the day before', { start: '2024-06-30', precision: 'day' }],
		['a year ago', { start: '2023-07', precision: 'month', approximate: true }],
		['two years ago', { start: '2022-07', precision: 'month', approximate: true }],
		['three months ago', { start: '2024-04', precision: 'month', approximate: true }],
		['8 months ago', { start: '2023-11', precision: 'month', approximate: true }],
		['twelve days ago', { start: '2024-06-19', precision: 'day', approximate: true }],
		['a week ago', { start: '2024-06-24', precision: 'day', approximate: true }],
		[
			'less than a year ago',
			{ start: '2023-07', end: '2024-07-01', precision: 'month', approximate: true }
		],
		[
			'less than 3 days ago',
			{ start: '2024-06-28', end: '2024-07-01', precision: 'day', approximate: true }
		],
		['September 2024', { start: '2024-09', precision: 'month' }],
		['Sept. 2024', { start: '2024-09', precision: 'month' }],
		['Sep 2024', { start: '2024-09', precision: 'month' }],
		['in Jan. 2020', { start: '2020-01', precision: 'month' }],
		['September 23, 2024', { start: '2024-09-23', precision: 'day' }],
		['September 23rd 2024', { start: '2024-09-23', precision: 'day' }],
		['the 23rd of September 2024', { start: '2024-09-23', precision: 'day' }],
		['on 7 October', { start: '2023-10-07', precision: 'day' }],
		['on Sept. 23', { start: '2023-09-23', precision: 'day' }],
		['July 1', { start: '2024-07-01', precision: 'day' }],
		['July 2', { start: '2023-07-02', precision: 'day' }],
		['Feb. 29', { start: '2024-02-29', precision: 'day' }],
		['2024-09-23', { start: '2024-09-23', precision: 'day' }],
		['2024-02', { start: '2024-02', precision: 'month' }],
		['-0043-03-15', { start: '-0043-03-15', precision: 'day' }],
		['44 BC', { start: '-0043', precision: 'year' }],
		['44 B.C.E.', { start: '-0043', precision: 'year' }],
		['mid 2021', { start: '2021', precision: 'year', qualifier: 'mid' }],
		['in mid-October', { start: '2023-10', precision: 'month', qualifier: 'mid' }],
		['early January 2024', { start: '2024-01', precision: 'month', qualifier: 'early' }],
		['late last month', { start: '2024-06', precision: 'month', qualifier: 'late' }],
		['the end of last year', { start: '2023', precision: 'year', qualifier: 'late' }],
		['by the end of last year', { start: '2023', precision: 'year', qualifier: 'late' }],
		['the beginning of 2020', { start: '2020', precision: 'year', qualifier: 'early' }],
		['during 2020', { start: '2020', precision: 'year' }],
		['about 2020', { start: '2020', precision: 'year', approximate: true }],
		['circa 2020', { start: '2020', precision: 'year', approximate: true }],
		['c. June 2024', { start: '2024-06', precision: 'month', approximate: true }],
		['2005–2007', { start: '2005', end: '2007', precision: 'year' }],
		['2005 - 2007', { start: '2005', end: '2007', precision: 'year' }],
		['between 2005 and 2007', { start: '2005', end: '2007', precision: 'year' }],
		['from 2005 until 2007', { start: '2005', end: '2007', precision: 'year' }],
		['January–March 2024', { start: '2024-01', end: '2024-03', precision: 'month' }],
		['from November to March 2025', { start: '2024-11', end: '2025-03', precision: 'month' }],
		[
			'from mid-October to December 2024',
			{ start: '2024-10', end: '2024-12', precision: 'month', qualifier: 'mid' }
		],
		[
			'from late 2019 to 2021',
			{ start: '2019', end: '2021', precision: 'year', qualifier: 'late' }
		],
		['since 2020', { start: '2020', end: '2024-07-01', precision: 'year' }],
		['since Oct. 7', { start: '2023-10-07', end: '2024-07-01', precision: 'day' }],
		['since last year', { start: '2023', end: '2024-07-01', precision: 'year' }],
		['since late 2019', { start: '2019', end: '2024-07-01', precision: 'year', qualifier: 'late' }]
	])('resolves "%s"', (expression, expected) => {
		expectResolution(expression, DAY_ANCHOR, expected);
	});
});

describe('tolerance for how texts write dates', () => {
	it.each([
		['  Last Year  ', 'last year'],
		['LAST YEAR', 'last year'],
		['last year.', 'last year'],
		['In\tJanuary', 'in January'],
		['Sept 23, 2024', 'Sept. 23, 2024'],
		['sept. 23 2024', 'Sept. 23, 2024'],
		['Jan. 2024', 'January 2024'],
		['2005\u20132007', '2005-2007'],
		['2005\u20142007', '2005-2007'],
		['mid\u20112021', 'mid-2021'],
		['the end of last year', 'late last year'],
		['the previous year', 'last year'],
		['during last year', 'last year'],
		['Two Weeks Ago', '2 weeks ago']
	])('reads "%s" like "%s"', (variant, canonical) => {
		const anchor = date(DAY_ANCHOR);
		const a = resolveDateExpression(variant, anchor);
		const b = resolveDateExpression(canonical, anchor);
		expect(a).not.toBeNull();
		expect(summarize(a)).toEqual(summarize(b));
	});
});

describe('expressions it does not understand', () => {
	it.each([
		'the other day',
		'',
		'   ',
		'2024-13',
		'2023-02-29',
		'Feb. 30',
		'April 31',
		'in the 1990s',
		'last summer',
		'this summer',
		'recently',
		'soon',
		'a few weeks ago',
		'several years ago',
		'0 days ago',
		'next Monday',
		'the last year',
		'2007-2005',
		'2005-2005',
		'from 2007 to 2005',
		'since 2005-2007',
		'since next year',
		'from 2019 to late 2021',
		'late 23 September 2024',
		'early 2005-2007',
		'late 2019 - 2021',
		'Smarch 2024',
		'999',
		'2024 and beyond'
	])('returns null for "%s"', (expression) => {
		expect(resolveDateExpression(expression, date(DAY_ANCHOR))).toBeNull();
	});

	it('returns null for an invalid anchor instead of throwing', () => {
		expect(resolveDateExpression('last year', { year: 2024, month: 13 })).toBeNull();
		expect(resolveDateExpression('last year', { year: 2024.5 })).toBeNull();
	});
});

describe('reasoning', () => {
	it.each([
		['last year', DAY_ANCHOR, "'last year' relative to 2024-07-01 → 2023"],
		['23 September 2024', DAY_ANCHOR, "'23 September 2024' as written → 2024-09-23"],
		[
			'in January',
			DAY_ANCHOR,
			"'in January' relative to 2024-07-01 (the latest January not after it) → 2024-01"
		],
		[
			'less than two weeks ago',
			'2024-09',
			"'less than two weeks ago' relative to 2024-09 (the anchor is only known to the month, so the result keeps that precision) → 2024-08 to 2024-09, approximate"
		],
		['  late   last year ', DAY_ANCHOR, "'late last year' relative to 2024-07-01 → late 2023"]
	])('explains "%s" against %s', (expression, anchor, reasoning) => {
		expect(resolveDateExpression(expression, date(anchor))?.reasoning).toBe(reasoning);
	});
});

describe('precision and independence from the local time zone', () => {
	it('reports the precision of start', () => {
		const resolved = resolveDateExpression('since February', date(DAY_ANCHOR));
		expect(resolved?.precision).toBe('month');
		expect(resolved?.end).toEqual({ year: 2024, month: 7, day: 1 });
	});

	it('steps across month, year and leap-day boundaries by whole civil days', () => {
		expect(summarize(resolveDateExpression('yesterday', date('2024-03-01')))?.start).toBe(
			'2024-02-29'
		);
		expect(summarize(resolveDateExpression('yesterday', date('2023-03-01')))?.start).toBe(
			'2023-02-28'
		);
		expect(summarize(resolveDateExpression('yesterday', date('2024-01-01')))?.start).toBe(
			'2023-12-31'
		);
		expect(summarize(resolveDateExpression('two weeks ago', date('0001-01-05')))?.start).toBe(
			'0000-12-22'
		);
		// 2024-11-03 is the day US clocks fall back; a local-time implementation would slip here.
		expect(summarize(resolveDateExpression('yesterday', date('2024-11-04')))?.start).toBe(
			'2024-11-03'
		);
		expect(summarize(resolveDateExpression('tomorrow', date('2024-03-09')))?.start).toBe(
			'2024-03-10'
		);
	});

	it('finds the latest February 29 in an earlier leap year', () => {
		expect(summarize(resolveDateExpression('Feb. 29', date('2025-03-01')))?.start).toBe(
			'2024-02-29'
		);
		expect(summarize(resolveDateExpression('Feb. 29', date('1904-01-01')))?.start).toBe(
			'1896-02-29'
		);
	});

	it('gives the same answers under any process.env.TZ', () => {
		const saved = process.env.TZ;
		const answers: unknown[] = [];
		try {
			for (const zone of ['America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
				process.env.TZ = zone;
				answers.push(
					['yesterday', 'last week', 'Oct. 7', 'since February', 'less than two weeks ago'].map(
						(expression) => resolveDateExpression(expression, date('2024-03-10'))
					)
				);
			}
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
		expect(answers[1]).toEqual(answers[0]);
		expect(answers[2]).toEqual(answers[0]);
	});
});

describe('weekdays and "the <date>" in dated reports', () => {
	it.each([
		// 2025-07-17 was a Thursday.
		['Thursday', '2025-07-17', '2025-07-17'],
		['on Wednesday', '2025-07-17', '2025-07-16'],
		['Monday', '2025-07-17', '2025-07-14'],
		['Friday', '2025-07-17', '2025-07-11'],
		['since the Oct. 7', '2024-07-01', '2023-10-07'],
		['the Oct. 7', '2024-07-01', '2023-10-07']
	])("resolves '%s' against %s to start %s", (expression, anchor, start) => {
		const resolved = resolveDateExpression(expression, parsePartialDate(anchor)!);
		expect(resolved && formatPartialDate(resolved.start)).toBe(start);
	});

	it('refuses a weekday when the anchor is not known to the day', () => {
		expect(resolveDateExpression('Thursday', parsePartialDate('2025-07')!)).toBeNull();
	});
});
