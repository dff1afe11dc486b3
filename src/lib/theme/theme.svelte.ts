/**
 * The colour theme: follows the system (prefers-color-scheme) unless the reader picks light or
 * dark. The choice is remembered in localStorage when the page may use it, and applied as
 * `data-theme` on the root element, where `app.css` sets `color-scheme` (the colours themselves
 * are `light-dark()` pairs).
 */

export type ThemeChoice = 'system' | 'light' | 'dark';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
const STORAGE_KEY = 'evidence-timeline:theme';

function isThemeChoice(value: unknown): value is ThemeChoice {
	return THEME_CHOICES.includes(value as ThemeChoice);
}

/** localStorage, or undefined where it is blocked (sandboxed embeds, privacy modes). */
function storage(): Storage | undefined {
	try {
		return globalThis.localStorage;
	} catch {
		return undefined;
	}
}

export class ThemeState {
	choice: ThemeChoice = $state('system');
	#root: HTMLElement;

	constructor(root: HTMLElement = document.documentElement) {
		this.#root = root;
		const saved = storage()?.getItem(STORAGE_KEY);
		this.set(isThemeChoice(saved) ? saved : 'system', false);
	}

	set(choice: ThemeChoice, remember = true): void {
		this.choice = choice;
		if (choice === 'system') delete this.#root.dataset.theme;
		else this.#root.dataset.theme = choice;
		if (!remember) return;
		try {
			storage()?.setItem(STORAGE_KEY, choice);
		} catch {
			// Quota or privacy settings: the choice still holds for this visit.
		}
	}
}
