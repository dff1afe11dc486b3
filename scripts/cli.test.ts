/**
 * The CLI on a full disk, a read-only disk, a folder where a file should be, and data that tries
 * to drive the terminal: each write is all or nothing, each failure one line naming the file.
 * The full and read-only disks are small tmpfs mounts, made where the machine allows it (as root,
 * as on CI); elsewhere those cases say they are skipped.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	cpSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	rmSync,
	statfsSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError, printable, writeFileAtomically } from './cli.ts';
import { MINI_FILE, MINI_TEXT, miniDataset } from '../tests/fixtures/mini-dataset.ts';

const scratch = mkdtempSync(join(tmpdir(), 'cli-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Mounts a tmpfs of `kilobytes` at a new folder; undefined where mounting is not allowed. */
function mountTmpfs(kilobytes: number, readOnly = false): string | undefined {
	const dir = mkdtempSync(join(tmpdir(), 'cli-tmpfs-'));
	const options = `size=${kilobytes}k${readOnly ? ',ro' : ''}`;
	const result = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
	if (result.status === 0) return dir;
	rmSync(dir, { recursive: true, force: true });
	return undefined;
}

function unmount(dir: string | undefined) {
	if (!dir) return;
	spawnSync('umount', [dir]);
	rmSync(dir, { recursive: true, force: true });
}

/** Runs a CLI script as `npm run` does, from the project root. */
function run(script: string, args: string[]) {
	const result = spawnSync('npx', ['jiti', `scripts/${script}`, ...args], {
		encoding: 'utf8',
		env: { ...process.env, FORCE_COLOR: '0' }
	});
	return { status: result.status, out: result.stdout, err: result.stderr };
}

const NO_STACK = /\n\s+at /;

describe('printable', () => {
	it('shows control and bidi characters as escapes, so data cannot drive the terminal', () => {
		expect(printable('id\u001b[31mred\u001b[0m')).toBe('id\\u001b[31mred\\u001b[0m');
		expect(printable('a\u202eb\u2066c')).toBe('a\\u202eb\\u2066c');
		expect(printable('line\nnext\r')).toBe('line\\u000anext\\u000d');
		// Line and paragraph separators: some terminals and log viewers start a new line there.
		expect(printable('a\u2028✓ all valid\u2029b')).toBe('a\\u2028✓ all valid\\u2029b');
		expect(printable('café — “quoted”')).toBe('café — “quoted”');
	});
});

describe('writeFileAtomically', () => {
	it('replaces a file whole', () => {
		const file = join(scratch, 'whole.json');
		writeFileSync(file, 'old');
		writeFileAtomically(file, 'new');
		expect(readFileSync(file, 'utf8')).toBe('new');
	});

	it('writes a file given in pieces (one too long for a string), in order', () => {
		const file = join(scratch, 'pieces.json');
		writeFileAtomically(file, ['{"events":[', '1', ',2', ',"é"', ']}']);
		expect(readFileSync(file, 'utf8')).toBe('{"events":[1,2,"é"]}');
	});

	it('keeps the old file and leaves no temporary file when making a piece fails', () => {
		const file = join(scratch, 'failing.json');
		writeFileSync(file, 'the curated dataset');
		function* pieces() {
			yield '{"events":[';
			throw new RangeError('Invalid string length');
		}
		expect(() => writeFileAtomically(file, pieces())).toThrow(RangeError);
		expect(readFileSync(file, 'utf8')).toBe('the curated dataset');
		expect(readdirSync(scratch).filter((f) => f.startsWith('.failing.json'))).toEqual([]);
	});

	it('names the file and says what is wrong when the target is a folder, leaving nothing behind', () => {
		const dir = join(scratch, 'a-folder');
		mkdirSync(dir);
		expect(() => writeFileAtomically(dir, 'x')).toThrow(
			new CliError(`cannot write ${dir}: is a folder, not a file (EISDIR)`)
		);
		expect(readdirSync(scratch).filter((f) => f.startsWith('a-folder.'))).toEqual([]);
	});

	describe('on a full disk', () => {
		let disk: string | undefined;
		beforeAll(() => (disk = mountTmpfs(64)));
		afterAll(() => unmount(disk));

		it.skipIf(process.getuid?.() !== 0)(
			'keeps the old file whole and removes its temporary file',
			() => {
				if (!disk) throw new Error('could not mount a tmpfs as root');
				const file = join(disk, 'events.json');
				writeFileSync(file, 'the curated dataset');
				expect(() => writeFileAtomically(file, 'x'.repeat(200_000))).toThrow(
					`cannot write ${file}: no space left on the device (ENOSPC)`
				);
				expect(readFileSync(file, 'utf8')).toBe('the curated dataset');
				expect(readdirSync(disk)).toEqual(['events.json']);
			}
		);
	});
});

