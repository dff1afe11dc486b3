import { describe, expect, it } from 'vitest';
import { happeningKinds } from './happenings.ts';

describe('happeningKinds', () => {
	it.each([
		['Turnout was high when the polls closed on Sunday evening.', ['vote']],
		['The general was ousted in a coup last spring.', ['ouster']],
		['Cyclonic winds tore roofs off along the bay.', ['storm']],
		['The quake and two aftershocks cut power to the valley.', ['earthquake', 'aftershock']],
		['Jets carried out air  strikes on the depot.', ['airstrike']],
		['“I felt the floor tremble,” a nurse said of the first minutes.', ['earthquake']]
	])('%s → %j', (sentence, kinds) => {
		expect([...happeningKinds(sentence)].sort()).toEqual([...kinds].sort());
	});

	it('reads whole words only', () => {
		expect([...happeningKinds('The voter roll and the pollster’s storming success.')]).toEqual([]);
	});
});
