/**
 * Whether this browser holds authoring work to restore: a flag in localStorage, set whenever the
 * working dataset is saved in IndexedDB and cleared when it is discarded. The reading page reads
 * it at start without loading the authoring code or opening IndexedDB, so a reader pays nothing.
 */
const SAVED_FLAG = 'evidence-timeline:authoring';

/** Whether there is saved work to restore. */
export function hasSavedWork(): boolean {
	try {
		return localStorage.getItem(SAVED_FLAG) === '1';
	} catch {
		return false;
	}
}

/** Marks saved work present, or gone. */
export function markSavedWork(on: boolean): void {
	try {
		if (on) localStorage.setItem(SAVED_FLAG, '1');
		else localStorage.removeItem(SAVED_FLAG);
	} catch {
		// Storage refused (a private window's policy): the work is still in IndexedDB.
	}
}
