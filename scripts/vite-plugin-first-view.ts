/**
 * Renders the timeline's first view into the served pages at build time: `index.html` (the
 * app) and `embed.html` (the frame embeds load, read mostly on phones) hold the dataset's title,
 * the plot of its first view and every event with its date and sources before any script runs,
 * and that is the page a reader with scripts blocked reads. The page's script takes over from it
 * (`src/lib/prerender/take-over.ts`).
 *
 * Svelte's server renderer needs the components compiled for the server; the build compiles
 * them for the browser. So the plugin runs a second, private Vite in middleware mode (no port,
 * no watcher) whose only job is to load `render-page.ts` through `ssrLoadModule`, with every
 * component's CSS injected into the rendered head: the served page is styled without waiting
 * for the script's CSS chunks, however the app's code is split.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { createServer, type Plugin, type ViteDevServer } from 'vite';
import { zoomTransformAlias } from './zoom-transform-alias.ts';
import { svelte, type SvelteConfig } from '@sveltejs/vite-plugin-svelte';
import svelteConfig from '../svelte.config.js';

type RenderPage = typeof import('../src/lib/prerender/render-page.ts');

/** The pages that get a first view: the element the page's script mounts into, and the layout. */
export const FIRST_VIEW_PAGES: Readonly<Record<string, { mountId: string; compact: boolean }>> = {
	'index.html': { mountId: 'app', compact: false },
	'embed.html': { mountId: 'embed', compact: true }
};

/** A server renderer of the first view, and how to stop it. */
export interface FirstViewRenderer {
	render: RenderPage;
	close: () => Promise<void>;
}

/**
 * Starts the private Vite that compiles the first view for the server (see above), rooted at
 * `root`, and loads the renderer through it.
 */
export async function startFirstViewRenderer(root: string): Promise<FirstViewRenderer> {
	const own = svelteConfig as SvelteConfig;
	const server = await createServer({
		root,
		configFile: false,
		logLevel: 'error',
		appType: 'custom',
		server: { middlewareMode: true, hmr: false, ws: false, watch: null },
		// Its own cache, never the dev server's: dependencies that server pre-bundled for its SSR
		// would give this one a second copy of Svelte's runtime beside the one it loads. One per
		// mode: the build's pre-bundled runtime is Svelte's production one, and the tests' components,
		// compiled in dev mode, failed against it ("reading 'Symbol(filename)'") after a build.
		cacheDir: resolve(root, 'node_modules/.vite-first-view', process.env.NODE_ENV ?? 'development'),
		optimizeDeps: { noDiscovery: true, include: [] },
		// dayjs's ES build imports its files without extensions, which Node's own loader refuses:
		// Vite resolves them instead.
		ssr: { noExternal: ['dayjs'] },
		// d3-zoom's transform read as the page's build reads it.
		resolve: { alias: [zoomTransformAlias(root)] },
		plugins: [
			svelte({
				preprocess: own.preprocess,
				compilerOptions: own.compilerOptions,
				configFile: false,
				dynamicCompileOptions: async (args) => ({
					...(await own.vitePlugin?.dynamicCompileOptions?.(args)),
					css: 'injected'
				})
			})
		]
	});
	try {
		const render = (await server.ssrLoadModule('/src/lib/prerender/render-page.ts')) as RenderPage;
		return { render, close: () => server.close() };
	} catch (error) {
		await server.close();
		throw error;
	}
}

/**
 * The plugin: in the build, each page of `FIRST_VIEW_PAGES` gets the first view of the bundled
 * `events.json` rendered into it. In dev, the dev server renders it the same way on each load.
 * A dataset that cannot be rendered fails the build with one line naming the file.
 */
export function firstViewPlugin(root = process.cwd()): Plugin {
	const datasetFile = resolve(root, 'events.json');
	let dev: ViteDevServer | undefined;
	let renderer: Promise<FirstViewRenderer> | undefined;

	async function renderInto(html: string, page: { mountId: string; compact: boolean }) {
		const render = dev
			? ((await dev.ssrLoadModule('/src/lib/prerender/render-page.ts')) as RenderPage)
			: (await (renderer ??= startFirstViewRenderer(root))).render;
		let text: string;
		try {
			text = readFileSync(datasetFile, 'utf8');
		} catch (error) {
			throw new Error(`events.json could not be read: ${(error as Error).message}`, {
				cause: error
			});
		}
		const view = render.renderFirstView(text, 'events.json', { compact: page.compact });
		return render.injectFirstView(html, view, page.mountId);
	}

	return {
		name: 'evidence-timeline:first-view',
		config(_, { command }) {
			// The dev server renders through its own SSR loader: the same dayjs rule as above.
			return command === 'serve' ? { ssr: { noExternal: ['dayjs'] } } : undefined;
		},
		configureServer(server) {
			dev = server;
		},
		transformIndexHtml: {
			order: 'post',
			async handler(html, ctx) {
				const page = FIRST_VIEW_PAGES[basename(ctx.filename)];
				if (!page) return html;
				if (!dev) return renderInto(html, page);
				// While editing, a dataset or component that cannot be rendered must not take the
				// page down: it is said in the terminal, and the page runs without a first view.
				try {
					return await renderInto(html, page);
				} catch (error) {
					dev.config.logger.warn(`The first view was not rendered: ${(error as Error).message}`);
					return html;
				}
			}
		},
		async closeBundle() {
			const started = renderer;
			renderer = undefined;
			if (started) await (await started).close();
		}
	};
}
