import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { updateItem } from '$lib/domain/edits/operations';
import { addParticipant, setRating } from '$lib/domain/edits/participants';
import {
	OWN_PARTICIPANT,
	OWN_RATINGS,
	participantIdFor,
	participantMay,
	PROPOSED,
	writeOwn,
	type FoldDropped
} from '$lib/live/participant-doc';
import { onStored } from '$lib/storage/tab-sync';
import { airlineJourney } from './fixtures';
import { joiner, Network, owner, settle, sortedStoredOf, type Side } from './live-sides';

const PID = '0123456789abcdef0123456789abcdef';
const PARTICIPANT_ID = participantIdFor(PID);
const PROPOSED_ID = '99999999-0000-4000-8000-00000000f001';

/** Owner, editor and participant; the participant's own document written as run-session.ts does. */
async function session() {
	const network = new Network();
	const a = await owner(airlineJourney(), network);
	const b = await joiner(a, network, 'editor');
	const p = await joiner(a, network, 'participant');
	const pdoc = new Y.Doc();
	p.editor.readOnly = true;
	p.editor.mayEdit = (changes, doc) => participantMay(changes, PARTICIPANT_ID, doc);
	onStored((s) => {
		if (s.db !== p.db) return;
		const allowed = s.write.filter((c) => participantMay([c], PARTICIPANT_ID, p.editor.doc));
		writeOwn(pdoc, allowed, PARTICIPANT_ID);
	});
	await p.edit((doc) => addParticipant(doc, 'Citra', PARTICIPANT_ID));
	return { network, a, b, p, pdoc };
}

async function fold(pdoc: Y.Doc, dropped: FoldDropped[], ...sides: Side[]) {
	for (const side of sides) await side.binding.fold(pdoc, PID, (d) => dropped.push(d));
	await settle(...sides);
}

const frustrationOf = (side: Side, id: string) =>
	side.editor.doc.frustrations.find((f) => f.id === id);

