/**
 * An article's publication date and how it is known: stated in the text (a "Published" or
 * "Posted" line, a dateline, a dated byline, a line that is only a date), given by whoever adds
 * it, or inferred (from an "Updated" line, the URL, the latest date the text reports, the
 * copyright year) with its evidence and a confidence. A given date that contradicts the text or
 * the URL is kept, with a warning that names both.
 *
 * Pure: no DOM, no Node API; the browser runs it too.
 */
import {
	formatPartialDate,
	isValidCivilDate,
	precisionOf,
	spanOf,
	dayNumber,
	fromDayNumber,
	type CivilDate
} from '../data/civil-date.ts';
import type { Confidence } from '../data/values.ts';
import type { Passage } from '../data/types.ts';
import type { DateMention } from '../tagger/tagger.ts';
import type { Furniture, FurnitureKind } from './furniture.ts';

/** How the publication date is known. */
export type PublicationHow = 'stated' | 'given' | 'inferred';

/** The publication date as the dataset records it (`SourceRecord.published`), and warnings. */
/** Where a given publication date was typed: the command's `--published`, or the browser's form. */
export type GivenIn = 'command' | 'form';

export interface PublicationDate {
	date: CivilDate;
	how: PublicationHow;
	confidence: Confidence;
	basis: string;
	/** The passages it is read from (for stated and inferred dates read from the text). */
	evidence: Passage[];
	/** Contradictions between what was given and what the article says, in words. */
	warnings: string[];
}

/** Furniture that states the publication date, strongest first. */
const STATING: readonly FurnitureKind[] = ['published', 'dateline', 'byline', 'date-line'];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Dates as news sites put them in their paths: /2024/01/29/, /2013/apr/22/, 2024-01-29, /2024-01/29/, /2014/07/. */
const URL_DATES: readonly { re: RegExp; read: (m: RegExpExecArray) => CivilDate }[] = [
	{
		// A day in the path must end its segment: "/2008/08/28-civilians-killed" is August 2008.
		re: /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?=[/.?#]|$)/,
		read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] })
	},
	{
		// Year and month in one segment, the day in the next: "/2008-01/02/content_….htm".
		re: /\/((?:19|20)\d{2})-(0[1-9]|1[0-2])\/(0[1-9]|[12]\d|3[01])(?=[/.?#]|$)/,
		read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] })
	},
	{
		re: /(?:^|[^\d])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?!\d)/,
		read: (m) => ({ year: +m[1], month: +m[2], day: +m[3] })
	},
	{
		re: /\/((?:19|20)\d{2})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\/(0?[1-9]|[12]\d|3[01])(?=[/.?#]|$)/i,
		read: (m) => ({ year: +m[1], month: MONTHS.indexOf(m[2].toLowerCase()) + 1, day: +m[3] })
	},
	{
		re: /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])(?=\/)/,
		read: (m) => ({ year: +m[1], month: +m[2] })
	}
];

/** The date a URL's path carries, with the text it was read from; undefined when none. */
export function dateOfUrl(url: string): { date: CivilDate; text: string } | undefined {
	for (const { re, read } of URL_DATES) {
		const m = re.exec(url);
		if (!m) continue;
		const date = read(m);
		if (isValidCivilDate(date)) return { date, text: m[0].replace(/^[^\d]+/, '') };
	}
	return undefined;
}

/** The date a mention states on its own: written with its year, to the day or the month. */
function statedDate(mention: DateMention): CivilDate | undefined {
	const date = mention.date;
	if (!date || date.end || date.approximate || !/\b\d{4}\b/.test(mention.text)) return undefined;
	if (date.precision !== 'day' && date.precision !== 'month') return undefined;
	return date.start;
}

function dayRange(date: CivilDate): [number, number] {
	const { first, last } = spanOf(date);
	return [
		dayNumber(first.year, first.month, first.day),
		dayNumber(last.year, last.month, last.day)
	];
}

