/**
 * The validator's check of the dataset's `periods` (bands drawn behind the events) and of an
 * event's `links`. Kept apart from `validate.ts` and `validate-event.ts`, which call one function
 * each, so that the rules of these two optional fields live in one place.
 */
import { parsePartialDate, type CivilDate } from './civil-date.ts';
import { comparePeriods, computeWhen } from './event.ts';
import type { LinkRecord, Period, PeriodRecord, Problem } from './types.ts';
import { Checker, describe, isNonEmptyString, isObject } from './validate-checker.ts';
import { isWebUrl } from '../shared/web-url.ts';

export { comparePeriods };

/** What periods are checked against: the file (for problems) and the dataset's valid topics. */
export interface PeriodContext {
	file: string;
	problems: Problem[];
	topicIds: ReadonlySet<string>;
}

function readDate(
	check: Checker,
	period: Record<string, unknown>,
	key: 'start' | 'end',
	path: string
) {
	const text = check.string(period, key, path);
	if (text === undefined) return undefined;
	const date = parsePartialDate(text);
	if (!date)
		check.fail(`${path}.${key}`, `is not a valid partial ISO date (got ${describe(text)})`);
	return date ?? undefined;
}

/**
 * The valid periods of `raw` (the dataset's `periods`, which may be absent), in canonical order.
 * A bad period is skipped and reported with its id and field; the others stay. Never throws.
 */
export function validatePeriods(raw: unknown, ctx: PeriodContext): Period[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) {
		ctx.problems.push({
			file: ctx.file,
			path: 'periods',
			message: `must be an array of periods when present (got ${describe(raw)}); no period is shown`
		});
		return [];
	}
	const periods: Period[] = [];
	const seen = new Set<string>();
	raw.forEach((item, i) => {
		const path = `periods[${i}]`;
		const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
		const check = new Checker(ctx.problems, ctx.file, id);
		if (!isObject(item)) return check.fail(path, `must be an object (got ${describe(item)})`);
		check.slug(item, 'id', path);
		check.string(item, 'title', path);
		check.optionalString(item, 'basis', path);
		const start: CivilDate | undefined = readDate(check, item, 'start', path);
		const end: CivilDate | undefined = readDate(check, item, 'end', path);
		if (
			item.topic !== undefined &&
			!(typeof item.topic === 'string' && ctx.topicIds.has(item.topic))
		)
			check.fail(`${path}.topic`, `names an unknown topic ${describe(item.topic)}`);
		if (!start || !end || !check.ok) return;
		const when = computeWhen(start, end, false);
		if (when.lastDay < when.firstDay)
			return check.fail(`${path}.end`, `${item.end} is before start ${item.start}`);
		if (id !== undefined && seen.has(id))
			return check.fail(
				`${path}.id`,
				`duplicate period id ${describe(id)}; the later one is skipped`
			);
		if (id !== undefined) seen.add(id);
		periods.push({ ...(item as unknown as PeriodRecord), when });
	});
	return periods.sort(comparePeriods);
}

/**
 * Checks an event's optional `links` (`path` is the event's) and returns those kept. A link that
 * is no web address, or has no label, is reported and left out: the event, valid otherwise,
 * stays. Not an array at all is a fault of the event.
 */
export function checkLinks(
	check: Checker,
	raw: Record<string, unknown>,
	path: string
): LinkRecord[] | undefined {
	const links = raw.links;
	if (links === undefined) return undefined;
	if (!Array.isArray(links)) {
		check.fail(`${path}.links`, `must be an array when present (got ${describe(links)})`);
		return undefined;
	}
	const kept: LinkRecord[] = [];
	links.forEach((link: unknown, j) => {
		const lPath = `${path}.links[${j}]`;
		if (!isObject(link))
			return check.omit(lPath, `must be an object (got ${describe(link)}); left out`);
		const { url, label } = link as Partial<LinkRecord>;
		let ok = true;
		if (!(typeof url === 'string' && isWebUrl(url))) {
			ok = false;
			check.omit(
				`${lPath}.url`,
				`must be an absolute http: or https: URL (got ${describe(url)}); the link is left out`
			);
		}
		if (!isNonEmptyString(label)) {
			ok = false;
			check.omit(
				`${lPath}.label`,
				`must be a non-empty string (got ${describe(label)}); the link is left out`
			);
		}
		if (ok) kept.push(link as unknown as LinkRecord);
	});
	return kept;
}
