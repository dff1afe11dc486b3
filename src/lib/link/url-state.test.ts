import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayToMs, msToIsoDay, toUtcMs } from '../data/civil-date.ts';
import { EMPTY_FILTER, type EventFilter } from '../filter/filter.ts';
import { parseUrlState, serializeUrlState, type UrlState } from './url-state.ts';

/** The extremes a Date can hold (ECMAScript time values). */
const MIN_MS = -8.64e15;
const MAX_MS = 8.64e15;

function state(partial: Partial<Omit<UrlState, 'filter'>>, filter: Partial<EventFilter> = {}) {
	return { ...partial, filter: { ...EMPTY_FILTER, ...filter } };
}

describe('parseUrlState', () => {
	it('parses every key', () => {
		expect(
			parseUrlState(
				'#event=abc&from=2024-01-01&to=2024-12-31&topic=militias,ukraine&kind=attack&actor=x&source=y&q=drone%20strike'
			)
		).toEqual(
			state(
				{ event: 'abc', from: '2024-01-01', to: '2024-12-31' },
				{
					topic: ['militias', 'ukraine'],
					kind: ['attack'],
					actor: ['x'],
					source: ['y'],
					query: 'drone strike'
				}
			)
		);
	});

	it('gives the empty state for an empty hash, with or without #', () => {
		for (const hash of ['', '#', '#&&', 'q=', '#topic=&kind=,,'])
			expect(parseUrlState(hash)).toEqual(state({}));
		expect(parseUrlState('kind=attack')).toEqual(state({}, { kind: ['attack'] }));
	});

	it('ignores unknown keys and pairs without a value', () => {
		expect(parseUrlState('#zoom=3&event&__proto__=x&constructor=y&Topic=a&topic=b')).toEqual(
			state({}, { topic: ['b'] })
		);
	});

	it('drops malformed ids, dates and escapes, keeping the valid rest', () => {
		expect(
			parseUrlState(
				'#event=Not_A_Slug&from=2023-02-29&to=2024-13-01&topic=ok,Bad,-x,x-,a--b,,ok&actor=%E0%A4%A&source=s%31&q=%E0%A4%A'
			)
		).toEqual(state({}, { topic: ['ok'], source: ['s1'] }));
		expect(parseUrlState('#event=a%2Fb&kind=attack%2Ctalks')).toEqual(state({}));
	});

	it('lets the last valid occurrence of a key win', () => {
		expect(parseUrlState('#event=a&event=b&event=B!&from=2020-01-01&from=junk')).toEqual(
			state({ event: 'b', from: '2020-01-01' })
		);
	});

	it('reads + in q as a space and %2B as a plus', () => {
		expect(parseUrlState('#q=drone+strike%2B').filter.query).toBe('drone strike+');
	});

	it('canonicalizes expanded years and swaps a backwards window', () => {
		expect(parseUrlState('#from=%2B002024-03-01&to=-000043-03-15')).toEqual(
			state({ from: '-000043-03-15', to: '2024-03-01' })
		);
		// A literal '+' is kept in dates (only q reads it as a space).
		expect(parseUrlState('#from=+010000-01-01').from).toBe('+010000-01-01');
	});

	it('never throws and always returns a well-formed state, whatever the input', () => {
		const piece = fc.oneof(
			fc.string({ unit: 'binary' }),
			fc.constantFrom(
				'#',
				'&',
				'=',
				',',
				'%',
				'%E0',
				'%ZZ',
				'+',
				'event=',
				'from=',
				'to=',
				'topic=',
				'kind=',
				'actor=',
				'source=',
				'q=',
				'2024-02-30',
				'-000000-01-01',
				'\uD800'
			)
		);
		const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
				const parsed = parseUrlState(pieces.join(''));
				if (parsed.event !== undefined) expect(parsed.event).toMatch(slug);
				for (const day of [parsed.from, parsed.to])
					if (day !== undefined) expect(msToIsoDay(isoDayToMs(day)!)).toBe(day);
				for (const key of ['topic', 'kind', 'actor', 'source'] as const) {
					for (const value of parsed.filter[key]) expect(value).toMatch(slug);
					expect(new Set(parsed.filter[key]).size).toBe(parsed.filter[key].length);
				}
				expect(typeof parsed.filter.query).toBe('string');
				expect(() => serializeUrlState(parsed)).not.toThrow();
			}),
			{ numRuns: 2000 }
		);
		for (const junk of [null, undefined, 42, {}] as unknown as string[])
			expect(parseUrlState(junk)).toEqual(state({}));
	});
});

