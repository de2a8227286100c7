// The Touchpoint server of `npm run bench:live`, in a process of its own (forked with
// --expose-gc), so that its heap is measured without the simulated clients in it. Serves a
// throwaway page, not the app: the clients only speak to /live. Answers the parent's
// 'memory' message with process.memoryUsage() after a full collection, and ends with it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../src/server/main.js';

const buildDir = mkdtempSync(join(tmpdir(), 'touchpoint-bench-live-'));
writeFileSync(join(buildDir, 'index.html'), '<!doctype html><title>Touchpoint</title>');
const log = [];
const server = await startServer({
	host: '127.0.0.1',
	port: 0,
	buildDir,
	log: (line) => log.push(line)
});

const stop = async () => {
	await server.close();
	rmSync(buildDir, { recursive: true, force: true });
	process.exit(0);
};
process.on('message', async (message) => {
	if (message === 'memory') {
		// Several passes: weak references and finalizers free more on the second.
		for (let i = 0; i < 3; i++) globalThis.gc?.();
		process.send({ memory: process.memoryUsage(), gc: typeof globalThis.gc === 'function' });
	} else if (message === 'log') process.send({ log });
	else if (message === 'stop') await stop();
});
// The bench ended or died: the server goes with it.
process.on('disconnect', () => void stop());
process.send({ port: server.port });
