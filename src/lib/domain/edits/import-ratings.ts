/**
 * A survey's respondents as participants with their ratings, in one edit: one Undo takes the
 * whole import back. A participant is added as addParticipant adds one, and a rating stored
 * exactly as setRating stores one typed into the grid; each record changes once (its state
 * before the import, its state after). Respondents named like a participant already in the
 * journey (the same file imported twice, a second round of the same form) may instead rate as
 * that participant.
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
		/** False for a respondent the file gave no name: a number matches no one. */
		named: z.boolean().default(true),
		ratings: z.array(z.object({ frustrationId: id, measure: z.enum(measures), value: rating }))
	})
);
export type ImportedRespondent = z.input<typeof respondents>[number];

/** What to do with a respondent named like a participant already here. */
export type SameName = 'add' | 'merge';

const nameKey = (name: string) =>
	name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * Per respondent, the participant already in the journey with the same name (case and spacing
 * aside; the first in order where two share it), if any.
 */
export function participantsNamedAs(
	doc: JourneyDocument,
	people: Pick<ImportedRespondent, 'name' | 'named'>[]
): (Participant | undefined)[] {
	const byName = new Map<string, Participant>();
	for (const p of [...doc.participants].sort((a, b) => a.order - b.order)) {
		if (!byName.has(nameKey(p.name))) byName.set(nameKey(p.name), p);
	}
	return people.map((person) =>
		person.named === false ? undefined : byName.get(nameKey(person.name))
	);
}

/**
 * Undefined when nothing would change. Throws on a rating outside 1–5 or a blank name. With
 * 'merge', a respondent named like a participant already here answers as them: each answer
 * replaces that participant's rating of the question, their other ratings stay.
 */
export function importRatings(
	doc: JourneyDocument,
	people: ImportedRespondent[],
	makeId: () => string = newId,
	sameName: SameName = 'add'
): Edit | undefined {
	const valid = respondents.parse(people);
	if (valid.length === 0) return undefined;
	const existing = sameName === 'merge' ? participantsNamedAs(doc, valid) : [];
	const participants: Participant[] = [];
	// Each frustration's ratings by the newcomers, gathered before any record is copied: applying
	// one rating at a time copied a frustration's whole list per answer, which took minutes for
	// the thousands of respondents a survey may have. What they come to is what setRating would
	// write one by one: one entry per participant, the last answer to a question kept.
	const rated = new Map<string, Map<string, ParticipantRating>>();
	const known = new Map(doc.frustrations.map((f) => [f.id, f]));
	for (const [index, person] of valid.entries()) {
		let who = existing[index];
		if (!who) {
			const last = participants.at(-1);
			who = addParticipant(
				{ ...doc, participants: last ? [last] : doc.participants },
				person.name,
				makeId()
			).changes[0]!.after as Participant;
			participants.push(who);
		}
		for (const r of person.ratings) {
			const frustration = known.get(r.frustrationId);
			if (!frustration) continue;
			const byParticipant = rated.get(r.frustrationId) ?? new Map();
			rated.set(r.frustrationId, byParticipant);
			const rating = byParticipant.get(who.id) ??
				frustration.ratings.find((x) => x.participantId === who.id) ?? {
					participantId: who.id,
					frequency: null,
					severity: null
				};
			byParticipant.set(who.id, { ...rating, [r.measure]: r.value });
		}
	}
	// Participants first: every rating in the edit names someone already written.
	const changes = [
		...participants.map((p) => change('participants', null, p)),
		...doc.frustrations.flatMap((before) => {
			const added = rated.get(before.id);
			if (!added) return [];
			// A rating already there is replaced in place, as setRating keeps it; new ones follow.
			const ratings = before.ratings.map((r) => added.get(r.participantId) ?? r);
			const kept = new Set(before.ratings.map((r) => r.participantId));
			ratings.push(...[...added.values()].filter((r) => !kept.has(r.participantId)));
			return [change('frustrations', before, { ...before, ratings })];
		})
	];
	return changes.length ? { label: 'import ratings', changes } : undefined;
}
