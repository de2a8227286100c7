import { describe, expect, it } from 'vitest';
import { experienceCurves, painMarks } from '$lib/charts/experience-curve/shape';
import { chartData } from '$lib/charts/rows';
import type { JourneyDocument } from '$lib/domain/schema';
import { airlineJourney } from '../fixtures';

function withEmotions(doc: JourneyDocument): JourneyDocument {
	const [business, leisure] = doc.segments;
	return {
		...doc,
		touchPoints: doc.touchPoints.map((tp, i) => ({
			...tp,
			emotions:
				i === 0 ? { [business!.id]: -2, [leisure!.id]: 1 } : i === 1 ? { [leisure!.id]: 2 } : {}
		}))
	};
}

describe('experience curve', () => {
	const doc = withEmotions(airlineJourney());
	const data = chartData(doc);

	it('draws one line per segment across every touch point in cycle order', () => {
		const curves = experienceCurves(data.touchPoints, doc.segments);
		expect(curves).toHaveLength(doc.segments.length);
		for (const c of curves) expect(c.points).toHaveLength(data.touchPoints.length);
		const business = curves.find((c) => c.segment.id === doc.segments[0]!.id)!;
		expect(business.points.slice(0, 2).map((p) => p.emotion)).toEqual([-2, null]);
	});

	it('marks each touch point’s open frustrations, worst first, where they hurt most', () => {
		const pains = painMarks(data.touchPoints, data.frustrations, doc.segments);
		const open = data.frustrations.filter((f) => f.status === 'open');
		expect(pains.reduce((n, p) => n + p.frustrations.length, 0)).toBe(open.length);
		for (const p of pains) {
			const scores = p.frustrations.map((f) => f.score);
			expect(scores).toEqual([...scores].sort((a, b) => b - a));
		}
		const first = pains.find((p) => p.index === 0);
		if (first) {
			const segmentsHurt = doc.segments.filter((s) =>
				first.frustrations.some((f) => f.segmentIds.length === 0 || f.segmentIds.includes(s.id))
			);
			const feelings = segmentsHurt
				.map(
					(s) =>
						doc.touchPoints.find((tp) => tp.id === first.touchPoint.touchPoint.id)!.emotions[s.id]
				)
				.filter((e) => e !== undefined);
			expect(first.emotion).toBe(feelings.length ? Math.min(...feelings) : null);
		}
	});

	it('leaves fixed and planned frustrations off the curve', () => {
		const fixedAll = data.frustrations.map((f) => ({ ...f, status: 'fixed' as const }));
		expect(painMarks(data.touchPoints, fixedAll, doc.segments)).toEqual([]);
	});
});
