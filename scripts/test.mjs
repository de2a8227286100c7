// `npm test`: every check the project has, in the order that fails fastest, installing
// what is missing first. Ends with one "N passed, N failed" line over unit and browser tests.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { ensureChromium, ensureDependencies, ensureRedis, run } from './ensure.mjs';

// Absolute paths: Playwright resolves a relative report path against its config's folder.
const reports = {
	unit: resolve('test-results/unit.json'),
	e2e: resolve('test-results/e2e.json')
};

ensureDependencies();
ensureChromium();
ensureRedis();
rmSync('test-results', { recursive: true, force: true });

let failure;
try {
	run('npx', ['prettier', '--check', '.', '--log-level', 'warn']);
	run('npx', ['eslint', '.']);
	run('npx', ['svelte-kit', 'sync']);
	run('npx', [
		'svelte-check',
		'--tsconfig',
		'./tsconfig.json',
		'--fail-on-warnings',
		'--output',
		'human'
	]);
	run('npx', [
		'vitest',
		'run',
		'--project',
		'unit',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${reports.unit}`
	]);
	run('npx', ['playwright', 'test', '--config', 'tests/e2e/playwright.config.ts'], {
		env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: reports.e2e }
	});
} catch (error) {
	failure = error;
}

let passed = 0;
let failed = 0;
try {
	const unit = JSON.parse(readFileSync(reports.unit, 'utf8'));
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
} catch {
	/* the unit tests did not run */
}
try {
	const e2e = JSON.parse(readFileSync(reports.e2e, 'utf8'));
	passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
	failed += e2e.stats.unexpected;
} catch {
	/* the browser tests did not run */
}
console.log(`\n${passed} passed, ${failed} failed\n`);
if (failure || failed > 0 || passed === 0) process.exit(1);
