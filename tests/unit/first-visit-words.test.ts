import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Where an import of `spec` from `file` leads, among the app's own modules. */
function resolveImport(file: string, spec: string): string | undefined {
	const path = spec.startsWith('$lib/')
		? resolve(ROOT, 'src/lib', spec.slice('$lib/'.length))
		: spec.startsWith('.')
			? resolve(dirname(file), spec)
			: undefined;
	if (!path) return undefined;
	return [path, `${path}.ts`, `${path}.js`, `${path}/index.ts`].find(
		(candidate) => existsSync(candidate) && statSync(candidate).isFile()
	);
}

/** Every module `roots` import, statically (what loads with them, before any `import()`). */
function staticImports(roots: string[]): Set<string> {
	const seen = new Set<string>();
	const stack = roots.map((root) => resolve(ROOT, root));
	while (stack.length > 0) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const code = readFileSync(file, 'utf8');
		const specs = [
			...code.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm),
			...code.matchAll(/^\s*export\s+(?!type\b)[^'"]*?\sfrom\s+['"]([^'"]+)['"]/gm)
		].map((match) => match[1]!);
		for (const spec of specs) {
			const next = resolveImport(file, spec);
			if (next) stack.push(next);
		}
	}
	return seen;
}

const LIST = ['+layout.svelte', '+layout.ts', '+page.svelte', '+error.svelte'].map(
	(file) => `src/routes/${file}`
);

describe('the words a first visit downloads', () => {
	it('are the journey list’s own: its code reaches the small English catalog, not the whole', () => {
		const reached = [...staticImports(LIST)].map((file) => relative(ROOT, file));
		// The walk does follow the list's imports (a check that finds nothing proves nothing).
		expect(reached).toContain('src/lib/components/JourneyCard.svelte');
		expect(reached).toContain('src/lib/i18n/en-core.ts');
		expect(reached).not.toContain('src/lib/i18n/en.ts');
		expect(reached).not.toContain('src/lib/i18n/index.svelte.ts');
	});

	it('reach the whole catalog from the map, which reads every word', () => {
		const reached = [...staticImports(['src/routes/journeys/[id]/+page.svelte'])].map((file) =>
			relative(ROOT, file)
		);
		expect(reached).toContain('src/lib/i18n/en.ts');
	});
});
