import { afterEach, describe, expect, it } from 'vitest';
import { resolveDateExpression } from '../data/resolve-date.ts';
import { tagDates, type DateMention } from './tagger.ts';

/** The parts of a mention a case checks, in the dev set's terms. */
interface Expected {
	text: string;
	value: string;
	endValue?: string;
	mod?: string;
	approximate?: boolean;
}

function summary(mention: DateMention): Expected {
	const result: Expected = { text: mention.text, value: mention.value };
	if (mention.endValue) result.endValue = mention.endValue;
	if (mention.mod) result.mod = mention.mod;
	if (mention.approximate) result.approximate = true;
	return result;
}

function tag(text: string, documentDate: string): Expected[] {
	return tagDates(text, documentDate).map(summary);
}

/** Monday 1 July 2024, ISO week 27. */
const MONDAY = '2024-07-01';
/** Thursday 17 July 2025. */
const THURSDAY = '2025-07-17';

describe('full dates', () => {
	it.each<[string, string, Expected]>([
		['September 23, 2024', MONDAY, { text: 'September 23, 2024', value: '2024-09-23' }],
		['on 23 Sept 2024 in Doha', MONDAY, { text: '23 Sept 2024', value: '2024-09-23' }],
		['dated 2024-09-23.', MONDAY, { text: '2024-09-23', value: '2024-09-23' }],
		['on Sept. 23 outside', '2024-09-25', { text: 'Sept. 23', value: '2024-09-23' }],
		['on Dec. 2 they signed', '2024-09-25', { text: 'Dec. 2', value: '2023-12-02' }],
		['on the 15th of January.', MONDAY, { text: 'the 15th of January', value: '2024-01-15' }],
		[
			'on Monday, July 14, 2025, in',
			THURSDAY,
			{ text: 'Monday, July 14, 2025', value: '2025-07-14' }
		],
		['The 9/11 attacks', MONDAY, { text: '9/11', value: '2001-09-11' }],
		['dated 9/14/2021', MONDAY, { text: '9/14/2021', value: '2021-09-14' }],
		['Feb. 29, 2024', MONDAY, { text: 'Feb. 29, 2024', value: '2024-02-29' }],
		[
			'Shops will close on Christmas Day.',
			'2024-12-20',
			{ text: 'Christmas Day', value: '2024-12-25' }
		]
	])('%s (%s)', (text, date, expected) => {
		expect(tag(text, date)).toEqual([expected]);
	});

	it('reads a bare month-day ahead when the sentence looks ahead', () => {
		expect(tag('Officials said the vote would take place on Nov. 5.', '2023-03-15')).toEqual([
			{ text: 'Nov. 5', value: '2023-11-05' }
		]);
	});

	it('gives each day of "September 23 and 24, 2024" its own mention', () => {
		expect(tag('On September 23 and 24, 2024, two reports appeared.', '2024-09-25')).toEqual([
			{ text: 'September 23', value: '2024-09-23' },
			{ text: '24, 2024', value: '2024-09-24' }
		]);
	});

	it('skips a day that does not exist', () => {
		expect(tag('It happened on February 30, 2023.', MONDAY)).toEqual([]);
	});
});

describe('months and years', () => {
	it.each<[string, string, Expected[]]>([
		['Inflation peaked in January 2024.', MONDAY, [{ text: 'January 2024', value: '2024-01' }]],
		['By March of 2021 it split.', MONDAY, [{ text: 'March of 2021', value: '2021-03' }]],
		['They withdrew in March.', MONDAY, [{ text: 'March', value: '2024-03' }]],
		['Prices rose in July.', MONDAY, [{ text: 'July', value: '2024-07' }]],
		['Elections are scheduled for October.', MONDAY, [{ text: 'October', value: '2024-10' }]],
		['In May, companies were attacked.', '2024-07', [{ text: 'May', value: '2024-05' }]],
		[
			'talks last May and June',
			THURSDAY,
			[
				{ text: 'last May', value: '2025-05' },
				{ text: 'June', value: '2025-06' }
			]
		],
		[
			'On June 1 last year, it reopened.',
			'2023-11-08',
			[{ text: 'June 1 last year', value: '2022-06-01' }]
		],
		[
			'It was founded in 2003 and grew in 2014.',
			MONDAY,
			[
				{ text: '2003', value: '2003' },
				{ text: '2014', value: '2014' }
			]
		],
		['Since 2003, five elections.', MONDAY, [{ text: '2003', value: '2003' }]],
		['The 2019 protests toppled him.', MONDAY, [{ text: '2019', value: '2019' }]],
		['2020 was the deadliest year.', MONDAY, [{ text: '2020', value: '2020' }]],
		['Caesar died in 44 BC.', MONDAY, [{ text: '44 BC', value: '-0043' }]],
		['The ISO month 2024-01 appears in tables.', MONDAY, [{ text: '2024-01', value: '2024-01' }]]
	])('%s (%s)', (text, date, expected) => {
		expect(tag(text, date)).toEqual(expected);
	});
});

