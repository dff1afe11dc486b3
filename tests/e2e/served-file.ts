import { renameSync, writeFileSync } from 'node:fs';

/**
 * Puts a file where the preview server serves it (`dist/`), whole: written beside it under this
 * worker's own name, then renamed into place. Tests run in parallel, and a page in one worker may
 * be reading a file of the same name that another worker is writing; a plain write truncates it
 * under that page's feet (a CI run once read half of a 9 MB dataset that way).
 */
export function serveFile(name: string, text: string | Uint8Array): void {
	const path = `dist/${name}`;
	const temporary = `${path}.${process.pid}.part`;
	writeFileSync(temporary, text);
	renameSync(temporary, path);
}
