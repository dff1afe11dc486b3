/**
 * Finds where date expressions are in a text and what each one says, before any date is
 * computed: "last May" is a named month one year back, "2005-2007" a range of two years. Each
 * pattern proposes candidates; the longest win; qualifiers ("late", "the end of"), vagueness
 * ("about", "less than") and range words ("from … to", "between … and") are then read around
 * them. Bare four-digit numbers are only taken as years in a date-like context.
 */
import type { Core, DatePattern, Found, Recognized, Vagueness } from './expression.ts';
import { QUALIFIER_ADJECTIVE, QUALIFIER_NOUN } from './lexicon.ts';
import { qualifierFrom } from './match-values.ts';
import { NUMERIC_DATE_PATTERNS } from './patterns-numeric.ts';
import { SEASON_QUARTER_HALF_PATTERNS } from './patterns-seasons.ts';
import { DOCUMENT_STEP_PATTERNS, VAGUE_REFERENCE_PATTERNS } from './patterns-steps.ts';
import { WRITTEN_DATE_PATTERNS } from './patterns-written-dates.ts';
import { DECADE_AND_CENTURY_PATTERNS, YEAR_PATTERNS } from './patterns-years.ts';

export type { Qualifier } from '../data/civil-date.ts';
export type {
	CountUnit,
	Core,
	Recognized,
	ReferenceValue,
	Relation,
	ShiftUnit,
	Vagueness
} from './expression.ts';

/**
 * Every pattern, in priority order: of two candidates of equal length, the one whose pattern
 * comes first wins, so the more specific tables go first.
 */
export const DATE_PATTERNS: readonly DatePattern[] = [
	...NUMERIC_DATE_PATTERNS,
	...WRITTEN_DATE_PATTERNS,
	...YEAR_PATTERNS,
	...DECADE_AND_CENTURY_PATTERNS,
	...SEASON_QUARTER_HALF_PATTERNS,
	...DOCUMENT_STEP_PATTERNS,
	...VAGUE_REFERENCE_PATTERNS
];

// Compiled once: `matchAll` copies each regex, so sharing them between calls is safe.
const COMPILED_PATTERNS = DATE_PATTERNS.map(({ source, caseSensitive, build }) => ({
	regex: new RegExp(source, caseSensitive ? 'gd' : 'gid'),
	build
}));

interface Candidate extends Recognized {
	/** A weak candidate (a bare number that may be a year) is kept only inside a list or range. */
	weak?: boolean;
	/** The mentions of a list ("September 23 and 24"), which competes for its span as one. */
	parts?: Found[];
	/** Order of the pattern, to break ties between candidates of equal length. */
	priority: number;
}

// --- Assembly ------------------------------------------------------------------------------

function findCandidates(text: string): Candidate[] {
	const candidates: Candidate[] = [];
	COMPILED_PATTERNS.forEach(({ regex, build }, priority) => {
		for (const match of text.matchAll(regex)) {
			const built = build(match, text);
			if (!built) continue;
			const found = Array.isArray(built) ? built : [built];
			if (found.length === 1) {
				candidates.push({ ...found[0], priority });
			} else {
				// A list is one candidate for overlap purposes; its parts are kept together.
				const first = found[0];
				candidates.push({
					...first,
					end: found[found.length - 1].end,
					priority,
					parts: found
				});
			}
		}
	});
	return candidates;
}

