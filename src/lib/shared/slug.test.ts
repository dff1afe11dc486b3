import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SLUG, slugify } from './slug.ts';

describe('slugify', () => {
	it('drops accents and apostrophes, and joins the words with single hyphens', () => {
		expect(slugify('Café “Ides” of March!')).toBe('cafe-ides-of-march');
		expect(slugify('Kata’ib Hezbollah: Iraq’s “new” militias')).toBe(
			'kataib-hezbollah-iraqs-new-militias'
		);
		expect(slugify("O'Neil `quoted` ‘here’")).toBe('oneil-quoted-here');
		expect(slugify('  --Ünïcödé__and   spaces--  ')).toBe('unicode-and-spaces');
	});

	it('is empty when no letter or digit is left', () => {
		expect(slugify('!!!')).toBe('');
		expect(slugify('')).toBe('');
		expect(slugify('’ — ‘')).toBe('');
	});

	it('cuts after the last whole word that fits, or inside a first word too long', () => {
		expect(slugify('one two three', 7)).toBe('one-two');
		expect(slugify('one two three', 6)).toBe('one');
		expect(slugify('one two three', 13)).toBe('one-two-three');
		expect(slugify('unbreakable word', 5)).toBe('unbre');
		expect(slugify('word', 0)).toBe('');
	});

	it('makes slugs that are their own slugs, match SLUG and keep to the length', () => {
		const text = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc
				.array(fc.constantFrom('a', 'Z', '9', 'é', '’', "'", ' ', '-', '_', 'İ', 'ß'), {
					maxLength: 30
				})
				.map((parts) => parts.join(''))
		);
		const maxLength = fc.oneof(fc.constant(Infinity), fc.nat(40));
		fc.assert(
			fc.property(text, maxLength, (text, max) => {
				const slug = slugify(text, max);
				expect(slug === '' || SLUG.test(slug)).toBe(true);
				expect(slug.length).toBeLessThanOrEqual(max);
				expect(slugify(slug)).toBe(slug);
				expect(slugify(slug, max)).toBe(slug);
				// A cut slug is the start of the whole one.
				expect(slugify(text).startsWith(slug)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});

describe('SLUG', () => {
	it('takes kebab-case ids and nothing else', () => {
		for (const id of ['a', 'a1', 'iraq-2024', 'x-y-z']) expect(SLUG.test(id)).toBe(true);
		for (const id of ['', '-a', 'a-', 'a--b', 'A', 'a_b', 'é', 'a b'])
			expect(SLUG.test(id)).toBe(false);
	});
});
