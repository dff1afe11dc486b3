import { afterEach, describe, expect, it } from 'vitest';
import { ThemeState } from './theme.svelte.ts';

afterEach(() => {
	localStorage.clear();
	delete document.documentElement.dataset.theme;
});

describe('ThemeState', () => {
	it('follows the system until the reader chooses', () => {
		const theme = new ThemeState();
		expect(theme.choice).toBe('system');
		expect(document.documentElement.dataset.theme).toBeUndefined();
	});

	it('applies a chosen theme to the root element and remembers it', () => {
		new ThemeState().set('dark');
		expect(document.documentElement.dataset.theme).toBe('dark');
		const next = new ThemeState();
		expect(next.choice).toBe('dark');
		next.set('system');
		expect(document.documentElement.dataset.theme).toBeUndefined();
		expect(new ThemeState().choice).toBe('system');
	});

	it('ignores a stored value it does not know', () => {
		localStorage.setItem('evidence-timeline:theme', 'sepia');
		expect(new ThemeState().choice).toBe('system');
	});
});
