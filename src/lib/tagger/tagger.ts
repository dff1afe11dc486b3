/**
 * The temporal tagger: finds the date expressions of an English news text and normalizes each
 * against the document's date to a TimeML-style value ("2020", "2024-01", "2024-09-23",
 * "2019-Q4", "2023-SU", "199X", "2024-W26", "PRESENT_REF"), with a modifier for "early/mid/late",
 * an approximate flag, the precision, the character range, and the reasoning in words. Each
 * mention also carries its date in the dataset's terms and, when `resolveDateExpression` reads
 * the same date from its text, the expression to store as the derivation.
 *
 * Pure: no Node or DOM API, no `Date`; civil dates are integers (see `civil-date.ts`), so the
 * result is the same in every time zone. A document date known only to the month or the year
 * never yields an invented day: an expression that needs the day keeps the document's precision
 * and may become a span ("yesterday" in a September article: August or September).
 */
import {
	formatPartialDate,
	isValidCivilDate,
	parsePartialDate,
	type CivilDate
} from '../data/civil-date.ts';
import { referenceAfter, toMention, type DateMention } from './mentions.ts';
import { readExpression } from './read-expression.ts';
import { anchorOf, type Context } from './reading.ts';
import { recognize } from './recognize.ts';

export type { DateMention, MentionDate, MentionPrecision } from './mentions.ts';
export type { TimexMod } from './reading.ts';

/** The date a text is read against: a civil date, or its ISO form ("2024-07-01", "2024-07"). */
export type DocumentDate = CivilDate | string;

function parseDocumentDate(documentDate: DocumentDate): CivilDate {
	const date = typeof documentDate === 'string' ? parsePartialDate(documentDate) : documentDate;
	if (!date || !isValidCivilDate(date)) {
		throw new RangeError(`not a document date: ${JSON.stringify(documentDate)}`);
	}
	return date;
}

/**
 * Every date expression in `text`, in order, normalized against `documentDate` (the article's
 * publication date; a month- or year-only date is fine).
 * @throws RangeError when `documentDate` is not a valid (partial) ISO date or civil date.
 */
export function tagDates(text: string, documentDate: DocumentDate): DateMention[] {
	const date = parseDocumentDate(documentDate);
	const document = anchorOf(date, `the article's ${formatPartialDate(date)}`);
	const context: Context = { text, document, reference: null };
	const mentions: DateMention[] = [];
	for (const recognized of recognize(text)) {
		const reading = readExpression(recognized, context);
		if (!reading) continue;
		const mention = toMention(recognized, reading, context);
		mentions.push(mention);
		if (recognized.core.kind !== 'reference' && recognized.core.kind !== 'vague') {
			context.reference = referenceAfter(reading, mention.text) ?? context.reference;
		}
	}
	return mentions;
}