/** Longest first, then by pattern order; a chosen candidate excludes every overlapping one. */
function selectCandidates(candidates: Candidate[]): Candidate[] {
	const ordered = [...candidates].sort(
		(a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start
	);
	const chosen: Candidate[] = [];
	for (const candidate of ordered) {
		if (chosen.some((other) => candidate.start < other.end && other.start < candidate.end))
			continue;
		chosen.push(candidate);
	}
	const expanded: Candidate[] = [];
	for (const candidate of chosen) {
		const { parts } = candidate;
		if (parts) for (const part of parts) expanded.push({ ...part, priority: candidate.priority });
		else expanded.push(candidate);
	}
	return expanded.sort((a, b) => a.start - b.start);
}

const QUALIFIER_BEFORE = new RegExp(`(?:^|[^A-Za-z])((${QUALIFIER_ADJECTIVE})(?:-|\\s+))$`, 'i');
const QUALIFIER_PHRASE_BEFORE = new RegExp(
	`(?:^|[^A-Za-z])((?:the\\s+)?(?:very\\s+)?(${QUALIFIER_NOUN})\\s+of\\s+)$`,
	'i'
);
const VAGUE_BEFORE =
	/(?:^|[^A-Za-z])((about|around|circa|c\.|ca\.|roughly|approximately|nearly|almost|some|just\s+over|just\s+under|over|under|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)$/i;
const SIGNAL_BEFORE =
	/(?:^|[^A-Za-z])(in|on|since|by|until|till|from|during|at|before|after|through|throughout|between|of|over|for|as\s+of)\s+(?:the\s+)?$/i;

function acceptsQualifier(core: Core): boolean {
	switch (core.kind) {
		case 'calendar':
			return core.day === undefined && (core.year !== undefined || core.month !== undefined);
		case 'shift':
			return core.unit !== 'day';
		case 'weekday':
		case 'season':
		case 'named-month':
		case 'decade':
		case 'century':
		case 'part':
			return true;
		default:
			return false;
	}
}

function vaguenessFrom(word: string, core: Core): Vagueness | null {
	const lower = word.toLowerCase().replace(/\s+/g, ' ');
	if (core.kind === 'count' && !core.anaphoric) {
		if (/^(?:less than|fewer than|under|just under)$/.test(lower)) return 'less-than';
		if (/^(?:more than|over|just over|at least)$/.test(lower)) return 'more-than';
		return 'about';
	}
	if (core.kind === 'count')
		return /^(?:about|around|roughly|some|nearly|almost)$/.test(lower) ? 'about' : null;
	if (core.kind !== 'calendar' && core.kind !== 'decade') return null;
	return /^(?:about|around|circa|c\.|ca\.|roughly|approximately)$/.test(lower) ? 'about' : null;
}

/** Reads "late", "the end of", "about", "less than" before an expression into it. */
function attachModifiers(text: string, recognized: Candidate, floor: number): Candidate {
	const result = { ...recognized };
	const head = () => text.slice(floor, result.start);
	let match: RegExpExecArray | null;
	if (!result.qualifier && acceptsQualifier(result.core)) {
		if ((match = QUALIFIER_BEFORE.exec(head()) ?? QUALIFIER_PHRASE_BEFORE.exec(head()))) {
			result.qualifier = qualifierFrom(match[2]);
			result.start -= match[1].length;
			result.weak = false;
		}
	}
	if ((match = VAGUE_BEFORE.exec(head()))) {
		const vagueness = vaguenessFrom(match[2], result.core);
		if (vagueness) {
			result.vagueness = vagueness;
			result.start -= match[1].length;
			if (result.core.kind === 'calendar' && !/^(?:some|over|under)$/i.test(match[2])) {
				result.weak = false;
			}
		}
	}
	if ((match = SIGNAL_BEFORE.exec(head())))
		result.signal = match[1].toLowerCase().replace(/\s+/g, ' ');
	return result;
}

function isCalendar(core: Core): core is Extract<Core, { kind: 'calendar' }> {
	return core.kind === 'calendar';
}

const DASH_BETWEEN = /^\s*[-–—]\s*$/;
const TO_BETWEEN = /^\s+(?:to|through|thru|until|till)\s+$/i;
const AND_BETWEEN = /^\s+and\s+$/i;
const LIST_BETWEEN = /^\s*(?:,|,?\s+and|,?\s+or)\s+$/i;

/**
 * Joins "from X to Y", "between X and Y" and "X–Y" into ranges, and keeps weak years only where
 * a list or range makes them years ("in 2005 and 2010", "from 2015 to 2017").
 */
function joinRanges(text: string, items: Candidate[]): Candidate[] {
	const out: Candidate[] = [];
	for (let i = 0; i < items.length; i++) {
		const a = items[i];
		const b = items[i + 1];
		if (
			b &&
			isCalendar(a.core) &&
			isCalendar(b.core) &&
			!a.vagueness &&
			!b.qualifier &&
			!b.vagueness
		) {
			const gap = text.slice(a.end, b.start);
			const lead = text.slice(Math.max(0, a.start - 8), a.start);
			const from = /\bfrom\s+$/i.exec(lead);
			const between = /\bbetween\s+$/i.exec(lead);
			const joins =
				DASH_BETWEEN.test(gap) || TO_BETWEEN.test(gap) || (AND_BETWEEN.test(gap) && between);
			if (joins && (!a.weak || !b.weak)) {
				const prefix = AND_BETWEEN.test(gap) ? between : TO_BETWEEN.test(gap) ? from : null;
				const start = prefix ? a.start - prefix[0].length : a.start;
				const signalMatch = SIGNAL_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
				out.push({
					start,
					end: b.end,
					priority: a.priority,
					qualifier: a.qualifier,
					core: { kind: 'range', from: a.core, to: b.core },
					signal: signalMatch?.[1].toLowerCase()
				});
				i++;
				continue;
			}
		}
		if (a.weak) {
			const previous = out[out.length - 1];
			const listed =
				previous &&
				isCalendar(previous.core) &&
				previous.core.year !== undefined &&
				previous.core.month === undefined &&
				LIST_BETWEEN.test(text.slice(previous.end, a.start));
			if (!listed) continue;
		}
		out.push(a);
	}
	return out;
}

/** Every date expression in `text`, in order, with what it says. */
export function recognize(text: string): Recognized[] {
	const selected = selectCandidates(findCandidates(text));
	const modified: Candidate[] = [];
	let floor = 0;
	for (const candidate of selected) {
		const withModifiers = attachModifiers(text, candidate, floor);
		modified.push(withModifiers);
		floor = withModifiers.end;
	}
	return joinRanges(text, modified).map(({ start, end, core, qualifier, vagueness, signal }) => {
		const recognized: Recognized = { start, end, core };
		if (qualifier) recognized.qualifier = qualifier;
		if (vagueness) recognized.vagueness = vagueness;
		if (signal) recognized.signal = signal;
		return recognized;
	});
}
