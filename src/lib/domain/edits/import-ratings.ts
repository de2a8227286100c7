/**
 * A survey's respondents as participants with their ratings, in one edit: one Undo takes the
 * whole import back. A participant is added as addParticipant adds one, and a rating stored
 * exactly as setRating stores one typed into the grid; each record changes once (its state
 * before the import, its state after).
 */
import { z } from 'zod';
import { newId } from '../ids';
import { measures } from '../rating-stats';
import {
	id,
	participant,
	rating,
	type JourneyDocument,
	type Participant,
	type ParticipantRating
} from '../schema';
import type { Edit } from './change';
import { change } from './operations';
import { addParticipant } from './participants';

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
	const participants: Participant[] = [];
	// Each frustration's ratings by the newcomers, gathered before any record is copied: applying
	// one rating at a time copied a frustration's whole list per answer, which took minutes for
	// the thousands of respondents a survey may have. What they come to is what setRating would
	// write one by one: one entry per participant, the last answer to a question kept.
	const rated = new Map<string, Map<string, ParticipantRating>>();
	const known = new Set(doc.frustrations.map((f) => f.id));
	for (const person of valid) {
		const last = participants.at(-1);
		const added = addParticipant(
			{ ...doc, participants: last ? [last] : doc.participants },
			person.name,
			makeId()
		).changes[0]!.after as Participant;
		participants.push(added);
		for (const r of person.ratings) {
			if (!known.has(r.frustrationId)) continue;
			const byParticipant = rated.get(r.frustrationId) ?? new Map();
			rated.set(r.frustrationId, byParticipant);
			const rating = byParticipant.get(added.id) ?? {
				participantId: added.id,
				frequency: null,
				severity: null
			};
			byParticipant.set(added.id, { ...rating, [r.measure]: r.value });
		}
	}
	// Participants first: every rating in the edit names someone already written.
	return {
		label: 'import ratings',
		changes: [
			...participants.map((p) => change('participants', null, p)),
			...doc.frustrations.flatMap((before) => {
				const added = rated.get(before.id);
				if (!added) return [];
				return [
					change('frustrations', before, {
						...before,
						ratings: [...before.ratings, ...added.values()]
					})
				];
			})
		]
	};
}
