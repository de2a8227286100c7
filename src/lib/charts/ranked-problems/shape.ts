/**
 * Ranked problems: frustrations by priority score, highest first, with each one's share of
 * the total priority and the running (Pareto) share, so a team sees how few problems make up
 * most of the pain.
 */
import { rankedByPriority, type ChartFrustration } from '../rows';

export interface RankedProblem {
	row: ChartFrustration;
	/** 1-based. */
	rank: number;
	/** This problem's part of the total priority, 0..1. */
	share: number;
	/** The part of the total priority of this problem and every one ranked above it, 0..1. */
	cumulativeShare: number;
}

export function rankProblems(rows: readonly ChartFrustration[]): RankedProblem[] {
	const sorted = rankedByPriority(rows);
	const total = sorted.reduce((sum, row) => sum + row.score, 0);
	let running = 0;
	return sorted.map((row, index) => {
		running += row.score;
		return {
			row,
			rank: index + 1,
			share: total ? row.score / total : 0,
			// The last problem closes the line at exactly 100 %, whatever the float sums did.
			cumulativeShare: total ? (index === sorted.length - 1 ? 1 : running / total) : 0
		};
	});
}

export const DEFAULT_TOP = 10;

/** The first `top` problems, or all of them. */
export function topProblems(ranked: RankedProblem[], top: number | 'all'): RankedProblem[] {
	return top === 'all' ? ranked : ranked.slice(0, top);
}
