import { afterEach, describe, expect, it, vi } from 'vitest';
import { collections, fromRecords, type JourneyRecords } from '$lib/domain/records';
import { journeyDocument, type Journey } from '$lib/domain/schema';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, listJourneys } from '$lib/storage/journeys';
import { Dexie } from 'dexie';
import { OpenError, openDatabase, openFailureOf } from '$lib/storage/open';
import { installedVersion, readRawDatabase, type RawDatabaseDump } from '$lib/storage/raw-database';
import { getSetting } from '$lib/storage/settings';
import versionOne from '../fixtures/databases/touchpoint-v1.json';
import { writeRawDatabase } from '../fixtures/databases/write-raw-database';

const fixture = versionOne as RawDatabaseDump;
const opened: TouchpointDatabase[] = [];

/** The fixture under a name of its own, at the given IndexedDB version. */
async function written(version = fixture.version) {
	const name = `upgrade-${crypto.randomUUID()}`;
	await writeRawDatabase({ ...fixture, name, version });
	return name;
}

function database(name: string, db = new TouchpointDatabase(name)) {
	opened.push(db);
	return db;
}

/** The journeys the fixture holds, as documents. */
function fixtureDocuments() {
	const records = (store: string) => fixture.stores.find((s) => s.name === store)!.records;
	return (records('journeys') as Journey[]).map((journey) => {
		const mine = (store: string) =>
			records(store).filter((r) => (r as { journeyId: string }).journeyId === journey.id);
		const parts = Object.fromEntries(collections.map((c) => [c, mine(c)]));
		return fromRecords({ journey, ...parts } as JourneyRecords);
	});
}

/** A later version of the app whose upgrade step fails. */
class FailingUpgrade extends TouchpointDatabase {
	constructor(name: string) {
		super(name);
		this.version(3)
			.stores({ frustrations: 'id, journeyId, status' })
			.upgrade(() => {
				throw new Error('The upgrade broke');
			});
	}
}

afterEach(async () => {
	for (const db of opened.splice(0)) db.close();
});

describe('a database written by version 1', () => {
	it('opens with the current schema, every journey whole', async () => {
		const warn = vi.spyOn(console, 'warn');
		const name = await written();
		const db = database(name);
		await openDatabase(db);

		expect(await installedVersion(name)).toBe(new TouchpointDatabase(name).verno * 10);
		const expected = fixtureDocuments();
		expect(expected).toHaveLength(2);
		for (const doc of expected) {
			expect(journeyDocument.parse(doc)).toEqual(doc);
			expect(await getJourney(doc.journey.id, db)).toEqual(doc);
		}
		expect((await listJourneys(db)).map((s) => s.journey.name)).toEqual([
			'Harbour Foods ordering',
			'Full-service airline'
		]);
		expect(await getSetting('exampleSeeded', db)).toBe(true);
		expect(await db.snapshots.count()).toBe(0);
		// Dexie patches a schema it finds different from what the versions declare, and warns.
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
	});
});

describe('a failed upgrade', () => {
	it('says so and leaves the data as it was, readable raw and by the version before', async () => {
		const name = await written();
		const failing = database(name, new FailingUpgrade(name));
		const error = await openDatabase(failing).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(OpenError);
		expect((error as OpenError).kind).toBe('upgrade');
		failing.close();

		const raw = await readRawDatabase(name);
		expect(raw).toEqual({ ...fixture, name });

		const db = database(name);
		await openDatabase(db);
		for (const doc of fixtureDocuments()) {
			expect(await getJourney(doc.journey.id, db)).toEqual(doc);
		}
	});

	it('refuses a database from a newer version without touching it', async () => {
		const name = await written(1000);
		const error = await openDatabase(database(name)).catch((e: unknown) => e);
		expect((error as OpenError).kind).toBe('newer');
		expect(await installedVersion(name)).toBe(1000);
		expect(await readRawDatabase(name)).toEqual({ ...fixture, name, version: 1000 });
	});

	it('reads no raw database where there is none, and creates none', async () => {
		const name = `missing-${crypto.randomUUID()}`;
		expect(await readRawDatabase(name)).toBeUndefined();
		expect(await installedVersion(name)).toBeUndefined();
	});
});

describe('a failure at start-up', () => {
	it('is blamed on the storage only when the storage threw it', () => {
		expect(openFailureOf(new OpenError('newer', 'version 9'))).toEqual({
			kind: 'newer',
			detail: 'version 9'
		});
		expect(openFailureOf(new Dexie.DatabaseClosedError('closed')).kind).toBe('unavailable');
		expect(openFailureOf(new DOMException('full', 'QuotaExceededError')).kind).toBe('unavailable');
	});

	it('names any other error as it is, not as the storage refusing', () => {
		expect(openFailureOf(new TypeError('crypto.randomUUID is not a function'))).toEqual({
			kind: 'startup',
			detail: 'TypeError: crypto.randomUUID is not a function'
		});
		expect(openFailureOf('a string')).toEqual({ kind: 'startup', detail: 'a string' });
	});
});
