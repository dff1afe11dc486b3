import { describe, expect, it } from 'vitest';
import { clauseAt, clauseKind, neighbours, readSentence } from './grammar.ts';

/** The kind of the clause that holds `words` in `sentence`, read at those words. */
function kindAt(sentence: string, words: string) {
	const reading = readSentence(sentence);
	const at = sentence.indexOf(words);
	return clauseKind(clauseAt(reading, at)!, at);
}

describe('readSentence: clauses and verbs as the tagger reads them', () => {
	it.each([
		['Rebels stormed the depot on Monday and seized its trucks.', 'on Monday', 'happening'],
		['The agency has closed the bridge since Friday.', 'Friday', 'happening'],
		['The ferry was sunk by a mine on Tuesday.', 'Tuesday', 'happening'],
		['The debris was in a low orbit on Sunday.', 'Sunday', 'state'],
		['Officials said the talks will resume on Monday.', 'Monday', 'plan'],
		['Crews are clearing the road this week.', 'this week', 'under way'],
		['The mayor opens the fair every year in May.', 'May', 'present']
	] as const)('reads “%s” at ‘%s’ as %s', (sentence, words, kind) => {
		expect(kindAt(sentence, words)).toBe(kind);
	});

	it('tells a relative clause from the main one, with offsets into the sentence', () => {
		const sentence =
			'The painter, whose portraits won him a prize in the 1990s, has died at 80, his son said on Monday.';
		const reading = readSentence(sentence);
		const clause = clauseAt(reading, sentence.indexOf('the 1990s'))!;
		expect(clause.relative).toBe(true);
		expect(sentence.slice(clause.start, clause.end)).toBe(clause.text);
		expect(clause.text).toMatch(/^whose portraits won him a prize in the 1990s$/);
		expect(clauseAt(reading, sentence.indexOf('on Monday'))!.relative).toBe(false);
	});

	it('gives every verb its lemma and form, and says whether it is finite', () => {
		const sentence =
			'The coalition has declared an end to the truce and plans to widen its attacks.';
		const verbs = readSentence(sentence).clauses.flatMap((c) => c.verbs);
		const declared = verbs.find((v) => v.text.includes('declared'))!;
		expect(declared).toMatchObject({ form: 'perfect', lemma: 'declare', finite: true });
		expect(sentence.slice(declared.start, declared.end)).toBe(declared.text);
		expect(verbs.find((v) => v.text.includes('widen'))?.finite).toBe(false);
	});

	it('names the words around a date: a noun before ("the launch Friday")', () => {
		const sentence = 'The agency says after the launch Friday that the probe is well.';
		const at = sentence.indexOf('Friday');
		const { before, after } = neighbours(readSentence(sentence), at, at + 'Friday'.length);
		expect(before?.text).toBe('launch');
		expect(before?.tags.has('Noun')).toBe(true);
		expect(after?.text).toBe('that');
	});

	it('reads a sentence once: the same sentence gives the same reading', () => {
		const sentence = 'Thieves broke into the museum on Tuesday.';
		expect(readSentence(sentence)).toBe(readSentence(sentence));
	});
});
