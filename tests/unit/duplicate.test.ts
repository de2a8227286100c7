import { describe, expect, it } from 'vitest';
import { withFreshIdsFor, withNewIds } from '$lib/domain/duplicate';
import { journeyDocument } from '$lib/domain/schema';
import { expectCopyUnderNewIds } from './copy-check';
import { sequentialIds, workshopJourney } from './fixtures';

describe('duplicating a journey', () => {
	it('gives every item a new id and points every reference, ratings included, into the copy', () => {
		const doc = workshopJourney();
		const newId = sequentialIds();
		const copy = withNewIds(doc, { name: 'Copy', now: 9_000 }, () =>
			newId().replace('00000000-0000', 'cccccccc-0000')
		);
		expectCopyUnderNewIds(doc, copy);
		expect(copy.journey).toMatchObject({ name: 'Copy', createdAt: 9_000, updatedAt: 9_000 });
		expect(journeyDocument.safeParse(copy).success).toBe(true);
	});

	it('leaves the original as it was', () => {
		const doc = workshopJourney();
		withNewIds(doc, { name: 'Copy', now: 9_000 });
		expect(doc).toEqual(workshopJourney());
	});
});

describe('fresh ids for some items only', () => {
	it('renames just those items, and every reference to them follows', () => {
		const doc = workshopJourney();
		const stage = doc.stages[0]!;
		const participant = doc.participants[0]!;
		const copy = withFreshIdsFor(doc, new Set([stage.id, participant.id]));
		expect(journeyDocument.safeParse(copy).success).toBe(true);
		const newStageId = copy.stages[0]!.id;
		const newParticipantId = copy.participants[0]!.id;
		expect(newStageId).not.toBe(stage.id);
		expect(newParticipantId).not.toBe(participant.id);
		// Only those two: every other id stays.
		expect(copy.journey.id).toBe(doc.journey.id);
		expect(copy.stages.slice(1).map((s) => s.id)).toEqual(doc.stages.slice(1).map((s) => s.id));
		expect(copy.frustrations.map((f) => f.id)).toEqual(doc.frustrations.map((f) => f.id));
		// References follow: the stage's steps and touch points, the participant's ratings.
		const under = (items: { stageId: string }[], id: string) =>
			items.filter((item) => item.stageId === id).length;
		expect(under(copy.touchPoints, newStageId)).toBe(under(doc.touchPoints, stage.id));
		expect(under(copy.steps, newStageId)).toBe(under(doc.steps, stage.id));
		const ratedBy = (d: typeof doc, id: string) =>
			d.frustrations.flatMap((f) => f.ratings).filter((r) => r.participantId === id).length;
		expect(ratedBy(copy, newParticipantId)).toBe(ratedBy(doc, participant.id));
		expect(ratedBy(doc, participant.id)).toBeGreaterThan(0);
	});

	it('gives back the document itself when no id is taken', () => {
		const doc = workshopJourney();
		expect(withFreshIdsFor(doc, new Set())).toBe(doc);
	});
});
