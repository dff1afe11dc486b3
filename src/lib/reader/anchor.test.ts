import { describe, expect, it } from 'vitest';
import { anchorPassage } from './anchor.ts';

const text = 'Alpha beta. The drone struck “Tower 22” in Jordan. Gamma. The drone struck again.';
const quote = 'The drone struck “Tower 22” in Jordan.';
const start = text.indexOf(quote);

describe('anchorPassage', () => {
	it('uses the offsets when the text there is the quote', () => {
		expect(anchorPassage(text, { quote, start, end: start + quote.length })).toEqual({
			status: 'exact',
			start,
			end: start + quote.length
		});
	});

	it('finds the quote by its text when the offsets no longer match (the source was edited)', () => {
		const edited = `Inserted sentence. ${text}`;
		expect(anchorPassage(edited, { quote, start, end: start + quote.length })).toEqual({
			status: 'moved',
			start: start + 19,
			end: start + 19 + quote.length
		});
	});

	it('picks the occurrence nearest the stored offset when the quote appears twice', () => {
		const twice = 'The drone struck';
		const second = text.lastIndexOf(twice);
		const result = anchorPassage(text, { quote: twice, start: second + 3, end: second + 19 });
		expect(result).toEqual({ status: 'moved', start: second, end: second + twice.length });
	});

	it('says the passage is missing instead of highlighting the wrong words', () => {
		expect(
			anchorPassage(text, { quote: 'A sentence that is not there.', start, end: start + 29 })
		).toEqual({
			status: 'missing'
		});
	});
});
