/**
 * Splits a source text into runs for display: plain text, and passages cited by events. Ranges may
 * overlap or touch; every boundary starts a new run, and each run knows every range covering it.
 */

import type { SegmentRecord } from '../data/types.ts';

export interface HighlightRange {
	start: number;
	end: number;
	/** The event that cites this range. */
	eventId: string;
	/** True for the passages of the selected event. */
	selected: boolean;
}

export interface TextRun {
	text: string;
	start: number;
	/** Ranges covering this run, selected ones first; empty for plain text. */
	ranges: HighlightRange[];
}

/**
 * Cuts `text` at every range boundary (and at `extraCuts`, e.g. where a page's second story
 * begins); runs cover the text exactly, in order.
 */
export function splitIntoRuns(
	text: string,
	ranges: readonly HighlightRange[],
	extraCuts: readonly number[] = []
): TextRun[] {
	const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
	const cuts = new Set<number>([0, text.length]);
	for (const cut of extraCuts) if (cut > 0 && cut < text.length) cuts.add(cut);
	for (const r of valid) {
		cuts.add(r.start);
		cuts.add(r.end);
	}
	const points = [...cuts].sort((a, b) => a - b);
	const runs: TextRun[] = [];
	for (let i = 0; i + 1 < points.length; i++) {
		const start = points[i];
		const end = points[i + 1];
		const covering = valid
			.filter((r) => r.start <= start && end <= r.end)
			.sort((a, b) => Number(b.selected) - Number(a.selected));
		runs.push({ text: text.slice(start, end), start, ranges: covering });
	}
	return runs;
}

export interface TextPart {
	/** The segment the runs belong to, if any (a story on the page). */
	segment?: SegmentRecord;
	runs: TextRun[];
}

/**
 * Groups runs (cut at the segments' edges) by the segment they fall in, in text order: a page
 * with two stories becomes two parts, so that the one unrelated to the event can be set apart.
 */
export function groupRunsBySegment(
	runs: readonly TextRun[],
	segments: readonly SegmentRecord[]
): TextPart[] {
	const parts: TextPart[] = [];
	for (const run of runs) {
		const segment = segments.find((s) => s.start <= run.start && run.start < s.end);
		const last = parts.at(-1);
		if (last && last.segment === segment) last.runs.push(run);
		else parts.push({ segment, runs: [run] });
	}
	return parts;
}
