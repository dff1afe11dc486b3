/**
 * A layout as the canvas's picture (`CanvasFrame`, drawn by `canvas-draw.ts`): its marks packed
 * into numbers, its colours resolved. Made on the page, where the styles are; pure otherwise
 * (colours come from `colorOf`).
 */
import {
	FLAG_DRAFT,
	FLAG_LABELLED,
	FLAG_LABEL_LEFT,
	FLAG_POINT,
	LOOK_DOT,
	LOOK_DOT_APPROXIMATE,
	LOOK_RANGE,
	LOOK_UNCERTAIN,
	LOOK_UNCERTAIN_APPROXIMATE,
	MARK_COLOR,
	MARK_FIELDS,
	MARK_FLAGS,
	MARK_LABEL_X,
	MARK_LANE,
	MARK_LOOK,
	MARK_X0,
	MARK_X1,
	type CanvasFrame,
	type FrameColors,
	type FrameGeometry
} from './canvas-draw.ts';
import type { DrawnMark, TimelineLayout } from './marks.ts';
import { clusterBadgeText } from './marks.ts';

/** A mark's look, by its own flags: reading hundreds of scattered event objects cost more. */
function lookOf(mark: DrawnMark): number {
	if (mark.shape === 'point') return mark.approximate ? LOOK_DOT_APPROXIMATE : LOOK_DOT;
	if (mark.shape === 'range') return LOOK_RANGE;
	return mark.approximate ? LOOK_UNCERTAIN_APPROXIMATE : LOOK_UNCERTAIN;
}

/**
 * The picture of `layout`: `colorOf` resolves a topic's colour (once a topic a frame), `colors`
 * are the frame's others, `selectedId` the selected event's id.
 */
export function canvasFrameOf(
	layout: TimelineLayout,
	geometry: FrameGeometry,
	colors: FrameColors,
	colorOf: (topic: string) => string,
	selectedId: string | undefined
): CanvasFrame {
	const palette: string[] = [];
	// Topics to palette indexes; two topics of one colour share an index (drawn in one path).
	const indexOfColor = new Map<string, number>();
	const indexOfTopic = new Map<string, number>();
	const colorIndex = (topic: string) => {
		let index = indexOfTopic.get(topic);
		if (index === undefined) {
			const color = colorOf(topic);
			index = indexOfColor.get(color);
			if (index === undefined) {
				index = palette.push(color) - 1;
				indexOfColor.set(color, index);
			}
			indexOfTopic.set(topic, index);
		}
		return index;
	};
	const count = layout.marks.length;
	const marks = new Float64Array(count * MARK_FIELDS);
	const labels: string[] = new Array<string>(count);
	let selected = -1;
	for (let i = 0; i < count; i++) {
		const mark = layout.marks[i];
		const at = i * MARK_FIELDS;
		marks[at + MARK_X0] = mark.x0;
		marks[at + MARK_X1] = mark.x1;
		marks[at + MARK_LANE] = mark.lane;
		marks[at + MARK_LOOK] = lookOf(mark);
		marks[at + MARK_COLOR] = colorIndex(mark.event.topic);
		marks[at + MARK_FLAGS] =
			(mark.draft ? FLAG_DRAFT : 0) |
			(mark.labelLeft ? FLAG_LABEL_LEFT : 0) |
			(mark.labelled ? FLAG_LABELLED : 0) |
			(mark.shape === 'point' ? FLAG_POINT : 0);
		marks[at + MARK_LABEL_X] = mark.labelX;
		labels[i] = mark.labelled ? mark.label : '';
		if (selected < 0 && selectedId !== undefined && mark.event.id === selectedId) selected = i;
	}
	const clusterX = new Float64Array(layout.clusters.length);
	const badges = layout.clusters.map((cluster, c) => {
		clusterX[c] = cluster.x0;
		return clusterBadgeText(cluster.count);
	});
	const density = layout.density && {
		counts: layout.density.counts,
		colors: layout.density.topics.map(colorOf),
		columnPx: layout.density.columnPx,
		x0: layout.density.x0,
		max: layout.density.max
	};
	return {
		...geometry,
		colors,
		palette,
		marks,
		labels,
		selected,
		clusterX,
		badges,
		...(density ? { density } : {})
	};
}
