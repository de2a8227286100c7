// `npm start`: install what is missing, build the app and serve it on localhost, with live
// sessions at /live on the same origin (src/server/). `npm start -- --no-build` serves the last
// build as it is (tests/e2e/start.spec.ts uses it: a build of its own would rewrite build/ under
// the other browser tests). PORT, HOST (0.0.0.0 for a LAN), REDIS_URL (rooms shared by several
// instances) and ORIGINS (a TLS proxy's public origin, comma-separated) configure it.
import { existsSync } from 'node:fs';
import { ensureDependencies, run } from './ensure.mjs';

const port = Number(process.env.PORT ?? '4173');
const host = process.env.HOST ?? '127.0.0.1';
const redisUrl = process.env.REDIS_URL || undefined;
const origins = (process.env.ORIGINS ?? '')
	.split(',')
	.map((origin) => origin.trim())
	.filter(Boolean);

if (!process.argv.includes('--no-build')) {
	ensureDependencies();
	run('npx', ['vite', 'build']);
} else if (!existsSync('build/index.html')) {
	console.error('There is no build to serve yet: run `npm start` without --no-build once.');
	process.exit(1);
}

// Imported after the install above, which may have just brought its packages.
const { startServer } = await import('../src/server/main.js');
const server = await startServer({ host, port, buildDir: 'build', redisUrl, origins });
console.log(`\nTouchpoint is running at ${server.url}`);
if (redisUrl) console.log('Live sessions share their rooms through Redis.');
console.log('Press Ctrl+C to stop.');

let stopping = false;
const stop = () => {
	if (stopping) return;
	stopping = true;
	server.close().then(
		() => process.exit(0),
		() => process.exit(1)
	);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
