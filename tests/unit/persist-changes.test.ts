import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, stamp, type Change } from '$lib/domain/edits/change';
import { addFrustration, removeFrustration } from '$lib/domain/edits/frustrations';
import { moveItem, updateItem, updateJourney } from '$lib/domain/edits/operations';
import { removeSegment } from '$lib/domain/edits/segments';
import { removeStage } from '$lib/domain/edits/stages';
import type { JourneyDocument } from '$lib/domain/schema';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { ValidationError } from '$lib/storage/validation';
import { airlineJourney } from './fixtures';

const NOW = 50_000;
const NEW_ID = '99999999-0000-4000-8000-000000000001';

let db: TouchpointDatabase;
let doc: JourneyDocument;

beforeEach(async () => {
	db = new TouchpointDatabase(`test-${crypto.randomUUID()}`);
	await db.open();
	doc = airlineJourney();
	await saveJourney(doc, db);
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

const persist = (changes: Change[]) => persistChanges(doc.journey.id, changes, NOW, db);

describe('persisting an edit', () => {
	it('stores an added frustration with its journey id, and the journey reads it back', async () => {
		const edit = addFrustration(doc, doc.touchPoints[3]!.id, 'The seat map does not load', NEW_ID);
		const changes = stamp(edit.changes, NOW);
		await persist(changes);
		const added = changes[0]!.after!;
		expect(await db.frustrations.get(NEW_ID)).toEqual({ ...added, journeyId: doc.journey.id });
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.frustrations).toHaveLength(doc.frustrations.length + 1);
		expect(stored?.frustrations.find((f) => f.id === NEW_ID)).toEqual(added);
		expect(await db.frustrations.where('journeyId').equals(doc.journey.id).count()).toBe(
			doc.frustrations.length + 1
		);
	});

	it('deletes the record of a removed frustration', async () => {
		const target = doc.frustrations[7]!;
		await persist(removeFrustration(doc, target.id)!.changes);
		expect(await db.frustrations.get(target.id)).toBeUndefined();
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.frustrations.map((f) => f.id)).toEqual(
			doc.frustrations.filter((f) => f !== target).map((f) => f.id)
		);
	});

	it('deletes a stage with everything in it', async () => {
		const stage = doc.stages[1]!;
		await persist(removeStage(doc, stage.id)!.changes);
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.stages.map((s) => s.id)).not.toContain(stage.id);
		expect(stored?.steps.some((s) => s.stageId === stage.id)).toBe(false);
		expect(stored?.touchPoints.some((t) => t.stageId === stage.id)).toBe(false);
		const ids = new Set(stored?.touchPoints.map((t) => t.id));
		expect(stored?.frustrations.every((f) => ids.has(f.touchPointId))).toBe(true);
		expect(stored?.frustrations.length).toBeLessThan(doc.frustrations.length);
	});

	it('sets the journey’s updatedAt to now', async () => {
		expect(doc.journey.updatedAt).not.toBe(NOW);
		await persist(updateItem(doc, 'segments', doc.segments[0]!.id, { size: '40%' })!.changes);
		expect(await db.journeys.get(doc.journey.id)).toEqual({ ...doc.journey, updatedAt: NOW });
	});

	it('stores an edit of the journey itself with updatedAt set to now', async () => {
		await persist(updateJourney(doc, { name: 'Regional airline' }).changes);
		expect(await db.journeys.get(doc.journey.id)).toEqual({
			...doc.journey,
			name: 'Regional airline',
			updatedAt: NOW
		});
	});

	it('changes only the records an edit touches', async () => {
		const before = await snapshot();
		const target = doc.frustrations[10]!;
		const changes = stamp(
			updateItem(doc, 'frustrations', target.id, { status: 'fix-planned', fix: 'Add staff' })!
				.changes,
			NOW
		);
		await persist(changes);
		const after = await snapshot();
		for (const table of Object.keys(before)) {
			if (table === 'frustrations' || table === 'journeys') {
				continue;
			}
			if (table === 'settings') {
				// Besides the records, the write takes the next number in the journey's commit order
				// (storing the journey whole was its first).
				expect(before[table], table).toEqual([{ key: `commits:${doc.journey.id}`, value: 1 }]);
				expect(after[table], table).toEqual([{ key: `commits:${doc.journey.id}`, value: 2 }]);
				continue;
			}
			if (table === 'journeySnapshots') {
				// …and marks the journey's snapshot as no longer holding (a new version, no text).
				expect(after[table], table).toEqual([
					{ journeyId: doc.journey.id, version: expect.any(String) }
				]);
				continue;
			}
			expect(after[table], table).toEqual(before[table]);
		}
		expect(after.journeys).toEqual([{ ...doc.journey, updatedAt: NOW }]);
		const frustrations = before.frustrations!.map((f) =>
			(f as { id: string }).id === target.id
				? {
						...target,
						status: 'fix-planned',
						fix: 'Add staff',
						updatedAt: NOW,
						journeyId: doc.journey.id
					}
				: f
		);
		expect(after.frustrations).toEqual(frustrations);
	});

	it('writes one record for a move', async () => {
		const before = await snapshot();
		const moving = doc.touchPoints[0]!;
		const edit = moveItem(doc, 'touchPoints', moving.id, { parentId: doc.stages[2]!.id, index: 0 });
		expect(edit!.changes).toHaveLength(1);
		await persist(edit!.changes);
		const after = await snapshot();
		expect(after.touchPoints).toEqual(
			before.touchPoints!.map((t) =>
				(t as { id: string }).id === moving.id
					? { ...edit!.changes[0]!.after, journeyId: doc.journey.id }
					: t
			)
		);
		expect(after.frustrations).toEqual(before.frustrations);
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.touchPoints.find((t) => t.stageId === doc.stages[2]!.id)?.id).toBe(moving.id);
	});

	it('writes a segment removal with its untagged touch points and frustrations at once', async () => {
		const segment = doc.segments[2]!;
		await persist(removeSegment(doc, segment.id)!.changes);
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.segments.map((s) => s.id)).not.toContain(segment.id);
		expect(stored?.touchPoints.some((t) => t.segmentIds.includes(segment.id))).toBe(false);
		expect(stored?.touchPoints.some((t) => segment.id in t.emotions)).toBe(false);
		expect(stored?.frustrations.some((f) => f.segmentIds.includes(segment.id))).toBe(false);
	});
});

