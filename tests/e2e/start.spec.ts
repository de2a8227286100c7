/**
 * `PORT=8080 npm start` serves the app on another port. The script runs with --no-build: the
 * webServer of this suite has just built build/, and a second build would rewrite it under
 * the other tests. Everything listens on, and is fetched from, 127.0.0.1 only.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from '../support/net';
import { expect, test as base } from './fixtures';

const root = fileURLToPath(new URL('../..', import.meta.url));

// The app served on its own port is an origin of its own: the guards count it as the app's.
const test = base.extend<{ port: number }>({
	// eslint-disable-next-line no-empty-pattern
	port: async ({}, use) => use(await freePort()),
	appOrigins: async ({ appOrigins, port }, use) => {
		await use([...appOrigins, `http://127.0.0.1:${port}`]);
	}
});

const answers = (url: string) =>
	fetch(url).then(
		() => true,
		() => false
	);

test('PORT=… npm start serves the app on that port, deep links included, until Ctrl+C', async ({
	page,
	expectAccessible,
	port
}) => {
	const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
	delete env.HOST;
	// Its own process group, so that the script, npx and sirv can be stopped together.
	const app = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
		cwd: root,
		env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	app.stdout.on('data', (chunk) => (output += chunk));
	app.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => app.once('exit', resolve));
	const group = -app.pid!;
	try {
		const url = `http://127.0.0.1:${port}/`;
		await expect.poll(() => output).toContain(`Touchpoint is running at ${url}`);
		// The address is printed as sirv starts; it answers a moment later.
		await expect.poll(() => answers(url)).toBe(true);

		const html = readFileSync(`${root}/build/index.html`, 'utf8');
		for (const path of ['', 'journeys/x']) {
			const response = await fetch(url + path);
			expect(response.status, path).toBe(200);
			expect(await response.text(), path).toBe(html);
		}

		await page.goto(url);
		await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Full-service airline' })).toBeVisible();
		await expectAccessible();
		await page.goto(`${url}journeys/x`);
		await expect(
			page.getByRole('heading', { level: 1, name: 'This journey is not in this browser.' })
		).toBeVisible();

		// Ctrl+C in a terminal interrupts the whole foreground group.
		process.kill(group, 'SIGINT');
		await exited;
		await expect.poll(() => answers(url)).toBe(false);
	} finally {
		try {
			process.kill(group, 'SIGKILL');
		} catch {
			// Already gone: nothing to clean up.
		}
	}
});
