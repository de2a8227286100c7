import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { routeChunks } from './scripts/route-chunks.js';
import { routePreload } from './scripts/route-preload.js';
import { templateLanguage } from './scripts/template-language.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
	plugins: [
		sveltekit(),
		routeChunks(),
		// adapter-static's fallback page (svelte.config.js): the page every address gets.
		routePreload({ page: 'build/index.html' }),
		templateLanguage()
	],
	define: { __APP_VERSION__: JSON.stringify(version) },
	// The snapshot worker (src/lib/storage/snapshot-worker.ts) as a module, as the app's own code.
	worker: { format: 'es' },
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					// A stray .only would silently skip the rest of the suite; Vitest allows it outside CI.
					allowOnly: false,
					environment: 'node',
					include: ['tests/unit/**/*.test.ts'],
					// Property-based tests run hundreds of cases; a busy shared machine must not fail them.
					testTimeout: 30_000,
					setupFiles: ['fake-indexeddb/auto', 'tests/unit/fast-check-seed.ts']
				}
			}
		]
	}
});
