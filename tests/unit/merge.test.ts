import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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

	it('keeps the newer rating where both copies hold one participant’s rating, in either order', () => {
		const { ours, theirs } = twoCopies();
		const id = ours.frustrations[0]!.id;
		theirs.frustrations[0]!.ratings = [
			{ participantId: PARTICIPANT_A, frequency: 5, severity: 1 },
			{ participantId: PARTICIPANT_B, frequency: 5, severity: 5 }
		];
		const ana = (doc: JourneyDocument) =>
			doc.frustrations
				.find((f) => f.id === id)!
				.ratings.filter((r) => r.participantId === PARTICIPANT_A);
		// Theirs (2,200) is newer than ours (2,000), whichever side it is merged from.
		const newer = [{ participantId: PARTICIPANT_A, frequency: 5, severity: 1 }];
		expect(ana(mergeJourneys(ours, theirs).document)).toEqual(newer);
		expect(ana(mergeJourneys(theirs, ours).document)).toEqual(newer);
		theirs.frustrations[0]!.updatedAt = 1_500;
		const older = [{ participantId: PARTICIPANT_A, frequency: 2, severity: 3 }];
		expect(ana(mergeJourneys(ours, theirs).document)).toEqual(older);
		expect(ana(mergeJourneys(theirs, ours).document)).toEqual(older);
	});

	it('takes the journey’s name and description from the copy that changed them last', () => {
		const { ours, theirs } = twoCopies();
		ours.journey = { ...ours.journey, name: 'Ours', description: 'Our words', updatedAt: 2_000 };
		theirs.journey = {
			...theirs.journey,
			name: 'Theirs',
			description: 'Their words',
			updatedAt: 3_000
		};
		expect(mergeJourneys(ours, theirs).document.journey).toMatchObject({
			name: 'Theirs',
			description: 'Their words',
			updatedAt: 3_000
		});
		expect(mergeJourneys(theirs, ours).document.journey).toMatchObject({
			name: 'Theirs',
			description: 'Their words'
		});
		// On a tie, ours.
		theirs.journey.updatedAt = 2_000;
		expect(mergeJourneys(ours, theirs).document.journey.name).toBe('Ours');
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

describe('merging, for any two differently edited copies', () => {
	type Edit = { kind: 'keep' } | { kind: 'delete' } | { kind: 'edit'; at: number };
	const edit: fc.Arbitrary<Edit> = fc.oneof(
		fc.constant({ kind: 'keep' as const }),
		fc.constant({ kind: 'delete' as const }),
		fc.record({ kind: fc.constant('edit' as const), at: fc.integer({ min: 1_001, max: 9_999 }) })
	);
	const base = airlineJourney();
	const edits = fc.array(edit, {
		minLength: base.frustrations.length,
		maxLength: base.frustrations.length
	});

	/** A copy of the base with each frustration kept, deleted or edited at some time. */
	function editedCopy(plan: Edit[], who: string): JourneyDocument {
		const doc = copy(base);
		doc.frustrations = doc.frustrations.flatMap((f, i) => {
			const step = plan[i]!;
			if (step.kind === 'delete') return [];
			if (step.kind === 'keep') return [f];
			return [{ ...f, text: `${who} at ${step.at}`, updatedAt: step.at }];
		});
		return doc;
	}

	it('keeps every frustration of either copy once, the later edit winning, ours on a tie', () => {
		fc.assert(
			fc.property(edits, edits, (ourPlan, theirPlan) => {
				const ours = editedCopy(ourPlan, 'ours');
				const theirs = editedCopy(theirPlan, 'theirs');
				const { document, summary } = mergeJourneys(ours, theirs);
				expect(journeyDocument.safeParse(document).success).toBe(true);
				base.frustrations.forEach((f, i) => {
					const our = ours.frustrations.find((o) => o.id === f.id);
					const their = theirs.frustrations.find((o) => o.id === f.id);
					const merged = document.frustrations.filter((m) => m.id === f.id);
					// Deleted in both: gone; deleted in one: the other copy's version comes back.
					if (!our && !their) return expect(merged).toHaveLength(0);
					expect(merged, `frustration ${i}`).toHaveLength(1);
					const expected =
						our && their ? (their.updatedAt > our.updatedAt ? their : our) : (our ?? their)!;
					expect(merged[0]).toEqual(expected);
				});
				const count = summary.frustrations;
				expect(count.added + count.updated + count.kept).toBe(document.frustrations.length);
			}),
			{ numRuns: 200 }
		);
	});

	it('gives the same result merged again with either copy', () => {
		fc.assert(
			fc.property(edits, edits, (ourPlan, theirPlan) => {
				const ours = editedCopy(ourPlan, 'ours');
				const { document } = mergeJourneys(ours, editedCopy(theirPlan, 'theirs'));
				const again = mergeJourneys(document, editedCopy(theirPlan, 'theirs')).document;
				expect(again).toEqual(document);
			}),
			{ numRuns: 100 }
		);
	});
});
