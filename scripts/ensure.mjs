// Installs what the two README commands need on a fresh machine: npm packages, and
// Debian's Chromium for the real-browser tests (Playwright cannot download its own here).
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags for tests and the benchmark: without the networking ones it floods a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').ExecFileSyncOptions} [options]
 */
export function run(command, args, options = {}) {
	console.log(`\n> ${command} ${args.join(' ')}`);
	execFileSync(command, args, { stdio: 'inherit', ...options });
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
export function ensureDependencies() {
	const marker = 'node_modules/.package-lock.json';
	const stale =
		!existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
	if (stale) run('npm', ['ci', '--no-audit', '--no-fund']);
}

export function ensureChromium() {
	if (existsSync(CHROMIUM)) return;
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(
			`Chromium is missing at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium ` +
				'(or set CHROMIUM_PATH to a Chromium or Chrome binary).'
		);
	}
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', 'chromium'], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}
