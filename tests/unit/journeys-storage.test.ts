import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withNewIds } from '$lib/domain/duplicate';
import { TouchpointDatabase } from '$lib/storage/db';
import {
	createJourneyRecords,
	deleteJourney,
	getJourney,
	listJourneys,
	renameJourney,
	saveJourney
} from '$lib/storage/journeys';
import { seedExampleOnce } from '$lib/storage/seed';
import { ValidationError } from '$lib/storage/validation';
import { failPutsInto } from './failing-store';
import { airlineJourney, orderCycleJourney } from './fixtures';

let db: TouchpointDatabase;

beforeEach(async () => {
	db = new TouchpointDatabase(`test-${crypto.randomUUID()}`);
	await db.open();
});

afterEach(async () => {
	await db.delete();
});

async function snapshot() {
	const tables = await Promise.all(
		db.tables.map(async (t) => [t.name, await t.toArray()] as const)
	);
	return Object.fromEntries(tables);
}

describe('the journey repository', () => {
	it('creates a journey and reads back the same document', async () => {
		const doc = airlineJourney();
		await createJourneyRecords(doc, db);
		expect(await getJourney(doc.journey.id, db)).toEqual(doc);
	});

	it('stores one record per item, keyed by id and tagged with the journey', async () => {
		const doc = airlineJourney();
		await createJourneyRecords(doc, db);
		expect(await db.frustrations.count()).toBe(doc.frustrations.length);
		const one = await db.frustrations.get(doc.frustrations[0]!.id);
		expect(one?.journeyId).toBe(doc.journey.id);
	});

	it('lists journeys, most recently edited first, with their counts', async () => {
		// Ids of its own: the fixtures number their ids alike, and records are keyed by id.
		const older = withNewIds(orderCycleJourney(), { name: 'Older', now: 1_000 });
		const newer = airlineJourney();
		newer.journey.updatedAt = older.journey.updatedAt + 10;
		await createJourneyRecords(older, db);
		await createJourneyRecords({ ...newer }, db);
		const list = await listJourneys(db);
		expect(list.map((s) => s.journey.name)).toEqual(['Full-service airline', 'Older']);
		expect(list[0]).toMatchObject({ touchPoints: 12, frustrations: newer.frustrations.length });
	});

	it('refuses to create a journey whose id is already taken', async () => {
		const doc = orderCycleJourney();
		await createJourneyRecords(doc, db);
		await expect(createJourneyRecords(doc, db)).rejects.toThrow(/already exists/);
	});

	it('saves a changed document, removing items that are gone', async () => {
		const doc = orderCycleJourney();
		await createJourneyRecords(doc, db);
		const changed = { ...doc, steps: doc.steps.slice(1) };
		await saveJourney(changed, db);
		expect((await getJourney(doc.journey.id, db))?.steps).toHaveLength(doc.steps.length - 1);
		expect(await db.steps.get(doc.steps[0]!.id)).toBeUndefined();
	});

	it('renames a journey and records when', async () => {
		const doc = orderCycleJourney('Before');
		await createJourneyRecords(doc, db);
		await renameJourney(doc.journey.id, 'After', db, 5_000);
		expect(await db.journeys.get(doc.journey.id)).toMatchObject({
			name: 'After',
			updatedAt: 5_000
		});
	});

	it('deletes a journey with everything in it, and returns it for undo', async () => {
		const keep = orderCycleJourney('Keep');
		const doc = airlineJourney();
		// The two fixtures share id sequences; give the kept one distinct ids.
		const kept = JSON.parse(
			JSON.stringify(keep).replaceAll('00000000-0000-4000-8000', '10000000-0000-4000-8000')
		);
		await createJourneyRecords(kept, db);
		await createJourneyRecords(doc, db);
		const deleted = await deleteJourney(doc.journey.id, db);
		expect(deleted).toEqual(doc);
		expect(await getJourney(doc.journey.id, db)).toBeUndefined();
		expect(await db.frustrations.where('journeyId').equals(doc.journey.id).count()).toBe(0);
		expect((await listJourneys(db)).map((s) => s.journey.name)).toEqual(['Keep']);
		await saveJourney(deleted!, db);
		expect(await getJourney(doc.journey.id, db)).toEqual(doc);
	});
});

describe('a write that fails validation', () => {
	it('changes nothing when a whole document is invalid', async () => {
		const doc = airlineJourney();
		await createJourneyRecords(doc, db);
		const before = await snapshot();
		const broken = {
			...doc,
			steps: [],
			frustrations: doc.frustrations.map((f, i) => (i === 3 ? { ...f, severity: 9 } : f))
		};
		await expect(saveJourney(broken, db)).rejects.toBeInstanceOf(ValidationError);
		expect(await snapshot()).toEqual(before);
	});

	it('changes nothing when a rename is empty', async () => {
		const doc = orderCycleJourney('Named');
		await createJourneyRecords(doc, db);
		const before = await snapshot();
		await expect(renameJourney(doc.journey.id, '   ', db)).rejects.toBeInstanceOf(ValidationError);
		expect(await snapshot()).toEqual(before);
	});

	it('leaves the previous state whole when the transaction fails midway', async () => {
		const doc = orderCycleJourney();
		await createJourneyRecords(doc, db);
		const before = await snapshot();
		for (const how of ['throws', 'aborts'] as const) {
			const restore = failPutsInto('touchPoints', how, new Error('disk full'));
			try {
				await expect(saveJourney({ ...doc, steps: [] }, db), how).rejects.toThrow(
					how === 'throws' ? 'disk full' : /./
				);
			} finally {
				restore();
			}
			expect(await snapshot(), how).toEqual(before);
		}
	});
});

describe('the example journey', () => {
	it('is created on the first visit only', async () => {
		expect(await seedExampleOnce(() => airlineJourney(), db)).toBe(true);
		expect(await seedExampleOnce(() => airlineJourney(), db)).toBe(false);
		expect(await db.journeys.count()).toBe(1);
	});

	it('does not come back after the user deletes it', async () => {
		const example = airlineJourney();
		await seedExampleOnce(() => example, db);
		await deleteJourney(example.journey.id, db);
		await seedExampleOnce(() => airlineJourney(), db);
		expect(await db.journeys.count()).toBe(0);
	});
});
