/**
 * What the app page's chunks are made of: `npm run bundle:modules` builds the app (without
 * writing dist/) and prints, for every chunk the page loads, its gzipped size and the share of it
 * each package or source folder takes. Rolldown reports each module's code before minifying, so a
 * module's share is its own gzipped code's share of the chunk's, scaled to the chunk's real
 * gzipped size: an estimate (gzip compresses across modules), good to tell where the bytes are.
 * `-- --all` lists every chunk, the lazy ones too; `-- --modules` every module, not grouped;
 * `-- --also=EventList,Overview` counts those chunks (by name) as initial too: the parts the page
 * imports right after its first view, which the end-to-end size check (bundle.spec.ts) lists.
 * The last lines sum the initial chunks by package and by feature folder.
 */
import { build, type Plugin, type Rollup } from 'vite';
import { gzipSync } from 'node:zlib';
import { relative } from 'node:path';

const root = process.cwd();
const chunks: Rollup.OutputChunk[] = [];
const assets: Rollup.OutputAsset[] = [];
const capture: Plugin = {
	name: 'capture-bundle',
	generateBundle(_options, bundle) {
		for (const file of Object.values(bundle))
			if (file.type === 'chunk') chunks.push(file);
			else assets.push(file);
	}
};

await build({ logLevel: 'warn', plugins: [capture], build: { write: false } });

const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length / 1000;

/** A package (`d3-zoom`, `svelte/internal/client`) or a source folder (`src/lib/timeline`). */
function groupOf(id: string): string {
	const path = relative(root, id.replace(/^\0/, '').replace(/\?.*$/, ''));
	if (process.argv.includes('--modules')) return path.replace(/^.*node_modules\//, '');
	const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
	if (inPackage) {
		const [, name, rest] = inPackage;
		if (name === 'svelte') return `svelte/${rest.split('/').slice(1, 3).join('/')}`;
		return name;
	}
	return path.includes('/')
		? path.slice(0, path.lastIndexOf('/')) + '/' + path.split('/').pop()
		: path;
}

const all = process.argv.includes('--all');
const also = (process.argv.find((a) => a.startsWith('--also='))?.slice('--also='.length) ?? '')
	.split(',')
	.filter(Boolean);
const entry = chunks.find((c) => c.isEntry && c.facadeModuleId?.endsWith('index.html'));
const initial = new Set<string>();
const queue = [
	...(entry ? [entry.fileName] : []),
	...chunks.filter((c) => also.includes(c.name)).map((c) => c.fileName)
];
while (queue.length > 0) {
	const name = queue.shift()!;
	if (initial.has(name)) continue;
	initial.add(name);
	queue.push(...(chunks.find((c) => c.fileName === name)?.imports ?? []));
}

let total = 0;
/** The initial chunks' KB by package (`d3-zoom`) or feature folder (`src/lib/timeline`). */
const summary = new Map<string, number>();
const areaOf = (group: string) =>
	group.startsWith('svelte/')
		? 'svelte'
		: group.startsWith('src/lib/')
			? group.split('/').slice(0, 3).join('/')
			: group.startsWith('src/')
				? 'src (page)'
				: group.replace(/\/.*$/, '');
const add = (area: string, kb: number) => summary.set(area, (summary.get(area) ?? 0) + kb);
for (const chunk of chunks) {
	if (!all && !initial.has(chunk.fileName)) continue;
	const size = gz(chunk.code);
	total += size;
	const css = [...(chunk.viteMetadata?.importedCss ?? [])];
	const modules = Object.entries(chunk.modules)
		.map(([id, m]) => ({ group: groupOf(id), weight: m.code ? gz(m.code) : 0 }))
		.filter((m) => m.weight > 0);
	const weights = modules.reduce((sum, m) => sum + m.weight, 0);
	const byGroup = new Map<string, number>();
	for (const m of modules)
		byGroup.set(m.group, (byGroup.get(m.group) ?? 0) + (m.weight / weights) * size);
	console.log(
		`\n${chunk.fileName}  ${size.toFixed(2)} KB gz${initial.has(chunk.fileName) ? '  (initial)' : ''}`
	);
	for (const [group, share] of [...byGroup].sort((a, b) => b[1] - a[1])) {
		if (share >= 0.05) console.log(`  ${share.toFixed(2).padStart(6)}  ${group}`);
		if (initial.has(chunk.fileName)) add(areaOf(group), share);
	}
	for (const file of css) {
		const asset = assets.find((a) => a.fileName === file);
		if (!asset) continue;
		const cssSize = gz(asset.source);
		total += initial.has(chunk.fileName) ? cssSize : 0;
		if (initial.has(chunk.fileName)) add('CSS', cssSize);
		console.log(`  ${cssSize.toFixed(2).padStart(6)}  CSS ${file}`);
	}
}
console.log('\nInitial chunks by package and feature folder, KB gz:');
for (const [area, kb] of [...summary].sort((a, b) => b[1] - a[1]))
	console.log(`  ${kb.toFixed(2).padStart(6)}  ${area}`);
console.log(`\n${all ? 'every chunk' : 'initial JS+CSS'} shown: ${total.toFixed(1)} KB gz`);
