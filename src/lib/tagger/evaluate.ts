/**
 * Scores a temporal tagger against an annotated development set (`dev-set.json`). A found mention
 * matches an expected one when their character ranges overlap (one to one, largest overlap
 * first); value accuracy counts the matched mentions whose value is exactly the expected one,
 * over all expected mentions, so a missed mention counts against it too. Pure: the caller reads
 * the set and passes the tagger.
 */

/** One expected date expression of a development item. */
export interface ExpectedMention {
	/** As written in the sentence. */
	text: string;
	value: string;
	endValue?: string;
	mod?: string;
	/** Checked only when given. */
	approximate?: boolean;
	/** Which occurrence of `text` in the sentence is meant, from 1 (default 1). */
	occurrence?: number;
}

export interface DevItem {
	id: string;
	/** 'article' for sentences quoted from sources/, 'written' for sentences written for the set. */
	origin: string;
	/** What the item exercises: 'relative', 'season', 'negative'… */
	kind: string;
	documentDate: string;
	sentence: string;
	expected: ExpectedMention[];
	/** For article items: the `sources[].id` of events.json. */
	source?: string;
	note?: string;
}

/** What the evaluation needs of a found mention (a `DateMention` has all of it). */
export interface FoundMention {
	start: number;
	end: number;
	text: string;
	value: string;
	endValue?: string;
	mod?: string;
	approximate: boolean;
}

export type Tagger = (text: string, documentDate: string) => FoundMention[];

export type FailureType = 'missed' | 'spurious' | 'wrong-value' | 'wrong-detail';

export interface MentionFailure {
	type: FailureType;
	expected?: ExpectedMention;
	found?: FoundMention;
	/** What differs, in words. */
	detail: string;
}

export interface ItemFailures {
	id: string;
	kind: string;
	documentDate: string;
	sentence: string;
	failures: MentionFailure[];
}

export interface Scores {
	items: number;
	expected: number;
	found: number;
	/** Expected mentions overlapped by a found one. */
	matched: number;
	/** Matched mentions with the expected value. */
	valueCorrect: number;
	/** Matched mentions with the expected value, end value, mod and (when given) approximate flag. */
	fullyCorrect: number;
	/** valueCorrect / expected (1 when nothing is expected). */
	valueAccuracy: number;
	/** fullyCorrect / expected. */
	fullAccuracy: number;
	/** matched / found: how many found mentions are real. */
	precision: number;
	/** matched / expected: how many real mentions are found. */
	recall: number;
	f1: number;
}

export interface EvaluationReport extends Scores {
	byKind: Record<string, Scores>;
	byOrigin: Record<string, Scores>;
	/** Items with at least one failure, in set order. */
	failures: ItemFailures[];
}

interface Tally {
	items: number;
	expected: number;
	found: number;
	matched: number;
	valueCorrect: number;
	fullyCorrect: number;
}

function emptyTally(): Tally {
	return { items: 0, expected: 0, found: 0, matched: 0, valueCorrect: 0, fullyCorrect: 0 };
}

function ratio(part: number, whole: number): number {
	return whole === 0 ? 1 : part / whole;
}

function scoresOf(tally: Tally): Scores {
	const precision = ratio(tally.matched, tally.found);
	const recall = ratio(tally.matched, tally.expected);
	return {
		...tally,
		valueAccuracy: ratio(tally.valueCorrect, tally.expected),
		fullAccuracy: ratio(tally.fullyCorrect, tally.expected),
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
	};
}

function add(into: Tally, from: Tally): void {
	into.items += from.items;
	into.expected += from.expected;
	into.found += from.found;
	into.matched += from.matched;
	into.valueCorrect += from.valueCorrect;
	into.fullyCorrect += from.fullyCorrect;
}

/** The [start, end) of an expected mention in its sentence, or null when the text is not there. */
export function locateExpected(
	sentence: string,
	expected: ExpectedMention
): { start: number; end: number } | null {
	let from = 0;
	for (let seen = 1; ; seen++) {
		const start = sentence.indexOf(expected.text, from);
		if (start < 0 || expected.text === '') return null;
		if (seen === (expected.occurrence ?? 1)) return { start, end: start + expected.text.length };
		from = start + 1;
	}
}

