import { describe, expect, it } from 'vitest';
import { select } from 'd3-selection';
import { interrupt } from './no-transitions.ts';

/** What d3-transition adds to selections, and d3-zoom and d3-brush call. */
type Animatable = { interrupt(): unknown; transition(): unknown };
const animatable = (node: Element) => select(node) as unknown as Animatable;

describe('the build without d3 transitions', () => {
	it('lets d3-zoom and d3-brush stop animations that cannot exist', () => {
		const selection = animatable(document.createElement('div'));
		expect(selection.interrupt()).toBe(selection);
		expect(() => interrupt()).not.toThrow();
	});

	it('fails loudly if anything asks for an animation', () => {
		expect(() => animatable(document.body).transition()).toThrow(/does not animate/);
	});
});
