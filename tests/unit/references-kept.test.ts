import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyChanges, stamp } from '$lib/domain/edits/change';
import { addFrustration, removeFrustration } from '$lib/domain/edits/frustrations';
import { keepReferences, stateOf } from '$lib/domain/edits/keep-references';
import { updateItem } from '$lib/domain/edits/operations';
import { removeParticipant, setRating } from '$lib/domain/edits/participants';
import { addSegment, removeSegment } from '$lib/domain/edits/segments';
import { removeStage } from '$lib/domain/edits/stages';
import { removeTouchPoint } from '$lib/domain/edits/touch-points';
import type { JourneyDocument } from '$lib/domain/schema';
import { persistChanges } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import { deleteJourney, saveJourney } from '$lib/storage/journeys';
import { workshopJourney } from './fixtures';
import { orphanRecords, storedProblems, twoTabs, type Tab } from './two-tabs';

let db: TouchpointDatabase;
let doc: JourneyDocument;

beforeEach(async () => {
	db = new TouchpointDatabase(`test-${crypto.randomUUID()}`);
	await db.open();
	doc = workshopJourney();
	await saveJourney(doc, db);
});

afterEach(async () => {
	await db.delete();
});

const NEW_ID = '99999999-0000-4000-8000-000000000001';
const frustration = (d: JourneyDocument) => d.frustrations[0]!;
const placeOf = (d: JourneyDocument, id: string) =>
	d.touchPoints.find((t) => t.id === d.frustrations.find((f) => f.id === id)!.touchPointId)!;

/** Types into a frustration in `tab` so that the last keystrokes stay queued (typing on). */
async function typeQueued(editor: Tab['editor'], id: string, text: string) {
	editor.apply(updateItem(editor.doc, 'frustrations', id, { text: text.slice(0, 1) }));
	// The first keystroke's write starts in the next task (after the frame it shows in).
	await new Promise((resolve) => setTimeout(resolve));
	await editor.flush();
	editor.apply(updateItem(editor.doc, 'frustrations', id, { text }));
}

async function expectWhole() {
	const { stored, problems } = await storedProblems(doc.journey.id, db);
	expect(stored).toBeDefined();
	expect(problems).toEqual([]);
	expect(await orphanRecords(db)).toEqual([]);
	return stored!;
}

describe('a change whose place another tab removed', () => {
	it('is not stored when the removal came first; the tab is told and can put it back', async () => {
		const [a, b] = twoTabs(doc, db);
		const f = frustration(doc);
		const place = placeOf(doc, f.id);
		await typeQueued(b.editor, f.id, 'Typed in B');
		a.editor.apply(removeTouchPoint(a.editor.doc, place.id));
		await a.editor.flush();
		// B stores before hearing of the removal: the storage refuses the edit.
		await b.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.some((x) => x.id === f.id)).toBe(false);
		expect(b.refused).toHaveLength(1);
		expect(b.refused[0]!.refusals[0]).toMatchObject({ reason: 'removed' });
		expect(b.editor.doc.frustrations.some((x) => x.id === f.id)).toBe(false);
		b.deliver(true);
		expect(b.editor.putBack(b.refused[0]!.items, b.refused[0]!.lastSeen)).toBe(true);
		await b.editor.flush();
		const back = await expectWhole();
		expect(back.frustrations.find((x) => x.id === f.id)?.text).toBe('Typed in B');
		expect(back.touchPoints.find((t) => t.id === place.id)?.name).toBe(place.name);
	});

	it('is dropped when the removal is heard first: the removal wins over the queued edit', async () => {
		const [a, b] = twoTabs(doc, db);
		const f = frustration(doc);
		await typeQueued(b.editor, f.id, 'Typed in B');
		a.editor.apply(removeTouchPoint(a.editor.doc, placeOf(doc, f.id).id));
		await a.editor.flush();
		b.deliver(true);
		expect(b.refused).toHaveLength(1);
		await b.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.some((x) => x.id === f.id)).toBe(false);
		expect(b.editor.saved).toBe(true);
	});

	it('a frustration added in a touch point another tab removed is refused, never orphaned', async () => {
		const [a, b] = twoTabs(doc, db);
		const place = doc.touchPoints[2]!;
		a.editor.apply(removeTouchPoint(a.editor.doc, place.id));
		await a.editor.flush();
		b.editor.apply(addFrustration(b.editor.doc, place.id, 'Added in B', NEW_ID));
		await b.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.some((x) => x.id === NEW_ID)).toBe(false);
		expect(b.refused[0]!.refusals[0]).toMatchObject({
			reason: 'place-removed',
			missing: { collection: 'touchPoints', id: place.id }
		});
		// Put back with the place it was in, as this tab last saw it.
		b.deliver(true);
		b.editor.putBack(b.refused[0]!.items, b.refused[0]!.lastSeen);
		await b.editor.flush();
		const back = await expectWhole();
		expect(back.frustrations.find((x) => x.id === NEW_ID)?.touchPointId).toBe(place.id);
	});
});