describe('numbers that are not dates', () => {
	it.each([
		'The militia has about 1,000 fighters and 2,500 reservists.',
		'Security Council Resolution 2254 calls for a transition.',
		'For details call +1 202 555 0123 or 555-2019.',
		'The convoy carried 1500 tonnes of flour.',
		'Flight 2024 from Dubai landed safely.',
		'Police said 2000 people took part.',
		'The index fell 2.5 percent to 2019.4 points.',
		'He lives at 1984 Palm Avenue.',
		'Officials may meet again soon.',
		'Thousands joined the march.',
		"June Carter's songs were played.",
		'Model 2100 rifles were seized.',
		'Between 1,000 and 2,000 fighters crossed.',
		'The hotline operates 24/7.',
		'The fall of Mosul shocked the region.'
	])('%s', (text) => {
		expect(tag(text, MONDAY)).toEqual([]);
	});
});

describe('relative expressions', () => {
	it.each<[string, string, Expected]>([
		['He resigned yesterday.', MONDAY, { text: 'yesterday', value: '2024-06-30' }],
		['They vote tomorrow.', MONDAY, { text: 'tomorrow', value: '2024-07-02' }],
		['Clashes erupted last week.', MONDAY, { text: 'last week', value: '2024-W26' }],
		['Talks resume next week.', MONDAY, { text: 'next week', value: '2024-W28' }],
		['Exports doubled last month.', MONDAY, { text: 'last month', value: '2024-06' }],
		['It was restructured last year.', MONDAY, { text: 'last year', value: '2023' }],
		['Growth slowed this year.', MONDAY, { text: 'this year', value: '2024' }],
		['A constitution is due next year.', MONDAY, { text: 'next year', value: '2025' }],
		[
			'It was bombed two years ago.',
			MONDAY,
			{ text: 'two years ago', value: '2022', approximate: true }
		],
		[
			'Signed three days ago.',
			MONDAY,
			{ text: 'three days ago', value: '2024-06-28', approximate: true }
		],
		[
			'They met less than two weeks ago.',
			MONDAY,
			{
				text: 'less than two weeks ago',
				value: '2024-06-17',
				endValue: '2024-07-01',
				approximate: true
			}
		],
		[
			'More than two years ago, it changed.',
			MONDAY,
			{ text: 'More than two years ago', value: '2022', mod: 'BEFORE', approximate: true }
		],
		[
			'In recent days, militias moved.',
			MONDAY,
			{ text: 'recent days', value: '2024-06-24', endValue: '2024-07-01', approximate: true }
		],
		[
			'in "recent hours" they delivered',
			'2024-09-25',
			{ text: 'recent hours', value: '2024-09-25', approximate: true }
		],
		['Last night, rockets hit.', MONDAY, { text: 'Last night', value: '2024-06-30TNI' }],
		['Last weekend, they marched.', THURSDAY, { text: 'Last weekend', value: '2025-W28-WE' }],
		['Officials met last week.', '2024-01-03', { text: 'last week', value: '2023-W52' }],
		['The group is now led by him.', MONDAY, { text: 'now', value: 'PRESENT_REF' }],
		['The talks recently resumed.', MONDAY, { text: 'recently', value: 'PAST_REF' }],
		[
			'The results will be announced in two weeks.',
			'2024-12-20',
			{ text: 'two weeks', value: '2025-01-03', approximate: true }
		]
	])('%s (%s)', (text, date, expected) => {
		expect(tag(text, date)).toEqual([expected]);
	});

	it('does not read a past "in two years" as a date', () => {
		expect(tag('He rebuilt the army in two years.', MONDAY)).toEqual([]);
	});
});

