import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EmbedDialog from './EmbedDialog.svelte';
import { AppState } from '../app/app-state.svelte.ts';
import { validateDataset } from '../data/validate.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';
import { EMPTY_FILTER } from '../filter/filter.ts';
import { isoDayToMs } from '../data/civil-date.ts';

function appOnAView(): AppState {
	const app = new AppState(new URL('https://news.example/t/events.json'));
	app.dataset = validateDataset(miniDataset(), { file: 'events.json' });
	const event = app.dataset.events[1];
	app.select(event.id);
	app.filter = { ...EMPTY_FILTER, topic: [event.topic] };
	app.view.showWindow([isoDayToMs('2024-01-01')!, isoDayToMs('2024-07-01')!]);
	return app;
}

describe('EmbedDialog', () => {
	it('offers both snippets for the current view, compact unless asked for the full form', async () => {
		const app = appOnAView();
		const event = app.selected!;
		render(EmbedDialog, {
			props: { app, theme: 'dark', onclose: vi.fn(), appUrl: new URL('https://news.example/t/') }
		});
		const element = () =>
			(screen.getByRole('textbox', { name: 'Web component snippet' }) as HTMLTextAreaElement).value;
		const frame = () =>
			(screen.getByRole('textbox', { name: 'Frame snippet' }) as HTMLTextAreaElement).value;
		// Articles are read on phones: the compact form is the one offered first, and says why.
		const compact = screen.getByRole('radio', { name: /^Compact, recommended for articles/ });
		expect(compact).toBeChecked();
		expect(compact.closest('label')).toHaveTextContent('Most readers of an article are on phones');
		expect(element()).toContain('src="https://news.example/t/element/event-timeline.js"');
		expect(element()).toContain(
			`<event-timeline src="https://news.example/t/events.json" event="${event.id}" from="2024-01-01" to="2024-06-30" topic="${event.topic}" theme="dark" compact></event-timeline>`
		);
		expect(frame()).toContain(
			`src="https://news.example/t/embed.html?src=events.json&amp;event=${event.id}&amp;from=2024-01-01&amp;to=2024-06-30&amp;topic=${event.topic}&amp;theme=dark&amp;compact"`
		);

		const user = userEvent.setup();
		await user.click(screen.getByRole('radio', { name: /^Full/ }));
		expect(element()).toMatch(/ theme="dark"><\/event-timeline>$/);
		expect(frame()).not.toContain('compact');
		await user.click(screen.getByRole('checkbox', { name: 'Start on this view' }));
		expect(element()).not.toContain('event=');
		expect(element()).not.toContain('from=');
		await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'auto');
		expect(element()).not.toContain('theme=');
	});

	it('says how to serve a timeline built in the browser, and that kept changes are not in the snippets yet', () => {
		localStorage.removeItem('evidence-timeline:authoring');
		const first = render(EmbedDialog, {
			props: { app: appOnAView(), theme: 'system', onclose: vi.fn() }
		});
		const publish = screen.getByRole('heading', { name: 'Your own timeline' }).parentElement!;
		expect(publish).toHaveTextContent('Download for publishing');
		expect(publish).toHaveTextContent("beside this app's files on your web host");
		expect(publish).not.toHaveTextContent('not in these snippets yet');
		first.unmount();

		localStorage.setItem('evidence-timeline:authoring', '1');
		render(EmbedDialog, { props: { app: appOnAView(), theme: 'system', onclose: vi.fn() } });
		expect(
			screen.getByRole('heading', { name: 'Your own timeline' }).parentElement!
		).toHaveTextContent('The changes kept in this browser are not in these snippets yet');
		localStorage.removeItem('evidence-timeline:authoring');
	});

	it('closes from its button', async () => {
		const onclose = vi.fn();
		render(EmbedDialog, { props: { app: appOnAView(), theme: 'system', onclose } });
		await userEvent.setup().click(screen.getByRole('button', { name: 'Close' }));
		expect(onclose).toHaveBeenCalled();
	});
});
