// `npm start`: install what is missing, build the app and serve it on localhost.
// `npm start -- --no-build` serves the last build as it is (tests/e2e/start.spec.ts uses it:
// a build of its own would rewrite build/ under the other browser tests).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureDependencies, run } from './ensure.mjs';

const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? '127.0.0.1';

if (!process.argv.includes('--no-build')) {
	ensureDependencies();
	run('npx', ['vite', 'build']);
} else if (!existsSync('build/index.html')) {
	console.error('There is no build to serve yet: run `npm start` without --no-build once.');
	process.exit(1);
}

const server = spawn(
	'npx',
	['sirv', 'build', '--single', '--port', port, '--host', host, '--quiet'],
	{ stdio: 'inherit' }
);
console.log(
	`\nTouchpoint is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`
);
console.log('Press Ctrl+C to stop.');
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => process.exit(code ?? 0));
