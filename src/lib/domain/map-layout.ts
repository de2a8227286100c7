/**
 * How a map is laid out for reading: stages left to right, each with its steps and its
 * touch points in cycle order, each touch point with its frustrations and their priority.
 * Pure, so the map view only draws and the order rules are unit-tested.
 */
import { frustrationsByTouchPoint } from './frustration-groups';
import { sameItems } from './same-items';
import { effectiveRatings, priorityBand, type Band, type EffectiveRatings } from './scoring';
import type { Frustration, JourneyDocument, Risk, Stage, Step, TouchPoint } from './schema';

export interface RatedFrustration {
	frustration: Frustration;
	/** The ratings that count: the participants' means, or the frustration's own; null while
	 * it is not rated, when it has no score or band either. */
	ratings: EffectiveRatings | null;
	score: number | null;
	band: Band | null;
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
	const score = ratings?.score ?? null;
	const band = score === null ? null : priorityBand(score);
	const rated = { frustration, ratings, score, band, risk };
	ratedCache.set(frustration, rated);
	return rated;
}

/** A touch point's group, rated; unchanged groups keep their list (see frustration-groups). */
const ratedLists = new WeakMap<readonly Frustration[], { risk: Risk; rated: RatedFrustration[] }>();

function ratedList(
	group: readonly Frustration[],
	risk: Risk,
	matches: ((text: string) => boolean) | undefined
): RatedFrustration[] {
	if (matches) return group.filter((f) => matches(f.text)).map((f) => rate(f, risk));
	const last = ratedLists.get(group);
	if (last && last.risk === risk) return last.rated;
	const rated = group.map((f) => rate(f, risk));
	ratedLists.set(group, { risk, rated });
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
	const frustrationGroups = frustrationsByTouchPoint(doc.frustrations);
	let cycleNumber = 0;

	return [...doc.stages].sort(byOrder).map((stage) =>
		stageView(
			stage,
			[...(stepsByStage.get(stage.id) ?? [])].sort(byOrder),
			[...(touchPointsByStage.get(stage.id) ?? [])]
				.sort(byOrder)
				.map((touchPoint) =>
					touchPointView(
						touchPoint,
						++cycleNumber,
						ratedList(frustrationGroups.get(touchPoint.id) ?? [], stage.risk, matches)
					)
				)
				.filter((view) => !matches || view.frustrations.length > 0)
		)
	);
}

/**
 * The last view made of each touch point and stage, handed out again while what it shows is
 * the same objects: after an edit only the changed card and its column get new views, so on a
 * map of thousands of frustrations the view updates one card instead of comparing them all.
 */
const touchPointViews = new WeakMap<TouchPoint, TouchPointView>();
const stageViews = new WeakMap<Stage, StageView>();

function touchPointView(
	touchPoint: TouchPoint,
	cycleNumber: number,
	frustrations: RatedFrustration[]
): TouchPointView {
	const last = touchPointViews.get(touchPoint);
	if (last && last.cycleNumber === cycleNumber && sameItems(last.frustrations, frustrations)) {
		return last;
	}
	const view = { touchPoint, cycleNumber, frustrations };
	touchPointViews.set(touchPoint, view);
	return view;
}

function stageView(stage: Stage, steps: Step[], touchPoints: TouchPointView[]): StageView {
	const last = stageViews.get(stage);
	if (last && sameItems(last.steps, steps) && sameItems(last.touchPoints, touchPoints)) return last;
	const view = { stage, steps, touchPoints };
	stageViews.set(stage, view);
	return view;
}
