import { afterEach, describe, expect, it } from 'vitest';
import { openJourney } from '$lib/app/journeys';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { gatherStrays } from '$lib/domain/strays';
import { database } from '$lib/storage/db';
import { removeOrphanRecords } from '$lib/storage/journey-removal';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { workshopJourney } from './fixtures';

const gathering = () => ({
	stageName: 'Recovered items',
	touchPointName: 'Recovered items',
	newId: () => crypto.randomUUID(),
	now: 50_000
});
const GONE = '00000000-0000-4000-8000-0000000fffff';

afterEach(async () => {
	const db = database();
	await db.transaction('rw', db.journeyTables, () =>
		Promise.all(db.journeyTables.map((table) => table.clear()))
	);
});

/** The workshop journey as an older version could leave it: a frustration and a touch point without their places, a rating by someone gone, a time from a wrong clock. */
function damaged(): JourneyDocument {
	const doc = workshopJourney();
	doc.frustrations[3] = { ...doc.frustrations[3]!, touchPointId: GONE };
	doc.touchPoints[2] = { ...doc.touchPoints[2]!, stageId: GONE };
	doc.frustrations[0] = {
		...doc.frustrations[0]!,
		ratings: [...doc.frustrations[0]!.ratings, { participantId: GONE, frequency: 1, severity: 1 }]
	};
	doc.frustrations[5] = { ...doc.frustrations[5]!, updatedAt: 4_102_444_800_000 };
	return doc;
}

describe('a journey stored damaged', () => {
	it('is left alone when whole', () => {
		expect(gatherStrays(workshopJourney(), gathering())).toBeUndefined();
	});

	it('gathers what lost its place in a stage of its own, drops what names the gone, and keeps every text', () => {
		const doc = damaged();
		const repaired = gatherStrays(doc, gathering())!;
		expect(repaired.gathered).toBe(2);
		expect(journeyDocument.safeParse(repaired.doc).success).toBe(true);
		const stage = repaired.doc.stages.find((s) => s.name === 'Recovered items')!;
		expect(stage.order).toBeGreaterThan(Math.max(...doc.stages.map((s) => s.order)));
		expect(repaired.doc.touchPoints.find((t) => t.id === doc.touchPoints[2]!.id)?.stageId).toBe(
			stage.id
		);
		const holder = repaired.doc.touchPoints.find((t) => t.name === 'Recovered items')!;
		expect(holder.stageId).toBe(stage.id);
		expect(repaired.doc.frustrations.find((f) => f.id === doc.frustrations[3]!.id)).toMatchObject({
			touchPointId: holder.id,
			text: doc.frustrations[3]!.text
		});
		expect(repaired.doc.frustrations.map((f) => f.text)).toEqual(
			doc.frustrations.map((f) => f.text)
		);
		expect(repaired.doc.frustrations[0]!.ratings.map((r) => r.participantId)).not.toContain(GONE);
		expect(repaired.doc.frustrations[5]!.updatedAt).toBe(50_000);
	});

	it('drops a feeling and a tag that name a segment no longer in the map, and keeps the items', () => {
		const whole = workshopJourney();
		const doc = structuredClone(whole);
		doc.touchPoints[0]!.emotions = { ...doc.touchPoints[0]!.emotions, [GONE]: 2 };
		doc.frustrations[1]!.segmentIds = [...doc.frustrations[1]!.segmentIds, GONE];
		const repaired = gatherStrays(doc, gathering())!;
		expect(repaired.gathered).toBe(0);
		expect(repaired.doc.touchPoints[0]).toEqual(whole.touchPoints[0]);
		expect(repaired.doc.frustrations[1]).toEqual(whole.frustrations[1]);
	});

	it('opens repaired and stored so, and its export imports', async () => {
		const doc = damaged();
		// As an older version stored it: record by record, without the schema's check.
		const db = database();
		const { toRecords } = await import('$lib/domain/records');
		const records = toRecords(doc);
		await db.transaction('rw', db.journeyTables, async () => {
			await db.journeys.put(records.journey);
			for (const name of [
				'stages',
				'steps',
				'touchPoints',
				'frustrations',
				'segments',
				'participants'
			] as const) {
				await (db[name] as typeof db.stages).bulkPut(records[name] as never);
			}
		});
		const opened = (await openJourney(doc.journey.id))!;
		expect(opened).toMatchObject({ gathered: 2, repaired: true });
		const stored = (await getJourney(doc.journey.id))!;
		expect(journeyDocument.safeParse(stored).success).toBe(true);
		expect(stored.frustrations).toHaveLength(doc.frustrations.length);
		// Opened again: nothing more to do.
		expect(await openJourney(doc.journey.id)).toMatchObject({ gathered: 0, repaired: false });
	});
});

describe('records of a journey not stored', () => {
	it('are swept at start-up, and no other journey loses a record', async () => {
		const doc = workshopJourney();
		await saveJourney(doc);
		const db = database();
		await db.frustrations.put({ ...doc.frustrations[0]!, id: GONE, journeyId: GONE });
		expect(await removeOrphanRecords()).toBe(1);
		expect(await db.frustrations.get(GONE)).toBeUndefined();
		expect(await getJourney(doc.journey.id)).toEqual(doc);
	});
});
