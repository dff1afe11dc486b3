import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

// dist/ must work from any static host under any sub-path: serve it with a plain file server
// (no SPA fallback, no rewriting) under a nested path and use the app there.
const SUB_PATH = '/newsroom/graphics/2024/militias/';
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png'
};

let server: Server;
let origin = '';
const requested: string[] = [];

test.beforeAll(async () => {
	server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		requested.push(path);
		if (!path.startsWith(SUB_PATH)) return res.writeHead(404).end();
		const relative = normalize(path.slice(SUB_PATH.length) || 'index.html').replace(
			/^(\.\.[/\\])+/,
			''
		);
		try {
			const body = await readFile(
				join('dist', relative.endsWith('/') ? `${relative}index.html` : relative)
			);
			res.writeHead(200, {
				'Content-Type': TYPES[extname(relative)] ?? 'application/octet-stream'
			});
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('the built app works from a plain static host under a sub-path', async ({ page }) => {
	const outside: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(origin)) outside.push(request.url());
	});
	await page.goto(`${origin}${SUB_PATH}`);
	const list = page.getByRole('navigation', { name: 'Events in chronological order' });
	await expect(list.getByRole('button').first()).toBeVisible();
	await list.getByRole('button').first().click();
	await expect(
		page.getByRole('region', { name: 'Source reader' }).locator('mark.cited').first()
	).toBeVisible();
	// Every request stayed under the sub-path on our own origin: no third-party requests.
	expect(requested.filter((p) => !p.startsWith(SUB_PATH) && p !== '/favicon.ico')).toEqual([]);
	expect(outside).toEqual([]);
});
