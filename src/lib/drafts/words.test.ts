import { describe, expect, it } from 'vitest';
import { contentWords, stem, tellSameHappening } from './words.ts';

describe('contentWords', () => {
	it('keeps the words that carry content, in lower case', () => {
		expect([...contentWords('The militia said it had attacked Tower 22 on Sunday.')]).toEqual([
			'militia',
			'attacked',
			'tower',
			'sunday'
		]);
	});
});

describe('tellSameHappening', () => {
	it.each([
		[
			'Rebels shelled the port on Monday, killing four.',
			'Four were killed when rebels shelled the port on Monday, officials said.',
			true
		],
		[
			'Rebels shelled the port on Monday, killing four.',
			'The governor visited the port on Monday.',
			false
		],
		['On Monday.', 'On Monday, rebels shelled the port.', false]
	])('%s | %s → %s', (a, b, same) => {
		expect(tellSameHappening(a, b)).toBe(same);
	});
});

describe('stem', () => {
	it('tells the forms of a news verb and its noun as one', () => {
		expect(['attacked', 'attack', 'attacks', 'attacking'].map(stem)).toEqual(
			Array(4).fill('attack')
		);
		expect([stem('killed'), stem('killing')]).toEqual(['kill', 'kill']);
	});

	it('leaves short words whole', () => {
		expect([stem('told'), stem('hit'), stem('was')]).toEqual(['told', 'hit', 'was']);
	});
});
