/**
 * The validator's check of one `sources[]` record: its fields, its publication date and the
 * passages that show it, its segments (inside the file, in known topics, not overlapping) and
 * its relations.
 */
import { parsePartialDate, precisionOf } from './civil-date.ts';
import {
	CONFIDENCES,
	PRECISIONS,
	RELATIONS,
	RETRIEVED_AT,
	SHA256_HEX,
	SOURCE_FILE_NAME
} from './event.ts';
import type { Problem, SourceRecord } from './types.ts';
import { Checker, describe, isObject } from './validate-checker.ts';
import { isWebUrl } from '../shared/web-url.ts';

/**
 * The source as written when it is valid, else undefined; its problems go to `problems`, named by
 * its id. With `sourceTexts` its file must exist and its passages must match the text.
 */
export function validateSource(
	raw: unknown,
	path: string,
	problems: Problem[],
	file: string,
	topicIds: ReadonlySet<string>,
	sourceTexts?: ReadonlyMap<string, string>
): SourceRecord | undefined {
	const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : undefined;
	const check = new Checker(problems, file, id);
	if (!isObject(raw)) {
		check.fail(path, 'must be an object');
		return undefined;
	}
	check.slug(raw, 'id', path);
	const sourceFile = check.string(raw, 'file', path);
	check.string(raw, 'title', path);
	check.string(raw, 'outlet', path);
	check.optionalString(raw, 'relays', path);
	const badLinks = checkAddresses(raw, path, check);
	checkProvenance(raw, path, check);
	if (sourceFile !== undefined && !SOURCE_FILE_NAME.test(sourceFile))
		check.fail(`${path}.file`, `must be a plain file name (got ${describe(sourceFile)})`);
	let text: string | undefined;
	if (sourceFile !== undefined && sourceTexts) {
		text = sourceTexts.get(sourceFile);
		if (text === undefined) check.fail(`${path}.file`, `source file ${sourceFile} is missing`);
	}

	const published = raw.published;
	if (!isObject(published)) {
		check.fail(`${path}.published`, `must be an object (got ${describe(published)})`);
	} else {
		const date = check.string(published, 'date', `${path}.published`);
		const precision = check.oneOf(published, 'precision', `${path}.published`, PRECISIONS);
		check.string(published, 'basis', `${path}.published`);
		check.oneOf(published, 'confidence', `${path}.published`, CONFIDENCES);
		const parsed = date !== undefined ? parsePartialDate(date) : null;
		if (date !== undefined && !parsed)
			check.fail(
				`${path}.published.date`,
				`is not a valid partial ISO date (got ${describe(date)})`
			);
		else if (parsed && precision && precisionOf(parsed) !== precision)
			check.fail(
				`${path}.published.precision`,
				`says ${precision} but the date ${date} has ${precisionOf(parsed)} precision`
			);
		if (published.evidence !== undefined) {
			const evidence = check.array(published, 'evidence', `${path}.published`) ?? [];
			evidence.forEach((passage, j) =>
				check.passage(passage, `${path}.published.evidence[${j}]`, sourceFile ?? '?', text)
			);
		}
	}

	const segments = check.array(raw, 'segments', path, { nonEmpty: true }) ?? [];
	const ranges: [number, number][] = [];
	segments.forEach((segment, j) => {
		const segPath = `${path}.segments[${j}]`;
		if (!isObject(segment)) return check.fail(segPath, 'must be an object');
		const topic = check.string(segment, 'topic', segPath);
		if (topic !== undefined && !topicIds.has(topic))
			check.fail(`${segPath}.topic`, `names an unknown topic ${describe(topic)}`);
		if (check.range(segment, segPath, text?.length))
			ranges.push([segment.start as number, segment.end as number]);
	});
	ranges.sort((a, b) => a[0] - b[0]);
	for (let j = 1; j < ranges.length; j++)
		if (ranges[j][0] < ranges[j - 1][1])
			check.fail(`${path}.segments`, `segments overlap at offset ${ranges[j][0]}`);

	if (raw.relations !== undefined) {
		const relations = check.array(raw, 'relations', path) ?? [];
		relations.forEach((relation, j) => {
			const relPath = `${path}.relations[${j}]`;
			if (!isObject(relation)) return check.fail(relPath, 'must be an object');
			check.oneOf(relation, 'type', relPath, RELATIONS);
			check.string(relation, 'source', relPath);
		});
	}
	if (!check.ok) return undefined;
	if (badLinks.length === 0) return raw as unknown as SourceRecord;
	// Never mutate the input: a copy without the addresses that were left out.
	const kept = { ...raw };
	for (const key of badLinks) delete kept[key];
	return kept as unknown as SourceRecord;
}

/**
 * The source's `archivedUrl`: shown as a link, so an http(s) address only. One that is not is
 * reported and left out, and the source stays: its events are evidence, and a bad link in its
 * record must not cost them. (`url` may hold any text, as the format has always allowed; the
 * reader links it only when it is a web address.) Returns the keys left out.
 */
function checkAddresses(raw: Record<string, unknown>, path: string, check: Checker): string[] {
	check.optionalString(raw, 'url', path);
	if (raw.archivedUrl === undefined || isWebUrl(raw.archivedUrl)) return [];
	check.omit(
		`${path}.archivedUrl`,
		`must be an http or https address (got ${describe(raw.archivedUrl)}); it is left out, the source is kept`
	);
	return ['archivedUrl'];
}

/** The source's checksum and where and when its text was taken from (all optional). */
function checkProvenance(raw: Record<string, unknown>, path: string, check: Checker): void {
	if (raw.sha256 !== undefined && !(typeof raw.sha256 === 'string' && SHA256_HEX.test(raw.sha256)))
		check.fail(
			`${path}.sha256`,
			`must be the file's SHA-256 as 64 lowercase hex digits (got ${describe(raw.sha256)})`
		);
	if (raw.extractedFrom !== undefined) {
		const from = raw.extractedFrom;
		const fPath = `${path}.extractedFrom`;
		if (!isObject(from))
			check.fail(
				fPath,
				`must be an object with file, sha256, mediaType and extractor (got ${describe(from)})`
			);
		else {
			check.string(from, 'file', fPath);
			check.string(from, 'extractor', fPath);
			if (from.mediaType !== 'text/html')
				check.fail(`${fPath}.mediaType`, `must be "text/html" (got ${describe(from.mediaType)})`);
			if (!(typeof from.sha256 === 'string' && SHA256_HEX.test(from.sha256)))
				check.fail(
					`${fPath}.sha256`,
					`must be the page's SHA-256 as 64 lowercase hex digits (got ${describe(from.sha256)})`
				);
		}
	}
	if (
		raw.retrievedAt !== undefined &&
		!(typeof raw.retrievedAt === 'string' && RETRIEVED_AT.test(raw.retrievedAt))
	)
		check.fail(
			`${path}.retrievedAt`,
			`must be an ISO date or date and time, such as "2024-07-02" or "2024-07-02T09:30:00Z" (got ${describe(raw.retrievedAt)})`
		);
}
