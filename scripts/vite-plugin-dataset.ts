import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Serves the project's dataset (`events.json`) and the source articles (`sources/*.txt`) from the
 * repository root, in dev and preview, and copies them into the build, byte for byte.
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
