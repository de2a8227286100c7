/**
 * The repository: list, get, create, save, rename and delete journeys. Every write is
 * validated against the schema before it starts, and every write that spans several
 * records runs in one transaction, so a failure leaves the previous state intact.
 */
import {
	journey as journeySchema,
	journeyDocument,
	type Journey,
	type JourneyDocument
} from '$lib/domain/schema';
import { database, type TouchpointDatabase } from './db';
import { getJourney, storeJourney } from './journey-store';
import { markChanged } from './journey-snapshot';
import { validate } from './validation';

export { deleteJourney, deleteJourneyIfUnchanged } from './journey-removal';
export {
	ForeignRecordsError,
	getJourney,
	idsHeldElsewhere,
	JourneyHereError,
	lastEditOf,
	listJourneys,
	type JourneySummary
} from './journey-store';

/** Stores a whole journey: new, or replacing every record of the one with the same id. */
export async function saveJourney(
	doc: JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument> {
	const valid = validate(journeyDocument, doc);
	await storeJourney(valid, db);
	return valid;
}

/** Like `saveJourney`, but refuses to overwrite a journey that already exists. */
export async function createJourneyRecords(
	doc: JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument> {
	const existing = await db.journeys.get(doc.journey.id);
	if (existing) throw new Error(`A journey with id ${doc.journey.id} already exists`);
	return saveJourney(doc, db);
}

export async function renameJourney(
	id: string,
	name: string,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<Journey> {
	return db.transaction('rw', db.journeys, db.journeySnapshots, async () => {
		const current = await db.journeys.get(id);
		if (!current) throw new Error(`No journey with id ${id}`);
		const renamed = validate(journeySchema, { ...current, name, updatedAt: now });
		await db.journeys.put(renamed);
		await markChanged(db, id);
		return renamed;
	});
}

/**
 * Rewrites a journey as `repair` makes it from the stored one, in one transaction, when it
 * says anything needs it (a journey stored damaged by an older version); returns what it
 * returned.
 */
export async function repairJourney<R extends { doc: JourneyDocument }>(
	id: string,
	repair: (stored: JourneyDocument) => R | undefined,
	db: TouchpointDatabase = database()
): Promise<R | undefined> {
	return db.transaction('rw', db.journeyTables, async () => {
		const stored = await getJourney(id, db);
		const repaired = stored && repair(stored);
		if (repaired) await saveJourney(repaired.doc, db);
		return repaired;
	});
}
