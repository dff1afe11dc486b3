/**
 * Splits a source text into runs for display: plain text, and passages cited by events. Ranges may
 * overlap or touch; every boundary starts a new run, and each run knows every range covering it.
 */

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

/** Cuts `text` at every range boundary; runs cover the text exactly, in order. */
export function splitIntoRuns(text: string, ranges: readonly HighlightRange[]): TextRun[] {
	const valid = ranges.filter((r) => r.start >= 0 && r.end <= text.length && r.start < r.end);
	const cuts = new Set<number>([0, text.length]);
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
