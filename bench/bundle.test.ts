import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assetsOfHtml, importsOf, measureBundle, reachableFiles, sizeOf } from './bundle.ts';

describe('assetsOfHtml', () => {
	it('finds module scripts, stylesheets and module preloads, nothing else', () => {
		const html = `<head>
			<link rel="icon" href="data:," />
			<script type="module" crossorigin src="./assets/main-B.js"></script>
			<script src="./classic.js"></script>
			<link rel="modulepreload" crossorigin href="./assets/shared-D.js">
			<link rel=stylesheet href='./assets/main-C.css'>
		</head>`;
		expect(assetsOfHtml(html)).toEqual([
			'./assets/main-B.js',
			'./assets/shared-D.js',
			'./assets/main-C.css'
		]);
	});
});

describe('importsOf', () => {
	it('tells static imports from dynamic ones in minified output', () => {
		const code =
			'import{A as e,B as t}from"./shared-D.js";import"./side.js";export*from"./re.js";' +
			'var x=`import from "./not-a-path"`;const l=()=>import(`./lazy-E.js`);' +
			'const m=(i,d=(m.f||(m.f=["assets/lazy-E.js","assets/lazy-F.css"])))=>i.map(i=>d[i]);' +
			'console.log("Import a file from ./somewhere");';
		expect(importsOf(code)).toEqual({
			static: ['./shared-D.js', './side.js', './re.js'],
			dynamic: ['./lazy-E.js', 'assets/lazy-E.js', 'assets/lazy-F.css']
		});
	});

	it('counts a worker Vite names bare beside its importer as loaded on demand', () => {
		const code =
			'this.w??=new Worker(new URL(new URL(`pipeline.worker-B.js`,import.meta.url).href,``+import.meta.url),{type:`module`});' +
			'const u=new URL(e,import.meta.url);';
		expect(importsOf(code)).toEqual({ static: [], dynamic: ['./pipeline.worker-B.js'] });
	});
});

describe('reachableFiles and sizeOf', () => {
	let root: string | undefined;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
	});

	function write(files: Record<string, string>) {
		root = mkdtempSync(join(tmpdir(), 'bench-bundle-'));
		for (const [path, text] of Object.entries(files)) {
			mkdirSync(dirname(join(root, path)), { recursive: true });
			writeFileSync(join(root, path), text);
		}
		return root;
	}

	it('follows static imports, and dynamic ones only when asked', () => {
		const dist = write({
			'assets/main.js': 'import{a}from"./shared.js";const l=()=>import("./lazy.js");',
			'assets/shared.js': 'export const a=1;',
			'assets/lazy.js':
				'import"./shared.js";const d=["assets/lazy.css","assets/missing.css"];export{}',
			'assets/lazy.css': 'p{}',
			'assets/main.css': 'body{}'
		});
		expect(reachableFiles(dist, ['./assets/main.js', './assets/main.css'], false)).toEqual([
			'assets/main.css',
			'assets/main.js',
			'assets/shared.js'
		]);
		expect(reachableFiles(dist, ['./assets/main.js'], true)).toEqual([
			'assets/lazy.css',
			'assets/lazy.js',
			'assets/main.js',
			'assets/shared.js'
		]);
	});

	it('fails on a missing static import', () => {
		const dist = write({ 'a.js': 'import"./gone.js";' });
		expect(() => reachableFiles(dist, ['a.js'], false)).toThrow(/gone\.js/);
	});

	it('sums raw and gzip sizes in KB', () => {
		const dist = write({ 'a.js': 'x'.repeat(2000), 'b.css': 'y'.repeat(3000) });
		const size = sizeOf(dist, ['a.js', 'b.css']);
		expect(size.rawKB).toBe(5);
		expect(size.gzipKB).toBeGreaterThan(0);
		expect(size.gzipKB).toBeLessThan(0.2);
	});

	it('counts what the browser fetched for the first view as initial, with what the HTML loads', () => {
		const dist = write({
			'index.html': '<script type="module" src="./assets/main.js"></script>',
			'embed.html': '<script type="module" src="./assets/main.js"></script>',
			'assets/main.js': 'const l=()=>import("./list.js");const r=()=>import("./reader.js");',
			'assets/list.js': 'x'.repeat(500),
			'assets/reader.js': 'y'.repeat(500),
			'element/event-timeline.js': '',
			'element/event-timeline.iife.js': ''
		});
		expect(measureBundle(dist).appInitial.files).toEqual(['assets/main.js']);
		const withList = measureBundle(dist, ['assets/list.js']).appInitial;
		expect(withList.files).toEqual(['assets/list.js', 'assets/main.js']);
		expect(withList.rawKB).toBeGreaterThan(measureBundle(dist).appInitial.rawKB);
		expect(measureBundle(dist, ['assets/list.js']).appTotal.files).toContain('assets/reader.js');
	});

	it('counts the embed frame’s page the same way, from its own fetched files', () => {
		const dist = write({
			'index.html': '<script type="module" src="./assets/main.js"></script>',
			'embed.html': '<script type="module" src="./assets/frame.js"></script>',
			'assets/main.js': 'const l=()=>import("./list.js");',
			'assets/frame.js': 'const l=()=>import("./list.js");',
			'assets/list.js': 'x'.repeat(500),
			'element/event-timeline.js': '',
			'element/event-timeline.iife.js': ''
		});
		expect(measureBundle(dist, ['assets/list.js']).embedInitial.files).toEqual(['assets/frame.js']);
		expect(measureBundle(dist, [], ['assets/list.js']).embedInitial.files).toEqual([
			'assets/frame.js',
			'assets/list.js'
		]);
		expect(measureBundle(dist, [], ['assets/list.js']).appInitial.files).toEqual([
			'assets/main.js'
		]);
	});
});
