import { describe, expect, it } from 'vitest';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { mapLayout } from '$lib/domain/map-layout';
import { orderCycleJourney } from './fixtures';

describe('the canonical order of a document', () => {
	it('reads touch points in cycle order: by stage, then by order within the stage', () => {
		const doc = orderCycleJourney();
		const scrambled = { ...doc, touchPoints: [...doc.touchPoints].reverse() };
		expect(inCanonicalOrder(scrambled).touchPoints.map((t) => t.name)).toEqual(
			doc.touchPoints.map((t) => t.name)
		);
	});

	it('puts a touch point moved to another stage in that stage, at its order', () => {
		const doc = orderCycleJourney();
		const [usage, replacement] = [doc.stages[1]!, doc.stages[2]!];
		const moved = doc.touchPoints.map((t) =>
			t.name === 'Order delivery' ? { ...t, stageId: replacement.id, order: 1 } : t
		);
		const stages = mapLayout(inCanonicalOrder({ ...doc, touchPoints: moved }));
		expect(stages[2]!.touchPoints.map((t) => t.touchPoint.name)).toEqual([
			'Returns and claims',
			'Order delivery'
		]);
		expect(stages[1]!.stage.id).toBe(usage.id);
		expect(stages[2]!.touchPoints.map((t) => t.cycleNumber)).toEqual([11, 12]);
	});

	it('follows a reordering of the stages', () => {
		const doc = orderCycleJourney();
		const stages = doc.stages.map((s) => ({ ...s, order: -s.order }));
		const sorted = inCanonicalOrder({ ...doc, stages });
		expect(sorted.stages.map((s) => s.name)).toEqual(['Replacement', 'Usage', 'Purchase']);
		expect(sorted.touchPoints[0]!.name).toBe('Returns and claims');
	});
});
