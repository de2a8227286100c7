import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { updateItem, updateJourney } from '$lib/domain/edits/operations';
import { setRating } from '$lib/domain/edits/participants';
import { removeTouchPoint } from '$lib/domain/edits/touch-points';
import { readRecord } from '$lib/live/records-in-y';
import { persistChanges } from '$lib/storage/changes';
import { onStored } from '$lib/storage/tab-sync';
import { airlineJourney, workshopJourney } from './fixtures';
import {
	expectSame,
	joiner,
	Network,
	owner,
	reload,
	settle,
	sortedStoredOf,
	type Side
} from './live-sides';

afterEach(() => {
	vi.useRealTimers();
});

const NEW_ID = '99999999-0000-4000-8000-000000000001';

async function pair() {
	const network = new Network();
	const a = await owner(airlineJourney(), network);
	const b = await joiner(a, network);
	return { network, a, b };
}

/** Both sides store the same journey, and each shows what it stores. */
const touchPointOf = (side: Side, id: string) =>
	side.editor.doc.touchPoints.find((t) => t.id === id);

describe('two people editing one journey live', () => {
	it('keeps both edits when they change different fields of one item at once', async () => {
		const { network, a, b } = await pair();
		const id = a.editor.doc.touchPoints[2]!.id;
		network.offline = true;
		await a.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'Check-in desk' }));
		await b.edit((doc) => updateItem(doc, 'touchPoints', id, { notes: 'Queue at 7 am' }));
		network.online();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(touchPointOf(side, id)).toMatchObject({
				name: 'Check-in desk',
				notes: 'Queue at 7 am'
			});
		}
		await expectSame(a, b);
	});

	it('keeps an edit being stored here and the edit of another field that arrives meanwhile', async () => {
		const { a, b } = await pair();
		const id = a.editor.doc.touchPoints[2]!.id;
		// B's edit is a moment later than A's.
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(2_000_000);
		const release = a.holdWrites();
		a.editor.apply(updateItem(a.editor.doc, 'touchPoints', id, { name: 'Typed in A' }));
		const stored = a.editor.flush();
		// A takes B's edit in while its own is held: either it waits for it, or stores B's first.
		const tookIn = new Promise<void>((resolve) => {
			a.onBindingFlush = resolve;
			const stop = onStored((s) => {
				if (s.db !== a.db || s.by !== a.binding) return;
				stop();
				resolve();
			});
		});
		vi.setSystemTime(2_000_100);
		await b.edit((doc) => updateItem(doc, 'touchPoints', id, { notes: 'Written by B' }));
		await tookIn;
		release();
		await stored;
		vi.useRealTimers();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(touchPointOf(side, id)).toMatchObject({ name: 'Typed in A', notes: 'Written by B' });
		}
		await expectSame(a, b);
	});

	it('keeps the later write of one field, on both sides', async () => {
		const { a, b } = await pair();
		const id = a.editor.doc.touchPoints[1]!.id;
		await a.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'First' }));
		await settle(a, b);
		expect(touchPointOf(b, id)?.name).toBe('First');
		await b.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'Second' }));
		await settle(a, b);
		expect(touchPointOf(a, id)?.name).toBe('Second');
		await expectSame(a, b);
	});

	it('ends with one value on both sides when one field is written at once on both', async () => {
		const { network, a, b } = await pair();
		const id = a.editor.doc.touchPoints[1]!.id;
		network.offline = true;
		await a.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'From A' }));
		await b.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'From B' }));
		network.online();
		await settle(a, b);
		expect(['From A', 'From B']).toContain(touchPointOf(a, id)?.name);
		await expectSame(a, b);
	});

	it('keeps an item removed by one while the other edits it, and the Undo of the removal brings it back with that edit', async () => {
		const { network, a, b } = await pair();
		const tp = a.editor.doc.touchPoints.find((t) =>
			a.editor.doc.frustrations.some((f) => f.touchPointId === t.id)
		)!;
		network.offline = true;
		await a.edit((doc) => removeTouchPoint(doc, tp.id));
		await b.edit((doc) => updateItem(doc, 'touchPoints', tp.id, { notes: 'Edited by B' }));
		network.online();
		await settle(a, b);
		expect(touchPointOf(a, tp.id)).toBeUndefined();
		expect(touchPointOf(b, tp.id)).toBeUndefined();
		await expectSame(a, b);

		a.editor.undo();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(touchPointOf(side, tp.id)).toMatchObject({ name: tp.name, notes: 'Edited by B' });
			expect(side.editor.doc.frustrations.some((f) => f.touchPointId === tp.id)).toBe(true);
		}
		await expectSame(a, b);
	});

	it('removes on both sides a frustration added under a touch point the other removed meanwhile', async () => {
		const { network, a, b } = await pair();
		const tp = a.editor.doc.touchPoints[0]!;
		network.offline = true;
		await a.edit((doc) => removeTouchPoint(doc, tp.id));
		await b.edit((doc) => addFrustration(doc, tp.id, 'Added meanwhile', NEW_ID));
		network.online();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(side.editor.doc.frustrations.find((f) => f.id === NEW_ID)).toBeUndefined();
			expect(touchPointOf(side, tp.id)).toBeUndefined();
			// Removed in the shared document too: a later reconcile does not bring it back.
			expect(readRecord(side.ydoc, 'frustrations', NEW_ID)?.removed).toBe(true);
		}
		await expectSame(a, b);
	});

	it('merges the edits both sides made offline once they are delivered', async () => {
		const { network, a, b } = await pair();
		const [first, second, third] = a.editor.doc.touchPoints;
		network.offline = true;
		await a.edit((doc) => updateItem(doc, 'touchPoints', first!.id, { name: 'A offline' }));
		await a.edit((doc) => addFrustration(doc, second!.id, 'Found offline by A', NEW_ID));
		await b.edit((doc) => updateItem(doc, 'touchPoints', third!.id, { name: 'B offline' }));
		await b.edit((doc) => removeTouchPoint(doc, second!.id === third!.id ? first!.id : first!.id));
		network.online();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(touchPointOf(side, third!.id)?.name).toBe('B offline');
			expect(touchPointOf(side, first!.id)).toBeUndefined();
			expect(side.editor.doc.frustrations.find((f) => f.id === NEW_ID)?.text).toBe(
				'Found offline by A'
			);
		}
		await expectSame(a, b);
	});

	it('keeps both ratings when two people rate one frustration at once', async () => {
		const network = new Network();
		const a = await owner(workshopJourney(), network);
		const b = await joiner(a, network);
		const [ana, budi] = a.editor.doc.participants;
		const f = a.editor.doc.frustrations[1]!;
		network.offline = true;
		await a.edit((doc) => setRating(doc, f.id, ana!.id, 'severity', 4));
		await b.edit((doc) => setRating(doc, f.id, budi!.id, 'frequency', 2));
		network.online();
		await settle(a, b);
		for (const side of [a, b]) {
			const ratings = side.editor.doc.frustrations.find((x) => x.id === f.id)!.ratings;
			expect(ratings).toEqual(
				expect.arrayContaining([
					{ participantId: ana!.id, frequency: null, severity: 4 },
					{ participantId: budi!.id, frequency: 2, severity: null }
				])
			);
		}
		await expectSame(a, b);
	});

	it('carries edits among three people', async () => {
		const network = new Network();
		const a = await owner(airlineJourney(), network);
		const b = await joiner(a, network, 'editor', 'b');
		const c = await joiner(a, network, 'editor', 'c');
		const id = a.editor.doc.touchPoints[3]!.id;
		await c.edit((doc) => updateItem(doc, 'touchPoints', id, { ownerTeam: 'Ground staff' }));
		await settle(a, b, c);
		expect(touchPointOf(a, id)?.ownerTeam).toBe('Ground staff');
		await expectSame(a, b, c);
	});
});

