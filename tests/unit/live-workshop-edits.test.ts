import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { listVersions, readVersion } from '$lib/app/journeys';
import { clearRatings, mergeParticipants } from '$lib/domain/edits/participants';
import type { JourneyDocument } from '$lib/domain/schema';
import type { LiveSession } from '$lib/live/live-session.svelte';
import { LiveWorkshop } from '$lib/live/live-workshop.svelte';
import { rateAgain } from '$lib/live/rate-again';
import { isRevealed, roundOf } from '$lib/live/workshop-control';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { database } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { workshopJourney } from './fixtures';

const ANA = '00000000-0000-4000-8000-00000000aaaa';
const BUDI = '00000000-0000-4000-8000-00000000bbbb';

const ratingsOf = (doc: JourneyDocument, index = 0) => doc.frustrations[index]!.ratings;

describe('clearing the ratings of one frustration', () => {
	it('clears every participant’s rating of it, and leaves the other frustrations', () => {
		const doc = workshopJourney();
		doc.frustrations[1]!.ratings = [{ participantId: ANA, frequency: 1, severity: 1 }];
		const edit = clearRatings(doc, doc.frustrations[0]!.id)!;
		expect(edit.label).toBe('clear ratings');
		expect(edit.changes).toHaveLength(1);
		expect(edit.changes[0]).toMatchObject({
			collection: 'frustrations',
			before: { id: doc.frustrations[0]!.id, ratings: ratingsOf(doc) },
			after: {
				id: doc.frustrations[0]!.id,
				ratings: [],
				frequency: doc.frustrations[0]!.frequency
			}
		});
	});

	it('is no edit when nobody rated it, or it is not there', () => {
		const doc = workshopJourney();
		expect(clearRatings(doc, doc.frustrations[1]!.id)).toBeUndefined();
		expect(clearRatings(doc, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
	});
});

describe('merging a joined participant with one added by hand', () => {
	it('keeps the joined one, taking the other’s ratings measure by measure where it has none', () => {
		const doc = workshopJourney();
		// Ana (kept) gave a severity only; Budi (merged) both measures, and rated another one.
		doc.frustrations[0]!.ratings = [
			{ participantId: ANA, frequency: null, severity: 3 },
			{ participantId: BUDI, frequency: 5, severity: 1 }
		];
		doc.frustrations[1]!.ratings = [{ participantId: BUDI, frequency: 4, severity: null }];
		const edit = mergeParticipants(doc, ANA, BUDI)!;
		expect(edit.label).toBe('merge participants');
		const after = (id: string) =>
			edit.changes.find((c) => c.collection === 'frustrations' && c.after?.id === id)?.after;
		expect(after(doc.frustrations[0]!.id)).toMatchObject({
			ratings: [{ participantId: ANA, frequency: 5, severity: 3 }]
		});
		expect(after(doc.frustrations[1]!.id)).toMatchObject({
			ratings: [{ participantId: ANA, frequency: 4, severity: null }]
		});
		expect(edit.changes.at(-1)).toMatchObject({
			collection: 'participants',
			before: { id: BUDI },
			after: null
		});
	});

	it('is no edit with the same person twice or someone missing', () => {
		const doc = workshopJourney();
		expect(mergeParticipants(doc, ANA, ANA)).toBeUndefined();
		expect(mergeParticipants(doc, ANA, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
	});

	it('is undone in one step', async () => {
		const doc = workshopJourney();
		await saveJourney(doc);
		const editor = new JourneyEditor(doc);
		editor.apply(mergeParticipants(editor.doc, ANA, BUDI));
		expect(editor.doc.participants.map((p) => p.id)).toEqual([ANA]);
		editor.undo();
		expect(editor.doc.participants.map((p) => p.id)).toEqual([ANA, BUDI]);
		expect(ratingsOf(editor.doc)).toEqual(ratingsOf(doc));
		await clear(editor);
	});
});

describe('undoing a workshop step while phones rate', () => {
	const CITRA = '00000000-0000-4000-8000-00000000cccc';
	const byPerson = (ratings: JourneyDocument['frustrations'][number]['ratings']) =>
		[...ratings].sort((a, b) => a.participantId.localeCompare(b.participantId));

	/** A phone's rating as the fold stores it: another writer's change, not a step of this tab. */
	async function phoneRates(editor: JourneyEditor, frequency: number) {
		await editor.flush();
		const f = editor.doc.frustrations[0]!;
		const after = {
			...f,
			ratings: [
				...f.ratings.filter((r) => r.participantId !== CITRA),
				{ participantId: CITRA, frequency, severity: 2 }
			],
			updatedAt: f.updatedAt + 1
		};
		editor.receive([{ collection: 'frustrations', before: f, after }]);
		expect(ratingsOf(editor.doc)).toContainEqual({ participantId: CITRA, frequency, severity: 2 });
	}

	it('keeps a rating given after Merge with… when the merge is undone', async () => {
		const doc = workshopJourney();
		doc.participants.push({ id: CITRA, name: 'Citra', order: 2, updatedAt: 1_000 });
		await saveJourney(doc);
		const editor = new JourneyEditor(doc);
		editor.apply(mergeParticipants(editor.doc, ANA, BUDI));
		await phoneRates(editor, 4);
		editor.undo();
		expect(editor.doc.participants.map((p) => p.id).sort()).toEqual([ANA, BUDI, CITRA]);
		expect(byPerson(ratingsOf(editor.doc))).toEqual([
			...ratingsOf(doc),
			{ participantId: CITRA, frequency: 4, severity: 2 }
		]);
		await clear(editor);
	});

	it('keeps a rating given in the fresh round when Rate again is undone', async () => {
		const doc = workshopJourney();
		doc.participants.push({ id: CITRA, name: 'Citra', order: 2, updatedAt: 1_000 });
		await saveJourney(doc);
		const editor = new JourneyEditor(doc);
		editor.apply(clearRatings(editor.doc, doc.frustrations[0]!.id));
		await phoneRates(editor, 3);
		editor.undo();
		expect(byPerson(ratingsOf(editor.doc))).toEqual([
			...ratingsOf(doc),
			{ participantId: CITRA, frequency: 3, severity: 2 }
		]);
		await clear(editor);
	});
});

describe('rate again', () => {
	it('keeps the round’s answers in a checkpoint, clears them and opens a fresh blind round', async () => {
		const doc = workshopJourney();
		await saveJourney(doc);
		const editor = new JourneyEditor(doc);
		const ydoc = new Y.Doc();
		const workshop = new LiveWorkshop(ydoc, true);
		workshop.start(null);
		const f = doc.frustrations[0]!;
		workshop.reveal([f.id]);
		const session = { workshop, ended: false } as unknown as LiveSession;

		await rateAgain(editor, session, f.id);

		expect(ratingsOf(editor.doc)).toEqual([]);
		expect(ratingsOf((await getJourney(doc.journey.id))!)).toEqual([]);
		expect(roundOf(workshop.state, f.id)).toBe(1);
		expect(isRevealed(workshop.state, f.id)).toBe(false);
		const versions = await listVersions(doc.journey.id);
		const named = versions.find((v) => v.label === `Before rating again: ${f.text}`);
		expect(named).toBeDefined();
		const kept = await readVersion(named!.id);
		expect(kept?.document.frustrations.find((x) => x.id === f.id)?.ratings).toEqual(f.ratings);
		editor.undo();
		expect(ratingsOf(editor.doc)).toEqual(f.ratings);
		await clear(editor);
	});
});

async function clear(editor: JourneyEditor) {
	await editor.flush();
	await checkpointsSettled();
	const db = database();
	await db.transaction('rw', [...db.journeyTables, db.snapshots], () =>
		Promise.all([...db.journeyTables, db.snapshots].map((table) => table.clear()))
	);
}
