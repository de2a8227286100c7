/**
 * The README promises that every page is scanned with axe-core and that the real-browser suite
 * guards the Content-Security-Policy and "no request to any other site". Both hold only while
 * each spec file scans its screens and runs under the guarded `test` of tests/e2e/fixtures.ts;
 * this keeps a new spec from quietly leaving either out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const folder = new URL('../e2e/', import.meta.url);
const specs = readdirSync(folder)
	.filter((name) => name.endsWith('.spec.ts'))
	.sort();
const source = (name: string) => readFileSync(new URL(name, folder), 'utf8');

/**
 * Spec files that may skip the axe scan, each with the reason. Keep it empty unless a spec
 * truly shows no screen of its own.
 */
const NO_SCAN_NEEDED = new Map<string, string>([]);

describe('e2e spec files', () => {
	it('are found', () => {
		expect(specs.length).toBeGreaterThan(10);
	});

	it.each(specs)('%s scans a screen with axe-core', (name) => {
		if (NO_SCAN_NEEDED.has(name)) return;
		expect(source(name)).toMatch(/\bexpectAccessible\(/);
	});

	it.each(specs)('%s runs under the guarded test of fixtures.ts', (name) => {
		const text = source(name);
		// The bare Playwright test would skip every guard; type imports are fine.
		expect(text).not.toMatch(/import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'@playwright\/test'/);
		expect(text).toMatch(/import\s*\{[^}]*\btest\b[^}]*\}\s*from\s*'\.\/fixtures'/);
	});

	it('list no exception for a spec that is gone or that scans after all', () => {
		for (const name of NO_SCAN_NEEDED.keys()) {
			expect(specs).toContain(name);
			expect(source(name)).not.toMatch(/\bexpectAccessible\(/);
		}
	});
});
