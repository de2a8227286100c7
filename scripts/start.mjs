// `npm start`: install what is missing, build the app and serve it on localhost.
import { spawn } from 'node:child_process';
import { ensureDependencies, run } from './ensure.mjs';

const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? '127.0.0.1';

ensureDependencies();
run('npx', ['vite', 'build']);

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
