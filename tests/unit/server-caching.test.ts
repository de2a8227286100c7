import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRequestHandler } from '../../src/server/http.js';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'touchpoint-cache-'));
	mkdirSync(join(dir, '_app/immutable/chunks'), { recursive: true });
	writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Touchpoint</title>');
	writeFileSync(join(dir, '_app/immutable/chunks/Ab12Cd34.js'), 'export const a = 1;');
	writeFileSync(join(dir, '_app/version.json'), '{}');
	server = createServer(createRequestHandler(dir));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
	server.close();
	rmSync(dir, { recursive: true, force: true });
});

const cacheOf = async (path: string) => (await fetch(base + path)).headers.get('cache-control');

describe('what npm start lets a browser keep', () => {
	it('keeps a file the build named by its content for a year, without asking again', async () => {
		expect(await cacheOf('/_app/immutable/chunks/Ab12Cd34.js')).toBe(
			'public, max-age=31536000, immutable'
		);
	});

	it('asks again for the page, at any address, and for the files that keep their names', async () => {
		expect(await cacheOf('/')).toBe('no-cache');
		expect(await cacheOf('/journeys/some-journey')).toBe('no-cache');
		expect(await cacheOf('/_app/version.json')).toBe('no-cache');
	});
});