describe('the commands on a disk that fails', () => {
	const asRoot = process.getuid?.() === 0;
	const disks: string[] = [];
	afterAll(() => disks.forEach(unmount));

	/** A tmpfs holding the mini dataset and its source, in `folder`. */
	function diskWithDataset(kilobytes: number): { disk: string; dataset: string; curated: string } {
		const disk = mountTmpfs(kilobytes);
		if (!disk) throw new Error('could not mount a tmpfs as root');
		disks.push(disk);
		const curated = `${JSON.stringify(miniDataset(), null, '\t')}\n`;
		mkdirSync(join(disk, 'sources'));
		writeFileSync(join(disk, 'events.json'), curated);
		writeFileSync(join(disk, 'sources', MINI_FILE), MINI_TEXT);
		return { disk, dataset: join(disk, 'events.json'), curated };
	}

	/** `add-article` of one article into `dataset`, as a user would run it. */
	function addArticleTo(article: string, dataset: string) {
		return run('add-article.ts', [
			article,
			'--published',
			'2024-03-04',
			'--topic',
			'militias',
			'--dataset',
			dataset
		]);
	}

	/** Fills `disk` until `leave` bytes are free. */
	function fill(disk: string, leave: number) {
		const { bavail, bsize } = statfsSync(disk);
		writeFileSync(join(disk, 'ballast'), Buffer.alloc(Math.max(0, bavail * bsize - leave)));
	}

	it.skipIf(!asRoot)(
		'import --force on a full disk leaves the curated events.json whole, in one line',
		() => {
			const { disk, dataset, curated } = diskWithDataset(64);
			fill(disk, 0);
			const result = run('import.ts', [
				'tests/fixtures/timelinejs/calendar-reform.json',
				'--out',
				disk,
				'--force'
			]);
			expect(result.status).toBe(1);
			expect(result.err).toMatch(/✗ cannot write .*: no space left on the device \(ENOSPC\)/);
			expect(result.err).toContain('Nothing was written.');
			expect(result.err).not.toMatch(NO_STACK);
			expect(readFileSync(dataset, 'utf8')).toBe(curated);
			expect(readdirSync(disk).sort()).toEqual(['ballast', 'events.json', 'sources']);
		}
	);

	it.skipIf(!asRoot)(
		'add-article on a full disk takes back the article it copied, and leaves the dataset whole',
		() => {
			const { disk, dataset, curated } = diskWithDataset(128);
			const article = join(scratch, 'long-article.txt');
			const text = `On 3 March 2024 the council met. ${'It talked at length. '.repeat(1400)}\n`;
			writeFileSync(article, text);
			// Room for the article's copy (eight 4 KiB pages) and one page more: not for the
			// dataset, which is written beside the old one before it replaces it.
			fill(disk, 9 * 4096);
			const result = addArticleTo(article, dataset);
			expect(result.status).toBe(1);
			expect(result.err).toMatch(
				/✗ cannot write .*events\.json: no space left on the device \(ENOSPC\)/
			);
			expect(result.err).toContain('Nothing was written.');
			expect(result.err).not.toMatch(NO_STACK);
			expect(readFileSync(dataset, 'utf8')).toBe(curated);
			expect(readdirSync(join(disk, 'sources'))).toEqual([MINI_FILE]);
			expect(readdirSync(disk).sort()).toEqual(['ballast', 'events.json', 'sources']);
		}
	);

	it.skipIf(!asRoot)(
		'add-article on a read-only disk writes nothing and says so in one line',
		() => {
			const { disk, dataset, curated } = diskWithDataset(128);
			expect(spawnSync('mount', ['-o', 'remount,ro', disk]).status).toBe(0);
			const article = join(scratch, 'short-article.txt');
			writeFileSync(article, 'On 3 March 2024 the council met.\n');
			const result = addArticleTo(article, dataset);
			expect(result.status).toBe(1);
			expect(result.err).toMatch(/✗ cannot write .*: the file system is read-only \(EROFS\)/);
			expect(result.err).not.toMatch(NO_STACK);
			expect(readFileSync(dataset, 'utf8')).toBe(curated);
			expect(readdirSync(join(disk, 'sources'))).toEqual([MINI_FILE]);
		}
	);
});

