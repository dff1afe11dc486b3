/**
 * The values the dataset's fields may take, as declarative lists with their types derived from
 * them: the one source for the record types (`types.ts`), the validator and the model (`event.ts`).
 */

// Dates' precisions and qualifiers are civil-date ideas and are written there, once.
export { PRECISIONS, QUALIFIERS, type Precision, type Qualifier } from './civil-date.ts';

/**
 * How the dataset knows a source's publication date (`published.confidence`): stated in the
 * article (with the passage as `evidence`), given by whoever added it, or inferred with a
 * confidence (high, medium, low).
 */
export const CONFIDENCES = ['stated', 'given', 'high', 'medium', 'low'] as const;
/** One of `CONFIDENCES`. */
export type Confidence = (typeof CONFIDENCES)[number];

/** How one source relates to another (`relations[].type`). */
export const RELATIONS = ['same-report-as', 'translation-of', 'relays-same-report-as'] as const;
/** One of `RELATIONS`. */
export type RelationType = (typeof RELATIONS)[number];

/** An event's importance, 1 the most important (`importance`). */
export const IMPORTANCES = [1, 2, 3] as const;
/** One of `IMPORTANCES`. */
export type Importance = (typeof IMPORTANCES)[number];

/**
 * What a source's `file` may be: a plain file name under the dataset's `sourceBase`, so that it
 * can never climb out of that folder or name another host.
 */
export const SOURCE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** A source's `sha256`: 64 lowercase hex digits. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** A source's `retrievedAt`: an ISO date, or a date and time with "Z" or an offset. */
export const RETRIEVED_AT =
	/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
