import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

/**
 * Contrast in both themes, from the palette itself (src/theme.css): axe cannot judge text over
 * SVG, canvases or scrolled panes, so the pairs the app draws are checked here against WCAG 2.2.
 */

const css = readFileSync('src/theme.css', 'utf8');
const palette = new Map<string, [string, string]>();
for (const [, name, light, dark] of css.matchAll(
	/--([a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi
))
	palette.set(name, [light, dark]);

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const backgrounds = ['bg', 'surface', 'hover', 'selected-bg'];
const topics = [...palette.keys()].filter((name) => name.startsWith('topic-'));

/** [foreground, background, minimum ratio]: 4.5 for text, 3 for marks, focus rings and edges. */
const pairs: [string, string, number][] = [
	...backgrounds.flatMap((bg): [string, string, number][] => [
		['text', bg, 4.5],
		['muted', bg, 4.5]
	]),
	['accent', 'bg', 4.5],
	['accent', 'surface', 4.5],
	['text', 'highlight', 4.5],
	['text', 'faint-highlight', 4.5],
	['warning', 'bg', 4.5],
	['warning', 'warning-bg', 4.5],
	['focus', 'bg', 3],
	['focus', 'surface', 3],
	...topics.flatMap((topic): [string, string, number][] => [
		[topic, 'bg', 3],
		[topic, 'surface', 3]
	])
];

describe('the palette', () => {
	it('is read from theme.css', () => {
		expect(palette.size).toBeGreaterThan(15);
		for (const [fg, bg] of pairs) {
			expect(palette.has(fg), fg).toBe(true);
			expect(palette.has(bg), bg).toBe(true);
		}
	});

	for (const [scheme, side] of [
		['light', 0],
		['dark', 1]
	] as const)
		it.each(pairs)(`${scheme}: %s on %s reaches %s:1`, (fg, bg, minimum) => {
			const ratio = contrast(palette.get(fg)![side], palette.get(bg)![side]);
			expect(ratio, `${fg} on ${bg}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(minimum);
		});
});
