// Mutation testing of the domain and file-format code: `npm run mutate` (not part of `npm test`).
// Paths are relative to the repository root, where the command runs.
// MUTATE=domain or MUTATE=io runs one folder (with its own incremental file) when time is short.
const scope = process.env.MUTATE ?? 'all';
const folders = { all: ['domain', 'io'], domain: ['domain'], io: ['io'] }[scope];
if (!folders) throw new Error(`MUTATE must be domain or io, not ${scope}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	testRunner: 'vitest',
	// The unit project of vite.config.ts (the browser tests run under Playwright), on a fixed seed.
	vitest: { configFile: 'tests/mutation/vitest.config.ts', related: true },
	mutate: [
		...folders.map((folder) => `src/lib/${folder}/**/*.ts`),
		// The example journeys are prose in two languages: mutating their strings makes hundreds
		// of mutants that say nothing about the code. catalog.ts and index.ts keep their logic.
		'!src/lib/domain/templates/{airline,mattress-maker,it-integrator,innovation-adoption,personal-selling,order-cycle,order-cycle-template,blank}.ts'
	],
	// Stryker copies the project into a sandbox; these are outputs no unit test reads.
	ignorePatterns: ['build', 'test-results', 'playwright-report', 'tests/e2e', 'bench', '.tmp'],
	coverageAnalysis: 'perTest',
	// Static mutants (module-level constants) would rerun the whole suite once each.
	ignoreStatic: true,
	reporters: ['clear-text', 'progress', 'html'],
	htmlReporter: { fileName: `reports/mutation/${scope}.html` },
	incremental: true,
	incrementalFile: `reports/stryker-incremental-${scope}.json`,
	tempDirName: '.stryker-tmp',
	cleanTempDir: 'always',
	// Two cores, often shared: one test process keeps the machine usable.
	concurrency: 1,
	timeoutMS: 10_000
};