describe('a forged update', () => {
	it('changes nothing stored, is logged with its client id, and later valid edits still flow', async () => {
		const { a, b } = await pair();
		const before = await sortedStoredOf(b);
		const forger = new Y.Doc();
		Y.applyUpdate(forger, Y.encodeStateAsUpdate(a.ydoc));
		const f = a.editor.doc.frustrations[0]!;
		const tp = a.editor.doc.touchPoints[0]!;
		const frustrations = forger.getMap('frustrations');
		const touchPoints = forger.getMap('touchPoints');
		const sent = (doc: Y.Doc) => Y.encodeStateAsUpdate(forger, Y.encodeStateVector(doc));
		forger.transact(() => {
			(frustrations.get(f.id) as Y.Map<unknown>).set('severity', 9);
			(touchPoints.get(tp.id) as Y.Map<unknown>).set('notes', 'x'.repeat(1_000_000));
			(touchPoints.get(tp.id) as Y.Map<unknown>).set('__proto__', { polluted: true });
			const notUuid = new Y.Map<unknown>();
			frustrations.set('not-a-uuid', notUuid);
			notUuid.set('id', 'not-a-uuid');
			notUuid.set('text', 'Forged');
			const wrongKey = new Y.Map<unknown>();
			frustrations.set(NEW_ID, wrongKey);
			for (const [key, value] of Object.entries({ ...f, id: f.id, text: 'Moved in' })) {
				if (key !== 'ratings') wrongKey.set(key, value);
			}
		});
		Y.applyUpdate(b.ydoc, sent(b.ydoc), 'forger');
		await settle(a, b);
		expect(await sortedStoredOf(b)).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		const fields = b.dropped.map((d) => `${d.collection}:${d.field}:${d.client}`);
		expect(fields).toContain(`frustrations:severity:${forger.clientID}`);
		expect(fields).toContain(`touchPoints:notes:${forger.clientID}`);
		expect(b.dropped.map((d) => d.id)).toEqual(expect.arrayContaining(['not-a-uuid', NEW_ID]));

		// The valid part of a forged write of one record is taken, the rest dropped.
		const other = a.editor.doc.frustrations[2]!;
		forger.transact(() => {
			const record = frustrations.get(other.id) as Y.Map<unknown>;
			record.set('frequency', 0);
			record.set('owner', 'Forged but valid');
		});
		Y.applyUpdate(b.ydoc, sent(b.ydoc), 'forger');
		await settle(a, b);
		expect(b.editor.doc.frustrations.find((x) => x.id === other.id)).toMatchObject({
			frequency: other.frequency,
			owner: 'Forged but valid'
		});
		expect(b.dropped.map((d) => `${d.id}:${d.field}`)).toContain(`${other.id}:frequency`);

		await a.edit((doc) => updateItem(doc, 'frustrations', f.id, { severity: 4 }));
		await settle(a, b);
		expect(b.editor.doc.frustrations.find((x) => x.id === f.id)?.severity).toBe(4);
	});
});

