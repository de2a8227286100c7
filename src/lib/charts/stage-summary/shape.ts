/**
 * Stage summary: for each stage, how many open frustrations fall in each band, stacked
 * from critical outwards so the worst reads first.
 */
import { stack } from 'd3-shape';
import { bands, type Band } from '$lib/domain/scoring';
import type { Stage } from '$lib/domain/schema';
import type { ChartFrustration } from '../rows';

export interface StageCounts {
	stage: Stage;
	counts: Record<Band, number>;
	total: number;
}

export function stageSummary(
	stages: readonly Stage[],
	rows: readonly ChartFrustration[]
): StageCounts[] {
	return stages.map((stage) => {
		const counts: Record<Band, number> = { critical: 0, high: 0, medium: 0, low: 0 };
		for (const row of rows) {
			if (row.stageId === stage.id && row.status === 'open') counts[row.band]++;
		}
		return { stage, counts, total: bands.reduce((n, b) => n + counts[b], 0) };
	});
}

export interface StackedSegment {
	stageId: string;
	band: Band;
	/** Start and end along the count axis. */
	from: number;
	to: number;
}

/** The bars' pieces, via d3's stack layout, critical first within each stage. */
export function stackedSegments(summary: readonly StageCounts[]): StackedSegment[] {
	const series = stack<StageCounts, Band>()
		.keys(bands)
		.value((d, band) => d.counts[band])(summary as StageCounts[]);
	// Stage by stage, worst band first: the order a keyboard reads the pieces in.
	return summary.flatMap((_, i) =>
		series.map((layer) => ({
			stageId: layer[i]!.data.stage.id,
			band: layer.key,
			from: layer[i]![0],
			to: layer[i]![1]
		}))
	);
}
