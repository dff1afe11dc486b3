import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SourceReader from './SourceReader.svelte';
import { validateDataset } from '../data/validate.ts';
import { MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const dataset = validateDataset(miniDataset(), { file: 'mini.json' });
const byId = (id: string) => dataset.events.find((e) => e.id === id)!;

function setup(eventId: string, text = MINI_TEXT) {
	const onselect = vi.fn();
	render(SourceReader, {
		props: {
			event: byId(eventId),
			events: dataset.events,
			sources: dataset.sources,
			loadText: () => Promise.resolve(text),
			onselect,
			onclose: () => {}
		}
	});
	return { onselect };
}

describe('SourceReader', () => {
	it('shows the article with the cited passage in a <mark>, as text', async () => {
		setup('drone-strike-jordan');
		expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(
			'Drone strikes a base in Jordan'
		);
		const mark = await screen.findByText('In January, a drone struck a base in Jordan');
		expect(mark.tagName).toBe('MARK');
		expect(mark).toHaveClass('cited');
	});

	it('offers an event’s links as links that open apart, with their host, and loads none', async () => {
		const event = {
			...byId('drone-strike-jordan'),
			links: [
				{ url: 'https://example.org/photo.jpg', label: 'Media: <img src=x onerror=alert(1)>' }
			]
		};
		const fetchSpy = vi.spyOn(globalThis, 'fetch');
		render(SourceReader, {
			props: {
				event,
				events: dataset.events,
				sources: dataset.sources,
				loadText: () => Promise.resolve(MINI_TEXT),
				onselect: () => {},
				onclose: () => {}
			}
		});
		const link = screen.getByRole('link', { name: 'Media: <img src=x onerror=alert(1)>' });
		expect(link).toHaveAttribute('href', 'https://example.org/photo.jpg');
		expect(link).toHaveAttribute('rel', 'noopener noreferrer');
		expect(link).toHaveAttribute('target', '_blank');
		expect(screen.getByRole('list', { name: 'Links' })).toHaveTextContent('example.org');
		expect(document.querySelector('img')).toBeNull();
		expect(fetchSpy).not.toHaveBeenCalled();
		fetchSpy.mockRestore();
	});

	it('shows how the date is known and how the publication date is known', async () => {
		setup('drone-strike-jordan');
		expect(screen.getByText(/'In January' in a report of 1 July 2024/)).toBeInTheDocument();
		expect(screen.getByText(/Published 1 July 2024/)).toBeInTheDocument();
	});

	it('marks other events’ passages faintly; clicking one selects that event', async () => {
		const { onselect } = setup('drone-strike-jordan');
		const other = await screen.findByRole('button', {
			name: 'The group announced a halt to attacks on Jan. 30.'
		});
		expect(other.closest('mark')).toHaveClass('other');
		await userEvent.click(other);
		expect(onselect).toHaveBeenCalledWith('halt-to-attacks');
	});

	it('says plainly when a cited passage cannot be found, and marks nothing', async () => {
		setup('drone-strike-jordan', MINI_TEXT.replace('a drone struck', 'a missile hit'));
		expect(await screen.findByRole('status')).toHaveTextContent(
			'One cited passage could not be found'
		);
		expect(document.querySelector('mark.cited')).toBeNull();
	});

	it('renders markup in the source as text, never as HTML', async () => {
		const hostile = MINI_TEXT.replace('Militia', '<img src=x onerror=alert(1)>Militia');
		setup('drone-strike-jordan', hostile);
		await screen.findByText('In January, a drone struck a base in Jordan');
		expect(document.querySelector('img')).toBeNull();
		expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
	});
});
