/**
 * The import boundaries between layers (eslint.config.js, docs/architecture.md) hold only
 * while ESLint still refuses what they forbid: each fixture below pretends to live in a
 * layer, breaks or keeps its rule, and is linted as if it were there.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// A fixture is not a file on disk, so TypeScript's project cannot type it; no boundary rule
// needs types.
const eslint = new ESLint({
	overrideConfig: [
		{ files: ['**/*.svelte'], languageOptions: { parserOptions: { projectService: false } } }
	]
});

async function refusals(filePath: string, code: string) {
	const [result] = await eslint.lintText(code, { filePath });
	const fatal = result!.messages.filter((m) => m.fatal);
	expect(fatal, 'the fixture must parse').toEqual([]);
	return result!.messages
		.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
		.map((m) => m.message);
}

const svelte = (line: string) => `<script lang="ts">\n\t${line}\n</script>\n`;

const refused: [string, string, string, RegExp][] = [
	[
		'domain imports Dexie',
		'src/lib/domain/fixture.ts',
		`export { Dexie } from 'dexie';`,
		/domain\/ imports only zod/
	],
	[
		'domain imports svelte',
		'src/lib/domain/fixture.ts',
		`import { tick } from 'svelte';\nexport { tick };`,
		/domain\/ imports only zod/
	],
	[
		'domain imports i18n',
		'src/lib/domain/edits/fixture.ts',
		`import { t } from '$lib/i18n/index.svelte';\nexport { t };`,
		/domain\/ imports only zod/
	],
	[
		'domain climbs out of its folder',
		'src/lib/domain/edits/fixture.ts',
		`import { csvColumns } from '../../io/csv';\nexport { csvColumns };`,
		/domain\/ imports only zod/
	],
	[
		'domain climbs out from its root',
		'src/lib/domain/fixture.ts',
		`export { database } from '../storage/db';`,
		/domain\/ imports only zod/
	],
	[
		'storage imports io',
		'src/lib/storage/fixture.ts',
		`export { mergeJourneys } from '$lib/io/merge';`,
		/storage\/ builds on domain/
	],
	[
		'storage imports i18n',
		'src/lib/storage/fixture.ts',
		`export { t } from '$lib/i18n/index.svelte';`,
		/storage\/ builds on domain/
	],
	[
		'storage imports the app',
		'src/lib/storage/fixture.ts',
		`export { toasts } from '$lib/app/toasts.svelte';`,
		/storage\/ builds on domain/
	],
	[
		'io imports i18n',
		'src/lib/io/fixture.ts',
		`import type { Messages } from '$lib/i18n/en';\nexport type { Messages };`,
		/io\/ builds on domain/
	],
	[
		'io imports storage',
		'src/lib/io/fixture.ts',
		`export { getJourney } from '$lib/storage/journeys';`,
		/io\/ builds on domain/
	],
	[
		'io navigates',
		'src/lib/io/fixture.ts',
		`export { goto } from '$app/navigation';`,
		/io\/ builds on domain/
	],
	[
		'a chart navigates',
		'src/lib/charts/fixture/Chart.svelte',
		svelte(`import { goto } from '$app/navigation';\n\tvoid goto('/');`),
		/charts\/ draw from domain\/ and i18n\/ only/
	],
	[
		'a chart reads the URL',
		'src/lib/charts/fixture/shape.ts',
		`export { page } from '$app/state';`,
		/charts\/ draw from domain\/ and i18n\/ only/
	],
	[
		'a chart calls the app',
		'src/lib/charts/fixture/shape.ts',
		`export { toasts } from '$lib/app/toasts.svelte';`,
		/charts\/ draw from domain\/ and i18n\/ only/
	],
	[
		'a chart reads storage',
		'src/lib/charts/fixture/shape.ts',
		`export { getJourney } from '$lib/storage/journeys';`,
		/charts\/ draw from domain\/ and i18n\/ only/
	],
	[
		'a component imports storage',
		'src/lib/components/Fixture.svelte',
		svelte(`import { database } from '$lib/storage/db';\n\tdatabase();`),
		/Components and routes reach stored data through app/
	],
	[
		'a route page imports storage',
		'src/routes/fixture/+page.svelte',
		svelte(`import { getSetting } from '$lib/storage/settings';\n\tvoid getSetting('x');`),
		/Components and routes reach stored data through app/
	],
	[
		'a route loader imports storage',
		'src/routes/fixture/+page.ts',
		`export { getJourney as load } from '$lib/storage/journeys';`,
		/Components and routes reach stored data through app/
	],
	[
		'a route downloads storage later',
		'src/routes/fixture/+page.svelte',
		svelte(`void import('$lib/storage/journeys');`),
		/Components and routes reach stored data through app/
	]
];

const allowed: [string, string, string][] = [
	[
		'domain imports zod, itself and its own folder',
		'src/lib/domain/edits/fixture.ts',
		`import { z } from 'zod';\nimport { stage } from '../schema';\nimport { priorityBand } from '$lib/domain/scoring';\nimport { invert } from './change';\nexport { z, stage, priorityBand, invert };`
	],
	[
		'storage imports the domain and Dexie',
		'src/lib/storage/fixture.ts',
		`import { Dexie } from 'dexie';\nimport { journeyDocument } from '$lib/domain/schema';\nexport { Dexie, journeyDocument };`
	],
	[
		'io imports the domain',
		'src/lib/io/fixture.ts',
		`export { journeyDocument } from '$lib/domain/schema';`
	],
	[
		'a chart draws with d3 and words through i18n',
		'src/lib/charts/fixture/shape.ts',
		`import { scaleLinear } from 'd3-scale';\nimport { t } from '$lib/i18n/index.svelte';\nimport { priorityBand } from '$lib/domain/scoring';\nexport { scaleLinear, t, priorityBand };`
	],
	[
		'a component goes through the app',
		'src/lib/components/Fixture.svelte',
		svelte(`import { openJourney } from '$lib/app/journeys';\n\tvoid openJourney('x');`)
	]
];

describe('the import boundaries', () => {
	it.each(refused)('refuse: %s', async (_name, filePath, code, reason) => {
		const found = await refusals(filePath, code);
		expect(found).toHaveLength(1);
		expect(found[0]).toMatch(reason);
		expect(found[0]).toContain('docs/architecture.md');
	});

	it.each(allowed)('allow: %s', async (_name, filePath, code) => {
		expect(await refusals(filePath, code)).toEqual([]);
	});
});
