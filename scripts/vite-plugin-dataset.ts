import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { TrustedFile } from '../src/lib/data/trusted.ts';
import { checkDatasetFiles } from './check-data-lib.ts';

/**
 * The dataset at `file` if it passes `npm run check:data`'s strict check (drafts allowed: the
 * app shows them for review): its size and SHA-256, which the page trusts without validating
 * again (`src/lib/data/trusted.ts`). Null when it does not pass, or cannot be read: the page
 * then validates it and lists its problems, as it does any other dataset.
 */
export function trustedDatasetOf(file: string): TrustedFile | null {
	try {
		const report = checkDatasetFiles(
			file,
			{ readFileSync, readdirSync, existsSync },
			{ allowDrafts: true }
		);
		if (report.problems.length > 0) return null;
		const bytes = readFileSync(file);
		return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
	} catch {
		return null;
	}
}

/**
 * Serves the project's dataset (`events.json`) and the source articles (`sources/*.txt`) from the
 * repository root, in dev and preview, and copies them into the build, byte for byte.
 *
 * It also validates the dataset when the build starts, and gives the page its hash when it passes
 * (`trustedDatasetOf`).
 *
 * Why a plugin and not Vite's `public/`: the dataset and the articles are the project's primary
 * data and live at the top of the repo where people edit them; they must not be duplicated.
 */
export function datasetPlugin(root = process.cwd()): Plugin {
	const sourcesDir = resolve(root, 'sources');
	const datasetFile = resolve(root, 'events.json');

	/** Maps a request path to where a dataset file would be, or null. Refuses anything else. */
	function fileFor(urlPath: string): string | null {
		const path = decodeURIComponent(urlPath.split('?')[0]);
		if (path === '/events.json') return datasetFile;
		const match = /^\/sources\/([A-Za-z0-9._-]+)$/.exec(path);
		return match && !match[1].startsWith('.') ? join(sourcesDir, match[1]) : null;
	}

	return {
		name: 'evidence-timeline-dataset',
		config() {
			// Checked once when the build (or the server) starts; an edit afterwards no longer
			// matches the hash, and the page validates the file as it would any other.
			const trusted = trustedDatasetOf(datasetFile);
			if (!trusted)
				console.warn(
					'events.json does not pass npm run check:data: the page will validate it when it loads.'
				);
			return { define: { __TRUSTED_DATASET__: JSON.stringify(trusted) } };
		},
		configureServer(server) {
			server.middlewares.use((req, res, next) => {
				const file = req.url ? fileFor(req.url.replace(server.config.base, '/')) : null;
				if (!file || !existsSync(file)) return next();
				res.setHeader(
					'Content-Type',
					file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8'
				);
				res.end(readFileSync(file));
			});
		},
		generateBundle() {
			this.emitFile({ type: 'asset', fileName: 'events.json', source: readFileSync(datasetFile) });
			for (const name of readdirSync(sourcesDir)) {
				if (name.startsWith('.')) continue;
				this.emitFile({
					type: 'asset',
					fileName: `sources/${name}`,
					source: readFileSync(join(sourcesDir, name))
				});
			}
		}
	};
}
