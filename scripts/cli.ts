/**
 * What every command of the CLI shares: files written atomically, file-system errors told in one
 * line that names the file, and text from the data made safe to print on a terminal.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A failure the user can act on: printed as one line (after "✗ "), never with a stack. */
export class CliError extends Error {}

/** What a file-system error code means, in words. */
const IO_ERRORS: Readonly<Record<string, string>> = {
	ENOSPC: 'no space left on the device',
	EDQUOT: 'the disk quota is used up',
	EISDIR: 'is a folder, not a file',
	ENOTDIR: 'a part of the path is not a folder',
	ENOENT: 'does not exist',
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	EROFS: 'the file system is read-only',
	EEXIST: 'exists already',
	EMFILE: 'too many open files',
	EIO: 'input/output error',
	ENAMETOOLONG: 'the name is too long',
	EBUSY: 'the file is busy'
};

/** An error from the file system (it has an errno code), as Node throws them. */
export function isIoError(error: unknown): error is NodeJS.ErrnoException {
	return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** One line for a file-system error: the file it concerns and what went wrong, in words. */
export function ioErrorLine(error: NodeJS.ErrnoException, file = error.path ?? ''): string {
	const words = IO_ERRORS[error.code ?? ''] ?? error.message.replace(/^[A-Z]+: /, '');
	return `${file ? `${printable(file)}: ` : ''}${words}${error.code ? ` (${error.code})` : ''}`;
}

/**
 * Writes `data` to `file` all or nothing (making its folder if need be): into a temporary file in
 * the same folder, every byte
 * written and flushed to disk, then renamed over the target; on failure the temporary file is
 * removed and the target is as it was. A failure is a CliError naming the file.
 *
 * Written by hand: write-file-atomic 6 (the library for this) makes one `writeSync` call and
 * ignores a short write, so on a nearly full disk it renamed a truncated file over the target
 * without an error, the very loss this exists to prevent (see `cli.test.ts`, "on a full disk").
 */
export function writeFileAtomically(
	file: string,
	data: string | Uint8Array | Iterable<string>,
	options: { mode?: number } = {}
): void {
	// Pieces: a file longer than the longest string V8 can make (a million events) is written
	// as the parts it is made of, never joined in memory.
	const pieces: Iterable<string | Uint8Array> =
		typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
	const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${Date.now()}.tmp`);
	let fd: number | undefined;
	try {
		mkdirSync(dirname(file), { recursive: true });
		fd = openSync(temporary, 'wx', options.mode ?? 0o666);
		for (const piece of pieces) {
			const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
			// A write may take fewer bytes than asked (a disk filling up): go on until all are
			// written, and the next write then fails with ENOSPC instead of passing silently.
			for (let done = 0; done < bytes.length;)
				done += writeSync(fd, bytes, done, bytes.length - done);
		}
		fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		renameSync(temporary, file);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		rmSync(temporary, { force: true });
		if (isIoError(error)) throw new CliError(`cannot write ${ioErrorLine(error, file)}`);
		throw error;
	}
}

/**
 * Ends a command that cannot go on: "✗ " and the message on standard error, each of its lines
 * escaped as `printable` does (a usage line after a newline stays on its own line), exit code 1.
 */
export function fail(message: string): never {
	console.error(`✗ ${message.split('\n').map(printable).join('\n')}`);
	process.exit(1);
}

/**
 * Runs a command's body: a CliError or a file-system error ends it with one line and exit code 1;
 * `nothingWritten` adds the reassurance a writing command owes. Anything else is a defect of the
 * tool, reported in one line too, with a plea to report it.
 */
export async function runCli(
	body: () => void | Promise<void>,
	nothingWritten = false
): Promise<void> {
	try {
		await body();
	} catch (error) {
		if (error instanceof CliError) console.error(`✗ ${error.message}`);
		else if (isIoError(error)) console.error(`✗ ${ioErrorLine(error)}`);
		else
			console.error(
				`✗ unexpected error in ${basename(process.argv[1] ?? 'the command')}: ${(error as Error)?.message ?? String(error)} (please report it)`
			);
		if (nothingWritten) console.error('Nothing was written.');
		process.exitCode = 1;
	}
}

/**
 * A JSON file's text parsed. A byte order mark before it is dropped first, as a browser's
 * `response.text()` drops it: Notepad and Excel's "UTF-8 with BOM" write one, and `JSON.parse`
 * refuses it, so a file the app loads would otherwise fail every command.
 */
export function parseJsonText(text: string): unknown {
	return JSON.parse(text.replace(/^\uFEFF/, ''));
}

/**
 * `text` safe to print on a terminal: control characters (C0, DEL, C1) and the bidirectional
 * controls that reorder what follows are shown as `\u001b`-style escapes, so an id or a title
 * from a dataset can neither recolour nor rewrite the report around it. Newlines and tabs too,
 * and the Unicode line and paragraph separators, which some terminals and log viewers break on:
 * each value stays on its line.
 */
export function printable(text: string): string {
	return text.replace(
		// eslint-disable-next-line no-control-regex
		/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
		(c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
	);
}
