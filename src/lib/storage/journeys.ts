/**
 * The repository: list, get, create, save, rename and delete journeys. Every write is
 * validated against the schema before it starts, and every write that spans several
 * records runs in one transaction, so a failure leaves the previous state intact.
 */
import { collections, fromRecords, toRecords, type JourneyRecords } from '$lib/domain/records';
import {
	journey as journeySchema,
	journeyDocument,
	type Journey,
	type JourneyDocument
} from '$lib/domain/schema';
import { database, type TouchpointDatabase } from './db';
import { announce } from './tab-sync';
import { validate } from './validation';

export interface JourneySummary {
	journey: Journey;
	touchPoints: number;
	frustrations: number;
}

/** Journeys, most recently edited first, with the counts a list shows. */
export async function listJourneys(db: TouchpointDatabase = database()): Promise<JourneySummary[]> {
	return db.transaction('r', db.journeys, db.touchPoints, db.frustrations, async () => {
		const journeys = await db.journeys.orderBy('updatedAt').reverse().toArray();
		return Promise.all(
			journeys.map(async (journey) => ({
				journey,
				touchPoints: await db.touchPoints.where('journeyId').equals(journey.id).count(),
				frustrations: await db.frustrations.where('journeyId').equals(journey.id).count()
			}))
		);
	});
}

export async function getJourney(
	id: string,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument | undefined> {
	return db.transaction('r', db.journeyTables, async () => {
		const journey = await db.journeys.get(id);
		if (!journey) return undefined;
		const records = await Promise.all([
			db.stages.where('journeyId').equals(id).toArray(),
			db.steps.where('journeyId').equals(id).toArray(),
			db.touchPoints.where('journeyId').equals(id).toArray(),
			db.frustrations.where('journeyId').equals(id).toArray(),
			db.segments.where('journeyId').equals(id).toArray(),
			db.participants.where('journeyId').equals(id).toArray()
		]);
		const [stages, steps, touchPoints, frustrations, segments, participants] = records;
		return fromRecords({
			journey,
			stages,
			steps,
			touchPoints,
			frustrations,
			segments,
			participants
		});
	});
}

/** Stores a whole journey: new, or replacing every record of the one with the same id. */
export async function saveJourney(
	doc: JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument> {
	const valid = validate(journeyDocument, doc);
	const records = toRecords(valid);
	await db.transaction('rw', db.journeyTables, async () => {
		await removeItems(db, valid.journey.id);
		await db.journeys.put(records.journey);
		for (const name of collections) {
			await (db[name] as TouchpointDatabase['stages']).bulkPut(
				records[name] as JourneyRecords['stages']
			);
		}
	});
	announce({ kind: 'reload', journeyId: valid.journey.id });
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
	return db.transaction('rw', db.journeys, async () => {
		const current = await db.journeys.get(id);
		if (!current) throw new Error(`No journey with id ${id}`);
		const renamed = validate(journeySchema, { ...current, name, updatedAt: now });
		await db.journeys.put(renamed);
		return renamed;
	});
}

/** Deletes a journey and everything in it; returns what was deleted, so it can be restored. */
export async function deleteJourney(
	id: string,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument | undefined> {
	const deleted = await db.transaction('rw', db.journeyTables, async () => {
		const doc = await getJourney(id, db);
		if (!doc) return undefined;
		await removeItems(db, id);
		await db.journeys.delete(id);
		return doc;
	});
	if (deleted) announce({ kind: 'reload', journeyId: id });
	return deleted;
}

async function removeItems(db: TouchpointDatabase, journeyId: string) {
	for (const name of collections) {
		await db[name].where('journeyId').equals(journeyId).delete();
	}
}
