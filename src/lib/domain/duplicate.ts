/**
 * A copy of a journey with fresh ids everywhere, references remapped: the copy can live
 * beside the original (Duplicate, and "keep both" on import) and never merges into it.
 */
import type { JourneyDocument } from './schema';

export function withNewIds(
	doc: JourneyDocument,
	changes: { name: string; now: number },
	newId: () => string = () => crypto.randomUUID()
): JourneyDocument {
	const ids = new Map<string, string>();
	const map = (id: string) => {
		let next = ids.get(id);
		if (!next) ids.set(id, (next = newId()));
		return next;
	};
	return {
		journey: {
			...doc.journey,
			id: map(doc.journey.id),
			name: changes.name,
			createdAt: changes.now,
			updatedAt: changes.now
		},
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
