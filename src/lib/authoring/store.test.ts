import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { clearWorking, loadWorking, saveWorking } from './store.ts';
import { hasSavedWork } from './saved-flag.ts';
import { newTimeline } from './working.ts';

describe('the working dataset kept in the browser', () => {
	it('is saved, restored whole, and forgotten on discard', async () => {
		expect(await loadWorking()).toBeUndefined();
		expect(hasSavedWork()).toBe(false);
		const working = { ...newTimeline('Kept'), texts: { 'a.txt': 'On 3 March 2024…' } };
		await saveWorking(working);
		expect(hasSavedWork()).toBe(true);
		expect((await loadWorking())?.working).toEqual(working);
		await clearWorking();
		expect(await loadWorking()).toBeUndefined();
		expect(hasSavedWork()).toBe(false);
	});
});