describe('serializeUrlState', () => {
	it('writes keys in a fixed order, whatever the object order', () => {
		const hash = serializeUrlState({
			filter: {
				query: 'drone strike',
				source: ['y'],
				actor: ['x'],
				kind: ['attack'],
				topic: ['militias', 'ukraine']
			},
			to: '2024-12-31',
			from: '2024-01-01',
			event: 'abc'
		});
		expect(hash).toBe(
			'#event=abc&from=2024-01-01&to=2024-12-31&topic=militias,ukraine&kind=attack&actor=x&source=y&q=drone%20strike'
		);
	});

	it('omits empty parts and returns "" when everything is empty', () => {
		expect(serializeUrlState(state({}))).toBe('');
		expect(serializeUrlState(state({ event: '', from: '' }, { topic: [], query: '' }))).toBe('');
		expect(serializeUrlState(state({}, { kind: ['attack'] }))).toBe('#kind=attack');
	});

	it('encodes characters that would break the hash', () => {
		const hash = serializeUrlState(state({ from: '-000043-03-15' }, { query: 'a&b=c,d #e+f' }));
		expect(hash).toBe('#from=-000043-03-15&q=a%26b%3Dc%2Cd%20%23e%2Bf');
		expect(parseUrlState(hash).filter.query).toBe('a&b=c,d #e+f');
	});

	it('survives a lone surrogate in the query', () => {
		const hash = serializeUrlState(state({}, { query: 'x\uD800y' }));
		expect(parseUrlState(hash).filter.query).toBe('x\uFFFDy');
	});
});

describe('round trip', () => {
	const slug = fc.stringMatching(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { size: 'small' });
	const slugs = fc.uniqueArray(slug, { maxLength: 4 });
	// Days across the whole Date range, with extra weight on years 0–99 and BCE years.
	const day = fc
		.oneof(
			fc.integer({ min: MIN_MS, max: MAX_MS }),
			fc.integer({ min: toUtcMs(0, 1, 1), max: toUtcMs(99, 12, 31) }),
			fc.integer({ min: toUtcMs(-9999, 1, 1), max: toUtcMs(0, 1, 1) }),
			fc.integer({ min: toUtcMs(1900, 1, 1), max: toUtcMs(2100, 1, 1) })
		)
		.map(msToIsoDay);
	const special = fc.constantFrom(
		'&',
		'=',
		',',
		'#',
		' ',
		'+',
		'%',
		'%20',
		'?',
		'/',
		'é',
		'🙂',
		'’'
	);
	const query = fc.oneof(
		fc.string({ unit: 'grapheme' }),
		fc
			.array(fc.oneof(special, fc.string({ unit: 'grapheme-ascii' })), { maxLength: 8 })
			.map((p) => p.join(''))
	);
	const stateArb: fc.Arbitrary<UrlState> = fc
		.record({
			event: fc.option(slug, { nil: undefined }),
			from: fc.option(day, { nil: undefined }),
			to: fc.option(day, { nil: undefined }),
			filter: fc.record({ topic: slugs, kind: slugs, actor: slugs, source: slugs, query })
		})
		.map((s) => {
			// A window is stored in order; parse would swap a backwards one.
			if (s.from !== undefined && s.to !== undefined && isoDayToMs(s.from)! > isoDayToMs(s.to)!)
				return { ...s, from: s.to, to: s.from };
			return s;
		});

	it('parse(serialize(state)) gives the state back', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				expect(parseUrlState(serializeUrlState(s))).toEqual(s);
			}),
			{ numRuns: 1000 }
		);
	});

	it('serialize(parse(hash)) is stable for every hash serialize writes', () => {
		fc.assert(
			fc.property(stateArb, (s) => {
				const hash = serializeUrlState(s);
				expect(serializeUrlState(parseUrlState(hash))).toBe(hash);
				// The hash is a single fragment: no raw '#' after the first, no spaces.
				expect(hash.slice(1)).not.toMatch(/[# ]/);
			}),
			{ numRuns: 1000 }
		);
	});
});
