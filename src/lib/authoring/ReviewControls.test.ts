import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { AppState } from '../app/app-state.svelte.ts';
import { MINI_FILE, MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { authoringFor } from './authoring.svelte.ts';
import ReviewControls from './ReviewControls.svelte';

describe('review controls in the reader of a draft', () => {
	it('edit a title and a date, add the draft as a citation, and undo each change', async () => {
		const data = miniDataset();
		data.events[1].draft = true;
		const files: Record<string, string> = {
			'/events.json': JSON.stringify(data),
			[`/sources/${MINI_FILE}`]: MINI_TEXT
		};
		vi.stubGlobal('fetch', async (url: URL) =>
			files[url.pathname] === undefined
				? new Response('', { status: 404 })
				: new Response(files[url.pathname])
		);
		const app = new AppState(new URL('https://example.org/events.json'));
		await app.load();
		const authoring = authoringFor(app);
		await authoring.start();
		const draftId = data.events[1].id;
		const draft = () => app.dataset!.events.find((e) => e.id === draftId);
		const user = userEvent.setup();
		const { rerender } = render(ReviewControls, { props: { event: draft()! } });

		await user.click(screen.getByRole('button', { name: 'Edit' }));
		const title = screen.getByLabelText('Title');
		await user.clear(title);
		await user.type(title, 'The drone strike on the base');
		await user.clear(screen.getByLabelText('Date'));
		await user.type(screen.getByLabelText('Date'), '2024-01-28');
		await user.click(screen.getByRole('button', { name: 'Save the edit' }));
		expect(draft()).toMatchObject({ title: 'The drone strike on the base', draft: true });
		expect(draft()!.when.label).toBe('28 January 2024');
		await rerender({ event: draft()! });

		// A bad date is refused, naming the field, and nothing changes.
		await user.click(screen.getByRole('button', { name: 'Edit' }));
		await user.clear(screen.getByLabelText('Date'));
		await user.type(screen.getByLabelText('Date'), '2024-13');
		await user.click(screen.getByRole('button', { name: 'Save the edit' }));
		expect(screen.getByRole('alert')).toHaveTextContent('Date: "2024-13" is not a date');
		expect(draft()!.when.label).toBe('28 January 2024');
		await user.click(screen.getByRole('button', { name: 'Cancel' }));

		// Added as a citation of the first event: the draft is gone, its citation joined it.
		const target = data.events[0];
		await user.selectOptions(screen.getByLabelText('Add as citation to'), target.id);
		await user.click(screen.getByRole('button', { name: 'Add as citation' }));
		expect(draft()).toBeUndefined();
		expect(app.dataset!.events.find((e) => e.id === target.id)!.citations).toHaveLength(
			target.citations.length + 1
		);

		// Undo takes back one change at a time.
		await user.click(screen.getByRole('button', { name: /^Undo/ }));
		expect(draft()!.title).toBe('The drone strike on the base');
		authoring.undo();
		expect(draft()!.title).toBe(data.events[1].title);
		await authoring.saved();
		vi.unstubAllGlobals();
	});
});
