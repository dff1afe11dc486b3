import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SourceReader from './SourceReader.svelte';
import { createHash } from 'node:crypto';
import { validateDataset } from '../data/validate.ts';
import { checkIntegrity } from '../data/source-text.ts';
import type { Dataset, SourceRecord } from '../data/types.ts';
import { MINI_TEXT, miniDataset } from '../../../tests/fixtures/mini-dataset.ts';

const dataset = validateDataset(miniDataset(), { file: 'mini.json' });

/** The mini dataset with its source's checksum, as every tool now writes it. */
function checkedDataset(): Dataset {
	const data = miniDataset();
	data.sources[0].sha256 = createHash('sha256').update(MINI_TEXT).digest('hex');
	data.sources[0].url = 'https://news.example/mini';
	data.sources[0].archivedUrl = 'https://archive.example/mini';
	data.sources[0].retrievedAt = '2024-07-02';
	data.sources[0].extractedFrom = {
		file: 'mini.html',
		sha256: 'ab'.repeat(32),
		mediaType: 'text/html',
		extractor: '@mozilla/readability 0.6.0'
	};
	return validateDataset(data, { file: 'mini.json' });
}

function setup(eventId: string, text = MINI_TEXT, data = dataset) {
	const onselect = vi.fn();
	render(SourceReader, {
		props: {
			event: data.events.find((e) => e.id === eventId)!,
			events: data.events,
			sources: data.sources,
			// As the page loads it: the bytes' checksum against the dataset's.
			loadText: async (source: SourceRecord) => ({
				text,
				integrity: await checkIntegrity(new TextEncoder().encode(text), source.sha256)
			}),
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
			...dataset.events.find((e) => e.id === 'drone-strike-jordan')!,
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
				loadText: () =>
					Promise.resolve({ text: MINI_TEXT, integrity: { status: 'no-checksum' as const } }),
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

	it('says the text is the one cited when its checksum matches, with its addresses as links', async () => {
		setup('drone-strike-jordan', MINI_TEXT, checkedDataset());
		expect(await screen.findByText(/The text is the one cited/)).toBeInTheDocument();
		expect(screen.getByText('Retrieved 2024-07-02.')).toBeInTheDocument();
		expect(
			screen.getByText(/Main text extracted from the saved page mini\.html/)
		).toHaveTextContent('(SHA-256 abababababab…) by @mozilla/readability 0.6.0.');
		const archived = screen.getByRole('link', { name: 'Archived copy' });
		expect(archived).toHaveAttribute('href', 'https://archive.example/mini');
		expect(archived.getAttribute('rel')).toContain('noreferrer');
		expect(document.querySelector('mark.cited')).not.toBeNull();
	});

	it('says so when the text differs from the one cited, by one byte outside the quotes, and shows nothing as evidence', async () => {
		const edited = MINI_TEXT.replace('officials said', 'officials, said');
		setup('drone-strike-jordan', edited, checkedDataset());
		expect(await screen.findByRole('alert')).toHaveTextContent(
			'This text differs from the one cited'
		);
		expect(screen.getByText(/In January, a drone struck a base in Jordan/)).toBeInTheDocument();
		expect(document.querySelector('mark')).toBeNull();
		expect(screen.queryByText(/The text is the one cited/)).toBeNull();
	});

	it('says a text without a checksum in the dataset is not verified', async () => {
		setup('drone-strike-jordan');
		expect(
			await screen.findByText(/Not verified: the dataset gives no checksum/)
		).toBeInTheDocument();
	});

	it('renders markup in the source as text, never as HTML', async () => {
		const hostile = MINI_TEXT.replace('Militia', '<img src=x onerror=alert(1)>Militia');
		setup('drone-strike-jordan', hostile);
		await screen.findByText('In January, a drone struck a base in Jordan');
		expect(document.querySelector('img')).toBeNull();
		expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
	});
});
