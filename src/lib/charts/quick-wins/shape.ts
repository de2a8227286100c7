/**
 * Quick wins: frustrations that have a fix with an effort estimate, by priority (up) against
 * the fix's effort (across). High priority for little effort is the corner to start from.
 */
import { scaleLinear } from 'd3-scale';
import type { PlotBox } from '../priority-matrix/shape';
import { byPriority, type ChartFrustration, type ChartItem } from '../rows';
import { spreadMarks } from '../spread';

/** The quick-win corner: at least a high-band priority, at most a small effort. */
export const QUICK_WIN = { minScore: 10, maxEffort: 2 } as const;

export type Fixable = ChartFrustration & { effort: number };

/** Frustrations with a written fix and its effort that are not fixed yet. */
export function fixable<T extends ChartItem = ChartFrustration>(
	rows: readonly T[]
): (T & { effort: number })[] {
	return rows.filter(
		(r): r is T & { effort: number } =>
			r.status !== 'fixed' && r.fix.trim() !== '' && r.effort !== null
	);
}

export function isQuickWin(row: Fixable): boolean {
	return row.score >= QUICK_WIN.minScore && row.effort <= QUICK_WIN.maxEffort;
}

export function quickWinScales(box: PlotBox) {
	return {
		x: scaleLinear().domain([0.5, 5.5]).range([box.left, box.right]),
		y: scaleLinear().domain([0, 26]).range([box.bottom, box.top])
	};
}

export interface QuickWinMark {
	row: Fixable;
	x: number;
	y: number;
	quickWin: boolean;
}

/** In ranked order: the highest priority first, nearest its true spot. */
export function quickWinMarks(rows: readonly Fixable[], box: PlotBox, radius: number) {
	const { x, y } = quickWinScales(box);
	const ranked = [...rows].sort(byPriority);
	const spread = spreadMarks(
		ranked.map((r) => ({ x: x(r.effort), y: y(r.score) })),
		radius
	);
	return ranked.map((row, i): QuickWinMark => ({
		row,
		x: spread[i]!.x,
		y: spread[i]!.y,
		quickWin: isQuickWin(row)
	}));
}
