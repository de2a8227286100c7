import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileJsonSchemas } from '$lib/io/json-schema';

/**
 * The published JSON Schemas are generated from the zod schema, never written by hand:
 * `npm run schema` rewrites them, and this test fails when they are out of date.
 */
describe('the published JSON Schemas', () => {
	for (const [name, schema] of Object.entries(fileJsonSchemas())) {
		it(`static/${name} matches the zod schema`, () => {
			const path = `static/${name}`;
			const generated = JSON.stringify(schema, null, '\t') + '\n';
			if (process.env.UPDATE_SCHEMA) writeFileSync(path, generated);
			expect(readFileSync(path, 'utf8')).toBe(generated);
		});
	}
});
