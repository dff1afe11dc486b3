import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { checkDatasetFiles, sourceFolder, type FileSystem } from './check-data-lib.ts';
import { MINI_FILE, MINI_TEXT, miniDataset } from '../tests/fixtures/mini-dataset.ts';

/** An in-memory file system holding a dataset at /d/events.json and its sources. */
function memoryFs(files: Record<string, string>): FileSystem {
	return {
		existsSync: (path) =>
			path in files || Object.keys(files).some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`)),
		readdirSync: (dir) =>
			Object.keys(files)
				.filter((f) => f.startsWith(`${dir.replace(/\/$/, '')}/`))
				.map((f) => f.slice(dir.replace(/\/$/, '').length + 1)),
		readFileSync: (path) => {
			if (!(path in files)) throw new Error(`ENOENT ${path}`);
			return files[path];
		}
	};
}

describe('check:data', () => {
	it('passes a valid dataset and counts what it checked', () => {
		const fs = memoryFs({
			'/d/events.json': JSON.stringify(miniDataset()),
			[`/d/sources/${MINI_FILE}`]: MINI_TEXT
		});
		const report = checkDatasetFiles('/d/events.json', fs);
		expect(report.problems).toEqual([]);
		expect(report).toMatchObject({ events: 4, sources: 1, citations: 4, derived: 4 });
	});

	it('fails when a source file is missing', () => {
		const fs = memoryFs({ '/d/events.json': JSON.stringify(miniDataset()) });
		const report = checkDatasetFiles('/d/events.json', fs);
		expect(report.problems.map((p) => p.message)).toContain('source file mini.txt is missing');
	});

	it('fails on a file that is not JSON, naming the file', () => {
		const report = checkDatasetFiles('/d/events.json', memoryFs({ '/d/events.json': '{ nope' }));
		expect(report.problems[0].file).toBe('events.json');
		expect(report.problems[0].message).toMatch(/^is not valid JSON/);
	});

	it('fails on a quote edited in the source text', () => {
		const fs = memoryFs({
			'/d/events.json': JSON.stringify(miniDataset()),
			[`/d/sources/${MINI_FILE}`]: MINI_TEXT.replace('drone', 'plane')
		});
		const report = checkDatasetFiles('/d/events.json', fs);
		expect(report.problems).toHaveLength(1);
		expect(report.problems[0]).toMatchObject({ item: 'drone-strike-jordan' });
	});

	it('refuses draft events unless told to allow them, naming each', () => {
		const data = miniDataset();
		data.events[2].draft = true;
		const fs = memoryFs({
			'/d/events.json': JSON.stringify(data),
			[`/d/sources/${MINI_FILE}`]: MINI_TEXT
		});
		const refused = checkDatasetFiles('/d/events.json', fs);
		expect(refused.problems).toEqual([
			expect.objectContaining({
				item: data.events[2].id,
				path: 'events[2].draft',
				message: expect.stringContaining('draft awaiting review')
			})
		]);
		expect(checkDatasetFiles('/d/events.json', fs, { allowDrafts: true }).problems).toEqual([]);
	});
});

describe('sourceFolder', () => {
	it('resolves sourceBase as the browser does, keeping a relative dataset path relative', () => {
		expect(sourceFolder('/site/data/events.json', '../sources/')).toBe('/site/sources/');
		expect(sourceFolder('out/events.json', 'sources/')).toBe(join('out', 'sources', '/'));
		// A base the validator refuses falls back to "sources/", as in the app.
		expect(sourceFolder('/site/data/events.json', ' //elsewhere.example/')).toBe(
			'/site/data/sources/'
		);
	});
});
