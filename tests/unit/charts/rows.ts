import { priorityBand, priorityScore } from '$lib/domain/scoring';
import type { ChartFrustration, UnratedFrustration } from '$lib/charts/rows';

let next = 0;

/** A chart row with the given ratings; everything else a plausible default. */
export function row(patch: Partial<ChartFrustration> = {}): ChartFrustration {
	const frequency = patch.frequency ?? 3;
	const severity = patch.severity ?? 3;
	const score = priorityScore(frequency, severity);
	next++;
	return {
		id: `f${next}`,
		text: `Frustration ${next}`,
		status: 'open',
		segmentIds: [],
		fix: '',
		effort: null,
		frequency,
		severity,
		raters: 0,
		score,
		band: priorityBand(score),
		risk: 'lost-sale',
		touchPointId: 'tp1',
		touchPointName: 'Order planning',
		cycleNumber: 1,
		stageId: 'purchase',
		stageName: 'Purchase',
		stageIndex: 0,
		mapOrder: next,
		...patch
	};
}

/** A chart row for a frustration nobody has rated yet. */
export function unratedRow(patch: Partial<UnratedFrustration> = {}): UnratedFrustration {
	const { frequency: _f, severity: _s, raters: _r, ...rest } = row();
	return { ...rest, score: null, band: null, ...patch };
}