/** Whether two dates can be the same day: one contains the other at the coarser precision. */
export function agree(a: CivilDate, b: CivilDate): boolean {
	const [a0, a1] = dayRange(a);
	const [b0, b1] = dayRange(b);
	return (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
}

const iso = formatPartialDate;
const passageOf = (text: string, start: number, end: number): Passage => ({
	quote: text.slice(start, end),
	start,
	end
});

interface Found {
	date: CivilDate;
	kind: FurnitureKind;
	passage: Passage;
}

/**
 * The publication date of `text`, from its `furniture` (`findFurniture`), the `url` and the
 * dates it reports (`mentions`, the tagger's, any document date), or `given`. Undefined when
 * nothing is given and nothing tells.
 */
export function inferPublication(
	text: string,
	furniture: readonly Furniture[],
	mentions: readonly DateMention[],
	options: { given?: CivilDate; givenAs?: string; givenIn?: GivenIn; url?: string } = {}
): PublicationDate | undefined {
	const found: Found[] = [];
	for (const piece of furniture) {
		if (piece.date) {
			found.push({
				date: piece.date,
				kind: piece.kind,
				passage: passageOf(text, piece.start, piece.end)
			});
			continue;
		}
		for (const mention of piece.mentions) {
			const date = statedDate(mention);
			if (date) {
				found.push({ date, kind: piece.kind, passage: passageOf(text, piece.start, piece.end) });
				break;
			}
		}
	}
	const fromUrl = options.url ? dateOfUrl(options.url) : undefined;
	const warnings: string[] = [];

	let stated: Found | undefined;
	for (const kind of STATING) {
		stated = found.find((f) => f.kind === kind);
		if (stated) break;
	}
	// A page shows the day it was viewed as a bare date line; a labelled line beats it, and
	// several bare lines that disagree state nothing.
	if (stated?.kind === 'date-line') {
		const lines = found.filter((f) => f.kind === 'date-line');
		if (lines.some((f) => !agree(f.date, stated!.date))) stated = undefined;
	}
	const updated = found.find((f) => f.kind === 'updated');
	// A stored copy's metadata line (" date 2019-10-24") is the archive's record of the page, not
	// words of the article: strong evidence, never "stated in the article".
	const metadata = found.find((f) => f.kind === 'metadata');

	if (options.given) {
		const given = options.given;
		const written = options.givenAs ?? iso(given);
		// The basis is kept in the dataset and shown to readers who never open a terminal: it says
		// what was done where it was done, the command's flag only for the command.
		const inForm = options.givenIn === 'form';
		const said = inForm
			? `The publication date given in the form, ${written},`
			: `--published ${written}`;
		if (stated && agree(stated.date, given) && precisionOf(stated.date) === precisionOf(given))
			return describeStated(stated, warnings);
		if (stated)
			warnings.push(
				`${said} contradicts the article's “${stated.passage.quote.trim()}” (${iso(stated.date)}); the given date is kept`
			);
		else if (fromUrl && !agree(fromUrl.date, given))
			warnings.push(
				`${said} contradicts the date in the URL, ${fromUrl.text} (${iso(fromUrl.date)}); the given date is kept`
			);
		return {
			date: given,
			how: 'given',
			confidence: 'given',
			basis: inForm
				? `Given as ${written} in the form's Publication date field when the article was added, not stated in the article.`
				: `Given as ${said} when the article was added with add-article.`,
			evidence: [],
			warnings
		};
	}

	if (stated) {
		if (fromUrl && !agree(fromUrl.date, stated.date))
			warnings.push(
				`the article's “${stated.passage.quote.trim()}” (${iso(stated.date)}) and the URL's ${fromUrl.text} disagree; the article's is kept`
			);
		return describeStated(stated, warnings);
	}
	if (fromUrl) {
		return {
			date: fromUrl.date,
			how: 'inferred',
			confidence: 'high',
			basis: `Not stated in the text; the article's URL carries ${fromUrl.text}${updated ? `, and it was last updated ${iso(updated.date)}` : ''}.`,
			evidence: updated ? [updated.passage] : [],
			warnings
		};
	}
	if (metadata) {
		return {
			date: metadata.date,
			how: 'inferred',
			confidence: 'high',
			basis: `Not stated in the article; the stored copy's metadata line gives ${iso(metadata.date)} (“${metadata.passage.quote.trim()}”).`,
			evidence: [metadata.passage],
			warnings
		};
	}
	if (updated) {
		return {
			date: updated.date,
			how: 'inferred',
			confidence: 'medium',
			basis: `Not stated; the page says it was last updated on ${iso(updated.date)} (“${updated.passage.quote.trim()}”): published then or shortly before.`,
			evidence: [updated.passage],
			warnings
		};
	}
	// The latest date the text reports, outside its furniture: published then or after.
	const inFurniture = (m: DateMention) =>
		furniture.some((f) => f.start < m.end && m.start < f.end && f.kind !== 'caption-date');
	let latest: { date: CivilDate; mention: DateMention } | undefined;
	for (const mention of mentions) {
		const date = statedDate(mention);
		if (!date || date.day === undefined || inFurniture(mention)) continue;
		if (!latest || dayRange(date)[0] > dayRange(latest.date)[0]) latest = { date, mention };
	}
	if (latest) {
		const fromCaption = furniture.some(
			(f) =>
				f.kind === 'caption-date' && f.start <= latest.mention.start && latest.mention.end <= f.end
		);
		const after = fromCaption ? weekdaysAfter(text, latest.date, mentions, furniture) : undefined;
		if (after)
			return {
				date: after.date,
				how: 'inferred',
				confidence: 'low',
				basis: `Not stated in the text, nor in a URL; the latest date it gives is a photo's, ${iso(latest.date)} (“${latest.mention.text}”), and the text reports ${after.names.join(' and ')} after it: published on ${iso(after.date)} or after.`,
				evidence: [passageOf(text, latest.mention.start, latest.mention.end), ...after.evidence],
				warnings
			};
		return {
			date: latest.date,
			how: 'inferred',
			confidence: 'low',
			basis: `Not stated in the text, nor in a URL; the latest date it reports is ${iso(latest.date)} (“${latest.mention.text}”): published then or after.`,
			evidence: [passageOf(text, latest.mention.start, latest.mention.end)],
			warnings
		};
	}
	const copyright = furniture.find((f) => f.kind === 'copyright');
	const year = copyright && /\d{4}/.exec(copyright.text);
	if (copyright && year)
		return {
			date: { year: Number(year[0]) },
			how: 'inferred',
			confidence: 'low',
			basis: `Not stated; the page's copyright line says ${year[0]}.`,
			evidence: [passageOf(text, copyright.start, copyright.end)],
			warnings
		};
	return undefined;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday alone, as a report dates its happenings: "Wednesday", "late Thursday", "Friday's". */
const BARE_WEEKDAY =
	/^(?:(?:early|late)\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)(?:['’]s)?(?:\s+(?:morning|afternoon|evening|night))?$/i;

/**
 * The days after a photo's date that the text names by weekday alone ("said Wednesday",
 * "announced Thursday"), read forward from it: a photo is taken before the story is written, so
 * a report that names days after its caption's date was written on the last of them or later.
 * Undefined when the text names no weekday after it. Only for a photo's date: a date in the body
 * may well be later than the weekdays it names.
 */
function weekdaysAfter(
	text: string,
	photo: CivilDate,
	mentions: readonly DateMention[],
	furniture: readonly Furniture[]
): { date: CivilDate; names: string[]; evidence: Passage[] } | undefined {
	if (photo.day === undefined) return undefined;
	const base = dayNumber(photo.year, photo.month!, photo.day);
	const baseWeekday = (((base + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
	let last = base;
	const names: string[] = [];
	const evidence: Passage[] = [];
	for (const m of mentions) {
		if (furniture.some((f) => f.start < m.end && m.start < f.end)) continue;
		const w = BARE_WEEKDAY.exec(m.text.trim());
		if (!w) continue;
		const ahead = (WEEKDAYS.indexOf(w[1].toLowerCase()) - baseWeekday + 7) % 7;
		if (ahead === 0) continue;
		const name = w[1][0].toUpperCase() + w[1].slice(1).toLowerCase();
		if (!names.includes(name)) names.push(name);
		evidence.push(passageOf(text, m.start, m.end));
		last = Math.max(last, base + ahead);
	}
	if (last === base) return undefined;
	const day = fromDayNumber(last);
	return { date: { year: day.year, month: day.month, day: day.day }, names, evidence };
}

function describeStated(stated: Found, warnings: string[]): PublicationDate {
	const where = {
		published: 'its publication line',
		dateline: 'its dateline',
		byline: 'its byline',
		'date-line': 'a line of the page that is only a date'
	}[stated.kind as string];
	return {
		date: stated.date,
		how: 'stated',
		confidence: 'stated',
		basis: `Stated in ${where}: “${stated.passage.quote.trim()}”.`,
		evidence: [stated.passage],
		warnings
	};
}
