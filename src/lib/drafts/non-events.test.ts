import { describe, expect, it } from 'vitest';
import type { CivilDate } from '../data/civil-date.ts';
import { tagDates } from '../tagger/tagger.ts';
import {
	isReportDate,
	isToll,
	needsDate,
	notAnEvent,
	withinPublication,
	withinPublicationMonth
} from './non-events.ts';

const PUBLISHED: CivilDate = { year: 2021, month: 3, day: 5 }; // a Friday

/** The first dated mention of `sentence` and what the rules say of it. */
function judge(sentence: string, published = PUBLISHED) {
	const mention = tagDates(sentence, published).find((m) => m.date)!;
	expect(mention, `a date in “${sentence}”`).toBeDefined();
	return {
		not: notAnEvent(sentence, mention, published)?.reason,
		needs: needsDate(sentence, mention, mention.start) !== undefined
	};
}

describe('notAnEvent', () => {
	it.each([
		['A final tally of the damage will be known only tomorrow.', 'future'],
		['The trial opens on March 22.', 'future'],
		['The port town witnessed 1,524 violent deaths and 900 injuries in 2020.', 'statistic'],
		['Unemployment rose to 7.5 percent in January.', 'statistic'],
		['Police recorded 312 burglaries in February, the highest number in a decade.', 'statistic'],
		// What there were in a year is a count of it.
		['Last year, there were a record 52 drownings on the coast.', 'statistic'],
		['There were 18 strikes at the port in 2019.', 'statistic'],
		// A count compared with a period's: the date is the earlier count's.
		['The harvest is up from 212 tonnes last year.', 'statistic'],
		['Sales were down from 1,400 cars in 2019.', 'statistic'],
		// A record measured against a date: the date is the comparison's, not a happening.
		['It was the wettest spring in the valley since 1987.', 'statistic'],
		['The river rose to its highest level since March 2003, officials said.', 'statistic'],
		// A toll dated only by when it was reported is a count so far, not a happening.
		['The floods have killed at least 64 people, officials said Thursday.', 'toll'],
		['At least 12 miners are missing, the company said on Friday.', 'toll'],
		// A date as an adjective describes a person or a thing.
		['The bridge, named for an 18th-century engineer, collapsed.', 'description'],
		['Villagers rebuilt the 1930s-era dam with their own hands.', 'description'],
		// A year between a determiner and the noun of a work names the work.
		['The bridge was featured in the 1994 film “River Days”.', 'description'],
		['The tree is seen in the director’s 1991 film about outlaws.', 'description'],
		['Thieves took the painter’s 2002 work “Woman Asleep” from the gallery.', 'description'],
		// "until" ends a span; it is no happening of its own.
		['The curfew would be kept until Thursday, the mayor said.', 'bound'],
		['Prior to Monday, the register listed 212 wrecks.', 'bound'],
		// A day of a weekly schedule: days that come round again, and hours.
		['The museum is open from 10 a.m. to 5 p.m. Tuesday through Saturday.', 'schedule'],
		['The pool opens at 6 a.m. on weekdays and at 8 a.m. on Saturday.', 'schedule'],
		['Hours are 9am-5pm on Monday, and noon to 4 p.m. on Sundays.', 'schedule']
	])('leaves out “%s” (%s)', (sentence, reason) => {
		expect(judge(sentence).not).toBe(reason);
	});

	it.each([
		'Rebels shelled the port on Monday, killing 14 fishermen.',
		'Floods in the valley in 2015 killed 290 people.',
		'The ceasefire was signed on March 5.',
		// A happening before a day's, in its own words, is no bound.
		'The ferry sank on Monday, prior to the storm.',
		// "since" without a superlative dates a beginning; a superlative of another clause, too.
		'The road has been closed since March 2003.',
		// The record's own happening, told after it, is one.
		'It was the strongest storm since 1999, when 8,000 people died.',
		'It was the biggest storm of the year; the port has been shut since 2019.',
		'The country plunged into chaos after the 2011 uprising.',
		// An edition of an event is no work; a year without a determiner is a date.
		'Turnout in the 2016 election was low.',
		'The film crew left in 2004 and the series was shot in 2005.',
		// A count on a day, compared, is that day's news; "up from" a place is no count.
		'The river rose on Monday, up from the low of Sunday.',
		// A count on a day is a happening of that day, not a statistic.
		'At least 480 people died in Saturday’s earthquake, the highest toll recorded.',
		// A toll's change on a day, in the sentence's own words, is that day's news.
		'The death toll climbed past 900 on Thursday as rescuers reached the valley.',
		// A statement dated by its verb, with what was said after it, is a happening.
		'The mayor said Thursday that the curfew was lifted.',
		'The 19th century saw the town grow.',
		// Days in a row, or hours, alone are as often one happening as a schedule.
		'Protesters marched Monday through Thursday, police said.',
		'The shooting happened Monday between 2 and 3 p.m., police said.',
		'The shop, open every day, was robbed on Monday.',
		// A span of weekdays with their day numbers is one span, not a schedule.
		'The festival ran Monday 1 to Friday 5 March, open from 9 a.m. to 5 p.m.'
	])('keeps “%s”', (sentence) => {
		expect(judge(sentence).not).toBeUndefined();
	});

	it('judges the future against the last day the publication may be', () => {
		const sentence = 'The talks will resume on March 20.';
		// Published in March, known only to the month: the 20th may be past.
		expect(judge(sentence, { year: 2021, month: 3 }).not).toBeUndefined();
		expect(judge(sentence, { year: 2021, month: 3, day: 10 }).not).toBe('future');
	});
});

