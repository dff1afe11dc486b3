/**
 * The held-out sets of `npm run eval:drafts` are well formed, without running the pipeline: every
 * annotation parses (each quote, furniture date and evidence passage verbatim in its article),
 * every article has its annotation, and `inputs.json` gives every article a publication date.
 * Nothing here drafts: a set stays unseen by the pipeline until the eval runs it on purpose.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePartialDate } from '../src/lib/data/civil-date.ts';
import { daySpan, parseAnnotation, type Annotation } from '../src/lib/drafts/score.ts';

/** Every held-out set, oldest first; each folder's README tells its story. */
const HELD_OUT_SETS = [
	'tests/heldout',
	'tests/heldout-2',
	'tests/heldout-3',
	'tests/heldout-4',
	'tests/heldout-5',
	'tests/heldout-6',
	'tests/heldout-7',
	'tests/heldout-8',
	'tests/heldout-9',
	'tests/heldout-10',
	'tests/heldout-11',
	'tests/heldout-12'
] as const;

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function annotationsOf(set: string): { file: string; annotation: Annotation }[] {
	return readdirSync(join(set, 'annotations'))
		.filter((name) => name.endsWith('.json'))
		.sort()
		.map((name) => {
			const file = `${set}/annotations/${name}`;
			const raw = readJson(file) as { file?: string };
			const text = readFileSync(join(set, String(raw.file)), 'utf8');
			return { file, annotation: parseAnnotation(raw, file, text) };
		});
}

describe('the held-out sets', () => {
	it('lists every tests/heldout* folder, so that a new set cannot go unchecked', () => {
		const folders = readdirSync('tests', { withFileTypes: true })
			.filter((entry) => entry.isDirectory() && /^heldout(-\d+)?$/.test(entry.name))
			.map((entry) => `tests/${entry.name}`)
			.sort();
		expect(folders).toEqual([...HELD_OUT_SETS].sort());
	});

	describe.each(HELD_OUT_SETS)('%s', (set) => {
		it('has a README, an inputs.json and at least eight annotated articles', () => {
			expect(existsSync(join(set, 'README.md'))).toBe(true);
			expect(existsSync(join(set, 'inputs.json'))).toBe(true);
			expect(annotationsOf(set).length).toBeGreaterThanOrEqual(8);
		});

		it('parses every annotation: each quote, furniture date and evidence verbatim in its article', () => {
			// parseAnnotation throws, naming the file, the event and the field, on the first that is not.
			for (const { file, annotation } of annotationsOf(set)) {
				expect(`${set}/annotations/${annotation.id}.json`, 'the id names its file').toBe(file);
				expect(annotation.file).toBe(`articles/${annotation.id}.txt`);
			}
		});

		it('annotates every article, and nothing else', () => {
			const articles = readdirSync(join(set, 'articles'))
				.filter((name) => !name.startsWith('.'))
				.map((name) => `articles/${name}`)
				.sort();
			expect(annotationsOf(set).map(({ annotation }) => annotation.file)).toEqual(articles);
		});

		it('gives every date a first day no later than its last, and a stated date its evidence', () => {
			for (const { file, annotation } of annotationsOf(set)) {
				const { published } = annotation;
				const dated = [
					{ at: 'published.expected', date: published.expected },
					...[...annotation.events, ...annotation.optional].map((e) => ({
						at: `"${e.id}".date`,
						date: e.date
					}))
				];
				for (const { at, date } of dated) {
					const span = daySpan(date);
					expect(span.first, `${file}: ${at}`).toBeLessThanOrEqual(span.last);
				}
				if (published.stated)
					expect(published.evidence, `${file}: published.evidence`).toBeTruthy();
				else expect(published.supportedBy, `${file}: published.supportedBy`).not.toBe('text');
			}
		});

		it('lists every annotated article in inputs.json with the date a user would give', () => {
			const inputs = (
				readJson(join(set, 'inputs.json')) as {
					articles: Record<string, { published: string; why: string }>;
				}
			).articles;
			const ids = annotationsOf(set).map(({ annotation }) => annotation.id);
			expect(Object.keys(inputs).sort()).toEqual([...ids].sort());
			for (const [id, input] of Object.entries(inputs)) {
				expect(
					parsePartialDate(input.published),
					`${set}/inputs.json: ${id}.published`
				).toBeTruthy();
				expect(input.why, `${set}/inputs.json: ${id}.why`).not.toBe('');
			}
		});
	});
});
