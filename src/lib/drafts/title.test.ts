import { describe, expect, it } from 'vitest';
import { cutOnWord, draftTitle, TITLE_LENGTH } from './title.ts';

describe('draftTitle', () => {
	it('gives each date of a sentence the clause that holds it', () => {
		const s =
			'The militia attacked the base on Monday, and the army retook the town on Wednesday after heavy shelling.';
		expect(draftTitle(s, s.indexOf('Monday'))).toBe('The militia attacked the base on Monday');
		expect(draftTitle(s, s.indexOf('Wednesday'))).toBe(
			'The army retook the town on Wednesday after heavy shelling'
		);
		const t =
			'The militia attacked the base on Monday; the army retook the town on Wednesday after heavy shelling.';
		expect(draftTitle(t, t.indexOf('Monday'))).toBe('The militia attacked the base on Monday');
		expect(draftTitle(t, t.indexOf('Wednesday'))).toBe(
			'The army retook the town on Wednesday after heavy shelling'
		);
	});

	it('titles a date of what is reported by the reported clause, and a date of the saying by the report', () => {
		const s =
			'A rebel spokesman said Tuesday that his fighters were shelled Sunday near the river port.';
		expect(draftTitle(s, s.indexOf('Sunday'))).toBe(
			'His fighters were shelled Sunday near the river port'
		);
		expect(draftTitle(s, s.indexOf('Tuesday'))).toBe(
			'A rebel spokesman said Tuesday that his fighters were shelled Sunday near the river port'
		);
	});

	it('keeps a clause too short to stand alone with the one before it', () => {
		const s = 'The talks collapsed — in May.';
		expect(draftTitle(s, s.indexOf('May'))).toBe('The talks collapsed — in May');
	});

	it('ends a long title on a whole word that does not dangle, with an ellipsis', () => {
		const s =
			'Relatives, friends and government officials all gathered to pay tribute to the photographer and extend condolences to his family in Kabul on Tuesday.';
		const title = draftTitle(s, s.indexOf('Tuesday'));
		expect(title.length).toBeLessThanOrEqual(TITLE_LENGTH);
		expect(title.endsWith('…')).toBe(true);
		const lastWord = title.slice(0, -1).split(' ').at(-1)!;
		expect(s).toMatch(new RegExp(`\\b${lastWord}\\b`));
		expect(['to', 'the', 'and', 'of', 'his', 'in']).not.toContain(lastWord);
	});
});

describe('cutOnWord', () => {
	it.each([
		['short enough', 20, 'short enough'],
		['one two three four five', 14, 'one two three…'],
		['the fall of the city of Mosul', 16, 'the fall…'],
		['Supercalifragilistic', 8, 'Superca…']
	])('%s (%i) → %s', (text, max, expected) => {
		expect(cutOnWord(text, max)).toBe(expected);
	});
});
