/**
 * How a map is laid out for reading: stages left to right, each with its steps and its
 * touch points in cycle order, each touch point with its frustrations and their priority.
 * Pure, so the map view only draws and the order rules are unit-tested.
 */
import { bySiblingOrder } from './document-order';
import { changedPlaces } from './edits/changed-places';
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

const byOrder = bySiblingOrder;

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
	if (matches) return laidOut(doc, matches);
	const patched = last && patchedLayout(last, doc);
	// A layout made afresh may have moved any card.
	if (!patched) places = undefined;
	const layout = patched ?? laidOut(doc);
	last = {
		stages: doc.stages,
		steps: doc.steps,
		touchPoints: doc.touchPoints,
		frustrations: doc.frustrations,
		layout
	};
	return layout;
}

/**
 * The last whole layout and what it was made of. A rating changed on a map of 2,000 touch
 * points changes one frustration in place: grouping and sorting every touch point again to
 * find its card was most of the edit's own script. So a document that differs from the last
 * only by a few frustrations, each at the same touch point and place, gets the last layout
 * with those touch points' views made again.
 */
let last:
	| {
			stages: readonly Stage[];
			steps: readonly Step[];
			touchPoints: readonly TouchPoint[];
			frustrations: readonly Frustration[];
			layout: StageView[];
	  }
	| undefined;
/** Where each touch point's view is in the last layout (stage, then card), made when first asked. */
let places: Map<string, [number, number]> | undefined;

/** More changed frustrations than this, and laying out afresh is as quick. */
const PATCH_LIMIT = 32;

function patchedLayout(previous: NonNullable<typeof last>, doc: JourneyDocument) {
	if (
		doc.stages !== previous.stages ||
		doc.steps !== previous.steps ||
		doc.touchPoints !== previous.touchPoints
	) {
		return undefined;
	}
	const before = previous.frustrations;
	const after = doc.frustrations;
	if (before === after) return previous.layout;
	if (before.length !== after.length) return undefined;
	const changed = changedPlaces(before, after, PATCH_LIMIT);
	if (!changed) return undefined;
	const touched = new Set<string>();
	for (const i of changed) {
		const was = before[i]!;
		const now = after[i]!;
		if (was.id !== now.id || was.touchPointId !== now.touchPointId || was.order !== now.order) {
			return undefined;
		}
		touched.add(now.touchPointId);
	}
	places ??= new Map(
		previous.layout.flatMap((stage, s) =>
			stage.touchPoints.map((view, t) => [view.touchPoint.id, [s, t]] as [string, [number, number]])
		)
	);
	const groups = frustrationsByTouchPoint(after);
	const layout = [...previous.layout];
	for (const id of touched) {
		const place = places.get(id);
		if (!place) return undefined;
		const [s, t] = place;
		const stage = layout[s]!;
		const view = stage.touchPoints[t]!;
		const touchPoints = [...stage.touchPoints];
		touchPoints[t] = touchPointView(
			view.touchPoint,
			view.cycleNumber,
			ratedList(groups.get(id) ?? [], stage.stage.risk, undefined)
		);
		layout[s] = stageView(stage.stage, stage.steps, touchPoints);
	}
	return layout;
}

function laidOut(doc: JourneyDocument, matches?: (text: string) => boolean): StageView[] {
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
