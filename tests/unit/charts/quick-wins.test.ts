import { describe, expect, it } from 'vitest';
import { fixable, isQuickWin, quickWinMarks, quickWinScales } from '$lib/charts/quick-wins/shape';
import { row, unratedRow } from './rows';

const box = { left: 0, right: 500, top: 0, bottom: 500 };

describe('quick wins', () => {
	it('finds the unrated frustrations it would plot by the same rule, to count them beside it', () => {
		const waiting = unratedRow({ fix: 'Call back', effort: 1 });
		const rows = [waiting, unratedRow({ fix: 'Call back', effort: null })];
		expect(fixable(rows)).toEqual([waiting]);
	});

	it('keeps frustrations with a fix and its effort that are not fixed yet', () => {
		const rows = [
			row({ fix: 'Call back', effort: 1 }),
			row({ fix: 'Call back', effort: null }),
			row({ fix: '  ', effort: 2 }),
			row({ fix: 'Done', effort: 2, status: 'fixed' }),
			row({ fix: 'Planned', effort: 4, status: 'fix-planned' })
		];
		expect(fixable(rows).map((r) => r.fix)).toEqual(['Call back', 'Planned']);
	});

	it('calls high priority for small effort a quick win', () => {
		const [win, costly, minor] = fixable([
			row({ fix: 'a', effort: 2, frequency: 4, severity: 3 }),
			row({ fix: 'b', effort: 4, frequency: 4, severity: 4 }),
			row({ fix: 'c', effort: 1, frequency: 2, severity: 2 })
		]);
		expect([isQuickWin(win!), isQuickWin(costly!), isQuickWin(minor!)]).toEqual([
			true,
			false,
			false
		]);
	});

	it('places marks by effort across and priority up', () => {
		const { x, y } = quickWinScales(box);
		const marks = quickWinMarks(
			fixable([row({ fix: 'a', effort: 2, frequency: 5, severity: 4 })]),
			box,
			5
		);
		expect(marks[0]).toMatchObject({ x: x(2), y: y(20), quickWin: true });
	});
});