describe('weekdays in a dated report', () => {
	it.each<[string, string, Expected]>([
		[
			'The minister said on Tuesday that talks continue.',
			THURSDAY,
			{ text: 'Tuesday', value: '2025-07-15' }
		],
		[
			'Officials said Thursday the border was closed.',
			THURSDAY,
			{ text: 'Thursday', value: '2025-07-17' }
		],
		['The envoy will arrive on Friday.', THURSDAY, { text: 'Friday', value: '2025-07-18' }],
		['The match will be played on Monday.', '2022-11-20', { text: 'Monday', value: '2022-11-21' }],
		['Last Monday, the army entered.', THURSDAY, { text: 'Last Monday', value: '2025-07-14' }],
		[
			'The summit is set for next Wednesday.',
			THURSDAY,
			{ text: 'next Wednesday', value: '2025-07-23' }
		],
		['Rockets struck Sunday night.', THURSDAY, { text: 'Sunday night', value: '2025-07-13TNI' }],
		[
			'Zelensky said late Wednesday.',
			THURSDAY,
			{ text: 'late Wednesday', value: '2025-07-16', mod: 'END' }
		],
		['The ship was seized on Saturday.', '2024-01-03', { text: 'Saturday', value: '2023-12-30' }]
	])('%s (%s)', (text, date, expected) => {
		expect(tag(text, date)).toEqual([expected]);
	});

	it('reads "on Monday" after "will" as the next Monday (the AP story in sources/)', () => {
		const text =
			'Healey said Thursday he and Pistorius will chair a meeting of allies on Monday to discuss plans.';
		expect(tag(text, THURSDAY)).toEqual([
			{ text: 'Thursday', value: '2025-07-17' },
			{ text: 'Monday', value: '2025-07-21' }
		]);
	});
});

describe('seasons, quarters, decades and qualifiers', () => {
	it.each<[string, string, Expected]>([
		['It began in the summer of 2023.', MONDAY, { text: 'the summer of 2023', value: '2023-SU' }],
		['Summer 2023 was hot.', MONDAY, { text: 'Summer 2023', value: '2023-SU' }],
		['Last summer, the river dried up.', MONDAY, { text: 'Last summer', value: '2023-SU' }],
		['The dam burst last summer.', '2024-09-25', { text: 'last summer', value: '2024-SU' }],
		['A push is planned this autumn.', MONDAY, { text: 'this autumn', value: '2024-FA' }],
		['They regrouped over the winter.', '2023-03-15', { text: 'the winter', value: '2022-WI' }],
		['in the winter of 2021-22', MONDAY, { text: 'the winter of 2021-22', value: '2021-WI' }],
		[
			'Revenue fell in the fourth quarter of 2019.',
			MONDAY,
			{ text: 'the fourth quarter of 2019', value: '2019-Q4' }
		],
		['Output rose 3% in Q4 2019.', MONDAY, { text: 'Q4 2019', value: '2019-Q4' }],
		['Sales slowed last quarter.', MONDAY, { text: 'last quarter', value: '2024-Q2' }],
		[
			'in the second half of last year',
			MONDAY,
			{ text: 'the second half of last year', value: '2023-H2' }
		],
		['roots in the 1980s', MONDAY, { text: 'the 1980s', value: '198X' }],
		[
			'In the early 2000s, it hid.',
			MONDAY,
			{ text: 'the early 2000s', value: '200X', mod: 'START' }
		],
		["in the late '90s", MONDAY, { text: "the late '90s", value: '199X', mod: 'END' }],
		['drawn in the 20th century', MONDAY, { text: 'the 20th century', value: '19XX' }],
		['Protests erupted in late 2019.', MONDAY, { text: 'late 2019', value: '2019', mod: 'END' }],
		['handed over in mid-2021', MONDAY, { text: 'mid-2021', value: '2021', mod: 'MID' }],
		[
			'Talks collapsed at the end of 2022.',
			MONDAY,
			{ text: 'the end of 2022', value: '2022', mod: 'END' }
		],
		[
			'Early last year, it split.',
			MONDAY,
			{ text: 'Early last year', value: '2023', mod: 'START' }
		],
		['Fighting grew in mid-May.', MONDAY, { text: 'mid-May', value: '2024-05', mod: 'MID' }],
		['formed around 2012', MONDAY, { text: 'around 2012', value: '2012', approximate: true }]
	])('%s (%s)', (text, date, expected) => {
		expect(tag(text, date)).toEqual([expected]);
	});
});

