import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Workspace from './Workspace.svelte';
import { AppState } from './app-state.svelte.ts';
import { validateDataset } from '../data/validate.ts';
import { MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { givePlotsAWidth } from '../../../tests/setup/plot-width.ts';

givePlotsAWidth();

/** A page state on the mini dataset, its second event a draft awaiting review. */
function appWithADraft(): { app: AppState; draftId: string; draftTitle: string } {
	const data = miniDataset();
	data.events[1].draft = true;
	const app = new AppState(new URL('https://example.org/events.json'));
	app.dataset = validateDataset(data, { file: 'events.json' });
	app.loadText = () => Promise.resolve({ text: MINI_TEXT, integrity: { status: 'no-checksum' } });
	return { app, draftId: data.events[1].id, draftTitle: data.events[1].title };
}

describe('drafts awaiting review', () => {
	it('are marked in the list and on the timeline, and can be hidden', async () => {
		const { app, draftId, draftTitle } = appWithADraft();
		render(Workspace, { props: { app } });
		const list = screen.getByRole('navigation', { name: 'Events in chronological order' });
		const row = within(list).getByRole('button', { name: new RegExp(draftTitle) });
		expect(row).toHaveTextContent(`Draft${draftTitle}`);
		const mark = document.querySelector(`g.mark[data-event-id="${draftId}"]`);
		expect(mark).toHaveClass('draft');
		expect(mark?.getAttribute('aria-label')).toMatch(/^Draft, /);

		await userEvent
			.setup()
			.click(screen.getByRole('checkbox', { name: 'Show 1 draft awaiting review' }));
		expect(within(list).queryByRole('button', { name: new RegExp(draftTitle) })).toBeNull();
		expect(document.querySelector(`g.mark[data-event-id="${draftId}"]`)).toBeNull();
	});

	it('can be accepted or dropped from the reader', async () => {
		const { app, draftId, draftTitle } = appWithADraft();
		render(Workspace, { props: { app } });
		const user = userEvent.setup();
		const list = screen.getByRole('navigation', { name: 'Events in chronological order' });
		await user.click(within(list).getByRole('button', { name: new RegExp(draftTitle) }));
		const review = await screen.findByRole('group', { name: 'Review this draft' });
		await user.click(within(review).getByRole('button', { name: 'Accept' }));
		expect(app.dataset!.events.find((e) => e.id === draftId)?.draft).toBeUndefined();
		expect(screen.queryByRole('group', { name: 'Review this draft' })).toBeNull();
		expect(screen.queryByRole('checkbox', { name: /draft/ })).toBeNull();

		const second = appWithADraft();
		const before = second.app.dataset!.events.length;
		second.app.dropDraft(second.draftId);
		expect(second.app.dataset!.events).toHaveLength(before - 1);
		// Only drafts can be dropped: an accepted event stays.
		second.app.dropDraft(second.app.dataset!.events[0].id);
		expect(second.app.dataset!.events).toHaveLength(before - 1);
	});
});
