import { describe, expect, it } from 'vitest';
import { PrintState } from './printing.svelte.ts';

/** A window whose print media query the test flips, with the print events of a real one. */
function fakeWindow() {
	const query = Object.assign(new EventTarget(), { matches: false });
	const target = Object.assign(new EventTarget(), { matchMedia: () => query });
	return { target: target as unknown as Window, query };
}

describe('the record on paper is drawn only while printing', () => {
	it('starts with the print dialog and ends after it', () => {
		const { target } = fakeWindow();
		const printing = new PrintState();
		const stop = printing.watch(target);
		expect(printing.active).toBe(false);
		target.dispatchEvent(new Event('beforeprint'));
		expect(printing.active).toBe(true);
		target.dispatchEvent(new Event('afterprint'));
		expect(printing.active).toBe(false);
		stop();
		target.dispatchEvent(new Event('beforeprint'));
		expect(printing.active).toBe(false);
	});

	it('follows the print media query (print preview, emulated print media)', () => {
		const { target, query } = fakeWindow();
		const printing = new PrintState();
		printing.watch(target);
		query.matches = true;
		query.dispatchEvent(new Event('change'));
		expect(printing.active).toBe(true);
		query.matches = false;
		query.dispatchEvent(new Event('change'));
		expect(printing.active).toBe(false);
	});
});
