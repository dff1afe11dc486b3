/**
 * Writing what a command produces: each file through a temporary file in its own folder, renamed
 * over the target, so that a failed write (a full disk, a killed process) never leaves half a
 * file; and an I/O error as one clear line, never a stack trace.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Writes `text` to `path` atomically, creating its folder. Throws a one-line Error on failure. */
export function writeFileAtomically(path: string, text: string): void {
	const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
	try {
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(temporary, text);
		renameSync(temporary, path);
	} catch (error) {
		rmSync(temporary, { force: true });
		throw new Error(`cannot write ${path}: ${ioMessage(error)}`, { cause: error });
	}
}

/** An I/O error's message without its stack: "ENOSPC: no space left on device". */
export function ioMessage(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	if (e?.code && typeof e.message === 'string') return e.message.replace(/, \w+ '.*'$/, '');
	return e instanceof Error ? e.message : String(error);
}
