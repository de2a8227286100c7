/**
 * How a map is laid out for reading: stages left to right, each with its steps and its
 * touch points in cycle order, each touch point with its frustrations and their priority.
 * Pure, so the map view only draws and the order rules are unit-tested.
 */
import { priorityBand, priorityScore, type Band } from './scoring';
import type { Frustration, JourneyDocument, Risk, Stage, Step, TouchPoint } from './schema';

export interface RatedFrustration {
	frustration: Frustration;
	score: number;
	band: Band;
	risk: Risk;
}

export interface TouchPointView {
	touchPoint: TouchPoint;
	/** 1-based position in the whole order cycle, across stages. */
	cycleNumber: number;
	frustrations: RatedFrustration[];
}

export interface StageView {
	stage: Stage;
	steps: Step[];
	touchPoints: TouchPointView[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const k = key(item);
		const group = groups.get(k);
		if (group) group.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

export function mapLayout(doc: JourneyDocument): StageView[] {
	const stepsByStage = groupBy(doc.steps, (s) => s.stageId);
	const touchPointsByStage = groupBy(doc.touchPoints, (t) => t.stageId);
	const frustrationsByTouchPoint = groupBy(doc.frustrations, (f) => f.touchPointId);
	let cycleNumber = 0;

	return [...doc.stages].sort(byOrder).map((stage) => ({
		stage,
		steps: [...(stepsByStage.get(stage.id) ?? [])].sort(byOrder),
		touchPoints: [...(touchPointsByStage.get(stage.id) ?? [])].sort(byOrder).map((touchPoint) => ({
			touchPoint,
			cycleNumber: ++cycleNumber,
			frustrations: [...(frustrationsByTouchPoint.get(touchPoint.id) ?? [])]
				.sort(byOrder)
				.map((frustration) => {
					const score = priorityScore(frustration.frequency, frustration.severity);
					return { frustration, score, band: priorityBand(score), risk: stage.risk };
				})
		}))
	}));
}
