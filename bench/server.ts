/**
 * A tiny static server for the bench, in this process (no second process to start, wait for and
 * kill): `dist/` at `/`, the peers' pages at `/peers/`, and the peer libraries' files straight
 * from node_modules under `/peers/vis/` and `/peers/tljs/`. It listens on 127.0.0.1 only.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.eot': 'application/vnd.ms-fontobject'
};

/** A URL prefix and the folder it serves; the first matching prefix wins. */
export interface Mount {
	prefix: string;
	folder: string;
	/** Extra response headers, e.g. the app's Content-Security-Policy. */
	headers?: Record<string, string>;
}

/**
 * The file a URL path maps to under `mounts`, or undefined when none matches or the path would
 * leave its folder. A path ending in `/` maps to its `index.html`.
 */
export function resolveMount(
	mounts: readonly Mount[],
	urlPath: string
): { file: string; mount: Mount } | undefined {
	let path: string;
	try {
		path = decodeURIComponent(urlPath);
	} catch {
		return undefined;
	}
	if (path.includes('\0')) return undefined;
	for (const mount of mounts) {
		if (!path.startsWith(mount.prefix)) continue;
		const rest = path.slice(mount.prefix.length);
		const root = resolve(mount.folder);
		const file = resolve(
			root,
			normalize(rest.endsWith('/') || rest === '' ? rest + 'index.html' : rest).replace(
				/^([/\\])+/,
				''
			)
		);
		if (file !== root && !file.startsWith(root + sep)) return undefined;
		return { file, mount };
	}
	return undefined;
}

export interface StaticServer {
	origin: string;
	close(): Promise<void>;
}

/** Serves `mounts` on 127.0.0.1:`port` (0: any free port) until `close()`. */
export async function startStaticServer(mounts: readonly Mount[], port = 0): Promise<StaticServer> {
	const server: Server = createServer(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const found = resolveMount(mounts, url.pathname);
		try {
			if (!found || !(await stat(found.file)).isFile()) throw new Error('not found');
			const body = await readFile(found.file);
			response.writeHead(200, {
				'Content-Type': CONTENT_TYPES[extname(found.file)] ?? 'application/octet-stream',
				'Content-Length': body.length,
				'Cache-Control': 'no-store',
				...found.mount.headers
			});
			response.end(request.method === 'HEAD' ? undefined : body);
		} catch {
			response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
			response.end('not found');
		}
	});
	await new Promise<void>((done, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', () => done());
	});
	const { port: actual } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${actual}`,
		close: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}
