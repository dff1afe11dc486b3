import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The articles are the project's evidence: they must stay byte for byte as received. Adding an
// article means adding its line here (`sha256sum sources/NAME`), on purpose.
const listed = readFileSync('tests/unit/sources.sha256', 'utf8')
	.trim()
	.split('\n')
	.map((line) => {
		const [hash, name] = line.split(/\s+\*?/);
		return { hash, name };
	});

describe('source articles', () => {
	it('lists every file in sources/ and nothing else', () => {
		const files = readdirSync('sources').filter((f) => !f.startsWith('.'));
		expect(listed.map((l) => l.name).sort()).toEqual(files.sort());
	});

	it.each(listed)('$name is byte for byte as received', ({ name, hash }) => {
		const actual = createHash('sha256')
			.update(readFileSync(`sources/${name}`))
			.digest('hex');
		expect(actual).toBe(hash);
	});
});
