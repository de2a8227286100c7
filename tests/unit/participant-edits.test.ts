import { describe, expect, it } from 'vitest';
import { applyChanges } from '$lib/domain/edits/change';
import { findItem, updateItem } from '$lib/domain/edits/operations';
import { addParticipant, removeParticipant, setRating } from '$lib/domain/edits/participants';
import { mapLayout } from '$lib/domain/map-layout';
import { journeyDocument } from '$lib/domain/schema';
import { applyAndCheck } from './edit-check';
import { airlineJourney } from './fixtures';

const ANA = '99999999-0000-4000-8000-00000000000a';
const BUDI = '99999999-0000-4000-8000-00000000000b';

function withParticipants() {
	let doc = airlineJourney();
	doc = applyAndCheck(doc, addParticipant(doc, 'Ana', ANA));
	return applyAndCheck(doc, addParticipant(doc, 'Budi', BUDI));
}

describe('participants', () => {
	it('are added in order, renamed and listed', () => {
		let doc = withParticipants();
		expect(doc.participants.map((p) => p.name)).toEqual(['Ana', 'Budi']);
		doc = applyAndCheck(doc, updateItem(doc, 'participants', ANA, { name: 'A. R.' }));
		expect(findItem(doc, 'participants', ANA)?.name).toBe('A. R.');
	});

	it('write one record when added', () => {
		const doc = airlineJourney();
		const edit = addParticipant(doc, 'Ana', ANA);
		expect(edit.label).toBe('add participant');
		expect(edit.changes).toHaveLength(1);
	});

	it('take their ratings with them when removed, and undo brings both back', () => {
		let doc = withParticipants();
		const [first, second] = doc.frustrations;
		doc = applyAndCheck(doc, setRating(doc, first!.id, ANA, 'frequency', 5));
		doc = applyAndCheck(doc, setRating(doc, second!.id, ANA, 'severity', 2));
		doc = applyAndCheck(doc, setRating(doc, second!.id, BUDI, 'severity', 4));
		const edit = removeParticipant(doc, ANA)!;
		expect(edit.changes.map((c) => c.collection)).toEqual([
			'frustrations',
			'frustrations',
			'participants'
		]);
		const after = applyAndCheck(doc, edit);
		expect(after.frustrations.flatMap((f) => f.ratings)).toEqual([
			{ participantId: BUDI, frequency: null, severity: 4 }
		]);
	});
});

describe('a participant’s rating', () => {
	it('is one measure at a time, in the one frustration record it belongs to', () => {
		let doc = withParticipants();
		const id = doc.frustrations[0]!.id;
		const edit = setRating(doc, id, ANA, 'frequency', 4)!;
		expect(edit.label).toBe('rate');
		expect(edit.changes).toHaveLength(1);
		doc = applyAndCheck(doc, edit);
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'severity', 5));
		doc = applyAndCheck(doc, setRating(doc, id, BUDI, 'severity', 2));
		expect(findItem(doc, 'frustrations', id)!.ratings).toEqual([
			{ participantId: ANA, frequency: 4, severity: 5 },
			{ participantId: BUDI, frequency: null, severity: 2 }
		]);
	});

	it('is changed in place and dropped when both measures are cleared', () => {
		let doc = withParticipants();
		const id = doc.frustrations[0]!.id;
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'frequency', 4));
		doc = applyAndCheck(doc, setRating(doc, id, BUDI, 'frequency', 1));
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'frequency', 2));
		expect(findItem(doc, 'frustrations', id)!.ratings.map((r) => r.frequency)).toEqual([2, 1]);
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'frequency', null));
		expect(findItem(doc, 'frustrations', id)!.ratings).toEqual([
			{ participantId: BUDI, frequency: 1, severity: null }
		]);
	});

	it('is nothing to do when unchanged, or for someone or something not in the map', () => {
		const doc = withParticipants();
		const id = doc.frustrations[0]!.id;
		expect(setRating(doc, id, ANA, 'frequency', null)).toBeUndefined();
		expect(
			setRating(doc, id, '99999999-0000-4000-8000-0000000000ff', 'frequency', 3)
		).toBeUndefined();
		expect(
			setRating(doc, '99999999-0000-4000-8000-0000000000ff', ANA, 'frequency', 3)
		).toBeUndefined();
	});

	it('is refused by the schema outside 1..5', () => {
		const doc = withParticipants();
		const edit = setRating(doc, doc.frustrations[0]!.id, ANA, 'frequency', 6)!;
		expect(journeyDocument.safeParse(applyChanges(doc, edit.changes)).success).toBe(false);
	});

	it('moves the map’s priority to the participants’ means', () => {
		let doc = withParticipants();
		const id = doc.frustrations[0]!.id;
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'frequency', 1));
		doc = applyAndCheck(doc, setRating(doc, id, ANA, 'severity', 1));
		doc = applyAndCheck(doc, setRating(doc, id, BUDI, 'frequency', 2));
		const rated = mapLayout(doc)
			.flatMap((s) => s.touchPoints.flatMap((t) => t.frustrations))
			.find((r) => r.frustration.id === id)!;
		// Frequency (1 + 2) / 2, severity 1: priority 1.5, low.
		expect(rated.ratings).toMatchObject({ frequency: 1.5, severity: 1, count: 2 });
		expect(rated.score).toBe(1.5);
		expect(rated.band).toBe('low');
	});
});
