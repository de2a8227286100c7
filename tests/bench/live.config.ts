// `npm run bench:live` runs tests/bench/live-load.ts with Vitest only so that it can import the
// app's TypeScript (the journey generator and the Y.Doc layout of records-in-y.ts) as the unit
// tests do. Not a project of the main config: `npm test` never runs it.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		name: 'bench-live',
		environment: 'node',
		include: ['tests/bench/live-load.ts'],
		// Figures print as they come, not gathered under the test's name.
		disableConsoleIntercept: true,
		// The script bounds itself (LIVE_DEADLINE_MS) and says what it waited for; this is the backstop.
		testTimeout: 300_000
	}
});
