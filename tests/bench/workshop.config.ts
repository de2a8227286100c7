// `npm run bench:workshop` runs tests/bench/workshop-load.ts with Vitest only so that it can
// import the app's TypeScript (the fold and the Y.Doc layout), as bench:live does. Not a
// project of the main config: `npm test` never runs it.
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	test: {
		name: 'bench-workshop',
		environment: 'node',
		include: ['tests/bench/workshop-load.ts'],
		disableConsoleIntercept: true,
		// The script bounds itself (WORKSHOP_DEADLINE_MS); this is the backstop.
		testTimeout: 300_000
	}
});
