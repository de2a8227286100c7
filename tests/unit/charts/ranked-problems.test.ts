import { describe, expect, it } from 'vitest';
import { chartData, rankedByPriority } from '$lib/charts/rows';
import { rankProblems, topProblems } from '$lib/charts/ranked-problems/shape';
import { airlineJourney } from '../fixtures';
import { row } from './rows';

describe('ranked problems', () => {
	it('ranks only rated frustrations: one not rated yet takes no rank and no share', () => {
		const doc = airlineJourney();
		const [first, ...rest] = doc.frustrations;
		const unrated = { ...first!, frequency: null, severity: null };
		const ranked = rankProblems(
			chartData({ ...doc, frustrations: [unrated, ...rest] }).frustrations
		);
		expect(ranked).toHaveLength(rest.length);
		expect(ranked.map((r) => r.row.id)).not.toContain(unrated.id);
		expect(ranked.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1);
	});

	it('ranks a 4×5 frustration above a 5×3', () => {
		const a = row({ frequency: 5, severity: 3 });
		const b = row({ frequency: 4, severity: 5 });
		expect(rankProblems([a, b]).map((r) => r.row.id)).toEqual([b.id, a.id]);
	});

	it('puts the more severe first when scores tie, then keeps map order', () => {
		const frequent = row({ frequency: 4, severity: 3, mapOrder: 1 });
		const severe = row({ frequency: 3, severity: 4, mapOrder: 2 });
		const sameAsSevere = row({ frequency: 3, severity: 4, mapOrder: 3 });
		expect(rankProblems([sameAsSevere, frequent, severe]).map((r) => r.row.id)).toEqual([
			severe.id,
			sameAsSevere.id,
			frequent.id
		]);
	});

	it('gives each problem its share and the running share, ending at 100 %', () => {
		const ranked = rankProblems([
			row({ frequency: 1, severity: 5 }),
			row({ frequency: 5, severity: 3 }),
			row({ frequency: 2, severity: 5 })
		]);
		expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3]);
		expect(ranked.map((r) => r.share)).toEqual([0.5, 1 / 3, 1 / 6]);
		const cumulative = ranked.map((r) => r.cumulativeShare);
		expect(cumulative[0]).toBeCloseTo(0.5);
		expect(cumulative[1]).toBeCloseTo(5 / 6);
		expect(cumulative[2]).toBe(1);
	});

	it('gives no shares when there is nothing to rank', () => {
		expect(rankProblems([])).toEqual([]);
	});

	it('shows the top ten by default and all on demand', () => {
		const ranked = rankProblems(Array.from({ length: 14 }, () => row()));
		expect(topProblems(ranked, 10)).toHaveLength(10);
		expect(topProblems(ranked, 'all')).toHaveLength(14);
	});

	it('ranks by mean ratings when participants rated', () => {
		const rated = row({ frequency: 4.5, severity: 4 });
		const own = row({ frequency: 4, severity: 4 });
		expect(rankProblems([own, rated])[0]!.row.id).toBe(rated.id);
	});
});

describe('the ranking the matrix and the ranked problems share', () => {
	it('ranks each list of rows on its own, leaving the list as it was', () => {
		const low = row({ frequency: 1, severity: 1 });
		const high = row({ frequency: 5, severity: 5 });
		const rows = [low, high];
		expect(rankedByPriority(rows)).toEqual([high, low]);
		expect(rows).toEqual([low, high]);
		// A list of other rows (an edit, a filter) is ranked afresh, never given the last one's.
		const edited = [{ ...low, frequency: 5, severity: 5, score: 25, mapOrder: 0 }, high];
		expect(rankedByPriority(edited).map((r) => r.id)).toEqual([low.id, high.id]);
		expect(rankProblems(edited).map((r) => r.row.id)).toEqual([low.id, high.id]);
	});
});
