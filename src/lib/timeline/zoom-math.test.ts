import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zoomIdentity } from 'd3-zoom';
import { createBaseScale } from './scale.ts';
import {
	clampTransform,
	transformCentredOn,
	transformForWindow,
	windowOfTransform
} from './zoom-math.ts';

const DAY = 86_400_000;
const extent: [number, number] = [Date.UTC(2005, 0, 1), Date.UTC(2028, 0, 1)];
const width = 1200;
const baseX = createBaseScale(extent, width);
const maxK = (extent[1] - extent[0]) / (2 * DAY);

describe('zoom math', () => {
	it('fits a window and reads the same window back', () => {
		const window: [number, number] = [Date.UTC(2024, 8, 1), Date.UTC(2024, 9, 1)];
		const t = transformForWindow(baseX, window, width, maxK);
		const [from, to] = windowOfTransform(baseX, t, width);
		expect(Math.abs(from - window[0])).toBeLessThan(60_000);
		expect(Math.abs(to - window[1])).toBeLessThan(60_000);
	});

	it('round-trips any window inside the extent and wider than the zoom limit', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 1, noNaN: true }),
				fc.double({ min: 0, max: 1, noNaN: true }),
				(a, b) => {
					const span = extent[1] - extent[0];
					const t0 = extent[0] + Math.min(a, b) * span;
					const length = Math.max(Math.abs(a - b) * span, 2 * DAY);
					const t1 = Math.min(t0 + length, extent[1]);
					const start = t1 - length;
					const t = transformForWindow(baseX, [start, t1], width, maxK);
					const [from, to] = windowOfTransform(baseX, t, width);
					// Within a pixel's worth of time at this zoom.
					const tolerance = (to - from) / width;
					expect(Math.abs(from - start)).toBeLessThanOrEqual(tolerance);
					expect(Math.abs(to - t1)).toBeLessThanOrEqual(tolerance);
				}
			)
		);
	});

	it('never zooms out past the whole extent nor pans outside it', () => {
		const t = transformForWindow(baseX, [Date.UTC(1990, 0, 1), Date.UTC(2040, 0, 1)], width, maxK);
		expect(t.k).toBe(1);
		expect(t.x).toBe(0);
		const late = transformForWindow(
			baseX,
			[Date.UTC(2027, 11, 1), Date.UTC(2028, 5, 1)],
			width,
			maxK
		);
		const [, to] = windowOfTransform(baseX, late, width);
		expect(to).toBeLessThanOrEqual(extent[1] + 1);
	});

	it('never zooms in past about two days', () => {
		const t = transformForWindow(
			baseX,
			[Date.UTC(2024, 8, 1), Date.UTC(2024, 8, 1, 1)],
			width,
			maxK
		);
		const [from, to] = windowOfTransform(baseX, t, width);
		expect(to - from).toBeGreaterThanOrEqual(2 * DAY - 60_000);
	});

	it('clamps scale and translation', () => {
		expect(clampTransform(zoomIdentity.scale(0.5), width, maxK).k).toBe(1);
		const panned = clampTransform(zoomIdentity.translate(500, 0).scale(2), width, maxK);
		expect(panned.x).toBe(0);
	});

	it('centres an instant, narrowing a wide window to the given maximum', () => {
		const target = Date.UTC(2021, 4, 10);
		const t = transformCentredOn(baseX, zoomIdentity, target, width, maxK, 365 * DAY);
		const [from, to] = windowOfTransform(baseX, t, width);
		expect(Math.abs((from + to) / 2 - target)).toBeLessThan(DAY);
		expect(to - from).toBeCloseTo(365 * DAY, -7);
	});
});

describe('deep time', () => {
	it('zooms a timeline beyond the years a Date holds to a century, not a day', async () => {
		const { maxZoomFactor, MIN_DEEP_WINDOW_MS } = await import('./zoom-math.ts');
		const extent: [number, number] = [-4.4e20, 0];
		expect(maxZoomFactor(extent)).toBeCloseTo(4.4e20 / MIN_DEEP_WINDOW_MS, 0);
		expect(maxZoomFactor([0, 10 * 86_400_000])).toBe(10);
	});
});
