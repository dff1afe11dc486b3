/**
 * What a reader of another format gives the TimelineJS3 importer: the timeline in TimelineJS3's
 * shape, how to name each slide in the report (a sheet's row, an item's index), and what it
 * could not carry into that shape. Every format goes through one importer, so dates, ids, topics,
 * periods and links follow one set of rules whatever the file was.
 */
import type { ImportNote, ImportProblem } from './timelinejs-import.ts';

/** A file of another format, as a TimelineJS3 timeline plus its own report. */
export interface Converted {
	/** The timeline in TimelineJS3's JSON shape (its values unchecked: the importer checks). */
	timeline: { title?: unknown; events: unknown[]; eras: unknown[]; scale?: string };
	/** The name of the slide or era at `index` as the file's author knows it ("row 5"). */
	locate: (list: 'events' | 'eras', index: number) => string;
	/** Rows or items that could not become a slide at all, or faults of the whole file. */
	problems: ImportProblem[];
	/** Fields the reader did not carry into the slide (a colour, a CSS class). */
	notes: ImportNote[];
}
