/**
 * `jiti scripts/bench-add-articles.ts [--articles 100] [--events 2000]`: how long `add-article`
 * takes to add many articles to a large dataset in one run, the way the command does it (the
 * pipeline on each article, then check:data's check once of everything it would write). The
 * dataset is synthetic (`synthetic-dataset.ts`) over the project's real sources; the articles are
 * the development pages (`tests/fixtures/drafts-dev/` with their URLs, and the sixth article),
 * each made distinct by a numbered closing line so none is refused as already added. Prints the
 * figures; writes nothing.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { DatasetFile } from '../src/lib/data/types.ts';
import { addArticles, overlayFileSystem, type ArticleInput } from './add-article-lib.ts';
import { checkDatasetFiles } from './check-data-lib.ts';
import { generateSyntheticDataset } from './synthetic-dataset.ts';

const { values } = parseArgs({
	options: {
		articles: { type: 'string', default: '100' },
		events: { type: 'string', default: '2000' }
	}
});
const articleCount = Number(values.articles);
const eventCount = Number(values.events);

const real = JSON.parse(readFileSync('events.json', 'utf8')) as DatasetFile;
const dataset = generateSyntheticDataset(real, { events: eventCount, seed: 1 });
const sourceTexts = new Map(
	readdirSync('sources')
		.filter((n) => !n.startsWith('.'))
		.map((n) => [n, readFileSync(join('sources', n), 'utf8')])
);
const DEV = 'tests/fixtures/drafts-dev';
// The development pages with the URL each is given in its test (some are dated only by it).
const urls = (
	JSON.parse(readFileSync(join(DEV, 'expected.json'), 'utf8')) as {
		articles: Record<string, { url: string }>;
	}
).articles;
const pages: { text: string; url?: string }[] = [
	...Object.entries(urls).map(([n, { url }]) => ({
		text: readFileSync(join(DEV, n), 'utf8'),
		url
	})),
	// The sixth article states no date: a Posted line gives it the one its test uses.
	{
		text: `Posted Oct 15, 2024\n${readFileSync('tests/fixtures/sixth-article/article.txt', 'utf8')}`
	}
];
const articles: ArticleInput[] = Array.from({ length: articleCount }, (_, i) => ({
	name: `article-${i}.txt`,
	text: `${pages[i % pages.length].text.trimEnd()}\n\nCopy ${i + 1}.\n`,
	url: pages[i % pages.length].url
}));

const t0 = performance.now();
const run = addArticles(dataset, articles, { sourceTexts, includeOffTopic: true });
const t1 = performance.now();
const datasetPath = resolve('bench-dataset.json');
const planned: Record<string, string> = { [datasetPath]: JSON.stringify(run.dataset) };
for (const a of run.added) planned[resolve('sources', a.file.name)] = a.text;
const check = checkDatasetFiles(
	datasetPath,
	overlayFileSystem({ readFileSync, readdirSync, existsSync }, planned),
	{ allowDrafts: true }
);
const t2 = performance.now();
console.log(
	`${run.added.length} of ${articleCount} articles added to a dataset of ${dataset.events.length} events: ` +
		`${run.candidates.length} candidates, ${check.problems.length} problems.`
);
console.log(
	`Pipeline ${((t1 - t0) / 1000).toFixed(1)} s (${((t1 - t0) / articleCount).toFixed(0)} ms per article), ` +
		`check once ${((t2 - t1) / 1000).toFixed(1)} s, total ${((t2 - t0) / 1000).toFixed(1)} s.`
);
if (run.refused.length > 0)
	console.log(
		'Refused:',
		run.refused.map((r) => `${r.name}: ${r.problems[0]}`)
	);
