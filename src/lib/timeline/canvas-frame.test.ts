import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../data/types.ts';
import type { DrawnMark, TimelineLayout } from './marks.ts';
import { canvasFrameOf } from './canvas-frame.ts';
import {
	drawCanvasFrame,
	FLAG_DRAFT,
	FLAG_LABELLED,
	FLAG_LABEL_LEFT,
	FLAG_POINT,
	FONT,
	LOOK_DOT,
	LOOK_RANGE,
	LOOK_UNCERTAIN_APPROXIMATE,
	MARK_COLOR,
	MARK_FIELDS,
	MARK_FLAGS,
	MARK_LOOK,
	type ContextMemory,
	type Context2D
} from './canvas-draw.ts';
import { drawnCluster } from '../../../tests/fixtures/drawn-cluster.ts';

const event = (id: string, topic: string) => ({ id, topic }) as TimelineEvent;
const mark = (
	id: string,
	topic: string,
	shape: DrawnMark['shape'],
	extra: Partial<DrawnMark> = {}
): DrawnMark => ({
	event: event(id, topic),
	shape,
	approximate: false,
	draft: false,
	x0: 100,
	x1: shape === 'point' ? 100 : 180,
	lane: 1,
	labelled: false,
	label: '',
	labelX: 110,
	...extra
});

const layout: TimelineLayout = {
	marks: [
		mark('a', 'war', 'point', { labelled: true, label: 'A label' }),
		mark('b', 'peace', 'range', { draft: true }),
		mark('c', 'trade', 'uncertain', {
			approximate: true,
			labelled: true,
			label: 'C',
			labelLeft: true
		})
	],
	clusters: [drawnCluster([event('d', 'war'), event('e', 'war')], 500, 548)],
	visibleCount: 5
};
const GEOMETRY = { width: 800, height: 200, ratio: 2, top: 40, laneHeight: 20, clusterTop: 150 };
const COLORS = { text: 'black', surface: 'white', muted: 'grey', grid: 'silver', border: 'grey' };
// War and trade share a colour: one fill for both.
const TOPIC_COLORS: Record<string, string> = { war: 'red', peace: 'blue', trade: 'red' };

describe('canvasFrameOf', () => {
	const frame = canvasFrameOf(layout, GEOMETRY, COLORS, (t) => TOPIC_COLORS[t], 'c');
	const field = (i: number, f: number) => frame.marks[i * MARK_FIELDS + f];

	it("packs each mark's look, colour and flags into numbers, its label beside them", () => {
		expect(frame.marks.length).toBe(3 * MARK_FIELDS);
		expect([0, 1, 2].map((i) => field(i, MARK_LOOK))).toEqual([
			LOOK_DOT,
			LOOK_RANGE,
			LOOK_UNCERTAIN_APPROXIMATE
		]);
		expect(field(0, MARK_FLAGS)).toBe(FLAG_POINT | FLAG_LABELLED);
		expect(field(1, MARK_FLAGS)).toBe(FLAG_DRAFT);
		expect(field(2, MARK_FLAGS)).toBe(FLAG_LABELLED | FLAG_LABEL_LEFT);
		expect(frame.labels).toEqual(['A label', '', 'C']);
	});

	it('names each colour once in the palette, topics of one colour sharing it', () => {
		expect(frame.palette).toEqual(['red', 'blue']);
		expect([0, 1, 2].map((i) => field(i, MARK_COLOR))).toEqual([0, 1, 0]);
	});

	it("finds the selected event's mark, and says each cluster's count on its badge", () => {
		expect(frame.selected).toBe(2);
		expect(canvasFrameOf(layout, GEOMETRY, COLORS, () => 'red', 'zz').selected).toBe(-1);
		expect(frame.badges).toEqual(['+2']);
		expect([...frame.clusterX]).toEqual([500]);
	});

	it('survives a structured clone whole, as a message to the worker does', () => {
		// Nothing a message cannot carry (a function, an event object): the clone has every number.
		const copy = structuredClone(frame);
		expect([...copy.marks]).toEqual([...frame.marks]);
		expect({ ...copy, marks: [], clusterX: [] }).toEqual({ ...frame, marks: [], clusterX: [] });
	});
});

/** A context that records the calls that show something: fills, strokes and texts. */
function recorder() {
	const calls: string[] = [];
	const record =
		(name: string) =>
		(...args: unknown[]) =>
			void calls.push(
				`${name}(${args.map((a) => (typeof a === 'number' ? a : String(a))).join(',')})`
			);
	const context = {
		font: '',
		fillStyle: '',
		strokeStyle: '',
		lineWidth: 1,
		globalAlpha: 1,
		textAlign: 'start',
		textBaseline: 'alphabetic',
		setTransform: () => {},
		clearRect: record('clearRect'),
		beginPath: () => {},
		moveTo: () => {},
		lineTo: () => {},
		arc: () => {},
		rect: () => {},
		roundRect: () => {},
		setLineDash: record('setLineDash'),
		measureText: (text: string) => ({ width: text.length * 7 }),
		fill() {
			calls.push(`fill ${this.fillStyle} ${this.globalAlpha}`);
		},
		stroke() {
			calls.push(`stroke ${this.strokeStyle}`);
		},
		strokeRect() {
			calls.push(`strokeRect ${this.strokeStyle} ${this.lineWidth}`);
		},
		fillRect() {
			calls.push(`fillRect ${this.fillStyle}`);
		},
		fillText(text: string) {
			calls.push(`fillText ${text} ${this.fillStyle} ${this.font}`);
		}
	};
	return { context: context as unknown as Context2D, calls };
}

describe('drawCanvasFrame', () => {
	it('draws each colour once, then the selection, the drafts dashed, the labels and the badges', () => {
		const frame = canvasFrameOf(layout, GEOMETRY, COLORS, (t) => TOPIC_COLORS[t], 'c');
		const { context, calls } = recorder();
		const memory: ContextMemory = {};
		drawCanvasFrame(context, frame, memory);
		expect(calls).toEqual([
			'clearRect(0,0,800,200)',
			// red: the dot, then the uncertain mark's soft bar and its core; blue: the range.
			'fill red 1',
			'fill red 0.2',
			'fill red 0.3',
			'fill blue 0.4',
			'stroke blue',
			// The selection's outline, in the text's colour, then the draft's dashes.
			'strokeRect black 2.5',
			'setLineDash(3,2)',
			'strokeRect blue 1.5',
			'setLineDash()',
			`fillText A label black ${FONT}`,
			`fillText C black ${FONT}`,
			'fill white 1',
			'stroke grey',
			`fillText +2 black ${FONT}`
		]);
		// The font is kept for the next frame: not set again.
		expect(memory.font).toBe(FONT);
	});

	it("draws the density's bars in their topics' colours", () => {
		const counts = [new Float32Array([4, 0, 1]), new Float32Array([0, 2, 0])];
		const frame = canvasFrameOf(
			{
				marks: [],
				clusters: [],
				visibleCount: 7,
				density: { counts, topics: ['war', 'peace'], columnPx: 2, x0: 0, max: 4, slicePx: 48 }
			},
			GEOMETRY,
			COLORS,
			(t) => TOPIC_COLORS[t],
			undefined
		);
		const { context, calls } = recorder();
		drawCanvasFrame(context, frame, {});
		expect(calls.filter((c) => c.startsWith('fillRect'))).toEqual([
			'fillRect red',
			'fillRect red',
			'fillRect blue'
		]);
	});
});
