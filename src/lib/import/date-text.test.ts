import { describe, expect, it } from 'vitest';
import { readDateText } from './date-text.ts';

describe('readDateText', () => {
	it.each([
		['2014-04-20', { year: '2014', month: '4', day: '20' }],
		[
			'2006-06-28T00:00:00Z',
			{ year: '2006', month: '6', day: '28', hour: '0', minute: '0', second: '0' }
		],
		['2014', { year: '2014' }],
		['-500', { year: '-500' }],
		['500 BC', { year: '-500' }],
		['776 BCE', { year: '-776' }],
		['1066 AD', { year: '1066' }],
		['1/2/2013', { year: '2013', month: '1', day: '2' }],
		['13/2/2013', { year: '2013', month: '2', day: '13' }],
		['2/13/2013', { year: '2013', month: '2', day: '13' }],
		['1865,4,14', { year: '1865', month: '4', day: '14' }],
		[
			'Jun 28 2006 00:00:00 GMT',
			{ year: '2006', month: '6', day: '28', hour: '0', minute: '0', second: '0' }
		],
		['June 28, 2006', { year: '2006', month: '6', day: '28' }],
		['28 June 2006', { year: '2006', month: '6', day: '28' }],
		['-13798000000', { year: '-13798000000' }]
	])('reads %j', (text, date) => {
		const read = readDateText(text);
		expect(read).toMatchObject({ ok: true, date });
	});

	it('keeps the date as written and names the zone it drops', () => {
		expect(readDateText('1963-11-22T12:30:00-06:00')).toMatchObject({
			ok: true,
			date: { year: '1963', month: '11', day: '22' },
			zone: '-06:00'
		});
	});

	it('reads a timestamp in UTC, whatever the time zone of the machine', () => {
		// 2014-04-20T23:30Z is the 20th in UTC but the 20th 16:30 in Los Angeles, where tests run.
		expect(readDateText(Date.UTC(2014, 3, 20, 23, 30))).toMatchObject({
			ok: true,
			date: { year: '2014', month: '4', day: '20', hour: '23', minute: '30' }
		});
	});

	it.each([['next Tuesday'], ['2014/04/20/1'], [''], [Number.NaN], [{}]])(
		'refuses %j with a reason',
		(value) => {
			const read = readDateText(value);
			expect(read.ok).toBe(false);
			if (!read.ok) expect(read.message).toMatch(/is not a date/);
		}
	);
});