describe('a removal', () => {
	it('takes along what another tab put in it since, and its Undo brings that back', async () => {
		const [a, b] = twoTabs(doc, db);
		const place = doc.touchPoints[1]!;
		b.editor.apply(addFrustration(b.editor.doc, place.id, 'Added in B', NEW_ID));
		await b.editor.flush();
		// A has not heard of it yet.
		a.editor.apply(removeTouchPoint(a.editor.doc, place.id));
		await a.editor.flush();
		let stored = await expectWhole();
		expect(stored.frustrations.some((f) => f.id === NEW_ID)).toBe(false);
		a.editor.undo();
		await a.editor.flush();
		stored = await expectWhole();
		expect(stored.frustrations.find((f) => f.id === NEW_ID)?.text).toBe('Added in B');
		expect(a.editor.doc.frustrations.some((f) => f.id === NEW_ID)).toBe(true);
	});

	it('of a stage takes along its touch points and their frustrations stored elsewhere', async () => {
		const [a, b] = twoTabs(doc, db);
		const stage = doc.stages[0]!;
		const place = doc.touchPoints.find((t) => t.stageId === stage.id)!;
		b.editor.apply(addFrustration(b.editor.doc, place.id, 'Added in B', NEW_ID));
		await b.editor.flush();
		a.editor.apply(removeStage(a.editor.doc, stage.id));
		await a.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.some((f) => f.id === NEW_ID)).toBe(false);
	});

	it('of a participant drops the ratings another tab stored since', async () => {
		const [a, b] = twoTabs(doc, db);
		const [ana] = doc.participants;
		const second = doc.frustrations[1]!;
		b.editor.apply(setRating(b.editor.doc, second.id, ana!.id, 'severity', 4));
		await b.editor.flush();
		a.editor.apply(removeParticipant(a.editor.doc, ana!.id));
		await a.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.flatMap((f) => f.ratings).map((r) => r.participantId)).not.toContain(
			ana!.id
		);
	});

	it('of a segment drops the tags and emotions another tab stored since', async () => {
		const withSegment = applyChanges(doc, addSegment(doc, 'Families', 'B2C', NEW_ID).changes);
		await saveJourney(withSegment, db);
		const [a, b] = twoTabs(withSegment, db);
		const place = withSegment.touchPoints[0]!;
		b.editor.apply(
			updateItem(b.editor.doc, 'touchPoints', place.id, {
				segmentIds: [NEW_ID],
				emotions: { [NEW_ID]: -2 }
			})
		);
		await b.editor.flush();
		a.editor.apply(removeSegment(a.editor.doc, NEW_ID));
		await a.editor.flush();
		const stored = await expectWhole();
		const t = stored.touchPoints.find((x) => x.id === place.id)!;
		expect(t.segmentIds).toEqual([]);
		expect(t.emotions).toEqual({});
	});
});

describe('Undo and Redo', () => {
	it('leave out what another tab removed since, and say so', async () => {
		const [a, b] = twoTabs(doc, db);
		const f = frustration(doc);
		a.editor.apply(updateItem(a.editor.doc, 'frustrations', f.id, { text: 'Edited in A' }));
		await a.editor.flush();
		b.deliver(true);
		b.editor.apply(removeTouchPoint(b.editor.doc, placeOf(doc, f.id).id));
		await b.editor.flush();
		a.deliver(true);
		a.editor.undo();
		await a.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.some((x) => x.id === f.id)).toBe(false);
		expect(a.refused.at(-1)).toMatchObject({ from: 'undo' });
	});
});

describe('a journey deleted in another tab', () => {
	it('takes no record written after it', async () => {
		const [, b] = twoTabs(doc, db);
		await typeQueued(b.editor, frustration(doc).id, 'Late');
		await deleteJourney(doc.journey.id, db);
		await b.editor.flush();
		expect(await db.journeys.count()).toBe(0);
		expect(await orphanRecords(db)).toEqual([]);
		expect(b.refused[0]!.refusals[0]).toMatchObject({ reason: 'journey-gone' });
	});
});

