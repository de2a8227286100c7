/**
 * A static server over the built app, as `npm start` serves it (files, SPA fallback), that a
 * test can switch to a "new version" of the service worker or stop altogether (network off).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../build', import.meta.url));
const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png'
};

export interface AppServer {
	url: string;
	/** Serves the service worker as a build with another version (a new deployment). */
	deployNewVersion(): Promise<string>;
	close(): Promise<void>;
}

/**
 * @param cacheControl what every response says; `no-cache` as `npm start` says for the page,
 *   or e.g. `max-age=600`, as static hosts that let a browser keep every file for a while
 */
export async function serveBuild(cacheControl = 'no-cache'): Promise<AppServer> {
	let workerVersion: string | undefined;
	const sockets = new Set<Socket>();
	const server: Server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
		let file = join(root, path);
		let body: Buffer;
		try {
			body = await readFile(file);
		} catch {
			file = join(root, 'index.html');
			body = await readFile(file);
		}
		if (path === '/service-worker.js' && workerVersion) {
			const built = await currentVersion();
			body = Buffer.from(body.toString('utf8').replaceAll(built, workerVersion));
		}
		// The new deployment's page says which it is.
		if (file.endsWith('index.html') && workerVersion) {
			const deployment = `<meta name="deployment" content="${workerVersion}">`;
			body = Buffer.from(body.toString('utf8').replace('</head>', `${deployment}</head>`));
		}
		response.writeHead(200, {
			'content-type': types[extname(file)] ?? 'application/octet-stream',
			'cache-control': cacheControl
		});
		response.end(body);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		async deployNewVersion() {
			workerVersion = `${await currentVersion()}-next`;
			return workerVersion;
		},
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve());
			})
	};
}

/** The version SvelteKit wrote into this build (kit.version.name). */
export async function currentVersion(): Promise<string> {
	const text = await readFile(join(root, '_app', 'version.json'), 'utf8');
	return (JSON.parse(text) as { version: string }).version;
}