describe('ranges', () => {
	it.each<[string, Expected]>([
		['in 2005-2007, Tehran', { text: '2005-2007', value: '2005', endValue: '2007' }],
		[
			'Between 2005 and 2007, cells',
			{ text: 'Between 2005 and 2007', value: '2005', endValue: '2007' }
		],
		[
			'From March to May 2024, aid',
			{ text: 'From March to May 2024', value: '2024-03', endValue: '2024-05' }
		],
		[
			'ran June 3-5, 2024.',
			{ text: 'June 3-5, 2024', value: '2024-06-03', endValue: '2024-06-05' }
		],
		[
			'held 3–5 June 2024 in',
			{ text: '3–5 June 2024', value: '2024-06-03', endValue: '2024-06-05' }
		],
		[
			'lasted from June 28 to July 2, 2023.',
			{ text: 'from June 28 to July 2, 2023', value: '2023-06-28', endValue: '2023-07-02' }
		],
		['The 2022-23 season', { text: '2022-23', value: '2022', endValue: '2023' }],
		[
			'from January through March',
			{ text: 'from January through March', value: '2024-01', endValue: '2024-03' }
		]
	])('%s', (text, expected) => {
		expect(tag(text, MONDAY)).toEqual([expected]);
	});
});

describe('expressions that refer to an earlier date of the text', () => {
	it('counts "the same day" and "the following day" from the date last mentioned', () => {
		expect(tag('On September 23, 2024, a meeting was held on the same day.', '2024-09-25')).toEqual(
			[
				{ text: 'September 23, 2024', value: '2024-09-23' },
				{ text: 'the same day', value: '2024-09-23' }
			]
		);
		expect(tag('He arrived on March 3, 2022, and left the following day.', MONDAY)).toEqual([
			{ text: 'March 3, 2022', value: '2022-03-03' },
			{ text: 'the following day', value: '2022-03-04' }
		]);
	});

	it('counts "a month later" from the date last mentioned, approximately', () => {
		expect(tag('In May 2019 the group split; a month later its leader died.', MONDAY)).toEqual([
			{ text: 'May 2019', value: '2019-05' },
			{ text: 'a month later', value: '2019-06', approximate: true }
		]);
	});
});

describe('a document date known only to the month or the year', () => {
	it('keeps the month when the day cannot be known', () => {
		expect(tag('The minister resigned yesterday.', '2024-09')).toEqual([
			{ text: 'yesterday', value: '2024-08', endValue: '2024-09' }
		]);
		expect(tag('The minister resigned on Tuesday.', '2024-09')).toEqual([
			{ text: 'Tuesday', value: '2024-08', endValue: '2024-09' }
		]);
		expect(tag('Less than two weeks ago, they met.', '2024-07')).toEqual([
			{ text: 'Less than two weeks ago', value: '2024-06', endValue: '2024-07', approximate: true }
		]);
	});

	it('keeps the year for a year-only date', () => {
		expect(tag('Exports doubled last month.', '2024')).toEqual([
			{ text: 'last month', value: '2023', endValue: '2024' }
		]);
	});

	it('still reads what needs no day: "last year", "in January"', () => {
		expect(tag('They were trained last year and struck in January.', '2021-05')).toEqual([
			{ text: 'last year', value: '2020' },
			{ text: 'January', value: '2021-01' }
		]);
	});

	it('never gives a day-precise value that the text does not state', () => {
		const text =
			'Yesterday, last week, on Monday, three days ago, in recent days and tonight things happened.';
		for (const mention of tagDates(text, '2024-09')) {
			expect(mention.value).not.toMatch(/^\d{4}-\d{2}-\d{2}/);
			expect(mention.value).not.toMatch(/W/);
		}
	});
});

