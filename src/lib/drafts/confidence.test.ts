import { describe, expect, it } from 'vitest';
import type { DatasetFile, EventRecord } from '../data/types.ts';
import { addArticle } from './add-article.ts';
import { addArticles } from './add-articles.ts';
import { dateWordsOf, happeningsAt, weakReason, WEAK_SIGNALS, type Passage } from './confidence.ts';

/** A passage of `sentence` dated by `words` (its first occurrence), on `day`. */
function passage(
	sentence: string,
	words: string,
	options: { other?: string[]; day?: string; earlier?: EventRecord[] } = {}
): Passage {
	return {
		sentence,
		dateWords: { text: words, at: sentence.indexOf(words) },
		otherDateWords: options.other ?? [],
		date: { start: options.day ?? '2021-03-05', precision: 'day', approximate: false, basis: '' },
		earlier: options.earlier ?? []
	};
}

/** An earlier, proposed draft of the same article, on `day`, told by `quote`. */
function earlier(quote: string, day = '2021-03-05'): EventRecord {
	return {
		id: 'draft-x-1',
		title: quote.slice(0, 40),
		summary: quote,
		date: { start: day, precision: 'day', approximate: false, basis: '' },
		topic: 't',
		kind: 'draft',
		actors: [],
		places: [],
		importance: 1,
		draft: true,
		citations: [{ source: 'x', quote, start: 0, end: quote.length }]
	};
}

const signal = (p: Passage) => weakReason(p)?.signal;

/**
 * A passage of news with no date word of its own, dated by a publication of 2021-03-05, told
 * after the happenings `earlier` (none: at the top of the story).
 */
function news(sentence: string, words: string, earlier: EventRecord[] = []): Passage {
	return {
		sentence,
		otherDateWords: [],
		date: {
			start: '2021-02-27',
			end: '2021-03-05',
			precision: 'day',
			approximate: true,
			basis: `No date word of its own: reported as just happened (‘${words}’) in an article published on 2021-03-05 → the week up to its publication, 2021-02-27 to 2021-03-05.`
		},
		earlier
	};
}

