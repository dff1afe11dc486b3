import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetFile } from '../data/types.ts';
import { findEvents } from './pipeline.ts';
import { draftGroups } from './groups.ts';
import { newTimeline, toAppDataset, fetchPublished } from './working.ts';

const articles = [
	'cbsnews-2005-south-asia-quake',
	'newser-2008-china-aftershock',
	'pti-newindianexpress-2018-helmand'
].map((id) => ({
	name: `${id}.txt`,
	text: readFileSync(`tests/heldout/articles/${id}.txt`, 'utf8')
}));

describe('draft groups', () => {
	const empty = newTimeline('Disasters and strikes');
	const found = findEvents({ ...empty, articles, fields: {} });
	if (!found.ok) throw new Error(found.problems.join('\n'));
	const events = toAppDataset({ dataset: found.dataset, texts: found.texts }).events;

	it('lists every draft of many articles once, most reported first', () => {
		const groups = draftGroups(events);
		expect(groups).toHaveLength(found.draftIds.length);
		const counts = groups.map((g) => g.sources.length);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
	});

	it('narrows to one article and to a span of years', () => {
		const source = found.added[2].sourceId;
		const ofArticle = draftGroups(events, { source });
		expect(ofArticle.length).toBeGreaterThan(0);
		expect(ofArticle.every((g) => g.sources.includes(source))).toBe(true);
		const in2018 = draftGroups(events, { fromYear: 2018, toYear: 2018 });
		expect(in2018.length).toBeGreaterThan(0);
		for (const g of in2018) {
			expect(g.event.when.start.year).toBeLessThanOrEqual(2018);
			expect((g.event.when.end ?? g.event.when.start).year).toBeGreaterThanOrEqual(2018);
		}
		expect(draftGroups(events, { fromYear: 2100 })).toEqual([]);
	});
});

describe('the published dataset as a starting point', () => {
	const files = new Map<string, string>([
		['/t/events.json', readFileSync('events.json', 'utf8')],
		...readdirSync('sources').map(
			(n) => [`/t/sources/${n}`, readFileSync(`sources/${n}`, 'utf8')] as [string, string]
		)
	]);
	const fetcher = (async (url: URL) => {
		const text = files.get(url.pathname);
		return text === undefined ? new Response('', { status: 404 }) : new Response(text);
	}) as unknown as typeof fetch;

	it('fetches the dataset and every source text from its origin', async () => {
		const working = await fetchPublished(new URL('http://x/t/events.json'), fetcher);
		expect((working.dataset as DatasetFile).events.length).toBeGreaterThan(10);
		expect(Object.keys(working.texts).sort()).toEqual(readdirSync('sources').sort());
	});

	it('names the file that cannot be read', async () => {
		files.delete('/t/sources/' + readdirSync('sources')[0]);
		await expect(fetchPublished(new URL('http://x/t/events.json'), fetcher)).rejects.toThrow(
			`${readdirSync('sources')[0]}: cannot be read (HTTP 404)`
		);
	});
});