describe('mentions', () => {
	it('gives offsets into the text, the text itself, a signal and the reasoning', () => {
		const text = 'The new covert groups were trained last year in drone warfare.';
		const [mention] = tagDates(text, '2021-05');
		expect(text.slice(mention.start, mention.end)).toBe(mention.text);
		expect(mention).toMatchObject({
			text: 'last year',
			value: '2020',
			precision: 'year',
			approximate: false,
			relative: true,
			date: { start: { year: 2020 }, precision: 'year', approximate: false },
			expression: 'last year'
		});
		expect(mention.reasoning).toBe("‘last year’: the year before the article's 2021-05 → 2020");
	});

	it('turns "since" into a span to the document date, as the dataset resolver does', () => {
		const text = 'The ceasefire has been in place since February.';
		const [mention] = tagDates(text, '2024-07');
		expect(mention).toMatchObject({ text: 'February', value: '2024-02', signal: 'since' });
		expect(mention.date).toEqual({
			start: { year: 2024, month: 2 },
			end: { year: 2024, month: 7 },
			precision: 'month',
			approximate: false
		});
		expect(mention.expression).toBe('since February');
	});

	it('offers an expression only when resolveDateExpression gives the same date', () => {
		const text =
			'In late 2019, last week, on Oct. 7, in 2005-2007, less than two weeks ago and in the summer of 2023.';
		for (const mention of tagDates(text, MONDAY)) {
			if (!mention.expression) continue;
			const resolved = resolveDateExpression(mention.expression, { year: 2024, month: 7, day: 1 });
			expect(resolved?.start).toEqual(mention.date?.start);
			expect(resolved?.end).toEqual(mention.date?.end);
		}
		const bySeason = tagDates(text, MONDAY).find((mention) => mention.value === '2023-SU');
		expect(bySeason?.expression).toBeUndefined();
		expect(bySeason?.date).toMatchObject({
			start: { year: 2023, month: 6 },
			end: { year: 2023, month: 8 }
		});
	});

	it('accepts a civil date as the document date', () => {
		expect(tagDates('It rained yesterday.', { year: 2024, month: 3, day: 1 })[0].value).toBe(
			'2024-02-29'
		);
	});

	it('rejects a document date that is not one', () => {
		expect(() => tagDates('yesterday', '2024-13')).toThrow(RangeError);
		expect(() => tagDates('yesterday', 'July 2024')).toThrow(RangeError);
	});

	it('finds nothing in an empty text', () => {
		expect(tagDates('', MONDAY)).toEqual([]);
	});
});

describe('time zones', () => {
	const RealDate = globalThis.Date;
	afterEach(() => {
		globalThis.Date = RealDate;
	});

	it('runs in a time zone where local midnight is not UTC midnight', () => {
		// The suite runs with TZ=America/Los_Angeles (scripts/test.mjs): a local-time bug would
		// move these days by one.
		expect(new RealDate(2024, 0, 1).getTimezoneOffset()).not.toBe(0);
	});

	it('keeps every day across year ends, leap days and daylight-saving changes', () => {
		expect(tag('He resigned yesterday.', '2024-01-01')).toEqual([
			{ text: 'yesterday', value: '2023-12-31' }
		]);
		expect(tag('He resigned yesterday.', '2024-03-01')).toEqual([
			{ text: 'yesterday', value: '2024-02-29' }
		]);
		// US daylight saving began on 10 March 2024 and ended on 3 November 2024.
		expect(tag('They met on Saturday.', '2024-03-11')).toEqual([
			{ text: 'Saturday', value: '2024-03-09' }
		]);
		expect(tag('They met on Saturday.', '2024-11-04')).toEqual([
			{ text: 'Saturday', value: '2024-11-02' }
		]);
		expect(tag('It happened last week.', '2024-11-04')).toEqual([
			{ text: 'last week', value: '2024-W44' }
		]);
		expect(tag('On September 23, 2024, they met.', '2024-09-25')).toEqual([
			{ text: 'September 23, 2024', value: '2024-09-23' }
		]);
	});

	it('never uses Date, so no result can depend on the process time zone', () => {
		globalThis.Date = class {
			constructor() {
				throw new Error('the tagger must not use Date');
			}
		} as unknown as DateConstructor;
		const text =
			'On Tuesday, September 24, 2024, yesterday, last week, two weeks ago, in January, last summer, ' +
			'the 1990s, Q4 2019, since Oct. 7 and less than two weeks ago.';
		expect(() => tagDates(text, '2024-09-25')).not.toThrow();
		expect(tagDates(text, '2024-09-25').length).toBeGreaterThan(8);
	});
});

