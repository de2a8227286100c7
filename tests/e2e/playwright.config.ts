import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../scripts/ensure.mjs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// E2E_PORT lets two runs (say, a test run and a benchmark) share a machine.
const port = Number(process.env.E2E_PORT ?? 4174);
const PHONE_SPECS = /\/phone-[^/]*\.spec\.ts$/;

export default defineConfig({
	testDir: '.',
	outputDir: '../../test-results/e2e',
	fullyParallel: true,
	// A stray .only would silently skip the rest of the suite, on a laptop as much as in CI.
	forbidOnly: true,
	retries: process.env.CI ? 1 : 0,
	workers: 2,
	timeout: 30_000,
	reporter: [['list'], ['json']],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		// The offline worker would precache the app in every test and answer requests that
		// tests route; offline.spec.ts allows it where it is what is tested.
		serviceWorkers: 'block',
		launchOptions: {
			// Debian's Chromium: Playwright cannot download its own browser on these machines.
			// Elsewhere, fall back to Playwright's own Chromium.
			executablePath: existsSync(chromium) ? chromium : undefined,
			args: CHROMIUM_ARGS
		}
	},
	// The phone specs (issue 19) run on a phone held upright, and only there: the rest on a desktop.
	projects: [
		{ name: 'desktop', testIgnore: PHONE_SPECS },
		{
			name: 'phone',
			testMatch: PHONE_SPECS,
			use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }
		}
	],
	webServer: {
		// The built app as users get it: static files with the SPA fallback, not `vite preview`.
		command: `npx vite build --logLevel warn && npx sirv build --single --port ${port} --host 127.0.0.1 --quiet`,
		cwd: '../..',
		url: `http://127.0.0.1:${port}`,
		reuseExistingServer: !process.env.CI,
		timeout: 120_000
	}
});
