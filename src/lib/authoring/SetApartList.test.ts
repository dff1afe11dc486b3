import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import type { EventRecord } from '../data/types.ts';
import type { SetApart } from '../drafts/confidence.ts';
import SetApartList from './SetApartList.svelte';

function passage(id: string, quote: string, reason: string): SetApart {
	const draft: EventRecord = {
		id,
		title: quote.slice(0, 40),
		summary: quote,
		date: { start: '2021-03-02', precision: 'day', approximate: false, basis: '‘Tuesday’' },
		topic: 'harbour',
		kind: 'draft',
		actors: [],
		places: [],
		importance: 1,
		draft: true,
		citations: [{ source: 'paper', quote, start: 0, end: quote.length }]
	};
	return { draft, signal: 'reaction', reason };
}

describe('the list of passages set apart', () => {
	const passages = [
		passage(
			'draft-paper-2',
			'The harbour board declined to comment on Tuesday.',
			'‘Tuesday’ dates a comment given or refused, not a happening'
		),
		// Text from a page is shown as text, never as markup.
		passage('draft-paper-3', '<img src=x onerror=alert(1)> as of late Tuesday', 'a state')
	];

	it('starts folded, opens to show each passage with its date and why, and promotes one', async () => {
		const onpromote = vi.fn();
		const user = userEvent.setup();
		const { container } = render(SetApartList, { props: { passages, onpromote } });
		const summary = screen.getByText('2 other dated passages, less likely to be events');
		const details = summary.closest('details')!;
		expect(details.open).toBe(false);

		await user.click(summary);
		expect(details.open).toBe(true);
		expect(screen.getByText('The harbour board declined to comment on Tuesday.')).toBeVisible();
		expect(
			screen.getByText(/dates a comment given or refused, not a happening/)
		).toBeInTheDocument();
		expect(screen.getAllByText('2 March 2021')).toHaveLength(2);
		expect(container.querySelector('img')).toBeNull();
		expect(screen.getByText('<img src=x onerror=alert(1)> as of late Tuesday')).toBeVisible();

		await user.click(
			screen.getByRole('button', {
				name: 'Propose as a draft: The harbour board declined to comment on'
			})
		);
		expect(onpromote).toHaveBeenCalledWith('draft-paper-2');
	});

	it('shows nothing when no passage is set apart', () => {
		const { container } = render(SetApartList, { props: { passages: [], onpromote: () => {} } });
		expect(container.querySelector('details')).toBeNull();
	});
});
