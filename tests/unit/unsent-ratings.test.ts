import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { applyChanges, type Edit } from '$lib/domain/edits/change';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { addParticipant, setRating } from '$lib/domain/edits/participants';
import type { JourneyDocument } from '$lib/domain/schema';
import { ratingsNotInRoom } from '$lib/live/unsent-ratings';
import { orderCycleJourney, sequentialIds } from './fixtures';

const id = (() => {
	const next = sequentialIds();
	// Apart from the template's own ids.
	return () => next().replace(/^0{8}/, '88888888');
})();

/** A phone's records: Ana rated three frustrations (frequency 4, severity 3), none a fourth. */
function phone() {
	let doc = orderCycleJourney();
	const apply = (edit: Edit | undefined) => (doc = applyChanges(doc, edit!.changes));
	const ana = id();
	apply(addParticipant(doc, 'Ana', ana));
	const ids = [id(), id(), id(), id()];
	for (const fid of ids) apply(addFrustration(doc, doc.touchPoints[0]!.id, `F ${fid}`, fid));
	for (const fid of ids.slice(0, 3)) {
		apply(setRating(doc, fid, ana, 'frequency', 4));
		apply(setRating(doc, fid, ana, 'severity', 3));
	}
	return { doc: doc as JourneyDocument, ana, ids };
}

/** The journey's Y.Doc as the room sent it: these frustrations, with these ratings of Ana's. */
function room(
	ana: string,
	held: [string, { frequency: number | null; severity: number | null }][]
) {
	const ydoc = new Y.Doc();
	for (const [fid, rating] of held) {
		const record = new Y.Map<unknown>();
		const ratings = new Y.Map<unknown>();
		ydoc.getMap('frustrations').set(fid, record);
		record.set('ratings', ratings);
		ratings.set(ana, rating);
	}
	return ydoc;
}

describe('the ratings a phone holds that the room never took', () => {
	it('are those neither in the journey as the room sent it, nor acknowledged by the server', () => {
		const { doc, ana, ids } = phone();
		const [a, b, c] = ids as [string, string, string];
		// a: the room holds it; b: the room holds an older value; c: not at all.
		const ydoc = room(ana, [
			[a, { frequency: 4, severity: 3 }],
			[b, { frequency: 2, severity: 3 }]
		]);
		expect(ratingsNotInRoom(doc, ydoc, ana)).toBe(2);
		// The server acknowledged c in Ana's own document: it reached the room.
		expect(ratingsNotInRoom(doc, ydoc, ana, (fid) => fid === c)).toBe(1);
		expect(ratingsNotInRoom(doc, room(ana, []), ana, () => true)).toBe(0);
	});
});
