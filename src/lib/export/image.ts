/**
 * A picture of the timeline as it is on screen, for a report: the plot's SVG (axis, periods, marks
 * and their labels) under the dataset's title, in the light theme's colours whatever the reader's
 * theme, as a standalone SVG file or a PNG at twice its size. Needs the DOM (it reads the styles
 * the browser computed); no request leaves the page, and text stays text.
 */
import { canvasPicture } from '../timeline/canvas-painter.ts';

import { exportFileName } from './export.ts';

/** The presentation properties the plot's CSS sets; copied onto each element of the picture. */
const STYLE_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-opacity',
	'stroke-width',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'visibility',
	'display'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Room above the plot for the title, in px. */
const TITLE_HEIGHT = 28;

/**
 * The timeline's picture as SVG text. `svg` is the plot's SVG element in the page (not in a
 * shadow root); `canvas`, when the marks are drawn on a canvas (dense views), is laid over it as
 * an image, as on screen, in the colours it was drawn in: read from the canvas worker when it
 * draws that canvas (`canvas-painter.ts`).
 */
export async function timelineImageSvg(
	svg: SVGSVGElement,
	canvas: HTMLCanvasElement | null,
	title: string
): Promise<string> {
	// Read first: the rest is one task, in which the page's theme is switched and back.
	const canvasImage = canvas ? await canvasPicture(canvas) : undefined;
	const width = Number(svg.getAttribute('width')) || svg.clientWidth;
	const height = Number(svg.getAttribute('height')) || svg.clientHeight;
	const doc = svg.ownerDocument;

	// The copy is styled where the page's styles reach it, under the light theme for the moment it
	// takes to read the styles (one task: nothing is painted meanwhile). The theme's colours are
	// light-dark() pairs that the build turns into variables switched on the root's data-theme, so
	// the root's theme is what must be light, not only the copy's color-scheme.
	const wrapper = doc.createElement('div');
	wrapper.setAttribute('aria-hidden', 'true');
	wrapper.style.cssText = 'position:fixed;left:-100000px;top:0;pointer-events:none;';
	const copy = svg.cloneNode(true) as SVGSVGElement;
	wrapper.append(copy);
	doc.body.append(wrapper);
	const rootElement = doc.documentElement;
	const theme = rootElement.getAttribute('data-theme');
	const elements = [copy, ...copy.querySelectorAll('*')];
	let styles: string[];
	try {
		rootElement.setAttribute('data-theme', 'light');
		// All styles first: a descendant's rules may name its ancestors' classes.
		styles = elements.map((element) => {
			const computed = getComputedStyle(element);
			return STYLE_PROPERTIES.map((name) => {
				const value = computed.getPropertyValue(name);
				return value ? `${name}:${value}` : '';
			})
				.filter(Boolean)
				.join(';');
		});
	} finally {
		if (theme === null) rootElement.removeAttribute('data-theme');
		else rootElement.setAttribute('data-theme', theme);
		wrapper.remove();
	}
	elements.forEach((element, i) => {
		// Only what draws: classes, roles and handlers mean nothing in a file.
		for (const attribute of [...element.attributes])
			if (/^(class|role|tabindex|aria-|data-|on)/i.test(attribute.name))
				element.removeAttribute(attribute.name);
		if (styles[i]) element.setAttribute('style', styles[i]);
	});

	const out = doc.createElementNS(SVG_NS, 'svg');
	out.setAttribute('xmlns', SVG_NS);
	out.setAttribute('width', String(width));
	out.setAttribute('height', String(height + TITLE_HEIGHT));
	out.setAttribute('viewBox', `0 0 ${width} ${height + TITLE_HEIGHT}`);
	const background = doc.createElementNS(SVG_NS, 'rect');
	background.setAttribute('width', '100%');
	background.setAttribute('height', '100%');
	background.setAttribute('fill', '#ffffff');
	const heading = doc.createElementNS(SVG_NS, 'text');
	heading.setAttribute('x', '4');
	heading.setAttribute('y', '19');
	heading.setAttribute(
		'style',
		"font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:15px;font-weight:700;fill:#1d1f23"
	);
	heading.textContent = title;
	const plot = doc.createElementNS(SVG_NS, 'g');
	plot.setAttribute('transform', `translate(0,${TITLE_HEIGHT})`);
	plot.append(...copy.childNodes);
	if (canvasImage) {
		const image = doc.createElementNS(SVG_NS, 'image');
		image.setAttribute('width', String(width));
		image.setAttribute('height', String(height));
		image.setAttribute('href', canvasImage);
		plot.append(image);
	}
	out.append(background, heading, plot);
	return new XMLSerializer().serializeToString(out);
}

/** The picture as a PNG at `scale` times its size (2 for print), drawn by the browser itself. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(image.naturalWidth * scale);
		canvas.height = Math.round(image.naturalHeight * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw the picture');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/**
 * Downloads the timeline drawn in `root` (the reading surface) as it is on screen, under `title`:
 * an SVG file, or a PNG at twice its size. Nothing happens when `root` holds no plot.
 */
export async function downloadTimelineImage(
	root: ParentNode,
	title: string,
	format: 'svg' | 'png'
): Promise<void> {
	const svg = root.querySelector<SVGSVGElement>('.timeline .plot > svg');
	if (!svg) return;
	// The canvas shown: the worker's, or the page's over it (Marks.canvas.svelte).
	const canvas = root.querySelector<HTMLCanvasElement>('.timeline .plot canvas:not(.covered)');
	const text = await timelineImageSvg(svg, canvas, title);
	const blob =
		format === 'svg' ? new Blob([text], { type: 'image/svg+xml' }) : await svgToPng(text, 2);
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = exportFileName(title, 'json').replace(/events\.json$/, `timeline.${format}`);
	link.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