describe('isReportDate and isToll', () => {
	const at = (sentence: string, words: string) =>
		isReportDate(sentence, { text: words }, sentence.indexOf(words));

	it('tells a date that only says when a sentence was reported', () => {
		expect(at('The storm struck the coast at the weekend, officials said Monday.', 'Monday')).toBe(
			true
		);
		expect(at('Rescuers found two survivors, the army told reporters on Monday.', 'Monday')).toBe(
			true
		);
		expect(at('The minister said Monday that the port would reopen.', 'Monday')).toBe(false);
		expect(at('Troops left the town on Monday, officials said.', 'Monday')).toBe(false);
	});

	it('tells a toll as it stands from a happening with a count', () => {
		expect(isToll('The number of deaths had risen to 2,310, the ministry said.')).toBe(true);
		expect(isToll('At least 40 villagers are dead after the landslide.')).toBe(true);
		expect(isToll('Gunmen killed 12 villagers near the market.')).toBe(false);
		expect(isToll('The toll road reopened in 2019.')).toBe(false);
	});
});

describe('needsDate', () => {
	it('says a date counted from a moment the text dates nowhere before it is not known', () => {
		expect(judge('Two soldiers died a day after the attack on the convoy.').needs).toBe(true);
		expect(judge('Later in the day, the army closed the road.').needs).toBe(true);
	});

	it('takes the date the text gives before it', () => {
		const text = 'The convoy was attacked on March 1. Two soldiers died a day after the attack.';
		const mentions = tagDates(text, PUBLISHED);
		const after = mentions.find((m) => m.text.startsWith('a day after'))!;
		expect(after.unanchored).toBeUndefined();
		expect(after.date?.start).toEqual({ year: 2021, month: 3, day: 2 });
	});

	it.each([
		['“We broadcast warnings to the public yesterday,” the official said.', true],
		['We broadcast warnings yesterday,” said the official, adding that teams were ready.', true],
		['"The shelling stopped today," a resident said.', true],
		['The army said yesterday that the road was closed.', false],
		['“It was terrible,” she said of the storm that struck yesterday.', false]
	])('“%s”: needs a date: %s', (sentence, needs) => {
		expect(judge(sentence).needs).toBe(needs);
	});
});

describe('withinPublication', () => {
	const WEDNESDAY: CivilDate = { year: 2021, month: 3, day: 3 };
	const bound = (sentence: string, published: CivilDate = WEDNESDAY) => {
		const mention = tagDates(sentence, published).find((m) => m.date)!;
		return withinPublication(mention, published);
	};

	it('ends "earlier this week" the day before the publication', () => {
		const b = bound('Earlier this week, gunmen fired at a vaccination team.');
		expect(b?.date).toMatchObject({
			start: { year: 2021, month: 3, day: 1 },
			end: { year: 2021, month: 3, day: 2 },
			precision: 'day'
		});
		expect(b?.note).toMatch(/‘earlier’: before the publication \(2021-03-03\) → to 2021-03-02/);
	});

	it('dates "earlier this month" from its first day to the day before the publication', () => {
		const b = bound('Earlier this month, gunmen fired at a vaccination team.');
		expect(b?.date).toMatchObject({
			start: { year: 2021, month: 3, day: 1 },
			end: { year: 2021, month: 3, day: 2 },
			precision: 'day',
			approximate: true
		});
		expect(b?.note).toMatch(/2021-03-01 to 2021-03-02, approximate/);
		// On the month's first day there is no day before it; a month-only page says no more.
		expect(
			bound('Earlier this month, gunmen fired.', { year: 2021, month: 3, day: 1 })
		).toBeUndefined();
		expect(bound('Earlier this month, gunmen fired.', { year: 2021, month: 3 })).toBeUndefined();
		// "This month" alone may reach the page's day: left as the text gives it.
		expect(bound('This month, gunmen fired at a team.')).toBeUndefined();
	});

	it('ends a reported "this week" on the publication day', () => {
		expect(bound('The fighting this week killed five people.')?.date.end).toEqual({
			year: 2021,
			month: 3,
			day: 3
		});
	});

	it('leaves a point, a span within the publication and a month-only publication alone', () => {
		expect(bound('Gunmen fired at a team on Monday.')).toBeUndefined();
		expect(bound('Gunmen fired at a team last week.')).toBeUndefined();
		expect(bound('The fighting this week killed five.', { year: 2021, month: 3 })).toBeUndefined();
		// "Earlier this week" on a Monday leaves no day before it: left as the text gives it.
		expect(
			bound('Earlier this week, gunmen fired.', { year: 2021, month: 3, day: 1 })
		).toBeUndefined();
	});
});

describe('withinPublicationMonth', () => {
	const read = (sentence: string, published: CivilDate) => {
		const mention = tagDates(sentence, published).find((m) => m.date)!;
		return withinPublicationMonth(mention, published);
	};

	it('dates a weekday before a publication known to the month to that month, approximate', () => {
		const found = read('The mayor resigned on Tuesday, aides said.', { year: 2016, month: 1 });
		expect(found?.date).toMatchObject({
			start: { year: 2016, month: 1 },
			end: undefined,
			precision: 'month',
			approximate: true
		});
		expect(found?.note).toMatch(/most likely in 2016-01, approximate \(2015-12 if/);
	});

	it('leaves a month the text names, and a publication known to the day, alone', () => {
		expect(read('The mayor resigned in December.', { year: 2016, month: 1 })).toBeUndefined();
		expect(
			read('The mayor resigned on Tuesday.', { year: 2016, month: 1, day: 14 })
		).toBeUndefined();
	});
});
