import { describe, expect, it } from 'vitest';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { mergeJourneys } from '$lib/io/merge';
import { airlineJourney, sequentialIds } from './fixtures';

const copy = (doc: JourneyDocument): JourneyDocument => structuredClone(doc);
const PARTICIPANT_A = '00000000-0000-4000-8000-00000000aaaa';
const PARTICIPANT_B = '00000000-0000-4000-8000-00000000bbbb';

/** Two workshop groups' copies of one map, each edited differently since they split. */
function twoCopies() {
	const base = airlineJourney();
	base.participants = [
		{ id: PARTICIPANT_A, name: 'Ana', order: 0, updatedAt: 1_000 },
		{ id: PARTICIPANT_B, name: 'Budi', order: 1, updatedAt: 1_000 }
	];
	const ours = copy(base);
	const theirs = copy(base);
	const newId = sequentialIds();
	const extra = () => newId().replace('00000000-0000', 'ffffffff-0000');

	// Ours: renames a touch point late, rates frustration 0 as Ana, removes frustration 5.
	ours.touchPoints[0] = { ...ours.touchPoints[0]!, name: 'Planning (ours)', updatedAt: 3_000 };
	ours.frustrations[0] = {
		...ours.frustrations[0]!,
		ratings: [{ participantId: PARTICIPANT_A, frequency: 2, severity: 3 }],
		updatedAt: 2_000
	};
	const removed = ours.frustrations.splice(5, 1)[0]!;

	// Theirs: renames the same touch point earlier, rates frustration 0 as Budi and later,
	// changes frustration 1's severity, and adds a frustration and a segment.
	theirs.touchPoints[0] = {
		...theirs.touchPoints[0]!,
		name: 'Planning (theirs)',
		updatedAt: 2_500
	};
	theirs.frustrations[0] = {
		...theirs.frustrations[0]!,
		ratings: [{ participantId: PARTICIPANT_B, frequency: 5, severity: 5 }],
		updatedAt: 2_200
	};
	theirs.frustrations[1] = { ...theirs.frustrations[1]!, severity: 1, updatedAt: 2_000 };
	const added = {
		...theirs.frustrations[2]!,
		id: extra(),
		text: 'Added by the other group',
		updatedAt: 2_000
	};
	theirs.frustrations.push(added);
	const segment = { ...theirs.segments[0]!, id: extra(), name: 'Students', updatedAt: 2_000 };
	theirs.segments.push(segment);
	return { base, ours, theirs, removed, added, segment };
}

describe('merging two copies of a journey', () => {
	it('keeps the more recently edited version of an item edited in both', () => {
		const { ours, theirs } = twoCopies();
		const { document } = mergeJourneys(ours, theirs);
		expect(document.touchPoints[0]!.name).toBe('Planning (ours)');
		expect(document.frustrations.find((f) => f.id === theirs.frustrations[1]!.id)!.severity).toBe(
			1
		);
	});

	it('merges per-participant ratings, keeping both groups’ ratings', () => {
		const { ours, theirs } = twoCopies();
		const { document } = mergeJourneys(ours, theirs);
		const rated = document.frustrations.find((f) => f.id === ours.frustrations[0]!.id)!;
		expect(rated.ratings).toEqual(
			expect.arrayContaining([
				{ participantId: PARTICIPANT_A, frequency: 2, severity: 3 },
				{ participantId: PARTICIPANT_B, frequency: 5, severity: 5 }
			])
		);
		expect(rated.ratings).toHaveLength(2);
	});

	it('adds what only the other copy has, and brings back what one copy removed', () => {
		const { ours, theirs, removed, added, segment } = twoCopies();
		const { document } = mergeJourneys(ours, theirs);
		const ids = document.frustrations.map((f) => f.id);
		expect(ids).toContain(added.id);
		expect(ids).toContain(removed.id);
		expect(document.segments.map((s) => s.name)).toContain(segment.name);
	});

	it('gives a valid document with every item once', () => {
		const { ours, theirs, base } = twoCopies();
		const { document } = mergeJourneys(ours, theirs);
		expect(journeyDocument.safeParse(document).success).toBe(true);
		expect(document.frustrations).toHaveLength(base.frustrations.length + 1);
	});

	it('counts what was added, updated and kept', () => {
		const { ours, theirs, base } = twoCopies();
		const { summary } = mergeJourneys(ours, theirs);
		expect(summary.frustrations).toEqual({
			// The other group's new frustration and the one our copy had removed.
			added: 2,
			// Frustration 0 (their ratings are newer) and frustration 1.
			updated: 2,
			kept: base.frustrations.length - 1 - 2
		});
		expect(summary.touchPoints).toEqual({ added: 0, updated: 0, kept: base.touchPoints.length });
		expect(summary.segments).toEqual({ added: 1, updated: 0, kept: base.segments.length });
	});

	it('changes nothing when a copy is merged with itself', () => {
		const doc = airlineJourney();
		const { document, summary } = mergeJourneys(doc, copy(doc));
		expect(document).toEqual(doc);
		expect(summary.frustrations).toEqual({ added: 0, updated: 0, kept: doc.frustrations.length });
	});

	it('refuses copies of two different journeys', () => {
		const other = copy(airlineJourney());
		other.journey.id = '00000000-0000-4000-8000-0000000fffff';
		expect(() => mergeJourneys(airlineJourney(), other)).toThrow();
	});
});
