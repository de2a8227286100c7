/**
 * An upgrade over several format versions, by each road an old document comes back: a file
 * through the real reader and importer, the records of an older database through a Dexie
 * upgrade's migration, and a snapshot as it is read. This file pretends the current format is
 * 3 and puts two marking steps in the one list of document migrations in place of the real
 * ones; the released format-1 fixture is what is upgraded.
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importFiles } from '$lib/app/import-journeys';
import { collections } from '$lib/domain/format';
import { documentMigrations, type DocumentMigration } from '$lib/domain/migrations';
import { toRecords } from '$lib/domain/records';
import type { JourneyDocument } from '$lib/domain/schema';
import { parseJourneyText } from '$lib/io/read-file';
import { database } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';
import { getSnapshot } from '$lib/storage/snapshots';
import { migrateStoredJourneys } from '$lib/storage/upgrades';

vi.mock('$lib/domain/format', async (importOriginal) => ({
	...(await importOriginal<typeof import('$lib/domain/format')>()),
	FORMAT_VERSION: 3
}));

// Each step leaves a mark on the description, so the test sees which ran and in what order.
const mark = (from: number, label: string): DocumentMigration => ({
	from,
	up: (document) => {
		const journey = document.journey as { description: string };
		return { ...document, journey: { ...journey, description: `${journey.description}${label}` } };
	}
});

const v1 = readFileSync('tests/fixtures/formats/v1.journey.json', 'utf8');
const description = JSON.parse(v1).document.journey.description as string;
const asVersion = (version: number) =>
	JSON.stringify({ ...JSON.parse(v1), formatVersion: version });

// The real steps are set aside while marked ones stand in for them.
const real: DocumentMigration[] = [];
beforeAll(() => {
	real.push(...documentMigrations.splice(0, documentMigrations.length));
	documentMigrations.push(mark(1, ' [to 2]'), mark(2, ' [to 3]'));
});
afterAll(() => {
	documentMigrations.splice(0, documentMigrations.length, ...real);
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

describe('a journey stored in an older format', () => {
	// The fixture's document as format 1 stored it.
	const stored = JSON.parse(v1).document as JourneyDocument;

	it('is upgraded by the same steps when the database is upgraded', async () => {
		const db = database();
		const records = toRecords(stored);
		await db.transaction('rw', db.journeyTables, async () => {
			await db.journeys.put(records.journey);
			for (const table of collections) await db.table(table).bulkPut(records[table]);
		});
		// What a Dexie version that moves to format 3 runs in its upgrade transaction.
		await db.transaction('rw', db.journeyTables, (tx) => migrateStoredJourneys(tx, 1, 3));
		const read = (await getJourney(stored.journey.id))!;
		expect(read.journey.description).toBe(`${description} [to 2] [to 3]`);
		const file = parseJourneyText(v1);
		expect(file.ok && read).toEqual(file.ok && file.documents[0]);
	});

	it('in a snapshot is upgraded by the same steps as it is read, whether or not it says its format', async () => {
		const file = parseJourneyText(v1);
		for (const formatVersion of [1, undefined]) {
			const id = await database().snapshots.add({
				journeyId: stored.journey.id,
				journeyName: stored.journey.name,
				reason: 'named',
				label: 'old',
				createdAt: 1,
				document: stored,
				...(formatVersion === undefined ? {} : { formatVersion })
			});
			const snapshot = (await getSnapshot(id))!;
			expect(snapshot.document.journey.description).toBe(`${description} [to 2] [to 3]`);
			expect(file.ok && snapshot.document).toEqual(file.ok && file.documents[0]);
		}
	});

	it('in a snapshot from a newer format than this app knows is refused, not misread', async () => {
		const id = await database().snapshots.add({
			journeyId: stored.journey.id,
			journeyName: stored.journey.name,
			reason: 'named',
			createdAt: 1,
			formatVersion: 4,
			document: stored
		});
		await expect(getSnapshot(id)).rejects.toThrow(/format 4/);
	});
});
