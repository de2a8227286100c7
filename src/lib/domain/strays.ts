/**
 * A journey stored damaged by an older version (a frustration whose touch point another tab
 * removed, a rating by a participant who is gone, a time from a file's wrong clock) opens
 * whole: items without their place are gathered in a stage of their own at the end of the
 * map, where the person sees them and can move, edit or remove them; tags and ratings naming
 * what is gone are dropped; no time is later than now. Nothing typed is lost.
 */
import { timesUpTo } from './foreign-times';
import type { ItemOf } from './records';
import { placeOf, withoutMissingTags, type Ref } from './references';
import { collections, touchPoint, type Collection, type JourneyDocument } from './schema';

export interface Gathering {
	/** Names for the stage and touch point that hold what had lost its place. */
	stageName: string;
	touchPointName: string;
	newId: () => string;
	now: number;
}

export interface Repaired {
	doc: JourneyDocument;
	/** How many items had lost their place and were gathered. */
	gathered: number;
}

/** The journey repaired, or undefined when nothing in it needs it. */
export function gatherStrays(doc: JourneyDocument, gathering: Gathering): Repaired | undefined {
	const { stageName, touchPointName, newId, now } = gathering;
	// A set of ids per collection: an opening runs this over every item (100,000 at most), and
	// a key made of collection and id for each cost as long as the rest of it.
	const present = {} as Record<Collection, Set<string>>;
	for (const collection of collections) {
		present[collection] = new Set(doc[collection].map((item) => item.id));
	}
	const exists = (ref: Ref) => present[ref.collection].has(ref.id);
	const lost = (collection: keyof typeof placeOf, item: ItemOf<Collection>) => {
		const place = placeOf[collection];
		return !present[place.collection].has((item as Record<string, unknown>)[place.field] as string);
	};
	const strays = {
		steps: doc.steps.filter((s) => lost('steps', s)),
		touchPoints: doc.touchPoints.filter((t) => lost('touchPoints', t)),
		frustrations: doc.frustrations.filter((f) => lost('frustrations', f))
	};
	const gathered = strays.steps.length + strays.touchPoints.length + strays.frustrations.length;
	let next: JourneyDocument = doc;
	if (gathered > 0) {
		const stage = {
			id: newId(),
			updatedAt: now,
			name: stageName,
			order: Math.max(0, ...doc.stages.map((s) => s.order + 1)),
			risk: 'lost-repurchase' as const
		};
		const holder =
			strays.frustrations.length > 0
				? [
						touchPoint.parse({
							id: newId(),
							updatedAt: now,
							stageId: stage.id,
							name: touchPointName,
							order: 0
						})
					]
				: [];
		const moveTo = <T extends { id: string }>(items: T[], patch: (item: T, i: number) => T) => {
			const ids = new Set(items.map((item) => item.id));
			return (all: T[]) =>
				all.map((item) => (ids.has(item.id) ? patch(item, items.indexOf(item)) : item));
		};
		next = {
			...next,
			stages: [...next.stages, stage],
			steps: moveTo(strays.steps, (s, i) => ({
				...s,
				stageId: stage.id,
				order: i,
				updatedAt: now
			}))(next.steps),
			touchPoints: [
				...moveTo(strays.touchPoints, (t, i) => ({
					...t,
					stageId: stage.id,
					order: i + 1,
					updatedAt: now
				}))(next.touchPoints),
				...holder
			],
			frustrations: moveTo(strays.frustrations, (f) => ({
				...f,
				touchPointId: holder[0]!.id,
				updatedAt: now
			}))(next.frustrations)
		};
	}
	let untagged = false;
	const withTags = <C extends 'touchPoints' | 'frustrations'>(collection: C) =>
		(next[collection] as ItemOf<C>[]).map((item) => {
			const kept = withoutMissingTags(collection, item, exists);
			if (kept !== item) untagged = true;
			return kept;
		});
	next = { ...next, touchPoints: withTags('touchPoints'), frustrations: withTags('frustrations') };
	const timely = timesUpTo(next, now);
	if (gathered === 0 && !untagged && timely === next) return undefined;
	return { doc: timely, gathered };
}
