import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MESSAGE, readHostMessage } from './frame-protocol.ts';

describe('readHostMessage', () => {
	it('reads a selection and a window', () => {
		expect(readHostMessage({ type: MESSAGE.select, id: 'a' })).toEqual({
			type: MESSAGE.select,
			id: 'a'
		});
		expect(readHostMessage({ type: MESSAGE.zoom, from: '2020-01-01', to: '2020-02-01' })).toEqual({
			type: MESSAGE.zoom,
			from: '2020-01-01',
			to: '2020-02-01'
		});
	});

	it('ignores other scripts’ messages and malformed ones', () => {
		for (const data of [null, 'select', 42, {}, { type: MESSAGE.select }, { type: 'x', id: 'a' }])
			expect(readHostMessage(data)).toBeUndefined();
		expect(readHostMessage({ type: MESSAGE.select, id: 7 })).toBeUndefined();
	});

	it('uses the names the host script uses', () => {
		const host = readFileSync('public/embed-host.js', 'utf8');
		for (const name of [MESSAGE.height, MESSAGE.ready, MESSAGE.select])
			expect(host).toContain(`'${name}'`);
	});
});
