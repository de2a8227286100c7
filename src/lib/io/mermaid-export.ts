/**
 * A journey as a Mermaid `journey` diagram, for Markdown that GitHub, GitLab, Notion or
 * Obsidian render: the map's name as its title, one section per stage in order, one task per
 * touch point in cycle order with its experience score (docs/domain.md) and, as its actors,
 * the segments it concerns. Names are escaped (mermaid-text.ts) so none can break it.
 */
import { bySiblingOrder } from '$lib/domain/document-order';
import { experienceScore } from '$lib/domain/experience-score';
import { mapLayout } from '$lib/domain/map-layout';
import type { JourneyDocument, TouchPoint } from '$lib/domain/schema';
import type { RatedFrustration } from '$lib/domain/map-layout';
import { escapeName } from './mermaid-text';

/**
 * The segments a touch point concerns: those it is tagged with and those its open
 * frustrations affect, in the Segments view's order. A frustration tagged with no segment
 * names none (it counts for every segment in the charts, but would list them all here).
 */
function actorsOf(
	touchPoint: TouchPoint,
	frustrations: readonly RatedFrustration[],
	segmentOrder: Map<string, { id: string; name: string; order: number }>
): string[] {
	const ids = new Set(touchPoint.segmentIds);
	for (const { frustration } of frustrations) {
		if (frustration.status === 'open') for (const id of frustration.segmentIds) ids.add(id);
	}
	return [...ids]
		.flatMap((id) => segmentOrder.get(id) ?? [])
		.sort(bySiblingOrder)
		.map((segment) => escapeName(segment.name, 'actor'));
}

export function journeyToMermaid(doc: JourneyDocument): string {
	const segments = new Map(doc.segments.map((s) => [s.id, s]));
	const lines = ['journey', `    title ${escapeName(doc.journey.name, 'title')}`];
	const description = escapeName(doc.journey.description, 'description');
	if (description) lines.push(`    accDescr: ${description}`);
	for (const { stage, touchPoints } of mapLayout(doc)) {
		lines.push(`    section ${escapeName(stage.name, 'section')}`);
		for (const { touchPoint, frustrations } of touchPoints) {
			const score = experienceScore(
				touchPoint,
				frustrations.map((f) => f.frustration)
			);
			const actors = actorsOf(touchPoint, frustrations, segments);
			lines.push(
				`      ${escapeName(touchPoint.name, 'task')}: ${score}${actors.length ? `: ${actors.join(', ')}` : ''}`
			);
		}
	}
	return lines.join('\n') + '\n';
}