describe('keepReferences', () => {
	it('keeps a later stored edit over an earlier one written after it', async () => {
		const f = frustration(doc);
		const later = stamp(updateItem(doc, 'frustrations', f.id, { text: 'Later' })!.changes, 3_000);
		const earlier = stamp(
			updateItem(doc, 'frustrations', f.id, { text: 'Earlier' })!.changes,
			2_000
		);
		await persistChanges(doc.journey.id, later, 3_000, db);
		const outcome = await persistChanges(doc.journey.id, earlier, 3_500, db);
		expect(outcome.refused[0]).toMatchObject({ reason: 'superseded' });
		expect((await db.frustrations.get(f.id))?.text).toBe('Later');
	});

	it('lets an edit overwrite a time in the future (from an older version trusting a file)', () => {
		const f = { ...frustration(doc), updatedAt: 4_000_000_000_000 };
		const d = { ...doc, frustrations: [f, ...doc.frustrations.slice(1)] };
		const edit = stamp(updateItem(d, 'frustrations', f.id, { text: 'Now' })!.changes, 5_000);
		expect(keepReferences(edit, stateOf(d), 5_000).refused).toEqual([]);
	});

	it('refuses a record whose id another journey holds', () => {
		const f = frustration(doc);
		const edit = stamp(updateItem(doc, 'frustrations', f.id, { text: 'x' })!.changes, 5_000);
		const state = { ...stateOf(doc), get: () => 'foreign' as const };
		expect(keepReferences(edit, state).refused[0]).toMatchObject({ reason: 'foreign' });
	});
});

describe('a message about an older write', () => {
	it('changes nothing in a tab that read the journey after that write', async () => {
		const [a] = twoTabs(doc, db);
		const f = frustration(doc);
		const stale = [
			{ collection: 'frustrations', before: f, after: { ...f, text: 'Old news' } }
		] as const;
		a.editor.readUpTo(7);
		expect(a.editor.receive([...stale], 7)).toBe(false);
		expect(a.editor.doc.frustrations[0]!.text).toBe(f.text);
		expect(a.editor.receive([...stale], 8)).toBe(true);
		expect(a.editor.doc.frustrations[0]!.text).toBe('Old news');
	});

	it('still counts as heard: the editor knows of the newest write, read, heard or its own', async () => {
		const [a, b] = twoTabs(doc, db);
		const f = frustration(doc);
		const stale = [{ collection: 'frustrations', before: f, after: f }] as const;
		a.editor.readUpTo(7);
		expect(a.editor.knownCommit).toBe(7);
		a.editor.receive([...stale], 5);
		expect(a.editor.knownCommit).toBe(7);
		a.editor.receive([...stale], 9);
		expect(a.editor.knownCommit).toBe(9);
		b.editor.apply(updateItem(b.editor.doc, 'frustrations', f.id, { text: 'Stored by B' }));
		await b.editor.flush();
		expect(b.editor.knownCommit).toBeGreaterThan(0);
	});
});

describe('Undo of a removal', () => {
	it('leaves an item another tab has already put back as that tab put it', async () => {
		const [a, b] = twoTabs(doc, db);
		const f = frustration(doc);
		a.editor.apply(removeFrustration(a.editor.doc, f.id));
		await a.editor.flush();
		b.deliver(true);
		b.editor.putBack(
			[{ collection: 'frustrations', item: { ...f, text: 'Put back in B' } }],
			() => undefined
		);
		await b.editor.flush();
		a.deliver(true);
		a.editor.undo();
		await a.editor.flush();
		const stored = await expectWhole();
		expect(stored.frustrations.find((x) => x.id === f.id)?.text).toBe('Put back in B');
		expect(a.editor.doc.frustrations.find((x) => x.id === f.id)?.text).toBe('Put back in B');
	});
});

describe('a rating by a participant another tab removed', () => {
	it('is not stored, and the tab that gave it says so', async () => {
		const [a, b] = twoTabs(doc, db);
		const [ana] = doc.participants;
		const second = doc.frustrations[1]!;
		a.editor.apply(removeParticipant(a.editor.doc, ana!.id));
		await a.editor.flush();
		b.editor.apply(setRating(b.editor.doc, second.id, ana!.id, 'severity', 4));
		await b.editor.flush();
		await expectWhole();
		expect(b.refused.at(-1)!.refusals[0]).toMatchObject({ reason: 'untagged' });
		expect(b.refused.at(-1)!.items).toEqual([]);
		const shown = b.editor.doc.frustrations.find((f) => f.id === second.id)!;
		expect(shown.ratings.map((r) => r.participantId)).not.toContain(ana!.id);
	});
});