function detailDifferences(expected: ExpectedMention, found: FoundMention): string[] {
	const differences: string[] = [];
	if ((expected.endValue ?? null) !== (found.endValue ?? null)) {
		differences.push(`end ${found.endValue ?? 'none'}, expected ${expected.endValue ?? 'none'}`);
	}
	if ((expected.mod ?? null) !== (found.mod ?? null)) {
		differences.push(`mod ${found.mod ?? 'none'}, expected ${expected.mod ?? 'none'}`);
	}
	if (expected.approximate !== undefined && expected.approximate !== found.approximate) {
		differences.push(`approximate ${found.approximate}, expected ${expected.approximate}`);
	}
	return differences;
}

function describeFound(found: FoundMention): string {
	const end = found.endValue ? ` to ${found.endValue}` : '';
	return `‘${found.text}’ → ${found.value}${end}${found.mod ? ` ${found.mod}` : ''}`;
}

/** Scores one item: its tally and what went wrong. */
export function scoreItem(
	item: DevItem,
	found: FoundMention[]
): { tally: Tally; failures: MentionFailure[] } {
	const tally: Tally = {
		...emptyTally(),
		items: 1,
		expected: item.expected.length,
		found: found.length
	};
	const failures: MentionFailure[] = [];
	const spans = item.expected.map((expected) => locateExpected(item.sentence, expected));
	const pairs: { e: number; f: number; overlap: number }[] = [];
	spans.forEach((span, e) => {
		if (!span) return;
		found.forEach((mention, f) => {
			const overlap = Math.min(span.end, mention.end) - Math.max(span.start, mention.start);
			if (overlap > 0) pairs.push({ e, f, overlap });
		});
	});
	pairs.sort((a, b) => b.overlap - a.overlap || a.e - b.e || a.f - b.f);
	const matchOfExpected = new Map<number, number>();
	const matchedFound = new Set<number>();
	for (const { e, f } of pairs) {
		if (matchOfExpected.has(e) || matchedFound.has(f)) continue;
		matchOfExpected.set(e, f);
		matchedFound.add(f);
	}
	item.expected.forEach((expected, e) => {
		const f = matchOfExpected.get(e);
		if (f === undefined) {
			failures.push({
				type: 'missed',
				expected,
				detail: `missed ‘${expected.text}’ (${expected.value})`
			});
			return;
		}
		const mention = found[f];
		tally.matched++;
		if (mention.value !== expected.value) {
			failures.push({
				type: 'wrong-value',
				expected,
				found: mention,
				detail: `${describeFound(mention)}, expected ${expected.value}`
			});
			return;
		}
		tally.valueCorrect++;
		const differences = detailDifferences(expected, mention);
		if (differences.length === 0) {
			tally.fullyCorrect++;
			return;
		}
		failures.push({
			type: 'wrong-detail',
			expected,
			found: mention,
			detail: `${describeFound(mention)}: ${differences.join('; ')}`
		});
	});
	found.forEach((mention, f) => {
		if (!matchedFound.has(f)) {
			failures.push({
				type: 'spurious',
				found: mention,
				detail: `spurious ${describeFound(mention)}`
			});
		}
	});
	return { tally, failures };
}

