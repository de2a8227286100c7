/**
 * Experience curve: how each segment feels (−2 upset … +2 delighted) at each touch point in
 * cycle order, one line per segment, with the open frustrations of each touch point marked
 * where they hurt: at the lowest feeling among the segments they affect.
 */
import { bySiblingOrder } from '$lib/domain/document-order';
import { sameItems } from '$lib/domain/same-items';
import type { Segment } from '$lib/domain/schema';
import { affectsSegment } from '../filters';
import { byPriority, type ChartFrustration, type CycleTouchPoint } from '../rows';

export interface CurvePoint {
	/** Column: the touch point's index in cycle order. */
	index: number;
	touchPoint: CycleTouchPoint;
	/** Null where the segment's feeling there is not rated: the line breaks. */
	emotion: number | null;
}

export interface CurveLine {
	segment: Segment;
	segmentIndex: number;
	points: CurvePoint[];
}

export interface PainMark {
	index: number;
	touchPoint: CycleTouchPoint;
	/** Open frustrations here, highest priority first. */
	frustrations: ChartFrustration[];
	/** Where to draw the mark: the lowest rated feeling among the segments affected. */
	emotion: number | null;
}

export function experienceCurves(
	touchPoints: readonly CycleTouchPoint[],
	segments: readonly Segment[]
): CurveLine[] {
	return [...segments].sort(bySiblingOrder).map((segment, segmentIndex) => ({
		segment,
		segmentIndex,
		points: touchPoints.map((touchPoint, index) => ({
			index,
			touchPoint,
			emotion: touchPoint.touchPoint.emotions[segment.id] ?? null
		}))
	}));
}

export function painMarks(
	touchPoints: readonly CycleTouchPoint[],
	frustrations: readonly ChartFrustration[],
	segments: readonly Segment[]
): PainMark[] {
	const open = new Map<string, ChartFrustration[]>();
	for (const f of frustrations) {
		if (f.status !== 'open') continue;
		const list = open.get(f.touchPointId);
		if (list) list.push(f);
		else open.set(f.touchPointId, [f]);
	}
	return touchPoints.flatMap((touchPoint, index) => {
		const here = open.get(touchPoint.touchPoint.id);
		if (!here) return [];
		// An edit elsewhere leaves this touch point's rows as they were: keep its mark.
		const last = lastMarks.get(touchPoint);
		if (last && last.index === index && last.segments === segments && sameItems(last.here, here)) {
			return [last.mark];
		}
		const mark = painMark(touchPoint, index, here, segments);
		lastMarks.set(touchPoint, { index, segments, here, mark });
		return [mark];
	});
}

const lastMarks = new WeakMap<
	CycleTouchPoint,
	{ index: number; segments: readonly Segment[]; here: ChartFrustration[]; mark: PainMark }
>();

function painMark(
	touchPoint: CycleTouchPoint,
	index: number,
	here: ChartFrustration[],
	segments: readonly Segment[]
): PainMark {
	const feelings = segments
		.filter((s) => here.some((f) => affectsSegment(f, s.id)))
		.map((s) => touchPoint.touchPoint.emotions[s.id])
		.filter((e): e is number => e !== undefined);
	return {
		index,
		touchPoint,
		frustrations: [...here].sort(byPriority),
		emotion: feelings.length ? Math.min(...feelings) : null
	};
}