describe('numbers that are not years, and eras', () => {
	it.each([
		['The call was made at about 1100 on the day, the court heard.', '2011-06-15'],
		['The ambulance was called at 1221 GMT.', '2011-06-15'],
		['Troops left the base at 0600 hrs.', '2011-06-15'],
		['She was seen at 1100 and, again, between 1040 and 1050.', '2011-06-15']
	])('reads no year in clock times: %s', (text, date) => {
		expect(tag(text, date)).toEqual([]);
	});

	it('keeps years in a text without clock times', () => {
		expect(tag('The abbey was built between 1040 and 1050.', '2011-06-15')).toEqual([
			{ text: 'between 1040 and 1050', value: '1040', endValue: '1050' }
		]);
		expect(tag('The castle fell in 1066 AD, at 1100 metres up.', '2011-06-15')[0]).toMatchObject({
			text: '1066 AD',
			value: '1066'
		});
	});

	it.each([
		['built in the fourth century BC', 'the fourth century BC', -399, -300],
		['a coin of the 5th century BCE', 'the 5th century BCE', -499, -400],
		['from the first century B.C. onwards', 'the first century B.C.', -99, 0]
	])('keeps the era of a century: %s', (text, mention, first, last) => {
		const [m] = tagDates(text, '2011-06-15');
		expect(m.text).toBe(mention);
		expect(m.date).toMatchObject({
			start: { year: first },
			end: { year: last },
			precision: 'year'
		});
	});
});

describe('days with their weekdays', () => {
	it('reads "Monday 20 to Friday 24 September" as one span in the year the weekdays fit', () => {
		// 20 September 2010 was a Monday; a June 2011 article looking back, or a June 2010 one
		// looking ahead, both mean 2010, whatever the tense would guess.
		for (const [text, date] of [
			['The hearing ran from Monday 20 to Friday 24 September.', '2011-06-15'],
			['The trial will sit from Monday 20 to Friday 24 September.', '2010-06-15']
		]) {
			const mentions = tagDates(text, date);
			expect(mentions).toHaveLength(1);
			expect(mentions[0]).toMatchObject({
				text: 'Monday 20 to Friday 24 September',
				value: '2010-09-20',
				endValue: '2010-09-24'
			});
		}
	});

	it('reads a span across months with a year as written', () => {
		const [m] = tagDates('Hearings: Monday 30 August to Friday 3 September 2021.', '2021-06-01');
		expect(m).toMatchObject({ value: '2021-08-30', endValue: '2021-09-03' });
	});

	it('lets the weekday pick the year of a day without one', () => {
		// 24 September 2009 was a Thursday, 2010's a Friday: the past tense alone would say 2009.
		expect(tag('It opened on Friday 24 September.', '2010-06-15')[0]).toMatchObject({
			value: '2010-09-24'
		});
	});
});

describe('dates relative to another moment', () => {
	const ATTACK = 'Militants attacked the base on January 28.';
	it.each([
		[`${ATTACK} A day after the attack, the US vowed to respond.`, 'A day after', '2024-01-29'],
		[
			`${ATTACK} Two weeks before the strike, officials had warned of it.`,
			'Two weeks before',
			'2024-01-14'
		],
		[`${ATTACK} Later in the day, the Pentagon named the dead.`, 'the day', '2024-01-28']
	])('resolves against the date of the sentence before: %s', (text, mention, value) => {
		expect(tag(text, '2024-02-05')[1]).toMatchObject({ text: mention, value });
	});

	it('reads "over the past weekend" as the weekend before the article', () => {
		expect(tag('Over the past weekend, drones struck two bases.', '2024-02-05')).toEqual([
			{ text: 'the past weekend', value: '2024-W05-WE' }
		]);
	});

	it('does not count from a noun that is not a happening', () => {
		expect(
			tag(`${ATTACK} A day after the minister, the general spoke.`, '2024-02-05')
		).toHaveLength(1);
	});
});
