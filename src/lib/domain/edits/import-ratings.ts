/**
 * A survey's respondents as participants with their ratings, in one edit: one Undo takes the
 * whole import back. Built from addParticipant and setRating, so an imported rating is stored
 * exactly as one typed into the grid; the changes to one record are folded into one change
 * (its state before the import, its state after).
 */
import { z } from 'zod';
import { newId } from '../ids';
import { measures } from '../rating-stats';
import { id, participant, rating, type JourneyDocument } from '../schema';
import { applyChanges, type Change, type Edit } from './change';
import { addParticipant, setRating } from './participants';

const respondents = z.array(
	z.object({
		name: participant.shape.name,
		ratings: z.array(z.object({ frustrationId: id, measure: z.enum(measures), value: rating }))
	})
);
export type ImportedRespondent = z.infer<typeof respondents>[number];

/** Undefined when there is nobody to add. Throws on a rating outside 1–5 or a blank name. */
export function importRatings(
	doc: JourneyDocument,
	people: ImportedRespondent[],
	makeId: () => string = newId
): Edit | undefined {
	const valid = respondents.parse(people);
	if (valid.length === 0) return undefined;
	let working = doc;
	const folded = new Map<string, Change>();
	const take = (edit: Edit | undefined) => {
		if (!edit) return;
		working = applyChanges(working, edit.changes);
		for (const c of edit.changes) {
			if (c.collection === 'journey') continue;
			const key = `${c.collection}:${(c.after ?? c.before)!.id}`;
			const first = folded.get(key);
			folded.set(key, { ...c, before: first ? first.before : c.before } as Change);
		}
	};
	for (const person of valid) {
		const participantId = makeId();
		take(addParticipant(working, person.name, participantId));
		for (const r of person.ratings) {
			take(setRating(working, r.frustrationId, participantId, r.measure, r.value));
		}
	}
	// Participants first: every rating in the edit names someone already written.
	const changes = [...folded.values()];
	return {
		label: 'import ratings',
		changes: [
			...changes.filter((c) => c.collection === 'participants'),
			...changes.filter((c) => c.collection !== 'participants')
		]
	};
}