describe('a participant’s own document folded into the journey', () => {
	it('adds their frustration and their ratings on the owner’s and the editor’s side, and folding again writes nothing', async () => {
		const { a, b, p, pdoc } = await session();
		const tp = a.editor.doc.touchPoints[1]!;
		const rated = a.editor.doc.frustrations[0]!;
		await p.edit((doc) => addFrustration(doc, tp.id, 'No seat map on the phone', PROPOSED_ID));
		await p.edit((doc) => setRating(doc, PROPOSED_ID, PARTICIPANT_ID, 'severity', 4));
		await p.edit((doc) => setRating(doc, rated.id, PARTICIPANT_ID, 'frequency', 2));
		const dropped: FoldDropped[] = [];
		await fold(pdoc, dropped, a, b);

		for (const side of [a, b]) {
			expect(side.editor.doc.participants).toContainEqual(
				expect.objectContaining({ id: PARTICIPANT_ID, name: 'Citra' })
			);
			expect(frustrationOf(side, PROPOSED_ID)).toMatchObject({
				touchPointId: tp.id,
				text: 'No seat map on the phone',
				ratings: [{ participantId: PARTICIPANT_ID, frequency: null, severity: 4 }]
			});
			expect(frustrationOf(side, rated.id)?.ratings).toContainEqual({
				participantId: PARTICIPANT_ID,
				frequency: 2,
				severity: null
			});
		}
		expect(await sortedStoredOf(b)).toEqual(await sortedStoredOf(a));
		expect(dropped).toEqual([]);

		// Both fold the same document again: equal values, nothing written into the journey.
		let updates = 0;
		a.ydoc.on('update', () => updates++);
		await fold(pdoc, dropped, b, a);
		expect(updates).toBe(0);

		// A rating cleared by the participant is cleared in the journey too.
		await p.edit((doc) => setRating(doc, rated.id, PARTICIPANT_ID, 'frequency', null));
		await fold(pdoc, dropped, a, b);
		for (const side of [a, b]) {
			expect(
				frustrationOf(side, rated.id)?.ratings.some((r) => r.participantId === PARTICIPANT_ID)
			).toBe(false);
		}
	});

	it('refuses a participant’s rename or removal in their browser, and leaves it out of their document', async () => {
		const { p, pdoc } = await session();
		const tp = p.editor.doc.touchPoints[0]!;
		const other = p.editor.doc.frustrations[0]!;
		expect(p.editor.apply(updateItem(p.editor.doc, 'touchPoints', tp.id, { name: 'Mine' }))).toBe(
			'read-only'
		);
		expect(
			p.editor.apply(updateItem(p.editor.doc, 'frustrations', other.id, { text: 'Reworded' }))
		).toBe('read-only');
		expect(p.editor.apply(setRating(p.editor.doc, other.id, 'x', 'severity', 3))).toBeUndefined();
		expect([...pdoc.getMap(PROPOSED).keys()]).toEqual([]);
	});

	it('stores nothing of a forged participant document but what a participant may do, logged with its pid, and goes on', async () => {
		const { a, b, pdoc } = await session();
		const before = await sortedStoredOf(a);
		const [first, second] = a.editor.doc.frustrations;
		const someoneElse = first!.ratings[0]?.participantId;
		pdoc.transact(() => {
			pdoc.getMap(OWN_PARTICIPANT).set('name', 'Citra');
			pdoc.getMap('stages').set(a.editor.doc.stages[0]!.id, { name: 'Taken over' });
			pdoc.getMap('journey').set('name', 'Taken over');
			const proposed = pdoc.getMap(PROPOSED);
			proposed.set('__proto__', { touchPointId: a.editor.doc.touchPoints[0]!.id, text: 'x' });
			proposed.set(PROPOSED_ID, {
				touchPointId: a.editor.doc.touchPoints[0]!.id,
				text: 'x'.repeat(1_000_000)
			});
			proposed.set('99999999-0000-4000-8000-00000000f002', {
				touchPointId: '99999999-0000-4000-8000-00000000dead',
				text: 'Nowhere'
			});
			// Someone else's frustration proposed again: not rewritten.
			proposed.set(first!.id, { touchPointId: first!.touchPointId, text: 'Rewritten' });
			const ratings = pdoc.getMap(OWN_RATINGS);
			ratings.set(first!.id, { frequency: 2, severity: 9 });
			ratings.set(second!.id, { participantId: someoneElse, frequency: 1, severity: 1 });
		});
		const dropped: FoldDropped[] = [];
		await fold(pdoc, dropped, a, b);

		const after = await sortedStoredOf(a);
		const own = (doc: Record<string, unknown>) => ({
			...doc,
			participants: (doc.participants as { id: string }[]).filter((x) => x.id !== PARTICIPANT_ID),
			frustrations: (doc.frustrations as { ratings: { participantId: string }[] }[]).map((f) => ({
				...f,
				updatedAt: 0,
				ratings: f.ratings.filter((r) => r.participantId !== PARTICIPANT_ID)
			}))
		});
		expect(own(after)).toEqual(
			own({ ...before, frustrations: before.frustrations } as Record<string, unknown>)
		);
		// Only their own rating of the second frustration, under their own id.
		expect(frustrationOf(a, first!.id)?.ratings).toEqual(first!.ratings);
		expect(frustrationOf(a, second!.id)?.ratings).toContainEqual({
			participantId: PARTICIPANT_ID,
			frequency: 1,
			severity: 1
		});
		expect(frustrationOf(a, PROPOSED_ID)).toBeUndefined();
		expect(dropped.map((d) => d.pid)).toEqual(dropped.map(() => PID));
		expect(dropped.map((d) => d.what)).toEqual(
			expect.arrayContaining([
				'frustration __proto__',
				`frustration ${PROPOSED_ID}`,
				'frustration 99999999-0000-4000-8000-00000000f002',
				`rating of ${first!.id}`
			])
		);
		expect(await sortedStoredOf(b)).toEqual(after);

		// The session goes on: a valid rating after it still arrives.
		pdoc.getMap(OWN_RATINGS).set(first!.id, { frequency: 2, severity: 5 });
		await fold(pdoc, dropped, a, b);
		expect(frustrationOf(b, first!.id)?.ratings).toContainEqual({
			participantId: PARTICIPANT_ID,
			frequency: 2,
			severity: 5
		});
	});

	it('keeps both a participant’s rating and an editor’s edit of the same frustration’s text made at once', async () => {
		const { network, a, b, p, pdoc } = await session();
		const f = a.editor.doc.frustrations[0]!;
		// Of two writes of one field at once Yjs keeps the higher client's: the owner's, so a
		// fold that wrote the text it saw would undo the editor's edit.
		a.ydoc.clientID = 0x7ffffff0;
		b.ydoc.clientID = 1;
		network.offline = true;
		await b.edit((doc) =>
			updateItem(doc, 'frustrations', f.id, { text: 'Reworded by the editor' })
		);
		await p.edit((doc) => setRating(doc, f.id, PARTICIPANT_ID, 'severity', 5));
		await a.binding.fold(pdoc, PID, () => {});
		network.online();
		await settle(a, b);
		for (const side of [a, b]) {
			expect(frustrationOf(side, f.id)?.text).toBe('Reworded by the editor');
			expect(frustrationOf(side, f.id)?.ratings).toContainEqual({
				participantId: PARTICIPANT_ID,
				frequency: null,
				severity: 5
			});
		}
		expect(await sortedStoredOf(b)).toEqual(await sortedStoredOf(a));
	});
});
