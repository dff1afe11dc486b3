/**
 * Dates counted from another happening: a duration, "after" or "before", and what it counts from
 * (its anchor): "nine months after resigning", "three weeks after a mix-up led to a recall",
 * "two days after the vote". Such a phrase ties two happenings, the sentence's own (X) and the
 * anchor's (Y): X is N after Y. Whichever of the two the text dates gives the other:
 * - X dated in the same sentence ("was convicted in June 2016, nine months after resigning"), or
 *   by the publication ("The recall comes three weeks after …": the news, now): Y = X − N;
 * - Y dated in an earlier sentence that tells the same happening (a shared word stem: "resigned"
 *   … "after resigning"): X = Y + N.
 * Neither: the phrase needs a date, listed for the reviewer, never guessed.
 *
 * The tagger (`src/lib/tagger/`) reads a count followed by punctuation ("two days later") or by a
 * noun of a happening with a date last mentioned; it cannot tell which of the two happenings a
 * date belongs to, nor read a gerund or a clause as the anchor. No library parses these (chrono
 * and the like read counts from the document date only), so this is written by hand. Pure.
 */
import {
	dayNumber,
	fromDayNumber,
	precisionOf,
	spanOf,
	type CivilDate,
	type Precision
} from '../data/civil-date.ts';
import { NUMBER, countFrom } from '../tagger/lexicon.ts';

/** A unit a duration counts in. */
export type CountUnit = 'day' | 'week' | 'month' | 'year';

/** "nine months after resigning …": the duration and where its anchor starts, offsets in the sentence. */
export interface CountedStep {
	/** The duration and its preposition ("just three weeks after"), [start, end) in the sentence. */
	start: number;
	end: number;
	text: string;
	count: number;
	unit: CountUnit;
	/** 1 for "after" (X later than Y), -1 for "before". */
	sign: 1 | -1;
	/** What it counts from, up to the end of its clause: [start, end) in the sentence. */
	anchor: { start: number; end: number; text: string };
	/** How the anchor is built: a gerund ("resigning"), or a noun phrase or clause ("a mix-up led …"). */
	anchorKind: 'gerund' | 'phrase';
}

/** Hedges before a count that do not change it ("just three weeks"), kept in the phrase's words. */
const HEDGE = '(?:(?:just|only|barely|some|about|around|nearly|almost|roughly)\\s+)?';
/** A gerund opens the anchor ("after resigning"), or a determiner a noun phrase or a clause. */
const ANCHOR_START =
	'(?:(\\p{L}{3,}ing)\\b|(?:a|an|the|this|that|his|her|its|their|our)\\s+\\p{L})';
const STEP = new RegExp(
	`\\b${HEDGE}(${NUMBER})\\s+(day|week|month|year)s?\\s+(after|before)\\s+(?=${ANCHOR_START})`,
	'giu'
);
/** Words ending in -ing that are no gerund of a happening. */
const NOT_GERUNDS = new Set([
	'nothing',
	'something',
	'anything',
	'everything',
	'morning',
	'evening',
	'spring',
	'during',
	'according'
]);

/** Every counted step of `sentence` whose anchor is a gerund, a noun phrase or a clause. */
export function findCountedSteps(sentence: string): CountedStep[] {
	const steps: CountedStep[] = [];
	for (const m of sentence.matchAll(STEP)) {
		const count = countFrom(m[1]);
		if (count === undefined || count < 1) continue;
		const start = m.index;
		const end = start + m[0].trimEnd().length;
		const rest = sentence.slice(m.index + m[0].length);
		const gerund = /^(\p{L}{3,}ing)\b/u.exec(rest)?.[1];
		if (gerund && NOT_GERUNDS.has(gerund.toLowerCase())) continue;
		// The anchor runs to the end of its clause: a comma, a semicolon, a dash or the sentence's end.
		const clause = /^[^,;:—–()]*/u.exec(rest)![0].replace(/[\s.!?"”’]+$/u, '');
		const anchorStart = m.index + m[0].length;
		steps.push({
			start,
			end,
			text: sentence.slice(start, end),
			count,
			unit: m[2].toLowerCase() as CountUnit,
			sign: m[3].toLowerCase() === 'before' ? -1 : 1,
			anchor: { start: anchorStart, end: anchorStart + clause.length, text: clause },
			anchorKind: gerund ? 'gerund' : 'phrase'
		});
	}
	return steps;
}

/** A date counted from another, in the dataset's terms. */
export interface CountedDate {
	start: CivilDate;
	end?: CivilDate;
	precision: Precision;
	approximate: boolean;
}

/**
 * The date `direction` × `count` `unit`s from `from`, at the precision the text supports: a count
 * of days from a day is a day; of weeks, a day, approximate (a count of weeks is rounded); of
 * months, a month; of years, a year. Never finer than `from`: a count of days or weeks from a
 * month is that month, or the two months it may reach.
 */
export function countDate(
	from: CivilDate,
	count: number,
	unit: CountUnit,
	direction: 1 | -1
): CountedDate {
	const known = precisionOf(from);
	const approximate = unit !== 'day';
	if (unit === 'year' || known === 'year') {
		const years = unit === 'year' ? count : unit === 'month' ? Math.floor(count / 12) : 0;
		return { start: { year: from.year + direction * years }, precision: 'year', approximate };
	}
	if (unit === 'month') {
		const index = from.year * 12 + (from.month! - 1) + direction * count;
		const year = Math.floor(index / 12);
		return { start: { year, month: index - year * 12 + 1 }, precision: 'month', approximate };
	}
	const days = direction * count * (unit === 'week' ? 7 : 1);
	const span = spanOf(from);
	const first = fromDayNumber(dayNumber(span.first.year, span.first.month, span.first.day) + days);
	if (known === 'day') return { start: first, precision: 'day', approximate };
	// From a month, the days reach a month or two: never invent a day.
	const last = fromDayNumber(dayNumber(span.last.year, span.last.month, span.last.day) + days);
	const a = { year: first.year, month: first.month };
	const b = { year: last.year, month: last.month };
	const same = a.year === b.year && a.month === b.month;
	return { start: a, ...(same ? {} : { end: b }), precision: 'month', approximate: true };
}

/** The stems of a text's longer words (their first five letters), for telling one happening. */
function stems(text: string): Set<string> {
	const words = text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
	return new Set(words.map((w) => w.slice(0, 5)));
}

/** Words too common in news to tell a happening by. */
const COMMON = new Set([
	'after',
	'befor',
	'which',
	'their',
	'there',
	'about',
	'would',
	'could',
	'other',
	'while',
	'where',
	'years',
	'month',
	'weeks',
	'since',
	'later',
	'first',
	'being',
	'said,',
	'peopl',
	'state',
	'gover',
	'offic',
	'presi'
]);

/**
 * Whether an earlier sentence tells the anchor's happening: a word of the anchor's first three
 * longer words shares its stem with one of that sentence's ("resigning" … "resigned").
 */
export function tellsAnchor(anchor: string, earlier: string): boolean {
	const head = (anchor.toLowerCase().match(/\p{L}{5,}/gu) ?? [])
		.map((w) => w.slice(0, 5))
		.filter((s) => !COMMON.has(s))
		.slice(0, 3);
	if (head.length === 0) return false;
	const there = stems(earlier);
	return head.some((s) => there.has(s));
}

/** Whether the sentence's own verb relates its news, now, to the anchor: "The recall comes …". */
export function newsComesAfter(sentence: string, step: Pick<CountedStep, 'start'>): boolean {
	return /\b(?:comes?|arrives?)\s*$/iu.test(sentence.slice(0, step.start));
}
