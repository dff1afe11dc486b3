/**
 * The working dataset kept in the browser (IndexedDB, through `idb`) after every change, so a
 * reload or a crash loses nothing until the author publishes or discards. A flag in localStorage
 * (`saved-flag.ts`) tells the page at start that there is work to restore.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { markSavedWork } from './saved-flag.ts';
import type { Working } from './working.ts';

const DB_NAME = 'evidence-timeline-authoring';
const STORE = 'working';
const KEY = 'current';
/** What is saved: the working dataset and when. */
export interface Saved {
	working: Working;
	savedAt: string;
}

let db: Promise<IDBPDatabase> | undefined;

function database(): Promise<IDBPDatabase> {
	db ??= openDB(DB_NAME, 1, {
		upgrade(database) {
			database.createObjectStore(STORE);
		}
	});
	return db;
}

/** Saves the working dataset; one transaction, so a crash leaves the last save whole. */
export async function saveWorking(working: Working): Promise<void> {
	const saved: Saved = { working, savedAt: new Date().toISOString() };
	await (await database()).put(STORE, saved, KEY);
	markSavedWork(true);
}

/** The working dataset saved last, if any. */
export async function loadWorking(): Promise<Saved | undefined> {
	return (await (await database()).get(STORE, KEY)) as Saved | undefined;
}

/** Forgets the saved work (Discard changes). */
export async function clearWorking(): Promise<void> {
	await (await database()).delete(STORE, KEY);
	markSavedWork(false);
}