/** Runs `tagger` on every item and scores it. */
export function evaluate(items: DevItem[], tagger: Tagger): EvaluationReport {
	const total = emptyTally();
	const byKind = new Map<string, Tally>();
	const byOrigin = new Map<string, Tally>();
	const failures: ItemFailures[] = [];
	for (const item of items) {
		const { tally, failures: itemFailures } = scoreItem(
			item,
			tagger(item.sentence, item.documentDate)
		);
		add(total, tally);
		for (const [groups, key] of [
			[byKind, item.kind],
			[byOrigin, item.origin]
		] as const) {
			if (!groups.has(key)) groups.set(key, emptyTally());
			add(groups.get(key)!, tally);
		}
		if (itemFailures.length > 0) {
			failures.push({
				id: item.id,
				kind: item.kind,
				documentDate: item.documentDate,
				sentence: item.sentence,
				failures: itemFailures
			});
		}
	}
	const scoresByKey = (groups: Map<string, Tally>) =>
		Object.fromEntries([...groups].map(([key, tally]) => [key, scoresOf(tally)]));
	return {
		...scoresOf(total),
		byKind: scoresByKey(byKind),
		byOrigin: scoresByKey(byOrigin),
		failures
	};
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The items of a development set (`{ items: [...] }` or a bare array), checked: every field has
 * its type, ids are unique, and every expected text occurs in its sentence.
 * @throws Error listing every problem found.
 */
export function parseDevSet(json: unknown): DevItem[] {
	const items = Array.isArray(json) ? json : isRecord(json) ? json.items : undefined;
	if (!Array.isArray(items)) throw new Error('a development set needs an items array');
	const problems: string[] = [];
	const ids = new Set<string>();
	items.forEach((item, index) => {
		const where = isRecord(item) && typeof item.id === 'string' ? item.id : `item ${index}`;
		if (!isRecord(item)) {
			problems.push(`${where}: not an object`);
			return;
		}
		for (const field of ['id', 'origin', 'kind', 'documentDate', 'sentence']) {
			if (typeof item[field] !== 'string') problems.push(`${where}: ${field} must be a string`);
		}
		if (ids.has(where)) problems.push(`${where}: duplicate id`);
		ids.add(where);
		if (!Array.isArray(item.expected)) {
			problems.push(`${where}: expected must be an array`);
			return;
		}
		for (const expected of item.expected) {
			if (
				!isRecord(expected) ||
				typeof expected.text !== 'string' ||
				typeof expected.value !== 'string'
			) {
				problems.push(`${where}: every expected mention needs a text and a value`);
				continue;
			}
			if (
				typeof item.sentence === 'string' &&
				!locateExpected(item.sentence, {
					text: expected.text,
					value: expected.value,
					occurrence: typeof expected.occurrence === 'number' ? expected.occurrence : undefined
				})
			) {
				problems.push(`${where}: ‘${expected.text}’ is not in the sentence`);
			}
		}
	});
	if (problems.length > 0) throw new Error(`invalid development set:\n${problems.join('\n')}`);
	return items as DevItem[];
}

function percent(value: number): string {
	return `${(value * 100).toFixed(1)} %`;
}

function scoreLine(label: string, scores: Scores): string {
	return (
		`${label.padEnd(14)} value ${percent(scores.valueAccuracy).padStart(7)}  ` +
		`full ${percent(scores.fullAccuracy).padStart(7)}  P ${percent(scores.precision).padStart(7)}  ` +
		`R ${percent(scores.recall).padStart(7)}  (${scores.valueCorrect}/${scores.expected} values, ` +
		`${scores.found} found, ${scores.items} items)`
	);
}

/** The report as text lines, for a terminal. */
export function formatReport(report: EvaluationReport): string[] {
	const lines = [
		`Date expressions: ${report.items} items, ${report.expected} expected mentions, ${report.found} found, ${report.matched} matched.`,
		`Value accuracy ${percent(report.valueAccuracy)} (${report.valueCorrect}/${report.expected}); ` +
			`full match ${percent(report.fullAccuracy)} (value, end, mod, approximate); ` +
			`detection precision ${percent(report.precision)}, recall ${percent(report.recall)}, F1 ${percent(report.f1)}.`,
		'',
		'By origin:',
		...Object.entries(report.byOrigin).map(([key, scores]) => '  ' + scoreLine(key, scores)),
		'By kind:',
		...Object.entries(report.byKind).map(([key, scores]) => '  ' + scoreLine(key, scores))
	];
	if (report.failures.length > 0) {
		lines.push('', `Failures (${report.failures.length} items):`);
		for (const item of report.failures) {
			lines.push(`  ${item.id} [${item.kind}, ${item.documentDate}] ${item.sentence}`);
			for (const failure of item.failures) lines.push(`    ${failure.type}: ${failure.detail}`);
		}
	}
	return lines;
}
