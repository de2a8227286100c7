import { describe, expect, it } from 'vitest';
import { applyChanges, invert } from '$lib/domain/edits/change';
import { importRatings, participantsNamedAs } from '$lib/domain/edits/import-ratings';
import { frustrationStats } from '$lib/domain/rating-stats';
import { frequencyLabel } from '$lib/domain/scoring';
import { applyAndCheck } from './edit-check';
import { MAX_RESPONDENTS } from '$lib/io/survey-read';
import { airlineJourney, sequentialIds, workshopJourney } from './fixtures';

/** Ids unlike the fixtures' own. */
function freshIds() {
	const makeId = sequentialIds();
	return () => `00000000-0000-4000-8000-f${makeId().slice(-11)}`;
}

describe('importing survey ratings', () => {
	it('adds every respondent as a participant with their ratings in one edit, and its undo takes all of it back', () => {
		const doc = workshopJourney();
		const [first, second] = doc.frustrations;
		const makeId = sequentialIds();
		const edit = importRatings(
			doc,
			[
				{
					name: 'Citra',
					ratings: [
						{ frustrationId: first!.id, measure: 'frequency', value: 4 },
						{ frustrationId: first!.id, measure: 'severity', value: 5 },
						{ frustrationId: second!.id, measure: 'severity', value: 2 }
					]
				},
				{ name: 'Dewi', ratings: [{ frustrationId: first!.id, measure: 'frequency', value: 5 }] },
				{ name: 'Eko', ratings: [] }
			],
			() => `00000000-0000-4000-8000-f${makeId().slice(-11)}`
		)!;
		expect(edit.label).toBe('import ratings');
		// Three participants, then each rated frustration once: one record, one change.
		expect(edit.changes.map((c) => c.collection)).toEqual([
			'participants',
			'participants',
			'participants',
			'frustrations',
			'frustrations'
		]);
		const after = applyAndCheck(doc, edit);
		expect(after.participants.map((p) => [p.name, p.order])).toEqual([
			['Ana', 0],
			['Budi', 1],
			['Citra', 2],
			['Dewi', 3],
			['Eko', 4]
		]);
		// Frequencies 2, 5 (the workshop's), 4 and 5: a mean of 4.00 reads "often".
		const stats = frustrationStats(after.frustrations.find((f) => f.id === first!.id)!);
		expect(stats.frequency).toMatchObject({ mean: 4, min: 2, max: 5, count: 4 });
		expect(frequencyLabel(stats.frequency!.mean)).toBe('often');
		expect(stats.severity).toMatchObject({ mean: 4, count: 2 });

		const undone = applyChanges(after, invert(edit).changes);
		expect(undone.participants.map((p) => p.name)).toEqual(['Ana', 'Budi']);
		expect(undone.frustrations.find((f) => f.id === first!.id)!.ratings).toEqual(
			doc.frustrations[0]!.ratings
		);
	});

	it('puts the answers of respondents named like participants already here on them when asked to (one undo), and adds them anew otherwise', () => {
		const doc = workshopJourney();
		const [first, second] = doc.frustrations;
		const people = [
			// The same person, as a form writes a name: other case, other spaces.
			{
				name: ' ana ',
				ratings: [{ frustrationId: first!.id, measure: 'severity' as const, value: 5 }]
			},
			{
				name: 'Budi',
				ratings: [{ frustrationId: second!.id, measure: 'frequency' as const, value: 1 }]
			},
			{ name: 'Respondent 3', named: false, ratings: [] },
			{ name: 'Citra', ratings: [] }
		];
		const [ana, budi] = doc.participants;
		expect(participantsNamedAs(doc, people)).toEqual([ana, budi, undefined, undefined]);
		// An unnamed respondent's number is no name: it matches nobody called so.
		const numbered = {
			...doc,
			participants: [
				...doc.participants,
				{ ...ana!, id: '00000000-0000-4000-8000-00000000cccc', name: 'Respondent 3', order: 2 }
			]
		};
		expect(participantsNamedAs(numbered, people)[2]).toBeUndefined();

		const merged = importRatings(doc, people, freshIds(), 'merge')!;
		const after = applyAndCheck(doc, merged);
		expect(after.participants.map((p) => p.name)).toEqual(['Ana', 'Budi', 'Respondent 3', 'Citra']);
		// Ana's severity replaced in place, her frequency kept; Budi rates the second anew.
		expect(after.frustrations[0]!.ratings).toEqual([
			{ participantId: ana!.id, frequency: 2, severity: 5 },
			{ participantId: budi!.id, frequency: 5, severity: null }
		]);
		expect(after.frustrations[1]!.ratings).toEqual([
			{ participantId: budi!.id, frequency: 1, severity: null }
		]);

		const added = applyAndCheck(doc, importRatings(doc, people, freshIds())!);
		expect(added.participants.map((p) => p.name)).toEqual([
			'Ana',
			'Budi',
			'ana',
			'Budi',
			'Respondent 3',
			'Citra'
		]);
		expect(added.frustrations[0]!.ratings).toHaveLength(3);
	});

	it('writes nothing for nobody, and refuses a rating outside the scale', () => {
		const doc = workshopJourney();
		expect(importRatings(doc, [])).toBeUndefined();
		expect(() =>
			importRatings(doc, [
				{
					name: 'Citra',
					ratings: [{ frustrationId: doc.frustrations[0]!.id, measure: 'severity', value: 6 }]
				}
			])
		).toThrow();
		expect(() => importRatings(doc, [{ name: '  ', ratings: [] }])).toThrow();
	});

	it('takes as many respondents as a survey file may hold, each answering every question, the last answer to a question kept', () => {
		const doc = airlineJourney();
		const people = Array.from({ length: MAX_RESPONDENTS }, (_, i) => ({
			name: `Respondent ${i + 1}`,
			ratings: [
				...doc.frustrations.flatMap((f) => [
					{ frustrationId: f.id, measure: 'frequency' as const, value: (i % 5) + 1 },
					{ frustrationId: f.id, measure: 'severity' as const, value: 1 }
				]),
				// A question asked twice (two columns mapped to it): the later answer stands.
				{ frustrationId: doc.frustrations[0]!.id, measure: 'severity' as const, value: 5 }
			]
		}));
		const edit = importRatings(doc, people)!;
		const after = applyChanges(doc, edit.changes);
		expect(after.participants).toHaveLength(MAX_RESPONDENTS);
		expect(after.participants.at(-1)).toMatchObject({
			name: `Respondent ${MAX_RESPONDENTS}`,
			order: MAX_RESPONDENTS - 1
		});
		for (const [i, f] of after.frustrations.entries()) {
			expect(f.ratings).toHaveLength(MAX_RESPONDENTS);
			expect(frustrationStats(f).severity?.mean).toBe(i === 0 ? 5 : 1);
			expect(frustrationStats(f).frequency?.mean).toBe(3);
		}
		expect(edit.changes).toHaveLength(MAX_RESPONDENTS + doc.frustrations.length);
	});
});
