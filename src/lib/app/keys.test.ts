import { describe, expect, it } from 'vitest';
import { keyAction } from './keys.ts';

function press(key: string, target: Element, init: KeyboardEventInit = {}): KeyboardEvent {
	const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
	Object.defineProperty(event, 'target', { value: target });
	return event;
}

describe('keyAction', () => {
	document.body.innerHTML =
		'<div id="page"></div><input id="search" type="search"><button id="button"></button>' +
		'<dialog><p id="in-dialog"></p></dialog>';
	const page = document.getElementById('page')!;

	it('maps the reading keys', () => {
		expect(keyAction(press('n', page), false)).toBe('next');
		expect(keyAction(press('p', page), false)).toBe('previous');
		expect(keyAction(press('Enter', page), false)).toBe('open');
		expect(keyAction(press('/', page), false)).toBe('search');
		expect(keyAction(press('Escape', page), true)).toBe('close');
		expect(keyAction(press('Escape', page), false)).toBeUndefined();
	});

	it('leaves typing, controls, modifiers and dialogs alone', () => {
		expect(keyAction(press('n', document.getElementById('search')!), false)).toBeUndefined();
		expect(keyAction(press('Escape', document.getElementById('search')!), true)).toBe('close');
		expect(keyAction(press('Enter', document.getElementById('button')!), false)).toBeUndefined();
		expect(keyAction(press('n', page, { ctrlKey: true }), false)).toBeUndefined();
		expect(keyAction(press('Escape', document.getElementById('in-dialog')!), true)).toBeUndefined();
	});
});
