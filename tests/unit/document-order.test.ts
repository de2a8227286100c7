import { describe, expect, it } from 'vitest';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { mapLayout } from '$lib/domain/map-layout';
import { airlineJourney, orderCycleJourney } from './fixtures';

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

	it('breaks a tie of order by id, wherever the items stand: as a reload reads them', () => {
		const doc = airlineJourney();
		const frustration = (id: string, text: string) => ({
			...doc.frustrations[0]!,
			id,
			text,
			order: 7
		});
		const touchPointId = doc.frustrations[0]!.touchPointId;
		// Two frustrations sharing an order (an add undone in one tab, redone after another
		// tab's add took its place), in either order in the document.
		const tied = [frustration('b-second', 'Added later'), frustration('a-first', 'Redone')];
		for (const frustrations of [tied, [...tied].reverse()]) {
			const both = { ...doc, frustrations: [...doc.frustrations, ...frustrations] };
			const texts = (d: typeof doc) =>
				mapLayout(d)
					.flatMap((stage) => stage.touchPoints)
					.find((view) => view.touchPoint.id === touchPointId)!
					.frustrations.map((rated) => rated.frustration.text)
					.filter((text) => text === 'Added later' || text === 'Redone');
			expect(texts(both)).toEqual(['Redone', 'Added later']);
			expect(texts(inCanonicalOrder(both))).toEqual(['Redone', 'Added later']);
			expect(
				inCanonicalOrder(both)
					.frustrations.filter((f) => f.order === 7 && f.touchPointId === touchPointId)
					.map((f) => f.id)
			).toEqual(['a-first', 'b-second']);
		}
	});
});
