/**
 * How a map is laid out for reading: stages left to right, each with its steps and its
 * touch points in cycle order, each touch point with its frustrations and their priority.
 * Pure, so the map view only draws and the order rules are unit-tested.
 */
import { effectiveRatings, priorityBand, type Band, type EffectiveRatings } from './scoring';
import type { Frustration, JourneyDocument, Risk, Stage, Step, TouchPoint } from './schema';

export interface RatedFrustration {
	frustration: Frustration;
	/** The ratings that count: the participants' means, or the frustration's own. */
	ratings: EffectiveRatings;
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

/**
 * Rated frustrations are cached by the frustration record they rate: after an edit, every
 * unchanged frustration keeps the same object, and the view skips redrawing it.
 */
const ratedCache = new WeakMap<Frustration, RatedFrustration>();

function rate(frustration: Frustration, risk: Risk): RatedFrustration {
	const cached = ratedCache.get(frustration);
	if (cached && cached.risk === risk) return cached;
	const ratings = effectiveRatings(frustration);
	const score = ratings.score;
	const rated = { frustration, ratings, score, band: priorityBand(score), risk };
	ratedCache.set(frustration, rated);
	return rated;
}

/** Case- and accent-insensitive text match, for searching frustrations. */
export function textMatcher(query: string): ((text: string) => boolean) | undefined {
	const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
	const needle = fold(query.trim());
	if (!needle) return undefined;
	return (text) => fold(text).includes(needle);
}

/**
 * With `matches`, only frustrations whose text matches are kept, and only the touch points
 * that still have some (stages stay, so the map keeps its shape).
 */
export function mapLayout(doc: JourneyDocument, matches?: (text: string) => boolean): StageView[] {
	const stepsByStage = groupBy(doc.steps, (s) => s.stageId);
	const touchPointsByStage = groupBy(doc.touchPoints, (t) => t.stageId);
	const frustrationsByTouchPoint = groupBy(doc.frustrations, (f) => f.touchPointId);
	let cycleNumber = 0;

	return [...doc.stages].sort(byOrder).map((stage) => ({
		stage,
		steps: [...(stepsByStage.get(stage.id) ?? [])].sort(byOrder),
		touchPoints: [...(touchPointsByStage.get(stage.id) ?? [])]
			.sort(byOrder)
			.map((touchPoint) => ({
				touchPoint,
				cycleNumber: ++cycleNumber,
				frustrations: [...(frustrationsByTouchPoint.get(touchPoint.id) ?? [])]
					.filter((f) => !matches || matches(f.text))
					.sort(byOrder)
					.map((frustration) => rate(frustration, stage.risk))
			}))
			.filter((view) => !matches || view.frustrations.length > 0)
	}));
}