describe('persisting an invalid edit', () => {
	it('throws a ValidationError for an empty frustration text and changes nothing', async () => {
		const before = await snapshot();
		const changes = [
			...updateItem(doc, 'segments', doc.segments[0]!.id, { needs: 'Wi-Fi' })!.changes,
			...updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { text: '' })!.changes
		];
		const error = await persist(changes).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).message).toMatch(/text/);
		expect(await snapshot()).toEqual(before);
	});

	it('changes nothing when an added frustration has an empty text', async () => {
		const before = await snapshot();
		const [add] = addFrustration(doc, doc.touchPoints[0]!.id, 'x', NEW_ID).changes;
		const broken = { ...add!, after: { ...add!.after!, text: '   ' } } as Change;
		await expect(persist([broken])).rejects.toBeInstanceOf(ValidationError);
		expect(await snapshot()).toEqual(before);
	});

	it('leaves every table as it was when the transaction fails midway', async () => {
		const before = await snapshot();
		const original = db.segments.delete.bind(db.segments);
		db.segments.delete = (() => Promise.reject(new Error('disk full'))) as never;
		await expect(persist(removeSegment(doc, doc.segments[0]!.id)!.changes)).rejects.toThrow(
			'disk full'
		);
		db.segments.delete = original;
		expect(await snapshot()).toEqual(before);
	});
});

describe('persisting at once, as the page is closed', () => {
	it('stores the same document as the ordinary write, with the journey as the editor holds it', async () => {
		const renamed = updateJourney(doc, { name: 'Renamed' })!.changes;
		const edit = [
			...stamp(renamed, NOW),
			...addFrustration(doc, doc.touchPoints[0]!.id, 'Typed as the tab closed').changes,
			...removeFrustration(doc, doc.frustrations[1]!.id)!.changes
		];
		const expected = applyChanges(doc, edit);
		await persistChangesNow(expected.journey, edit, NOW, db);
		const stored = await getJourney(doc.journey.id, db);
		const byId = (d: JourneyDocument | undefined) =>
			d && { ...d, frustrations: [...d.frustrations].sort((a, b) => a.id.localeCompare(b.id)) };
		expect(byId(stored)).toEqual(
			byId({ ...expected, journey: { ...expected.journey, updatedAt: NOW } })
		);
	});

	it('does not wait behind an ordinary write still running, whose changes it carries too', async () => {
		const first = updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { severity: 1 })!;
		const later = updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { severity: 5 })!;
		const running = persistChanges(doc.journey.id, first.changes, NOW, db);
		// The page hides in a later task, once the running write has begun.
		await new Promise((resolve) => setTimeout(resolve, 0));
		const now = persistChangesNow(doc.journey, [...later.changes], NOW + 1, db);
		// The running write is aborted, or has finished first: either way the later values stay.
		await Promise.allSettled([running, now]);
		const stored = await getJourney(doc.journey.id, db);
		expect(stored?.frustrations.find((f) => f.id === doc.frustrations[0]!.id)?.severity).toBe(5);
	});
});
