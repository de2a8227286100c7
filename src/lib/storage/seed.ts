/**
 * The first visit opens on a finished example map. It is created once per browser
 * profile: a user who deletes it does not get it back on the next visit.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { database, type TouchpointDatabase } from './db';
import { storeJourney } from './journey-store';

const SEEDED = 'exampleSeeded';

/** Whether this profile has had its example already (a cheap read before building one). */
export async function exampleSeeded(db: TouchpointDatabase = database()): Promise<boolean> {
	return Boolean(await db.settings.get(SEEDED));
}

/**
 * Returns true when the example was created by this call. The example is built by our own
 * code from a template that tests/unit/templates.test.ts checks against the schema, so it is
 * stored without validating here: that would download zod before a first visit shows anything.
 */
export async function seedExampleOnce(
	buildExample: () => JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<boolean> {
	// One read-write transaction over the flag and the tables: two tabs opening at once
	// are serialised by IndexedDB, and the second sees the flag the first set.
	return db.transaction('rw', [db.settings, ...db.journeyTables], async () => {
		if (await db.settings.get(SEEDED)) return false;
		await storeJourney(buildExample(), db);
		await db.settings.put({ key: SEEDED, value: true });
		return true;
	});
}
