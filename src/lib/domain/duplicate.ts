/**
 * A copy of a journey with fresh ids everywhere, references remapped: the copy can live
 * beside the original (Duplicate, and "keep both" on import) and never merges into it.
 * Or fresh ids for some items only: those of an imported file that another journey here
 * already uses, so that storing the file cannot take that journey's records over.
 */
import { newId as generateId } from './ids';
import type { JourneyDocument } from './schema';

export function withNewIds(
	doc: JourneyDocument,
	changes: { name: string; now: number },
	newId: () => string = generateId
): JourneyDocument {
	const renamed = remapped(doc, freshIds(newId));
	return {
		...renamed,
		journey: {
			...renamed.journey,
			name: changes.name,
			createdAt: changes.now,
			updatedAt: changes.now
		}
	};
}

/** The document with a fresh id for each item whose id is in `taken`, references following. */
export function withFreshIdsFor(
	doc: JourneyDocument,
	taken: ReadonlySet<string>,
	newId: () => string = generateId
): JourneyDocument {
	if (taken.size === 0) return doc;
	const fresh = freshIds(newId);
	return remapped(doc, (id) => (taken.has(id) ? fresh(id) : id));
}

/** One new id per old one, the same every time the old one is met. */
function freshIds(newId: () => string) {
	const ids = new Map<string, string>();
	return (id: string) => {
		let next = ids.get(id);
		if (!next) ids.set(id, (next = newId()));
		return next;
	};
}

function remapped(doc: JourneyDocument, map: (id: string) => string): JourneyDocument {
	return {
		journey: { ...doc.journey, id: map(doc.journey.id) },
		stages: doc.stages.map((s) => ({ ...s, id: map(s.id) })),
		steps: doc.steps.map((s) => ({ ...s, id: map(s.id), stageId: map(s.stageId) })),
		touchPoints: doc.touchPoints.map((t) => ({
			...t,
			id: map(t.id),
			stageId: map(t.stageId),
			segmentIds: t.segmentIds.map(map),
			emotions: Object.fromEntries(Object.entries(t.emotions).map(([k, v]) => [map(k), v]))
		})),
		frustrations: doc.frustrations.map((f) => ({
			...f,
			id: map(f.id),
			touchPointId: map(f.touchPointId),
			segmentIds: f.segmentIds.map(map),
			ratings: f.ratings.map((r) => ({ ...r, participantId: map(r.participantId) }))
		})),
		segments: doc.segments.map((s) => ({ ...s, id: map(s.id) })),
		participants: doc.participants.map((p) => ({ ...p, id: map(p.id) }))
	};
}
