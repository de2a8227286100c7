/**
 * The first visit opens on a finished example map. It is created once per browser
 * profile: a user who deletes it does not get it back on the next visit.
 */
import type { JourneyDocument } from '$lib/domain/schema';
import { database, type TouchpointDatabase } from './db';
import { saveJourney } from './journeys';

const SEEDED = 'exampleSeeded';

/** Returns true when the example was created by this call. */
export async function seedExampleOnce(
	buildExample: () => JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<boolean> {
	// One read-write transaction over the flag and the tables: two tabs opening at once
	// are serialised by IndexedDB, and the second sees the flag the first set.
	return db.transaction('rw', [db.settings, ...db.journeyTables], async () => {
		if (await db.settings.get(SEEDED)) return false;
		await saveJourney(buildExample(), db);
		await db.settings.put({ key: SEEDED, value: true });
		return true;
	});
}
