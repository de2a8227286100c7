/**
 * The frustrations of a journey as flat rows for charts: each with its touch point, stage
 * and place in the order cycle, its effective (mean) ratings and the priority computed from
 * them by the domain's scoring. Every chart's shaping starts from these rows, so no chart
 * recomputes a priority its own way.
 */
import { mapLayout, type TouchPointView } from '$lib/domain/map-layout';
import { effectiveRatings, priorityBand } from '$lib/domain/scoring';
import type { Frustration, JourneyDocument, Stage, TouchPoint } from '$lib/domain/schema';
import type { FrustrationFacts } from '$lib/i18n/chart-words';

/** What a chart knows of any frustration, rated or not: enough to filter, list and open it. */
export interface ChartItem extends Pick<
	FrustrationFacts,
	'text' | 'status' | 'risk' | 'touchPointName' | 'cycleNumber' | 'stageName'
> {
	id: string;
	segmentIds: string[];
	fix: string;
	effort: number | null;
	touchPointId: string;
	stageId: string;
	/** 0-based place of its stage, for colours that follow the map's left-to-right order. */
	stageIndex: number;
	/** Its place on the map (stage, touch point, then its own order): a stable tie-break. */
	mapOrder: number;
}

/** A rated frustration as every chart reads it: the facts its words are made of, and its place. */
export interface ChartFrustration extends ChartItem, FrustrationFacts {
	/** Mean ratings when participants rated it, else its own (see `effectiveRatings`). */
	frequency: number;
	severity: number;
}

/**
 * A frustration nobody has rated yet: it has no priority, so charts leave it out of their
 * marks, rankings and sums, and say beside them how many are waiting for a rating.
 */
export interface UnratedFrustration extends ChartItem {
	score: null;
	band: null;
}

export type ChartRow = ChartFrustration | UnratedFrustration;

export const isRated = (row: ChartRow): row is ChartFrustration => row.score !== null;

/**
 * Higher priority first; between equal scores the more severe (a critical rare problem
 * outranks a cosmetic frequent one), then the more frequent, then map order, so the ranking
 * is the same on every render.
 */
export function byPriority(a: ChartFrustration, b: ChartFrustration): number {
	return (
		b.score - a.score ||
		b.severity - a.severity ||
		b.frequency - a.frequency ||
		a.mapOrder - b.mapOrder
	);
}

const rankings = new WeakMap<readonly ChartFrustration[], readonly ChartFrustration[]>();

/**
 * `rows` by priority (see byPriority), sorted once per array: the matrix and the ranked
 * problems rank the same rows when the view opens, which at 50,000 frustrations is a sort
 * worth doing once. Never changed by a caller: copy it to reorder.
 */
export function rankedByPriority(rows: readonly ChartFrustration[]): readonly ChartFrustration[] {
	let ranked = rankings.get(rows);
	if (!ranked) rankings.set(rows, (ranked = [...rows].sort(byPriority)));
	return ranked;
}

export interface CycleTouchPoint {
	touchPoint: TouchPoint;
	cycleNumber: number;
	stage: Stage;
	stageIndex: number;
}

export interface ChartData {
	stages: Stage[];
	touchPoints: CycleTouchPoint[];
	/** The rated frustrations, in map order: every chart's marks. */
	frustrations: ChartFrustration[];
	/** Those not rated yet, in map order. */
	unrated: UnratedFrustration[];
}

/**
 * Rows are cached by the frustration record and its surroundings: after an edit, unchanged
 * frustrations keep their row object, which keeps keyed marks in place at 5,000 rows.
 */
const rowCache = new WeakMap<
	Frustration,
	{ at: CycleTouchPoint; mapOrder: number; row: ChartRow }
>();

/** The same for touch points: an unchanged one keeps its object, and so its rows theirs. */
const touchPointCache = new WeakMap<TouchPoint, CycleTouchPoint>();

function cycleTouchPoint(
	touchPoint: TouchPoint,
	cycleNumber: number,
	stage: Stage,
	stageIndex: number
): CycleTouchPoint {
	const last = touchPointCache.get(touchPoint);
	if (
		last &&
		last.cycleNumber === cycleNumber &&
		last.stage === stage &&
		last.stageIndex === stageIndex
	) {
		return last;
	}
	const at = { touchPoint, cycleNumber, stage, stageIndex };
	touchPointCache.set(touchPoint, at);
	return at;
}

function toRow(frustration: Frustration, at: CycleTouchPoint, mapOrder: number): ChartRow {
	const cached = rowCache.get(frustration);
	if (cached && cached.at === at && cached.mapOrder === mapOrder) return cached.row;
	const item: ChartItem = {
		id: frustration.id,
		text: frustration.text,
		status: frustration.status,
		segmentIds: frustration.segmentIds,
		fix: frustration.fix,
		effort: frustration.effort,
		risk: at.stage.risk,
		touchPointId: at.touchPoint.id,
		touchPointName: at.touchPoint.name,
		cycleNumber: at.cycleNumber,
		stageId: at.stage.id,
		stageName: at.stage.name,
		stageIndex: at.stageIndex,
		mapOrder
	};
	// The same score and band the map and the report show for it.
	const ratings = effectiveRatings(frustration);
	const row: ChartRow = ratings
		? {
				...item,
				frequency: ratings.frequency,
				severity: ratings.severity,
				raters: ratings.count,
				score: ratings.score,
				band: priorityBand(ratings.score)
			}
		: { ...item, score: null, band: null };
	rowCache.set(frustration, { at, mapOrder, row });
	return row;
}

