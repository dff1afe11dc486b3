import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveMount, startStaticServer, type Mount, type StaticServer } from './server.ts';

describe('resolveMount', () => {
	const mounts: Mount[] = [
		{ prefix: '/peers/', folder: '/srv/peers' },
		{ prefix: '/', folder: '/srv/dist' }
	];

	it('maps a path to the first mount whose prefix it starts with', () => {
		expect(resolveMount(mounts, '/peers/a.js')?.file).toBe(join('/srv/peers', 'a.js'));
		expect(resolveMount(mounts, '/assets/x%20y.js')?.file).toBe(join('/srv/dist', 'assets/x y.js'));
		expect(resolveMount(mounts, '/')?.file).toBe(join('/srv/dist', 'index.html'));
	});

	it('refuses paths that leave their folder', () => {
		expect(resolveMount(mounts, '/peers/../../etc/passwd')).toBeUndefined();
		expect(resolveMount(mounts, '/%2e%2e/secret')).toBeUndefined();
		expect(resolveMount(mounts, '/%E0%A4%A')).toBeUndefined();
	});
});

describe('startStaticServer', () => {
	let root: string;
	let server: StaticServer;

	beforeAll(async () => {
		root = mkdtempSync(join(tmpdir(), 'bench-server-'));
		mkdirSync(join(root, 'assets'));
		writeFileSync(join(root, 'index.html'), '<p>hi</p>');
		writeFileSync(join(root, 'assets/a.js'), 'export {}');
		server = await startStaticServer([
			{ prefix: '/', folder: root, headers: { 'Content-Security-Policy': "script-src 'self'" } }
		]);
	});

	afterAll(async () => {
		await server.close();
		rmSync(root, { recursive: true, force: true });
	});

	it('serves files with their type and the mount’s headers, on 127.0.0.1', async () => {
		expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const page = await fetch(`${server.origin}/`);
		expect(page.status).toBe(200);
		expect(page.headers.get('content-type')).toContain('text/html');
		expect(page.headers.get('content-security-policy')).toBe("script-src 'self'");
		expect(await page.text()).toBe('<p>hi</p>');
		const script = await fetch(`${server.origin}/assets/a.js?v=1`);
		expect(script.headers.get('content-type')).toContain('text/javascript');
	});

	it('answers 404 for what it does not have', async () => {
		expect((await fetch(`${server.origin}/nothing.js`)).status).toBe(404);
		expect((await fetch(`${server.origin}/assets`)).status).toBe(404);
	});
});
