/**
 * Merging two copies of one journey (several workshop groups' maps, or a colleague's edits
 * of a map you also changed). The rule, item by item across stages, steps, touch points,
 * frustrations, segments and participants, matched by id:
 * - an item in only one copy is kept, so a merge never deletes: an item removed in one copy
 *   and still present in the other comes back (a merge cannot tell "removed" from "not yet
 *   added", and losing someone's work is worse than tidying it again);
 * - an item in both keeps the more recently edited version (`updatedAt`); on a tie, ours;
 * - a frustration's per-participant ratings are merged by participant, the newer version's
 *   rating winning where both rated.
 */
import {
	collections,
	type Collection,
	type Frustration,
	type JourneyDocument
} from '$lib/domain/schema';

export interface MergeCount {
	added: number;
	updated: number;
	kept: number;
}
export type MergeSummary = Record<Collection, MergeCount>;

type Item = { id: string; updatedAt: number };

function mergeRatings(newer: Frustration, older: Frustration): Frustration['ratings'] {
	const byParticipant = new Map(older.ratings.map((r) => [r.participantId, r]));
	for (const r of newer.ratings) byParticipant.set(r.participantId, r);
	return [...byParticipant.values()];
}

function mergeItems<T extends Item>(
	ours: T[],
	theirs: T[],
	combine?: (winner: T, loser: T) => T
): { items: T[]; count: MergeCount } {
	const count: MergeCount = { added: 0, updated: 0, kept: 0 };
	const theirsById = new Map(theirs.map((item) => [item.id, item]));
	const items = ours.map((our) => {
		const their = theirsById.get(our.id);
		// Only here: it stays as it is, so it counts as kept (the counts add up to the result).
		if (!their) {
			count.kept++;
			return our;
		}
		theirsById.delete(our.id);
		if (their.updatedAt > our.updatedAt) {
			count.updated++;
			return combine ? combine(their, our) : their;
		}
		count.kept++;
		return combine ? combine(our, their) : our;
	});
	for (const their of theirsById.values()) {
		count.added++;
		items.push(their);
	}
	return { items, count };
}

export function mergeJourneys(
	ours: JourneyDocument,
	theirs: JourneyDocument
): { document: JourneyDocument; summary: MergeSummary } {
	if (ours.journey.id !== theirs.journey.id) throw new Error('only copies of one journey merge');
	const summary = {} as MergeSummary;
	const document = {
		journey: theirs.journey.updatedAt > ours.journey.updatedAt ? theirs.journey : ours.journey
	} as JourneyDocument;
	for (const key of collections) {
		const combine =
			key === 'frustrations'
				? (winner: Frustration, loser: Frustration) => ({
						...winner,
						ratings: mergeRatings(winner, loser)
					})
				: undefined;
		const { items, count } = mergeItems<Item>(
			ours[key],
			theirs[key],
			combine as ((w: Item, l: Item) => Item) | undefined
		);
		(document as Record<Collection, Item[]>)[key] = items;
		summary[key] = count;
	}
	return { document, summary };
}
