/**
 * Loopback helpers shared by the vitest and Playwright suites, so plain Node only: a free port,
 * and a throwaway redis-server on one. Neither runner's `expect` is used here.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/** A loopback port nobody listens on now: two runs on one machine never share a server. */
export const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});

/** Whether something accepts a TCP connection on this loopback port. */
export const answers = (port: number) =>
	new Promise<boolean>((resolve) => {
		const socket = createConnection({ host: '127.0.0.1', port }, () => {
			socket.end();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});

export interface Redis {
	url: string;
	stop(): void;
}

/**
 * A redis-server of the caller's own on a free loopback port, keeping nothing on disk, once it
 * answers; `stop()` ends it.
 */
export async function startRedis(timeoutMs = 10_000): Promise<Redis> {
	try {
		execFileSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' });
	} catch {
		throw new Error(
			'redis-server is missing: `npm test` installs it (scripts/ensure.mjs, ensureRedis), ' +
				'or run `sudo apt-get install -y redis-server`.'
		);
	}
	const port = await freePort();
	const redis = spawn(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ stdio: 'ignore' }
	);
	const stop = () => void redis.kill('SIGKILL');
	const deadline = Date.now() + timeoutMs;
	// It answers once it listens; asked again every 20 ms until then.
	while (!(await answers(port))) {
		if (Date.now() > deadline) {
			stop();
			throw new Error(`redis-server does not answer on port ${port}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
	return { url: `redis://127.0.0.1:${port}`, stop };
}
