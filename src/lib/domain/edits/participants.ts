/**
 * Workshop edits: who takes part, and each participant's rating of a frustration. Like the
 * other operations, pure functions returning the record changes; a rating writes the one
 * frustration it belongs to.
 */
import { newId } from '../ids';
import type { Measure } from '../rating-stats';
import { participant as participantSchema, type JourneyDocument } from '../schema';
import type { Change, Edit } from './change';
import { change, childOrder, findItem } from './operations';

export function addParticipant(doc: JourneyDocument, name: string, id: string = newId()): Edit {
	const after = participantSchema.parse({
		id,
		updatedAt: 0,
		name,
		order: childOrder(doc, 'participants')
	});
	return { label: 'add participant', changes: [change('participants', null, after)] };
}

/** A participant goes with their ratings, so no rating points at someone who is not there. */
export function removeParticipant(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'participants', id);
	if (!item) return undefined;
	const unrated: Change[] = [];
	for (const f of doc.frustrations) {
		if (!f.ratings.some((r) => r.participantId === id)) continue;
		unrated.push(
			change('frustrations', f, { ...f, ratings: f.ratings.filter((r) => r.participantId !== id) })
		);
	}
	return { label: 'remove participant', changes: [...unrated, change('participants', item, null)] };
}

/**
 * One participant's frequency or severity for one frustration; null clears it. A rating
 * with neither measure left is dropped, so "not rated" has one shape.
 */
export function setRating(
	doc: JourneyDocument,
	frustrationId: string,
	participantId: string,
	measure: Measure,
	value: number | null
): Edit | undefined {
	const before = findItem(doc, 'frustrations', frustrationId);
	if (!before || !findItem(doc, 'participants', participantId)) return undefined;
	const existing = before.ratings.find((r) => r.participantId === participantId);
	if ((existing?.[measure] ?? null) === value) return undefined;
	const rating = {
		participantId,
		frequency: existing?.frequency ?? null,
		severity: existing?.severity ?? null,
		[measure]: value
	};
	const others = before.ratings.filter((r) => r.participantId !== participantId);
	const empty = rating.frequency === null && rating.severity === null;
	// Kept in place, so a participant's rating does not jump about in the stored record.
	const ratings = existing
		? before.ratings.flatMap((r) => (r === existing ? (empty ? [] : [rating]) : [r]))
		: empty
			? others
			: [...others, rating];
	return { label: 'rate', changes: [change('frustrations', before, { ...before, ratings })] };
}

/**
 * Clears every participant's rating of one frustration (the room rates it again); one step to
 * undo. The frustration's own frequency and severity are the facilitator's, and stay.
 */
export function clearRatings(doc: JourneyDocument, frustrationId: string): Edit | undefined {
	const before = findItem(doc, 'frustrations', frustrationId);
	if (!before || before.ratings.length === 0) return undefined;
	return {
		label: 'clear ratings',
		changes: [change('frustrations', before, { ...before, ratings: [] })]
	};
}

/**
 * The same person twice (joined by link, and added by hand): `keepId` stays, and takes
 * `mergeId`'s ratings where it has none of its own, measure by measure (where both rated, the
 * kept one's value wins); `mergeId` goes. One step to undo.
 */
export function mergeParticipants(
	doc: JourneyDocument,
	keepId: string,
	mergeId: string
): Edit | undefined {
	const merged = findItem(doc, 'participants', mergeId);
	if (keepId === mergeId || !merged || !findItem(doc, 'participants', keepId)) return undefined;
	const changes: Change[] = [];
	for (const f of doc.frustrations) {
		const theirs = f.ratings.find((r) => r.participantId === mergeId);
		if (!theirs) continue;
		const kept = f.ratings.find((r) => r.participantId === keepId);
		const combined = {
			participantId: keepId,
			frequency: kept?.frequency ?? theirs.frequency,
			severity: kept?.severity ?? theirs.severity
		};
		// In place of the kept one's entry, or of theirs when the kept one had none.
		const ratings = f.ratings.flatMap((r) => {
			if (r === kept) return [combined];
			if (r === theirs) return kept ? [] : [combined];
			return [r];
		});
		changes.push(change('frustrations', f, { ...f, ratings }));
	}
	changes.push(change('participants', merged, null));
	return { label: 'merge participants', changes };
}
