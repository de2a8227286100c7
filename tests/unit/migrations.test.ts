/**
 * The one migration path: the ordered list of document migrations, and every released
 * format's fixture read by each road an old document comes back by (a file, the records of
 * a database that format's app left, a snapshot it wrote), all to the same document.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
	documentMigrations,
	migrateDocument,
	migrationPath,
	type DocumentMigration,
	type RawDocument
} from '$lib/domain/migrations';
import { toRecords } from '$lib/domain/records';
import { FORMAT_VERSION, type JourneyDocument } from '$lib/domain/schema';
import { journeyFileOf } from '$lib/io/journey-file';
import { parseJourneyText } from '$lib/io/read-file';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';
import type { RawDatabaseDump } from '$lib/storage/raw-database';
import { getSnapshot } from '$lib/storage/snapshots';
import versionOneDatabase from '../fixtures/databases/touchpoint-v1.json';
import versionTwoDatabase from '../fixtures/databases/touchpoint-v2.json';
import { writeRawDatabase } from '../fixtures/databases/write-raw-database';

describe('the list of document migrations', () => {
	const steps: DocumentMigration[] = [
		{ from: 1, up: (d: RawDocument) => ({ ...d, renamed: d.old, old: undefined }) },
		{ from: 2, up: (d: RawDocument) => ({ ...d, added: 'default' }) }
	];

	it('runs every step from the document’s version up to the target, in order', () => {
		expect(migrateDocument({ old: 'x' }, 1, 3, steps)).toEqual({
			ok: true,
			document: { renamed: 'x', old: undefined, added: 'default' }
		});
		expect(migrateDocument({ a: 1 }, 2, 3, steps)).toEqual({
			ok: true,
			document: { a: 1, added: 'default' }
		});
		// A Dexie version moving from format 1 to 2 runs the first step alone.
		expect(migrateDocument({ old: 'x' }, 1, 2, steps)).toEqual({
			ok: true,
			document: { renamed: 'x', old: undefined }
		});
	});

	it('leaves a document in the target format as it is', () => {
		const document = { a: 1 };
		expect(migrateDocument(document, 3, 3, steps)).toEqual({ ok: true, document });
	});

	it('refuses a newer version, a version it has no step for, and no version', () => {
		expect(migrationPath(4, 3, steps)).toMatchObject({ ok: false, reason: 'future-version' });
		expect(migrationPath(1, 3, [])).toMatchObject({ ok: false, reason: 'unknown-version' });
		expect(migrationPath(0, 3, steps)).toMatchObject({ ok: false, reason: 'unknown-version' });
		expect(migrationPath(1.5, 3, steps)).toMatchObject({ ok: false, reason: 'unknown-version' });
		expect(migrationPath(undefined, 3, steps)).toMatchObject({
			ok: false,
			reason: 'unknown-version'
		});
	});

	it('has a step from every released format to the next, so every released file reads', () => {
		const path = migrationPath(1);
		const froms = Array.from({ length: FORMAT_VERSION - 1 }, (_, i) => i + 1);
		expect(path.ok && path.steps.map((step) => step.from)).toEqual(froms);
	});
});

/** The IndexedDB version each format's app left its database at (Dexie's version × 10). */
const databaseOfFormat: Record<number, RawDatabaseDump> = {
	1: versionOneDatabase as RawDatabaseDump,
	2: versionTwoDatabase as RawDatabaseDump
};

const opened: TouchpointDatabase[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

/** `document` stored as the app of its format stored it: records in that version's tables. */
async function storedByThatVersion(format: number, document: JourneyDocument) {
	const dump = databaseOfFormat[format]!;
	const records = toRecords(document) as unknown as Record<string, unknown>;
	const name = `format-${format}-${crypto.randomUUID()}`;
	await writeRawDatabase({
		...dump,
		name,
		stores: dump.stores.map((store) => ({
			...store,
			records:
				store.name === 'journeys'
					? [records.journey]
					: ((records[store.name] as unknown[] | undefined) ?? [])
		}))
	});
	const db = new TouchpointDatabase(name);
	opened.push(db);
	return db;
}

describe.each(Array.from({ length: FORMAT_VERSION }, (_, i) => i + 1))(
	'the released format %i',
	(format) => {
		const text = readFileSync(`tests/fixtures/formats/v${format}.journey.json`, 'utf8');
		const raw = JSON.parse(text).document as JourneyDocument;
		const file = parseJourneyText(text);

		it('reads as a file', () => {
			expect(file.ok).toBe(true);
		});

		it('reads to the same document from the records that format’s app stored', async () => {
			const db = await storedByThatVersion(format, raw);
			const stored = await getJourney(raw.journey.id, db);
			expect(stored).toEqual(file.ok && file.documents[0]);
		});

		it('reads to the same document from a snapshot that format’s app wrote', async () => {
			const db = await storedByThatVersion(format, raw);
			const id = await db.snapshots.add({
				journeyId: raw.journey.id,
				journeyName: raw.journey.name,
				reason: 'named',
				createdAt: 1,
				document: raw,
				// Format 1's app wrote no format into its snapshots.
				...(format === 1 ? {} : { formatVersion: format })
			});
			const snapshot = await getSnapshot(id, db);
			expect(snapshot?.document).toEqual(file.ok && file.documents[0]);
		});
	}
);

describe('format 2, where a frustration may be not rated yet', () => {
	const v1 = readFileSync('tests/fixtures/formats/v1.journey.json', 'utf8');
	const v2 = readFileSync('tests/fixtures/formats/v2.journey.json', 'utf8');
	type Rated = { id: string; frequency: number | null; severity: number | null };
	const ratingsOf = (frustrations: Rated[]) =>
		frustrations.map(({ id, frequency, severity }) => ({ id, frequency, severity }));

	it('reads a format-1 file with every rating as it was filed, a 3 × 3 too', () => {
		const filed = JSON.parse(v1).document.frustrations as Rated[];
		expect(filed[0]).toMatchObject({ frequency: 3, severity: 3 });
		const file = parseJourneyText(v1);
		expect(file).toMatchObject({ ok: true, upgradedFrom: 1 });
		expect(file.ok && ratingsOf(file.documents[0]!.frustrations)).toEqual(ratingsOf(filed));
	});

	it('reads a format-1 database with every stored rating as it was', async () => {
		const raw = JSON.parse(v1).document as JourneyDocument;
		const db = await storedByThatVersion(1, raw);
		const stored = (await getJourney(raw.journey.id, db))!;
		expect(ratingsOf(stored.frustrations)).toEqual(ratingsOf(raw.frustrations));
	});

	it('reads null ratings as not rated and writes them back the same', () => {
		const file = parseJourneyText(v2);
		expect(file.ok).toBe(true);
		if (!file.ok) return;
		const [unrated, half] = file.documents[0]!.frustrations;
		expect(unrated).toMatchObject({ frequency: null, severity: null });
		expect(half).toMatchObject({ frequency: 4, severity: null });
		const written = JSON.stringify(journeyFileOf(file.documents[0]!, 0));
		const again = parseJourneyText(written);
		expect(again).toMatchObject({ ok: true });
		expect(again).not.toHaveProperty('upgradedFrom');
		expect(again.ok && again.documents[0]).toEqual(file.documents[0]);
	});

	it('is reached from format 1 by a step that changes nothing', () => {
		const document = JSON.parse(v1).document as RawDocument;
		const step = documentMigrations.find((m) => m.from === 1)!;
		expect(step.up(structuredClone(document))).toEqual(document);
	});
});
