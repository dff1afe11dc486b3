import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import EventList from './EventList.svelte';
import { validateDataset } from '../data/validate.ts';
import { miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const { events } = validateDataset(miniDataset(), { file: 'mini.json' });

describe('EventList', () => {
	it('lists events in date order under year and month headings, with the date as the text knows it', () => {
		render(EventList, { props: { events, topicColor: () => 'red', onselect: () => {} } });
		const nav = screen.getByRole('navigation', { name: 'Events in chronological order' });
		const headings = (level: number) =>
			within(nav)
				.getAllByRole('heading', { level })
				.map((h) => h.textContent);
		expect(headings(2)).toEqual(['2023', '2024']);
		// A date known only to the year is its own heading, before the months it may fall in.
		expect(headings(3)).toEqual(['2023', 'January', 'June']);
		const rows = within(nav).getAllByRole('button');
		expect(rows.map((row) => row.querySelector('.date')?.textContent)).toEqual([
			'2023',
			'January 2024',
			'30 January 2024',
			'30 June 2024'
		]);
		expect(rows[0]).toHaveTextContent('1 source');
	});

	it('selects an event on click and marks the selected row', async () => {
		const onselect = vi.fn();
		const { rerender } = render(EventList, {
			props: { events, topicColor: () => 'red', onselect }
		});
		await userEvent.click(screen.getByRole('button', { name: /Drone strikes a base in Jordan/ }));
		expect(onselect).toHaveBeenCalledWith('drone-strike-jordan');
		await rerender({
			events,
			topicColor: () => 'red',
			onselect,
			selectedId: 'drone-strike-jordan'
		});
		expect(screen.getByRole('button', { name: /Drone strikes/ })).toHaveAttribute(
			'aria-current',
			'true'
		);
	});
});
