/**
 * The validator's tools for one record: small type guards, how a problem shows a value, and the
 * `Checker` that collects every problem of an item, so that one bad field never hides another.
 */
import type { Passage, Problem } from './types.ts';
import { SLUG } from '../shared/slug.ts';

/** A JSON object as parsed: any field may hold anything. */
export type Json = Record<string, unknown>;

/** Whether `value` is a plain object (not null, not an array). */
export function isObject(value: unknown): value is Json {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` is a string a reader can see: something besides white space, invisible format
 * characters (zero-width spaces and joiners, bidi controls, the byte order mark, soft hyphens) and
 * control characters. `trim()` keeps zero-width characters, and a title of them alone is an event
 * nobody can read or click.
 */
export function isNonEmptyString(value: unknown): value is string {
	return typeof value === 'string' && /[^\p{White_Space}\p{Cf}\p{Cc}]/u.test(value);
}

/** The longest title, in UTF-16 code units: the list, the marks and their labels show it whole. */
export const MAX_TITLE_LENGTH = 1000;

/** Whether `text` holds half of a surrogate pair: not a character, so never a quote's edge. */
export function hasLoneSurrogate(text: string): boolean {
	return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

/** Whether `value` can be a text offset: a whole number, not negative. */
export function isOffset(value: unknown): value is number {
	return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** `value` as a problem message quotes it: JSON, cut to 60 characters; never throws. */
export function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	// JSON.stringify throws on a BigInt and returns undefined for a function or a symbol: values
	// JSON.parse never makes, but this function must not throw on what a caller passes.
	let text: string | undefined;
	try {
		text = JSON.stringify(value);
	} catch {
		text = undefined;
	}
	text ??= `a ${typeof value}`;
	return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** `text` with its invisible characters written as escapes, so that a message can show them. */
function showInvisible(text: string): string {
	return text.replace(
		/[\p{Cf}\p{Cc}]/gu,
		(c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
	);
}

/** Collects problems for one item; `ok` turns false at the first one. */
export class Checker {
	ok = true;
	constructor(
		private readonly problems: Problem[],
		private readonly file: string,
		private readonly item?: string
	) {}

	fail(path: string, message: string, file = this.file): void {
		this.ok = false;
		this.problems.push({ file, item: this.item, path, message });
	}

	/**
	 * Reports a field that is left out while its item stays valid (a link that is no web address):
	 * the item's other, valid content is not lost for it.
	 */
	omit(path: string, message: string): void {
		this.problems.push({ file: this.file, item: this.item, path, message });
	}

	string(obj: Json, key: string, path: string): string | undefined {
		const value = obj[key];
		if (isNonEmptyString(value)) return value;
		this.fail(
			`${path}.${key}`,
			typeof value === 'string' && value.trim() !== ''
				? `must have a visible character: it has only invisible ones (got "${showInvisible(value).slice(0, 60)}")`
				: `must be a non-empty string (got ${describe(value)})`
		);
		return undefined;
	}

	optionalString(obj: Json, key: string, path: string): void {
		if (obj[key] !== undefined && typeof obj[key] !== 'string')
			this.fail(`${path}.${key}`, `must be a string when present (got ${describe(obj[key])})`);
	}

	slug(obj: Json, key: string, path: string): string | undefined {
		const value = this.string(obj, key, path);
		if (value !== undefined && !SLUG.test(value)) {
			this.fail(`${path}.${key}`, `must be a kebab-case slug (got ${describe(value)})`);
			return undefined;
		}
		return value;
	}

	oneOf<T extends string>(
		obj: Json,
		key: string,
		path: string,
		allowed: readonly T[]
	): T | undefined {
		const value = obj[key];
		if (typeof value === 'string' && (allowed as readonly string[]).includes(value))
			return value as T;
		this.fail(`${path}.${key}`, `must be one of ${allowed.join(', ')} (got ${describe(value)})`);
		return undefined;
	}

	array(obj: Json, key: string, path: string, { nonEmpty = false } = {}): unknown[] | undefined {
		const value = obj[key];
		if (!Array.isArray(value)) {
			this.fail(`${path}.${key}`, `must be an array (got ${describe(value)})`);
			return undefined;
		}
		if (nonEmpty && value.length === 0) this.fail(`${path}.${key}`, 'must not be empty');
		return value;
	}

	range(obj: Json, path: string, textLength?: number): boolean {
		const { start, end } = obj;
		if (!isOffset(start) || !isOffset(end) || end <= start) {
			this.fail(
				path,
				`start and end must be integer offsets with start < end (got ${describe(start)}, ${describe(end)})`
			);
			return false;
		}
		if (textLength !== undefined && end > textLength) {
			this.fail(`${path}.end`, `lies past the end of the file (${end} > ${textLength})`);
			return false;
		}
		return true;
	}

	/** A quoted passage: offsets, and (when the text is known) the quote equals the slice. */
	passage(value: unknown, path: string, sourceFile: string, text?: string): value is Passage {
		if (!isObject(value)) {
			this.fail(path, `must be an object (got ${describe(value)})`);
			return false;
		}
		const quote = this.string(value, 'quote', path);
		if (!this.range(value, path, text?.length) || quote === undefined) return false;
		if (hasLoneSurrogate(quote)) {
			this.fail(
				`${path}.quote`,
				'begins or ends inside a character (half of a surrogate pair, as when an emoji is cut): its offsets must fall between characters'
			);
			return false;
		}
		if (text !== undefined) {
			const actual = text.slice(value.start as number, value.end as number);
			if (actual !== quote)
				this.fail(
					`${path}.quote`,
					`does not match ${sourceFile} at [${value.start}, ${value.end}): the file has ${describe(actual)}`
				);
		}
		return this.ok;
	}
}
