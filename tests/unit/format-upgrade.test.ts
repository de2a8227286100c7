/**
 * An upgrade over several format versions, through the real reader and importer. Format 1 is
 * the only released format, so this file pretends the current one is 3 and adds two steps;
 * the released format-1 fixture is the file upgraded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFiles } from '$lib/app/import-journeys';
import { formatMigrations, type Migration } from '$lib/io/migrations';
import { parseJourneyText } from '$lib/io/read-file';
import { database } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';

vi.mock('$lib/domain/format', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/domain/format')>()),
	FORMAT_VERSION: 3
}));

// Each step leaves a mark on the description, so the test sees which ran and in what order.
const mark =
	(label: string): Migration =>
	(file) => {
		const document = file.document as { journey: { description: string } };
		return {
			...file,
			document: {
				...document,
				journey: { ...document.journey, description: `${document.journey.description}${label}` }
			}
		};
	};

const v1 = readFileSync('tests/fixtures/formats/v1.journey.json', 'utf8');
const description = JSON.parse(v1).document.journey.description as string;
const asVersion = (version: number) =>
	JSON.stringify({ ...JSON.parse(v1), formatVersion: version });

beforeAll(() => {
	Object.assign(formatMigrations, { 1: mark(' [to 2]'), 2: mark(' [to 3]') });
});
afterAll(() => {
	delete formatMigrations[1];
	delete formatMigrations[2];
});
afterEach(async () => {
	await database().delete();
	await database().open();
});

describe('a file in an older format', () => {
	it('is upgraded step by step, in order, and says it was upgraded from format 1', () => {
		const result = parseJourneyText(v1);
		expect(result).toMatchObject({ ok: true, upgradedFrom: 1 });
		if (result.ok) {
			expect(result.documents[0]!.journey.description).toBe(`${description} [to 2] [to 3]`);
		}
	});

	it('from format 2 runs only the last step and says it was upgraded from format 2', () => {
		const result = parseJourneyText(asVersion(2));
		expect(result).toMatchObject({ ok: true, upgradedFrom: 2 });
		if (result.ok) expect(result.documents[0]!.journey.description).toBe(`${description} [to 3]`);
	});

	it('in the current format is read without an upgrade to report', () => {
		const result = parseJourneyText(asVersion(3));
		expect(result.ok).toBe(true);
		expect(result).not.toHaveProperty('upgradedFrom');
	});

	it('is imported with the version it was upgraded from in the import report', async () => {
		const [outcome] = await importFiles([new File([v1], 'old.journey.json')], {
			decide: async () => 'replace',
			copyName: (name) => `${name} (copy)`
		});
		expect(outcome).toMatchObject({ ok: true, upgradedFrom: 1 });
		const id = JSON.parse(v1).document.journey.id as string;
		expect((await getJourney(id))!.journey.description).toBe(`${description} [to 2] [to 3]`);
	});
});
