/** Small journeys for the Mermaid tests, built by hand so each name and score is in plain view. */
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { sequentialIds } from './fixtures';

export interface TaskSpec {
	name: string;
	segments?: string[];
	feelings?: Record<string, number>;
	frustrations?: {
		frequency: number | null;
		severity: number | null;
		status?: 'open' | 'fix-planned' | 'fixed';
		segments?: string[];
	}[];
}

/** A journey of stages (in order) holding touch points (in order); segments named once. */
export function mapOf(
	name: string,
	stages: [string, TaskSpec[]][],
	segmentNames: string[] = [],
	description = ''
): JourneyDocument {
	const id = sequentialIds();
	const segments = segmentNames.map((segment, order) => ({
		id: id(),
		updatedAt: 1,
		name: segment,
		order,
		kind: 'B2C' as const,
		marketingMix: {
			product: { text: '', emphasis: 3 },
			price: { text: '', emphasis: 3 },
			promotion: { text: '', emphasis: 3 },
			place: { text: '', emphasis: 3 }
		}
	}));
	const segmentId = (n: string) => segments.find((s) => s.name === n)!.id;
	const doc = {
		journey: { id: id(), updatedAt: 1, createdAt: 1, name, description },
		stages: [] as object[],
		steps: [],
		touchPoints: [] as object[],
		frustrations: [] as object[],
		segments,
		participants: []
	};
	// Stored out of order, so the export has to sort by `order` itself.
	stages.forEach(([stageName, tasks], order) => {
		const stageId = id();
		doc.stages.unshift({ id: stageId, updatedAt: 1, name: stageName, order, risk: 'lost-sale' });
		tasks.forEach((task, taskOrder) => {
			const touchPointId = id();
			doc.touchPoints.unshift({
				id: touchPointId,
				updatedAt: 1,
				stageId,
				name: task.name,
				order: taskOrder,
				segmentIds: (task.segments ?? []).map(segmentId),
				emotions: Object.fromEntries(
					Object.entries(task.feelings ?? {}).map(([s, e]) => [segmentId(s), e])
				)
			});
			(task.frustrations ?? []).forEach((f, fOrder) =>
				doc.frustrations.push({
					id: id(),
					updatedAt: 1,
					touchPointId,
					text: `Frustration ${fOrder + 1}`,
					order: fOrder,
					frequency: f.frequency,
					severity: f.severity,
					status: f.status ?? 'open',
					segmentIds: (f.segments ?? []).map(segmentId)
				})
			);
		});
	});
	return journeyDocument.parse(doc);
}