describe('the journey itself', () => {
	it('is renamed on both sides', async () => {
		const { a, b } = await pair();
		await b.edit((doc) => updateJourney(doc, { name: 'Renamed live', description: 'By B' }));
		await settle(a, b);
		expect(a.editor.doc.journey).toMatchObject({ name: 'Renamed live', description: 'By B' });
		await expectSame(a, b);
	});
});

describe('a participant', () => {
	it('writes nothing into the journey document, and is told so', async () => {
		const network = new Network();
		const a = await owner(airlineJourney(), network);
		const p = await joiner(a, network, 'participant');
		const id = a.editor.doc.touchPoints[0]!.id;
		const state = Y.encodeStateVector(p.ydoc);
		await p.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'Renamed by a participant' }));
		await settle(a, p);
		expect(Y.encodeStateVector(p.ydoc)).toEqual(state);
		expect(p.refusedLocal).toBe(1);
		expect(touchPointOf(a, id)?.name).not.toBe('Renamed by a participant');
		// What the others write still reaches them.
		await a.edit((doc) => updateItem(doc, 'touchPoints', id, { name: 'Renamed by the owner' }));
		await settle(a, p);
		expect(touchPointOf(p, id)?.name).toBe('Renamed by the owner');
	});
});

describe('the Y.Doc kept beside the records', () => {
	it('keeps a removal across a reload, so a peer that missed it does not bring it back', async () => {
		const { network, a, b } = await pair();
		const tp = a.editor.doc.touchPoints[4]!;
		network.offline = true;
		await a.edit((doc) => removeTouchPoint(doc, tp.id));
		const reloaded = await reload(a, network);
		await b.edit((doc) =>
			updateItem(doc, 'touchPoints', a.editor.doc.touchPoints[0]!.id, { notes: 'B' })
		);
		network.online();
		await settle(reloaded, b);
		expect(touchPointOf(reloaded, tp.id)).toBeUndefined();
		expect(touchPointOf(b, tp.id)).toBeUndefined();
		await expectSame(reloaded, b);
	});

	it('removes for everyone on start what was removed here while Y did not hear of it (a page closed as it stored the removal)', async () => {
		const { network, a, b } = await pair();
		const gone = a.editor.doc.frustrations[3]!;
		await a.editor.flush();
		await a.binding.stop();
		a.editor.close();
		// The closing page stored the removal; the binding never wrote it into Y.
		await persistChanges(
			a.editor.doc.journey.id,
			[{ collection: 'frustrations', before: gone, after: null }],
			Date.now(),
			a.db
		);
		const reloaded = await reload(a, network);
		await settle(reloaded, b);
		expect(reloaded.editor.doc.frustrations.some((f) => f.id === gone.id)).toBe(false);
		expect(b.editor.doc.frustrations.some((f) => f.id === gone.id)).toBe(false);
		await expectSame(reloaded, b);
	});

	it('sends on start what was stored while the binding was not running', async () => {
		const { network, a, b } = await pair();
		const tp = a.editor.doc.touchPoints[5]!;
		await a.editor.flush();
		await a.binding.stop();
		a.editor.close();
		await persistChanges(
			tp.id && a.editor.doc.journey.id,
			[
				{
					collection: 'touchPoints',
					before: tp,
					after: { ...tp, name: 'Offline rename', updatedAt: Date.now() + 1 }
				}
			],
			Date.now(),
			a.db
		);
		const reloaded = await reload(a, network);
		await settle(reloaded, b);
		expect(touchPointOf(b, tp.id)?.name).toBe('Offline rename');
		await expectSame(reloaded, b);
	});
});
