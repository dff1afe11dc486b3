/**
 * What the loading screen says while a big dataset file is read as it arrives.
 */
import type { ReadProgress } from '../data/stream-dataset.ts';

const MB = 1_000_000;

/** Megabytes as a reader counts them: whole ones from 10 MB, one decimal below. */
function megabytes(bytes: number): string {
	const mb = bytes / MB;
	return mb >= 10 ? Math.round(mb).toLocaleString('en-US') : (Math.floor(mb * 10) / 10).toFixed(1);
}

/**
 * "312 of 950 MB read (32 %)", or "312 MB read" when the server did not say the file's length.
 */
export function describeLoadProgress({ loaded, total }: ReadProgress): string {
	if (total === undefined || total <= 0) return `${megabytes(loaded)} MB read`;
	const percent = Math.min(100, Math.floor((loaded / total) * 100));
	return `${megabytes(loaded)} of ${megabytes(total)} MB read (${percent} %)`;
}
