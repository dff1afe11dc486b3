import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import { findEvents } from './pipeline.ts';
import { newTimeline } from './working.ts';
import PublicationNote from './PublicationNote.svelte';

const EMPTY = newTimeline('Test timeline').dataset;

// Invented text, written for this test; not a real report. Its byline dates it 2 May 2022.
const ARTICLE = [
	'Harbour reopens after storm',
	'By Ana Ruiz, 2 May 2022',
	'',
	'The harbour reopened on 30 April 2022 after a week of repairs, the port authority said.'
].join('\n');

/** The publication note of the one article found with the form's date `published`. */
function noteFor(text: string, published: string) {
	const result = findEvents({
		dataset: EMPTY,
		texts: {},
		articles: [{ name: 'pasted text', text }],
		fields: { published, outlet: 'Test outlet' }
	});
	if (!result.ok) throw new Error(result.problems.join('; '));
	return render(PublicationNote, { props: { added: result.added[0] } });
}

describe("the panel's note on a publication date typed in the form", () => {
	it('says it was given in the form, not with a command, and not stated in the article', () => {
		const { container } = noteFor(ARTICLE.replace('By Ana Ruiz, 2 May 2022\n', ''), '2022-05-02');
		const text = container.textContent ?? '';
		expect(text).toContain(
			"Given as 2022-05-02 in the form's Publication date field when the article was added, not stated in the article."
		);
		// No command-line flag or command name reaches a reader who never opens a terminal.
		expect(text).not.toMatch(/--[a-z]|add-article|npm /);
	});

	it('warns in words of the form when the article contradicts the date typed', () => {
		const { container } = noteFor(ARTICLE, '2022-05-20');
		const warning = screen.getByRole('note');
		expect(warning.textContent).toMatch(
			/The publication date given in the form, 2022-05-20, contradicts the article's “.*2 May 2022” \(2022-05-02\); the given date is kept/
		);
		expect(container.textContent ?? '').not.toMatch(/--[a-z]|add-article|npm /);
	});
});