describe('weakReason: passages less likely to be events', () => {
	it.each([
		['timestamp', passage('Page modified 2022-04-11 09:30:12+02', '2022-04-11')],
		[
			'headline strip',
			passage(
				'Ferry fares to rise • Dockers vote on pay offer Friday • Weather: rain all week • Quiz night',
				'Friday'
			)
		],
		['date line', passage('Newswire, 4 May 2019 Share this story', '4 May 2019')],
		['count', passage('Pickets stood outside at least 40 B.C. warehouses.', '40 B.C.')],
		['reaction', passage('The harbour authority declined to comment on Tuesday.', 'Tuesday')],
		['reaction', passage('A spokeswoman could not be reached Monday, the paper said.', 'Monday')],
		[
			'state',
			passage(
				'About 3,000 residents remained in school gyms as of early Saturday.',
				'early Saturday'
			)
		],
		['state', passage('Four firefighters still were in intensive care Thursday.', 'Thursday')],
		// The day a happening was reported, when what was said dates it otherwise.
		[
			'remark',
			passage('The miner said on Tuesday it reopened the pit over the weekend.', 'Tuesday', {
				other: ['the weekend']
			})
		],
		[
			'remark',
			passage(
				'The dam burst on Sunday, in what the governor described Monday as a disaster.',
				'Monday',
				{
					other: ['Sunday']
				}
			)
		],
		[
			'remark',
			passage(
				'The mayor told reporters Tuesday that the week had been hard on everyone.',
				'Tuesday'
			)
		],
		// States and activities under way, in other words than "still" and "as of".
		['state', passage('Divers remained at the wreck site Thursday.', 'Thursday')],
		['state', passage('The cold snap will continue Saturday across the plains.', 'Saturday')],
		['state', passage('Some 2 million households were under boil-water notices Monday.', 'Monday')],
		['state', passage('Volunteers were sandbagging the levee on Tuesday.', 'Tuesday')],
		// Comments and judgements, to anyone, in other verbs than "told reporters".
		[
			'remark',
			passage('The coach told the club’s website Sunday that the season had been long.', 'Sunday')
		],
		['remark', passage('The minister insisted Monday the budget was fair.', 'Monday')],
		// A forecast for a day, even the publication's own, and a reading as it stood.
		['forecast', passage('Monday is expected to bring the first frost to the valley.', 'Monday')],
		[
			'forecast',
			passage('The storm is likely to reach the islands Tuesday night.', 'Tuesday night')
		],
		// A subject's plan in the present: it expects, plans or aims to.
		[
			'forecast',
			passage(
				'The mill expects to be back at full output within the coming weeks.',
				'the coming weeks'
			)
		],
		['forecast', passage('The council plans to vote on the budget next month.', 'next month')],
		['reading', passage('The low in the capital Friday was 14 degrees.', 'Friday')],
		// A state a noun has been in since a day: "held since", "missing since".
		['state', passage('Three climbers missing since Friday were found alive.', 'Friday')],
		['state', passage('Two trawlers held since June were released on Sunday.', 'June')],
		// A few words between the participle and "since": still the noun's state, or a series.
		['state', passage('Two trawlers held in the bay since June were released.', 'June')],
		['state', passage('She joined a line of ministers sacked over expenses since 2009.', '2009')],
		// A reduced relative naming those it happened to, on the day of an earlier draft.
		// (tested below with an earlier draft)
		// A state reported on a day.
		['remark', passage('Crews were still clearing the road, officials said Monday.', 'Monday')],
		// A plan or a forecast said on a day.
		[
			'remark',
			passage('The airline said Wednesday it would resume flights next month.', 'Wednesday')
		],
		// A plan at the time, with an adverb before its "expected".
		[
			'forecast',
			passage(
				'The deal was first announced in May 2012 and was initially expected to close in 2013.',
				'2013'
			)
		],
		// A participle of the state is still the state's ("remained closed").
		['state', passage('The pass remained closed Tuesday after the slide.', 'Tuesday')]
	])('sets apart a %s: “%s”', (id, p) => {
		expect(signal(p)).toBe(id);
	});

	it('sets apart the looser of two nested dates of one sentence, and keeps dates that do not nest', () => {
		const sentence =
			'A swimmer was bitten by a shark on Sunday morning, prompting officials to shut the beach until later in the week.';
		const week = { start: '2024-05-27', end: '2024-06-02', precision: 'day' as const };
		const sunday = {
			start: '2024-06-02',
			precision: 'day' as const,
			approximate: false,
			basis: ''
		};
		const loose: Passage = {
			...passage(sentence, 'the week', { day: '2024-05-27' }),
			date: { ...week, approximate: false, basis: '' },
			peers: [
				{ date: sunday, dateWords: { text: 'Sunday morning', at: sentence.indexOf('Sunday') } }
			]
		};
		expect(weakReason(loose)).toEqual({
			signal: 'looser telling',
			reason:
				'‘the week’ spans ‘Sunday morning’, by which the same clause dates its happening more exactly'
		});
		// The exact one is not set apart by the looser peer: the peer does not nest in it.
		const exact: Passage = {
			...passage(sentence, 'Sunday morning', { day: '2024-06-02' }),
			peers: [
				{
					date: { ...week, approximate: false, basis: '' },
					dateWords: { text: 'the week', at: sentence.indexOf('the week') }
				}
			]
		};
		expect(signal(exact)).toBeUndefined();
		// Two days of one sentence: two happenings, each its own draft.
		const twoDays: Passage = {
			...passage('Rain flooded the road on Monday and the bridge fell on Tuesday.', 'Monday', {
				day: '2021-03-01'
			}),
			peers: [{ date: { ...sunday, start: '2021-03-02' }, dateWords: { text: 'Tuesday', at: 55 } }]
		};
		expect(signal(twoDays)).toBeUndefined();
		// Nested, but two happenings told in a row, or another named by the possessive.
		const inRow = 'The bank was seized over the weekend and sold at auction on Sunday.';
		const weekend = { start: '2023-04-29', end: '2023-04-30', precision: 'day' as const };
		const sold = {
			date: { ...sunday, start: '2023-04-30' },
			dateWords: { text: 'Sunday', at: inRow.indexOf('Sunday') }
		};
		expect(
			signal({
				...passage(inRow, 'the weekend'),
				date: { ...weekend, approximate: false, basis: '' },
				peers: [sold]
			})
		).toBeUndefined();
		const named = 'An aftershock struck Friday near the epicentre of this week’s earthquake.';
		expect(
			signal({
				...passage(named, 'this week'),
				date: {
					start: '2021-03-01',
					end: '2021-03-07',
					precision: 'day',
					approximate: false,
					basis: ''
				},
				peers: [
					{
						date: { ...sunday, start: '2021-03-05' },
						dateWords: { text: 'Friday', at: named.indexOf('Friday') }
					}
				]
			})
		).toBeUndefined();
	});

	it('sets apart a lede told loosely when a later passage tells its happening on a day inside it', () => {
		const lede =
			'A cat that went missing after a fire was found and returned to its owners this week.';
		const week = {
			start: '2021-03-01',
			end: '2021-03-05',
			precision: 'day' as const,
			approximate: false,
			basis: ''
		};
		const monday = (sentence: string, words = 'Monday') => ({
			sentence,
			date: { start: '2021-03-01', precision: 'day' as const, approximate: false, basis: '' },
			dateWords: { text: words, at: sentence.indexOf(words) }
		});
		const loose = (later: NonNullable<Passage['later']>, sentence = lede): Passage => ({
			...passage(sentence, 'this week'),
			date: week,
			later
		});
		expect(
			weakReason(loose([monday('Volunteers set a trap, and on Monday, the cat was found in it.')]))
		).toEqual({
			signal: 'looser than a later telling',
			reason:
				'‘this week’ spans ‘Monday’, by which a later passage tells the same happening more exactly'
		});
		// Another happening inside the span, in another verb, is no retelling.
		expect(
			signal(loose([monday('On Monday, firefighters put out a second fire on the street.')]))
		).toBeUndefined();
		// A later day outside the span, or itself approximate, is no more exact telling.
		const outside = monday('The cat was found on Monday.');
		expect(
			signal(loose([{ ...outside, date: { ...outside.date, start: '2021-03-08' } }]))
		).toBeUndefined();
		expect(
			signal(loose([{ ...outside, date: { ...outside.date, approximate: true } }]))
		).toBeUndefined();
		// Two reports share their telling, not their happening; a plan tells no happening yet.
		const at = (sentence: string, words: string) =>
			[...happeningsAt(sentence, sentence.indexOf(words))].sort();
		expect(at(lede, 'this week')).toEqual(['find', 'return']);
		expect(at('A hiker who was reported missing over the weekend.', 'over the weekend')).toEqual(
			[]
		);
		expect(at('The shelter will find homes for its cats this week.', 'this week')).toEqual([]);
	});

	it('sets apart a second passage that refers back to the draft of its day', () => {
		const first = earlier('Engineers reopened the northern bridge to traffic on Friday.');
		// Told again in its words.
		expect(
			signal(
				passage('Traffic crews had worked on the bridge all week, finishing on Friday.', 'Friday', {
					earlier: [first]
				})
			)
		).toBe('second mention');
		// Named by its calendar date.
		const named = earlier('A landslide buried the mountain road on Oct. 3, 2019.', '2019-10-03');
		expect(
			signal(
				passage('Villagers often speak of the Oct. 3 landslide.', 'Oct. 3', {
					day: '2019-10-03',
					earlier: [named]
				})
			)
		).toBe('second mention');
		// Compared to it.
		const truce = earlier('A first truce collapsed within hours on Monday.', '2021-03-01');
		expect(
			signal(
				passage('A similar lull Monday evening did not last either.', 'Monday evening', {
					day: '2021-03-01',
					earlier: [truce]
				})
			)
		).toBe('second mention');
		// Those it happened to, named by the participle: "those freed Sunday".
		const freed = earlier('Gunmen released six fishermen near the reef on Friday.');
		expect(
			signal(
				passage('Two of those freed Friday were flown to the capital.', 'Friday', {
					earlier: [freed]
				})
			)
		).toBe('second mention');
		// A statement about it.
		expect(
			signal(
				passage('The operator issued a statement Friday calling the repairs complete.', 'Friday', {
					earlier: [first]
				})
			)
		).toBe('second mention');
	});

	it('sets apart a second telling of an earlier draft’s span, and a loose count of its day', () => {
		const weekend = earlier('Payment systems of the Harbour Bank began to fail over the weekend.');
		const span = { start: '2021-03-06', end: '2021-03-07', precision: 'day' as const };
		weekend.date = { ...weekend.date, ...span };
		const again = passage(
			'Two clerks said the outage at Harbour Bank began over the weekend.',
			'over the weekend'
		);
		expect(signal({ ...again, date: { ...again.date, ...span }, earlier: [weekend] })).toBe(
			'second mention'
		);
		// "declared free … six weeks ago" counts to ten days after the day told before: a loose
		// retelling, set apart; a day of its own ten days off is not.
		const declared = earlier('The valley was declared free of the blight on 9 May.', '2021-05-09');
		const loose = passage(
			'The valley, declared free of the blight six weeks ago, …',
			'six weeks ago',
			{
				day: '2021-05-19',
				earlier: [declared]
			}
		);
		expect(signal({ ...loose, date: { ...loose.date, approximate: true } })).toBe('second mention');
		expect(signal(loose)).toBeUndefined();
		expect(
			signal({
				...loose,
				date: { ...loose.date, start: '2021-06-02', approximate: true }
			})
		).toBeUndefined();
	});

	it.each([
		// A happening of its own, on the same day as another in other words.
		[
			'Gunmen burned two lorries near the border early on Friday.',
			'early on Friday',
			[earlier('Engineers reopened the northern bridge to traffic on Friday.')]
		],
		// A weekday naming a new happening of the day.
		[
			'Friday morning’s tremor cracked the old church tower.',
			'Friday morning',
			[earlier('The ministry said Friday that 200 homes were damaged.')]
		],
		// A statement whose content is the happening.
		['The two parties said on Thursday they had signed the accord.', 'Thursday', []],
		['The union said Wednesday that talks had broken down.', 'Wednesday', []],
		// What was said is a happening, in any tense of the past.
		['The coroner told the inquest Monday that the driver had fallen asleep.', 'Monday', []],
		['The league said Tuesday the striker was banned for two years.', 'Tuesday', []],
		['Police said Friday a third suspect has been arrested.', 'Friday', []],
		// The date's own preposition is no state: "was in June convicted".
		['The mayor was in June convicted of fraud.', 'June', []],
		// A passive with "being" is a happening under way that the text dates as one.
		['The ferry was sunk on Monday by the storm.', 'Monday', []],
		// A dated headline with a verb, and a sentence opening on its date.
		['Quake kills 200 in the hills on Saturday', 'Saturday', []],
		['On 4 May 2019, the port was closed.', '4 May 2019', []],
		// A year, not a count.
		['The ferry sank in 1994.', '1994', []],
		// A peak or a record is a change, not a reading; a truce that began is no forecast.
		['The thermometer in Red Rock reached 49C on Saturday, a record.', 'Saturday', []],
		['The truce began at dawn on Wednesday, both sides said.', 'Wednesday', []],
		// A plan told in the past was kept or not: the day it was made is dated.
		['The mayor had planned to resign on Monday and did.', 'Monday', []],
		// A state in the sentence is not the date's: the verb nearest the date is.
		['Voting was under way after the mayor was ousted last year.', 'last year', []],
		// What is said after "said … that" may be the news, even in the present.
		[
			'The union said Tuesday that talks appear to be failing as the walkout continues.',
			'Tuesday',
			[]
		],
		// "had held since": the clause's own verb, dated by its beginning.
		['The truce had held since Wednesday morning.', 'Wednesday morning', []],
		['Rebels had controlled the pass since March.', 'March', []],
		// A state before a clause of its own that the date is nearer to: the clause's happening.
		['The council was under a cloud from the time she took office in 2009.', '2009', []],
		// The tagger reads the finite past nearest the date, whatever comes between: a relative
		// clause's progressive ("was being watched", "was smuggling") is not the date's verb.
		[
			'A barge that was being watched on suspicion it was smuggling fuel sank off the cape on Monday night.',
			'Monday night',
			[]
		],
		[
			'Growers are taking a wary approach to the ministry’s sudden ban late Monday on exports.',
			'late Monday',
			[]
		],
		// The announcement before "and was expected to close": the plan is the next clause's.
		[
			'The deal was first announced in May 2012 and was initially expected to close in 2013.',
			'May 2012',
			[]
		]
	])('proposes “%s”', (sentence, words, before) => {
		expect(weakReason(passage(sentence, words, { earlier: before }))).toBeUndefined();
	});

	it('keeps the day of saying when what was said dates nothing, or only a plan', () => {
		// What was said has no date of its own: the day of saying dates it.
		expect(
			weakReason(passage('The miner said on Tuesday it reopened the pit.', 'Tuesday'))
		).toBeUndefined();
		// A date of another clause, not of what was said, leaves the report alone.
		expect(
			weakReason(
				passage(
					'After the storm of last week, the miner said on Tuesday it reopened the pit.',
					'Tuesday',
					{
						other: ['last week']
					}
				)
			)
		).toBeUndefined();
	});

	it('sets apart news told by the perfect of a verb outside the list of happenings', () => {
		expect(
			signal(news('The clinic has recorded nine new cases of the fever.', 'has recorded'))
		).toBe('unlisted news verb');
		expect(
			signal(news('The port authority has now lifted the curfew on the docks.', 'has now lifted'))
		).toBeUndefined();
		expect(
			signal(
				news('The council said in a statement that the bridge was shut.', 'said in a statement')
			)
		).toBeUndefined();
	});

	it('proposes the perfect a story opens on, any subject, but not a count', () => {
		const sentence = 'Divers have raised a bronze bell from the wreck of the ferry.';
		// Told before any dated happening: the top of the story, where its news is.
		expect(signal(news(sentence, 'have raised'))).toBeUndefined();
		expect(
			signal(news('The ministry has stated that the border stays shut.', 'has stated'))
		).toBeUndefined();
		// Further down, after a dated happening, it is as often a count, a remark or a state.
		expect(
			signal(news(sentence, 'have raised', [earlier('The ferry sank on Monday.', '2021-03-01')]))
		).toBe('unlisted news verb');
		// A count, even at the top.
		expect(signal(news('The clinic has recorded 12 new cases of the fever.', 'has recorded'))).toBe(
			'unlisted news verb'
		);
	});

	it('proposes an organisation’s act in the perfect, as the tagger reads its subject', () => {
		// Further down the story, after a dated happening: the subject decides.
		const later = [earlier('The storm made landfall on Monday.', '2021-03-01')];
		const downTheStory = (sentence: string, words: string) => news(sentence, words, later);
		// "issued" and "closed" are not in the list of happenings; the subject is an agency.
		expect(
			signal(
				downTheStory(
					'The National Hurricane Center has issued a storm warning for the keys.',
					'has issued'
				)
			)
		).toBeUndefined();
		// Not a count by the same agency, nor anyone's remark, nor a country's trend.
		expect(
			signal(
				downTheStory(
					'The National Hurricane Center has recorded 14 storms this season.',
					'has recorded'
				)
			)
		).toBe('unlisted news verb');
		expect(
			signal(
				downTheStory(
					'The National Hurricane Center has described the season as quiet.',
					'has described'
				)
			)
		).toBe('unlisted news verb');
		expect(
			signal(downTheStory('Chile has witnessed a slow rise in prices.', 'has witnessed'))
		).toBe('unlisted news verb');
	});

	it('tries every signal of the table, each with an id of its own', () => {
		const ids = WEAK_SIGNALS.map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('dateWordsOf', () => {
	it('finds the words the basis quotes inside the cited passage, none for news', () => {
		const draft = earlier('Engineers reopened the bridge on Friday.');
		draft.date.basis =
			'‘Friday’: the latest Friday not after the article’s 2021-03-05 → 2021-03-05';
		expect(dateWordsOf(draft)).toEqual({ text: 'Friday', at: 33 });
		draft.date.basis = 'No date word of its own: reported as just happened';
		expect(dateWordsOf(draft)).toBeUndefined();
	});
});

describe('addArticle with a confidence per draft', () => {
	const dataset = {
		format: 'evidence-timeline',
		version: 1,
		title: 'Harbour',
		sourceBase: 'sources/',
		topics: [{ id: 'harbour', label: 'Harbour' }],
		actors: [],
		sources: [],
		events: []
	} as unknown as DatasetFile;
	const article = [
		'Dockers strike at the harbour',
		'',
		'Dockers walked off the job at the city harbour on Monday after pay talks collapsed.',
		'The harbour board declined to comment on Tuesday.',
		'About 40 ships were waiting at anchor as of late Tuesday, the pilots said.'
	].join('\n');
	const run = (promote?: 'all' | string[]) =>
		addArticle(dataset, article, {
			published: '2021-03-03',
			url: 'https://news.example/2021/03/03/dockers',
			sourceTexts: new Map(),
			promote
		});

	it('proposes the happening and lists the others apart, with why, in the report too', () => {
		const result = run();
		expect(result.drafts.map((d) => d.date.start)).toEqual(['2021-03-01']);
		expect(result.setApart.map((s) => [s.draft.date.start, s.signal])).toEqual([
			['2021-03-02', 'reaction'],
			['2021-03-02', 'state']
		]);
		expect(result.dataset.events.map((e) => e.id)).toEqual(result.drafts.map((d) => d.id));
		const report = result.report.join('\n');
		expect(report).toContain('2 other dated passages, less likely to be events');
		expect(report).toContain('dates a comment given or refused');
		expect(report).toContain('“The harbour board declined to comment on Tuesday.”');
	});

	it('promotes one set-apart passage by its id, or all of them', () => {
		const apart = run().setApart;
		const one = run([apart[0].draft.id]);
		expect(one.drafts.map((d) => d.id)).toEqual([run().drafts[0].id, apart[0].draft.id]);
		expect(one.setApart.map((s) => s.draft.id)).toEqual([apart[1].draft.id]);
		expect(run('all').setApart).toEqual([]);
		expect(run('all').dataset.events).toHaveLength(3);
	});

	it('refuses to promote an id that is not set apart, naming it', () => {
		expect(() => run(['draft-nothing-9'])).toThrow(/"draft-nothing-9"/);
	});

	it('lists them per article in a run of several, and promotes them all when asked', () => {
		const articles = [
			{ name: 'dockers.txt', text: article, url: 'https://news.example/2021/03/03/d' }
		];
		const options = { sourceTexts: new Map<string, string>(), includeOffTopic: true };
		const batch = addArticles(dataset, articles, options);
		expect(batch.candidates).toHaveLength(1);
		expect(batch.setApart.map((s) => [s.name, s.signal])).toEqual([
			['dockers.txt', 'reaction'],
			['dockers.txt', 'state']
		]);
		expect(batch.report.join('\n')).toContain('dockers.txt: ' + batch.setApart[0].draft.id);
		const all = addArticles(dataset, articles, { ...options, promote: 'all' });
		expect(all.candidates).toHaveLength(3);
		expect(all.setApart).toEqual([]);
	});
});
