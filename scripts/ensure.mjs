// Installs what the two README commands need on a fresh machine: npm packages, Debian's
// Chromium for the real-browser tests (Playwright cannot download its own here), and Debian's
// redis-server for the tests of live sessions across several server instances.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * What Playwright itself turns off in Chromium (its `chromiumSwitches`), said again: Chromium
 * reads only the last `--disable-features` it is given, and ours comes after Playwright's.
 * tests/unit/chromium-flags.test.ts fails when a Playwright upgrade adds to its own.
 */
const PLAYWRIGHT_DISABLED_FEATURES = [
	'AvoidUnnecessaryBeforeUnloadCheckSync',
	'DestroyProfileOnBrowserClose',
	'HttpsUpgrades',
	'HttpsFirstBalancedModeAutoEnable',
	'LensOverlay',
	'MediaRouter',
	'PaintHolding',
	'ThirdPartyStoragePartitioning',
	'AvoidCorsURLLoaderRestartOnRedirect',
	'TcpPortRandomizationWin',
	'OptimizationHints',
	'NetworkTimeServiceQuerying',
	'AimEnabled',
	'PreconnectToSearch',
	'msForceBrowserSignIn',
	'msEdgeUpdateLaunchServicesPreferredVersion'
];

/**
 * Without these, every new page Playwright opens is a new window that starts its own omnibox
 * popup (a second renderer loading some 200 of Chromium's own scripts) while the app loads
 * beside it: on two cores that added about 70 ms to a cold start the bench times, work a
 * person's browser does once per window, not once per page it opens.
 */
export const OMNIBOX_POPUP_FEATURES = [
	'WebUIOmniboxPopup',
	'PreloadTopChromeWebUI',
	'WebUIOmniboxFullPopup',
	'WebUIOmniboxAimPopup'
];

/** Chromium's flags for tests and the benchmark: without the networking ones it floods a closed network. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	`--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...OMNIBOX_POPUP_FEATURES].join(',')}`
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

/**
 * @param {string} pkg
 * @param {string} missing what to tell someone who is not root
 */
function aptInstall(pkg, missing) {
	if (typeof process.getuid === 'function' && process.getuid() !== 0) {
		throw new Error(`${missing} Install it with: sudo apt-get install -y ${pkg}`);
	}
	run('apt-get', ['update', '-qq']);
	run('apt-get', ['install', '-y', '-qq', pkg], {
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
	});
}

export function ensureChromium() {
	if (existsSync(CHROMIUM)) return;
	aptInstall(
		'chromium',
		`Chromium is missing at ${CHROMIUM} (or set CHROMIUM_PATH to a Chromium or Chrome binary).`
	);
}

/**
 * Whether a command is on the PATH.
 * @param {string} command
 */
function onPath(command) {
	try {
		execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** The tests start their own redis-server on a loopback port; nothing is left running. */
export function ensureRedis() {
	if (onPath('redis-server')) return;
	aptInstall('redis-server', 'redis-server is missing.');
}
