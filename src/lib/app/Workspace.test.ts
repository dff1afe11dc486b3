import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import Workspace from './Workspace.svelte';
import { AppState } from './app-state.svelte.ts';
import { dropDraft } from './review.ts';
import { validateDataset } from '../data/validate.ts';
import { at, MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { givePlotsAWidth } from '../../../tests/setup/plot-width.ts';

givePlotsAWidth();

// The list, the filters and the reader load on first use (dynamic imports). Loaded here first, so
// that the first test does not wait on the test runner compiling them: on a busy machine that
// took longer than a query waits, and the tests would measure the machine. The reader's pane
// (which brings the reader) is one of them: a test that opened it first failed under load.
beforeAll(async () => {
	await Promise.all([
		import('../list/EventList.svelte'),
		import('../filter/FilterBar.svelte'),
		import('./ReaderPane.svelte')
	]);
});

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
		const list = await screen.findByRole('navigation', { name: 'Events in chronological order' });
		const row = within(list).getByRole('button', { name: new RegExp(draftTitle) });
		expect(row).toHaveTextContent(`Draft${draftTitle}`);
		const mark = document.querySelector(`g.mark[data-event-id="${draftId}"]`);
		expect(mark).toHaveClass('draft');
		expect(mark?.getAttribute('aria-label')).toMatch(/^Draft, /);

		await userEvent
			.setup()
			.click(await screen.findByRole('checkbox', { name: 'Show 1 draft awaiting review' }));
		expect(within(list).queryByRole('button', { name: new RegExp(draftTitle) })).toBeNull();
		expect(document.querySelector(`g.mark[data-event-id="${draftId}"]`)).toBeNull();
	});

	it('can be accepted or dropped from the reader', async () => {
		const { app, draftId, draftTitle } = appWithADraft();
		render(Workspace, { props: { app } });
		const user = userEvent.setup();
		const list = await screen.findByRole('navigation', { name: 'Events in chronological order' });
		await user.click(within(list).getByRole('button', { name: new RegExp(draftTitle) }));
		const review = await screen.findByRole('group', { name: 'Review this draft' });
		await user.click(within(review).getByRole('button', { name: 'Accept' }));
		expect(app.dataset!.events.find((e) => e.id === draftId)?.draft).toBeUndefined();
		expect(screen.queryByRole('group', { name: 'Review this draft' })).toBeNull();
		expect(screen.queryByRole('checkbox', { name: /draft/ })).toBeNull();

		const second = appWithADraft();
		const before = second.app.dataset!.events.length;
		dropDraft(second.app, second.draftId);
		expect(second.app.dataset!.events).toHaveLength(before - 1);
		// Only drafts can be dropped: an accepted event stays.
		dropDraft(second.app, second.app.dataset!.events[0].id);
		expect(second.app.dataset!.events).toHaveLength(before - 1);
	});

	it('a draft that tells an existing event says which one it would join, and joins it when accepted', async () => {
		const data = miniDataset();
		const target = data.events[1]; // "Drone strikes a base in Jordan", January 2024
		const quote = at('a drone struck a base in Jordan, killing three soldiers');
		data.events.splice(2, 0, {
			...target,
			id: 'draft-strike-day',
			title: 'A drone strikes a base in Jordan on 28 January',
			date: {
				start: '2024-01-28',
				precision: 'day',
				approximate: false,
				basis: 'the 28th, from another report'
			},
			draft: true,
			citationOf: target.id,
			citations: [{ source: 'mini', ...quote }]
		});
		const app = new AppState(new URL('https://example.org/events.json'));
		app.dataset = validateDataset(data, { file: 'events.json' });
		expect(app.dataset.problems).toEqual([]);
		app.loadText = () => Promise.resolve({ text: MINI_TEXT, integrity: { status: 'no-checksum' } });
		render(Workspace, { props: { app } });
		const user = userEvent.setup();
		const list = await screen.findByRole('navigation', { name: 'Events in chronological order' });
		await user.click(within(list).getByRole('button', { name: /on 28 January/ }));
		const review = await screen.findByRole('group', { name: 'Review this draft' });
		expect(review).toHaveTextContent(
			'this would join Drone strikes a base in Jordan (January 2024) as a new citation, and date it 28 January 2024 instead.'
		);
		await user.click(within(review).getByRole('button', { name: 'Add as citation' }));
		// The join's rules load on first use: the reader moving to the event is what says it landed.
		expect(await screen.findByRole('heading', { name: target.title })).toBeInTheDocument();

		const events = app.dataset!.events;
		expect(events.find((e) => e.id === 'draft-strike-day')).toBeUndefined();
		const joined = events.find((e) => e.id === target.id)!;
		expect(joined.citations.map((c) => c.quote)).toEqual([target.citations[0].quote, quote.quote]);
		expect(joined.when.label).toBe('28 January 2024');
		expect(app.selectedId).toBe(target.id);
	});
});
