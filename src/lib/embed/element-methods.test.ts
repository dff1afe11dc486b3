import { describe, expect, it, vi } from 'vitest';
import {
	ATTACH_CONTROLLER,
	withTimelineMethods,
	type TimelineController
} from './element-methods.ts';

const Element = withTimelineMethods(HTMLElement);
customElements.define('methods-test-element', Element);

describe('the element methods', () => {
	it('wait for the component, then run in order; later calls run at once', () => {
		const element = document.createElement('methods-test-element') as InstanceType<typeof Element>;
		element.zoomTo('2024-01-01', '2024-12-31');
		element.select('a');
		const calls: string[] = [];
		const controller: TimelineController = {
			select: (id) => calls.push(`select ${id}`),
			zoomTo: (from, to) => calls.push(`zoom ${from} ${to}`)
		};
		element[ATTACH_CONTROLLER](controller);
		expect(calls).toEqual(['zoom 2024-01-01 2024-12-31', 'select a']);
		element.select('b');
		expect(calls).toEqual(['zoom 2024-01-01 2024-12-31', 'select a', 'select b']);
	});

	it('wait again after the component goes (the element left the page)', () => {
		const element = document.createElement('methods-test-element') as InstanceType<typeof Element>;
		const first = { select: vi.fn(), zoomTo: vi.fn() };
		element[ATTACH_CONTROLLER](first);
		element[ATTACH_CONTROLLER](undefined);
		element.select('x');
		expect(first.select).not.toHaveBeenCalled();
		const second = { select: vi.fn(), zoomTo: vi.fn() };
		element[ATTACH_CONTROLLER](second);
		expect(second.select).toHaveBeenCalledWith('x');
	});
});