describe('check:data on the files a newsroom may have', () => {
	function publish(name: string, data = miniDataset()): string {
		const folder = join(scratch, name);
		mkdirSync(join(folder, 'sources'), { recursive: true });
		writeFileSync(join(folder, 'events.json'), JSON.stringify(data));
		writeFileSync(join(folder, 'sources', MINI_FILE), MINI_TEXT);
		return folder;
	}

	it('passes a dataset whose sources folder holds a sub-folder', () => {
		const folder = publish('with-subfolder');
		mkdirSync(join(folder, 'sources', 'drafts'));
		const result = run('check-data.ts', [join(folder, 'events.json')]);
		expect(result.err).toBe('');
		expect(result.status).toBe(0);
	});

	it('prints ids with escape bytes escaped, so they cannot recolour or rewrite the report', () => {
		const data = miniDataset();
		data.events[0].id = 'bad\u001b[2J\u001b[31mid';
		const result = run('check-data.ts', [join(publish('escape-id', data), 'events.json')]);
		expect(result.status).toBe(1);
		expect(result.err).not.toContain('\u001b');
		expect(result.err).toContain('bad\\u001b[2J\\u001b[31mid');
	});

	it('fails a source whose file is not the text its sha256 names', () => {
		const data = miniDataset();
		data.sources[0].sha256 = createHash('sha256').update(MINI_TEXT).digest('hex');
		const folder = publish('edited', data);
		expect(run('check-data.ts', [join(folder, 'events.json')]).status).toBe(0);
		writeFileSync(join(folder, 'sources', MINI_FILE), `${MINI_TEXT} `);
		const result = run('check-data.ts', [join(folder, 'events.json')]);
		expect(result.status).toBe(1);
		expect(result.err).toContain('sources[0].sha256: does not match mini.txt');
	});

	it('passes a dataset saved with a byte order mark and CRLF line ends, as the app loads it', () => {
		const folder = publish('bom');
		const text = JSON.stringify(miniDataset(), null, '\t').replace(/\n/g, '\r\n');
		writeFileSync(join(folder, 'events.json'), `\uFEFF${text}`);
		const result = run('check-data.ts', [join(folder, 'events.json')]);
		expect(result.err).toBe('');
		expect(result.status).toBe(0);
	});

	it('names a sourceBase with encoded slashes in one line, never a stack trace', () => {
		const data = { ...miniDataset(), sourceBase: '%2F%2Felsewhere.example/' };
		const result = run('check-data.ts', [join(publish('encoded-base', data), 'events.json')]);
		expect(result.status).toBe(1);
		expect(result.err).toContain('sourceBase: must be a folder relative to the dataset file');
		expect(result.err).not.toMatch(/TypeError|at \w+ \(/);
	});

	it('resolves sourceBase as the browser does: relative to the dataset file', () => {
		const data = { ...miniDataset(), sourceBase: '../shared-sources/' };
		const folder = join(scratch, 'relative-base', 'data');
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'events.json'), JSON.stringify(data));
		cpSync(
			join(publish('relative-base-src'), 'sources'),
			join(scratch, 'relative-base', 'shared-sources'),
			{
				recursive: true
			}
		);
		const result = run('check-data.ts', [join(folder, 'events.json')]);
		expect(result.err).toBe('');
		expect(result.status).toBe(0);
	});
});
