/**
 * The served picture of the timeline's first view, as compact shapes: what `Picture.svelte` draws
 * into the page's HTML. The live timeline's marks are controls (a group per mark with its role,
 * tab stop, ids, label and handlers, placed by a transform that a zoom frame rewrites); a picture
 * needs none of that, and every byte of it is HTML the reader waits for before the first paint.
 * So here each shape is placed by its own coordinates, rounded to a tenth of a pixel (the picture
 * is drawn at `FIRST_FRAME_WIDTH` and only ever scaled down), the grid is two paths, and the marks
 * are grouped by colour so that the colour is written once per topic, not once per mark.
 *
 * The geometry is the live timeline's (`Marks.svg.svelte`, `Axis.svelte`, `PeriodBands.svelte`),
 * from the same layout (`first-frame.ts`); the end-to-end test compares the two on screen.
 */
import { CLUSTER_WIDTH, POINT_RADIUS, type DrawnMark } from '../timeline/marks.ts';
import { AXIS_HEIGHT, PERIOD_ROW } from '../timeline/plot-geometry.ts';
import type { FirstFrame } from './first-frame.ts';

/** y of the major ticks' labels, in px from the plot's top (as `Axis.svelte`). */
const MAJOR_LABEL_Y = 13;
/** A minor tick's line starts under the major labels (as `Axis.svelte`). */
const MINOR_LINE_TOP = MAJOR_LABEL_Y + 4;
/** A label's offset right of its tick, in px. */
const TICK_LABEL_DX = 3;
/** A cluster's badge: as wide as its slot less a gap, 16 px tall, centred text (as the live one). */
const BADGE_WIDTH = CLUSTER_WIDTH - 4;
const BADGE_HEIGHT = 16;

/** A number of px as the picture writes it: a tenth of a pixel is below what a screen shows. */
export function px(value: number): number {
	return Math.round(value * 10) / 10;
}

/** A label placed at (x, y) in px. */
export interface PictureLabel {
	x: number;
	y: number;
	text: string;
}

/** One event's shape: a point (circle), or a bar (range or uncertain span), and its label. */
export interface PictureMark {
	shape: DrawnMark['shape'];
	/** Classes beyond the shape's: `approximate`, `draft`. */
	flags: string;
	/** A point's centre, or a bar's top-left corner, and a bar's width, in px. */
	x: number;
	y: number;
	width: number;
	/** The uncertain bar's soft ends (`soft` or `faded`), as the live marks' masks. */
	mask?: 'soft' | 'faded';
	label?: PictureLabel & { left: boolean };
}

/** The marks of one colour (the colour as the theme names it: `var(--topic-0)`). */
export interface PictureGroup {
	color: string;
	marks: PictureMark[];
}

/** A period: its faint band over the lanes, its strip in its row, and its title clipped to it. */
export interface PictureBand {
	id: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** The strip's height, and the clip's width, in px. */
	stripHeight: number;
	clipWidth: number;
	label: PictureLabel;
}

/** A cluster of events too close to draw: its badge and its count. */
export interface PictureCluster {
	x: number;
	y: number;
	label: PictureLabel;
}

/** Everything the served picture draws, in px of the frame's width. */
export interface Picture {
	width: number;
	height: number;
	/** The height of a bar (range or uncertain span), in px. */
	barHeight: number;
	/** The axis's baseline, at this y. */
	baselineY: number;
	/** Path data of the minor and the major grid lines. */
	minorGrid: string;
	majorGrid: string;
	minorLabels: PictureLabel[];
	majorLabels: PictureLabel[];
	bands: PictureBand[];
	groups: PictureGroup[];
	clusters: PictureCluster[];
}

/** A vertical line at x from y0 to y1, as path data. */
const vertical = (x: number, y0: number, y1: number) => `M${px(x)} ${y0}V${y1}`;

/**
 * The picture of `frame`, with each event's colour from `topicColor`. Marks keep the layout's
 * order within their colour; colours come in the order of their first mark.
 */
export function drawPicture(frame: FirstFrame, topicColor: (topic: string) => string): Picture {
	const { width, rows, ticks, bands, layout } = frame;
	const height = rows.height;
	const groups = new Map<string, PictureMark[]>();
	for (const mark of layout.marks) {
		const color = topicColor(mark.event.topic);
		let marks = groups.get(color);
		if (!marks) groups.set(color, (marks = []));
		marks.push(pictureMark(mark, rows.lanesTop + mark.lane * rows.laneHeight, rows.laneHeight));
	}
	const bandTop = AXIS_HEIGHT + 2;
	return {
		width,
		height,
		barHeight: rows.laneHeight - 8,
		baselineY: AXIS_HEIGHT,
		minorGrid: ticks.minor.map((t) => vertical(t.x, MINOR_LINE_TOP, height)).join(''),
		majorGrid: ticks.major.map((t) => vertical(t.x, 0, height)).join(''),
		minorLabels: ticks.minor.map((t) => ({
			x: px(t.x + TICK_LABEL_DX),
			y: AXIS_HEIGHT - 7,
			text: t.label
		})),
		majorLabels: ticks.major.map((t) => ({
			x: px(t.x + TICK_LABEL_DX),
			y: MAJOR_LABEL_Y,
			text: t.label
		})),
		bands: bands.map((band) => {
			const y = bandTop + band.row * PERIOD_ROW;
			return {
				id: band.period.id,
				x: px(band.x0),
				y,
				width: px(Math.max(1, band.x1 - band.x0)),
				height: height - y,
				stripHeight: PERIOD_ROW - 2,
				clipWidth: px(Math.max(0, band.x1 - band.x0 - 2)),
				label: { x: px(band.labelX), y: y + PERIOD_ROW - 5, text: band.period.title }
			};
		}),
		groups: [...groups].map(([color, marks]) => ({ color, marks })),
		clusters: layout.clusters.map((cluster) => ({
			x: px(cluster.x0),
			y: rows.clusterTop + 4,
			label: {
				x: px(cluster.x0 + BADGE_WIDTH / 2),
				y: rows.clusterTop + BADGE_HEIGHT,
				text: `+${cluster.count}`
			}
		}))
	};
}

/** One mark at lane top `top`, in a lane `laneHeight` px tall. */
function pictureMark(mark: DrawnMark, top: number, laneHeight: number): PictureMark {
	const flags = [mark.approximate && 'approximate', mark.draft && 'draft']
		.filter(Boolean)
		.join(' ');
	const point = mark.shape === 'point';
	return {
		shape: mark.shape,
		flags,
		x: px(mark.x0),
		y: point ? px(top + laneHeight / 2) : top + 4,
		width: point ? 0 : px(mark.x1 - mark.x0),
		mask: mark.shape === 'uncertain' ? (mark.approximate ? 'faded' : 'soft') : undefined,
		label: mark.labelled
			? {
					x: px(mark.labelX),
					y: px(top + laneHeight / 2 + 4),
					text: mark.label,
					left: mark.labelLeft === true
				}
			: undefined
	};
}

/** The badge's size, for the markup. */
export const PICTURE_BADGE = { width: BADGE_WIDTH, height: BADGE_HEIGHT } as const;
/** A point's radius in px, as the live marks'. */
export const PICTURE_POINT_RADIUS = POINT_RADIUS;
