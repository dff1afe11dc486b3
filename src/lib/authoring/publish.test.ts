import {
	mkdirSync,
	mkdtempSync,
	readFileSync,
	readdirSync,
	existsSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkDatasetFiles } from '../../../scripts/check-data-lib.ts';
import type { DatasetFile } from '../data/types.ts';
import { findEvents } from './pipeline.ts';
import { openFiles, publishZip } from './publish.ts';
import { readArticles } from './read-files.ts';
import { perform, startHistory } from './review.ts';
import { newTimeline, type Working } from './working.ts';

const published = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const texts = Object.fromEntries(
	readdirSync('sources').map((n) => [n, readFileSync(`sources/${n}`, 'utf8')])
);
const HELD_OUT = 'tests/heldout/articles/pti-newindianexpress-2018-helmand.txt';
/** Unzips `bytes` into a new folder and runs check:data's own check on it. */
function checkZip(bytes: Uint8Array) {
	const dir = mkdtempSync(join(tmpdir(), 'publish-'));
	for (const [path, data] of Object.entries(unzipSync(bytes))) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), data);
	}
	const fs = { readFileSync, readdirSync, existsSync };
	return { report: checkDatasetFiles(join(dir, 'events.json'), fs), dir };
}

describe('find events, review, publish', () => {
	it('drafts a held-out article, and the zip of the reviewed dataset passes check:data', () => {
		const article = readFileSync(HELD_OUT, 'utf8');
		const found = findEvents({
			dataset: published,
			texts,
			articles: [{ name: 'pasted text', text: article }],
			fields: { title: 'Afghan airstrike on Taliban kills six civilians', outlet: 'PTI' }
		});
		if (!found.ok) throw new Error(found.problems.join('\n'));
		expect(found.draftIds.length).toBeGreaterThan(2);
		expect(found.added[0].published).toMatchObject({ date: '2018-05-01', confidence: 'stated' });

		let h = startHistory({ dataset: published, texts });
		h = perform(h, { type: 'add', dataset: found.dataset, texts: found.texts, label: 'add' });
		const [a, b, c] = found.draftIds;
		const target = published.events[0].id;
		h = perform(h, {
			type: 'edit',
			id: a,
			edit: { title: 'Airstrike in Helmand', kind: 'airstrike' }
		});
		h = perform(h, { type: 'accept', ids: [a] });
		h = perform(h, { type: 'cite', id: b, target, sharperDate: false });
		h = perform(h, { type: 'drop', ids: [c] });

		const { report, dir } = checkZip(publishZip(h.present));
		expect(report.problems).toEqual([]);
		const out = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8')) as DatasetFile;
		const source = found.added[0].sourceId;
		expect(out.events.find((e) => e.title === 'Airstrike in Helmand')?.citations[0].source).toBe(
			source
		);
		expect(
			out.events.find((e) => e.id === target)!.citations.some((x) => x.source === source)
		).toBe(true);
		expect(out.events.some((e) => e.draft)).toBe(false);
		expect(out.events).toHaveLength(published.events.length + 1);
		expect(readdirSync(join(dir, 'sources'))).toHaveLength(published.sources.length + 1);

		// Open gives the same dataset back, with no problem.
		const opened = openFiles([{ name: 'timeline.zip', bytes: publishZip(h.present) }]);
		if (!opened.ok) throw new Error(opened.problems.join('\n'));
		expect(opened.problems).toEqual([]);
		expect(opened.working.dataset.events).toEqual(out.events);
	});

	it('says why an article cannot be added, in the panel’s words', () => {
		const found = findEvents({
			dataset: published,
			texts,
			articles: [{ name: 'pasted text', text: 'Nothing dated here at all.' }],
			fields: {}
		});
		expect(found.ok).toBe(false);
		if (!found.ok) expect(found.problems.join('\n')).toMatch(/give one in Publication date/);
	});

	it('starts a new timeline from nothing and fills it from a zip of articles', () => {
		const zip = zipSync({
			'a/one.txt': new Uint8Array(
				readFileSync('tests/heldout/articles/cbsnews-2005-south-asia-quake.txt')
			),
			'a/two.txt': new Uint8Array(readFileSync(HELD_OUT)),
			'a/.hidden.txt': strToU8('x'),
			'notes.md': strToU8('not an article')
		});
		const { articles, problems } = readArticles([{ name: 'texts.zip', bytes: zip }]);
		expect(problems).toEqual([]);
		expect(articles.map((a) => a.name)).toEqual(['texts.zip/a/one.txt', 'texts.zip/a/two.txt']);
		const empty: Working = newTimeline('Syria airstrikes');
		const found = findEvents({ ...empty, articles, fields: {} });
		if (!found.ok) throw new Error(found.problems.join('\n'));
		expect(found.added).toHaveLength(2);
		let h = perform(startHistory(empty), {
			type: 'add',
			dataset: found.dataset,
			texts: found.texts,
			label: 'add'
		});
		h = perform(h, { type: 'accept', ids: found.draftIds.slice(0, 3) });
		const { report } = checkZip(publishZip(h.present));
		expect(report.problems).toEqual([]);
		// A draft that another article's candidate tells joins it rather than standing alone.
		const joined = found.dataset.events.filter(
			(e) => found.draftIds.slice(0, 3).includes(e.id) && e.citationOf
		);
		expect(report.events).toBe(3 - joined.length);
	});

	it('reads a saved page by its main text and keeps the page’s hash', () => {
		const html = new Uint8Array(readFileSync('tests/fixtures/html-page/page.html'));
		const { articles } = readArticles([{ name: 'page.html', bytes: html }]);
		expect(articles[0].extractedFrom).toMatchObject({ file: 'page.html', mediaType: 'text/html' });
		expect(articles[0].text).not.toMatch(/<\w/);
	});

	it('refuses to open what is not a dataset, saying which file', () => {
		expect(openFiles([{ name: 'events.json', bytes: strToU8('{') }])).toMatchObject({
			ok: false,
			problems: [expect.stringMatching(/^events\.json: not valid JSON/)]
		});
		expect(openFiles([{ name: 'x.zip', bytes: strToU8('nope') }])).toMatchObject({ ok: false });
	});
});