/**
 * The rows of a touch point's frustrations, kept with the touch point's view of the map: an
 * unchanged touch point (the same view, see mapLayout) in the same place gives the same rows
 * without looking up each of its frustrations.
 */
interface TouchPointRows {
	at: CycleTouchPoint;
	first: number;
	rated: ChartFrustration[];
	unrated: UnratedFrustration[];
}
const touchPointRows = new WeakMap<TouchPointView, TouchPointRows>();

/** A touch point's rows, rated and not, apart: an edit sorts only its own touch point's again. */
function rowsOf(view: TouchPointView, at: CycleTouchPoint, first: number): TouchPointRows {
	const last = touchPointRows.get(view);
	if (last && last.at === at && last.first === first) return last;
	const rows: TouchPointRows = { at, first, rated: [], unrated: [] };
	view.frustrations.forEach((rated, i) => {
		const row = toRow(rated.frustration, at, first + i);
		if (isRated(row)) rows.rated.push(row);
		else rows.unrated.push(row);
	});
	touchPointRows.set(view, rows);
	return rows;
}

/**
 * The last document's charted lists and what they were made from. A re-rate changes one
 * frustration in place; laying out the whole map again to find its row (2,000 touch points,
 * 50,000 rows copied) took most of the frame that should show it moved. So a document that
 * differs from the last only by a few frustrations, each rated or unrated as before and at
 * the same touch point and place, gets the last lists with those rows replaced.
 */
let last:
	| {
			stages: readonly Stage[];
			touchPoints: readonly TouchPoint[];
			frustrations: readonly Frustration[];
			data: ChartData;
	  }
	| undefined;

/** More changed frustrations than this, and laying out afresh is as quick. */
const PATCH_LIMIT = 32;

/**
 * Lists made by patching another: which one, and the indices of the rows replaced, so a
 * chart that kept marks for `from` can move just those (see `rowChanges`).
 */
const patches = new WeakMap<
	readonly ChartRow[],
	{ from: readonly ChartRow[]; changed: number[] }
>();

/**
 * The indices of `rows` that differ from `from`, when `rows` was made by patching `from`
 * (unknown otherwise: compare them).
 */
export function rowChanges(rows: readonly ChartRow[], from: readonly ChartRow[]) {
	const patch = patches.get(rows);
	return patch?.from === from ? patch.changed : undefined;
}

export function chartData(doc: JourneyDocument): ChartData {
	const data = (last && patchedData(last, doc)) ?? laidOut(doc);
	last = {
		stages: doc.stages,
		touchPoints: doc.touchPoints,
		frustrations: doc.frustrations,
		data
	};
	return data;
}

/** Where the row of this map order is in `rows`, which are in map order. */
function indexOfMapOrder(rows: readonly ChartRow[], mapOrder: number): number {
	let low = 0;
	let high = rows.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (rows[middle]!.mapOrder < mapOrder) low = middle + 1;
		else high = middle;
	}
	return low;
}

function patchedData(previous: NonNullable<typeof last>, doc: JourneyDocument) {
	if (doc.stages !== previous.stages || doc.touchPoints !== previous.touchPoints) return undefined;
	const before = previous.frustrations;
	const after = doc.frustrations;
	if (before === after) return previous.data;
	if (before.length !== after.length) return undefined;
	let rated: ChartFrustration[] | undefined;
	let unrated: UnratedFrustration[] | undefined;
	const changedRated: number[] = [];
	const changedUnrated: number[] = [];
	for (let i = 0; i < after.length; i++) {
		const was = before[i]!;
		const now = after[i]!;
		if (was === now) continue;
		if (
			changedRated.length + changedUnrated.length === PATCH_LIMIT ||
			was.id !== now.id ||
			was.touchPointId !== now.touchPointId ||
			was.order !== now.order
		) {
			return undefined;
		}
		const cached = rowCache.get(was);
		if (!cached) return undefined;
		const row = toRow(now, cached.at, cached.mapOrder);
		if (isRated(row) !== isRated(cached.row)) return undefined;
		const list = isRated(row) ? previous.data.frustrations : previous.data.unrated;
		const index = indexOfMapOrder(list, cached.mapOrder);
		// Not the row the last lists hold for it: they were made some other way; lay out afresh.
		if (list[index] !== cached.row) return undefined;
		if (isRated(row)) {
			(rated ??= [...previous.data.frustrations])[index] = row;
			changedRated.push(index);
		} else {
			(unrated ??= [...previous.data.unrated])[index] = row as UnratedFrustration;
			changedUnrated.push(index);
		}
	}
	if (rated) patches.set(rated, { from: previous.data.frustrations, changed: changedRated });
	if (unrated) patches.set(unrated, { from: previous.data.unrated, changed: changedUnrated });
	return {
		...previous.data,
		frustrations: rated ?? previous.data.frustrations,
		unrated: unrated ?? previous.data.unrated
	};
}

function laidOut(doc: JourneyDocument): ChartData {
	const layout = mapLayout(doc);
	const touchPoints: CycleTouchPoint[] = [];
	const frustrations: ChartFrustration[] = [];
	const unrated: UnratedFrustration[] = [];
	let mapOrder = 0;
	layout.forEach((view, stageIndex) => {
		for (const tp of view.touchPoints) {
			const at = cycleTouchPoint(tp.touchPoint, tp.cycleNumber, view.stage, stageIndex);
			touchPoints.push(at);
			const rows = rowsOf(tp, at, mapOrder);
			for (const row of rows.rated) frustrations.push(row);
			for (const row of rows.unrated) unrated.push(row);
			mapOrder += tp.frustrations.length;
		}
	});
	return { stages: layout.map((v) => v.stage), touchPoints, frustrations, unrated };
}
