import { describe, expect, it } from 'vitest';
import { SLUG } from '../shared/slug.ts';
import { topicIdFor } from './topic-id.ts';

describe('topicIdFor', () => {
	it('is the slug of a name in ASCII letters, accents and all', () => {
		expect(topicIdFor('Group 2 - 2ND_INTERVIEW')).toBe('group-2-2nd-interview');
		expect(topicIdFor('Rózsa Péter')).toBe('rozsa-peter');
	});

	it('gives distinct, stable slug ids to names in other scripts', () => {
		const names = [
			'唐朝',
			'宋朝',
			'元朝',
			'明朝',
			'清朝',
			'Россия',
			'العراق',
			'Dynastie 唐',
			'Dynastie 宋'
		];
		const ids = names.map(topicIdFor);
		expect(new Set(ids).size).toBe(names.length);
		for (const id of ids) expect(id).toMatch(SLUG);
		expect(names.map(topicIdFor)).toEqual(ids);
		expect(topicIdFor('Dynastie 唐')).toMatch(/^dynastie-[a-z0-9]{7}$/);
	});

	it('reads a name the same in composed and decomposed Unicode', () => {
		expect(topicIdFor('Ελλάδα')).toBe(topicIdFor('Ελλάδα'.normalize('NFD')));
	});

	it('is "" only for an empty name', () => {
		expect(topicIdFor('  ')).toBe('');
		expect(topicIdFor('!')).toMatch(SLUG);
	});
});
