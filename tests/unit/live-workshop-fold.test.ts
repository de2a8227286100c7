/**
 * Rounds and the lock in the fold of a participant's own document (participant-doc.ts): what a
 * phone sends is taken only in the frustration's current round, and not while ratings are
 * locked; a forged document cannot rate for anyone else.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParticipant, setRating } from '$lib/domain/edits/participants';
import type { Change } from '$lib/domain/edits/change';
import type { JourneyDocument } from '$lib/domain/schema';
import {
	foldParticipant,
	OWN_PARTICIPANT,
	OWN_RATINGS,
	participantIdFor,
	PROPOSED,
	writeOwn,
	type FoldWorkshop
} from '$lib/live/participant-doc';
import { openNewRound, setLocked, startWorkshop } from '$lib/live/workshop-control';
import { airlineJourney } from './fixtures';
import { Network, owner, settle } from './live-sides';

const PID = '0123456789abcdef0123456789abcdef';
const ME = participantIdFor(PID);
const OTHER = participantIdFor('fedcba9876543210fedcba9876543210');
const NEW_ID = '99999999-0000-4000-8000-00000000f001';

/** The journey with both participants in it, the other having rated the first frustration. */
function journey(): JourneyDocument {
	let doc = airlineJourney();
	const apply = (changes: Change[]) => {
		for (const c of changes) {
			if (c.collection === 'participants' && c.after) {
				doc = { ...doc, participants: [...doc.participants, c.after] };
			}
			if (c.collection === 'frustrations' && c.after) {
				const after = c.after;
				doc = {
					...doc,
					frustrations: doc.frustrations.map((f) => (f.id === after.id ? after : f))
				};
			}
		}
	};
	apply(addParticipant(doc, 'Me', ME).changes);
	apply(addParticipant(doc, 'Other', OTHER).changes);
	apply(setRating(doc, doc.frustrations[0]!.id, OTHER, 'frequency', 1)!.changes);
	return doc;
}

function phone(ratings: Record<string, unknown>) {
	const pdoc = new Y.Doc();
	pdoc.getMap(OWN_PARTICIPANT).set('name', 'Me');
	for (const [id, value] of Object.entries(ratings)) pdoc.getMap(OWN_RATINGS).set(id, value);
	return pdoc;
}

const known = () => true;
const ratingsOf = (changes: Change[], id: string) =>
	changes.flatMap((c) =>
		c.collection === 'frustrations' && c.after?.id === id ? c.after.ratings : []
	);
const workshop = (rounds: Record<string, number>, locked = false): FoldWorkshop => ({
	roundOf: (id) => rounds[id] ?? 0,
	locked
});

describe('a phone’s rating in the workshop’s rounds', () => {
	it('is written with the frustration’s current round', () => {
		const doc = journey();
		const f = doc.frustrations[1]!;
		const pdoc = new Y.Doc();
		const rated = setRating(doc, f.id, ME, 'severity', 4)!;
		writeOwn(pdoc, rated.changes, ME, null, (id) => (id === f.id ? 2 : 0));
		expect(pdoc.getMap(OWN_RATINGS).get(f.id)).toEqual({
			frequency: null,
			severity: 4,
			round: 2
		});
	});

	it('is taken in the current round, and not when given in an earlier one', () => {
		const doc = journey();
		const [f1, f2] = [doc.frustrations[1]!, doc.frustrations[2]!];
		const pdoc = phone({
			[f1.id]: { frequency: 3, severity: 4, round: 1 },
			[f2.id]: { frequency: 5, severity: 5, round: 0 }
		});
		const changes = foldParticipant(
			pdoc,
			PID,
			doc,
			known,
			2_000,
			() => {},
			workshop({ [f1.id]: 1, [f2.id]: 1 })
		);
		expect(ratingsOf(changes, f1.id)).toEqual([{ participantId: ME, frequency: 3, severity: 4 }]);
		expect(ratingsOf(changes, f2.id)).toEqual([]);
	});

	it('without a round counts as round 0, and a forged round of another type is not taken', () => {
		const doc = journey();
		const [f1, f2] = [doc.frustrations[1]!, doc.frustrations[2]!];
		const pdoc = phone({
			[f1.id]: { frequency: 2, severity: null },
			[f2.id]: { frequency: 2, severity: null, round: '0' }
		});
		const changes = foldParticipant(pdoc, PID, doc, known, 2_000, () => {}, workshop({}));
		expect(ratingsOf(changes, f1.id)).toEqual([
			{ participantId: ME, frequency: 2, severity: null }
		]);
		expect(ratingsOf(changes, f2.id)).toEqual([]);
	});

	it('cannot change another participant’s rating, whatever the forged value says', () => {
		const doc = journey();
		const f = doc.frustrations[0]!;
		const pdoc = phone({
			[f.id]: { participantId: OTHER, frequency: 5, severity: 5, round: 0 },
			[`${f.id}:${OTHER}`]: { frequency: 5, severity: 5, round: 0 }
		});
		const changes = foldParticipant(pdoc, PID, doc, known, 2_000, () => {}, workshop({}));
		expect(ratingsOf(changes, f.id)).toEqual([
			{ participantId: OTHER, frequency: 1, severity: null },
			{ participantId: ME, frequency: 5, severity: 5 }
		]);
	});

	it('is not taken while ratings are locked, nor is a new frustration; both are once unlocked', () => {
		const doc = journey();
		const f = doc.frustrations[1]!;
		const pdoc = phone({ [f.id]: { frequency: 3, severity: 3, round: 0 } });
		pdoc.getMap(PROPOSED).set(NEW_ID, { touchPointId: doc.touchPoints[0]!.id, text: 'Queue' });
		const locked = foldParticipant(
			pdoc,
			PID,
			doc,
			() => false,
			2_000,
			() => {},
			workshop({}, true)
		);
		expect(locked).toEqual([]);
		const open = foldParticipant(
			pdoc,
			PID,
			doc,
			() => false,
			2_000,
			() => {},
			workshop({})
		);
		expect(ratingsOf(open, f.id)).toEqual([{ participantId: ME, frequency: 3, severity: 3 }]);
		expect(open.some((c) => c.collection === 'frustrations' && c.after?.id === NEW_ID)).toBe(true);
	});
});

describe('the owner’s fold follows the workshop in the journey’s Y.Doc', () => {
	it('holds ratings back while locked, takes them on unlock, and drops the old round’s', async () => {
		const a = await owner(journey(), new Network());
		const f = a.editor.doc.frustrations[1]!;
		const pdoc = phone({ [f.id]: { frequency: 4, severity: 2, round: 0 } });
		const mine = () =>
			a.editor.doc.frustrations
				.find((x) => x.id === f.id)
				?.ratings.find((r) => r.participantId === ME);
		const fold = async () => {
			await a.binding.fold(pdoc, PID, () => {});
			await settle(a);
		};

		startWorkshop(a.ydoc, null);
		setLocked(a.ydoc, true);
		await fold();
		expect(mine()).toBeUndefined();

		setLocked(a.ydoc, false);
		await fold();
		expect(mine()).toEqual({ participantId: ME, frequency: 4, severity: 2 });

		await a.edit((doc) => setRating(doc, f.id, ME, 'frequency', null));
		await a.edit((doc) => setRating(doc, f.id, ME, 'severity', null));
		openNewRound(a.ydoc, f.id);
		await fold();
		expect(mine()).toBeUndefined();

		pdoc.getMap(OWN_RATINGS).set(f.id, { frequency: 1, severity: 1, round: 1 });
		await fold();
		expect(mine()).toEqual({ participantId: ME, frequency: 1, severity: 1 });
	});
});
