import { describe, expect, it } from 'vitest';
import { indexOfKey } from '$lib/charts/frame/mark-changes';
import { MatrixLayout } from '$lib/charts/priority-matrix/layout';
import type { MatrixMark } from '$lib/charts/priority-matrix/mark';
import { byPriority, chartData, type ChartFrustration } from '$lib/charts/rows';
import { priorityBand, priorityScore } from '$lib/domain/scoring';
import { airlineJourney } from '../fixtures';
import { row } from './rows';

const box = { left: 0, right: 600, top: 0, bottom: 600 };
const RADIUS = 4;

/** A re-rated row: a new object, as chartData makes for an edited frustration. */
function rerated(before: ChartFrustration, frequency: number, severity: number) {
	const score = priorityScore(frequency, severity);
	return { ...before, frequency, severity, score, band: priorityBand(score) };
}

/** Rows over the whole matrix, several on each spot. */
function rows(count: number) {
	return Array.from({ length: count }, (_, i) =>
		row({ frequency: (i % 5) + 1, severity: (Math.floor(i / 5) % 5) + 1 })
	);
}

function expectApart(marks: MatrixMark[]) {
	const spacing = 2 * RADIUS + 1 - 1e-6;
	for (let i = 0; i < marks.length; i++)
		for (let j = i + 1; j < marks.length; j++)
			expect(Math.hypot(marks[i]!.x - marks[j]!.x, marks[i]!.y - marks[j]!.y)).toBeGreaterThan(
				spacing
			);
}

describe('the priority matrix layout', () => {
	it('moves only the re-rated mark, keeping the others (same objects) where they were', () => {
		const layout = new MatrixLayout();
		const before = rows(200);
		const first = layout.place(before, box, RADIUS);
		const after = [...before];
		after[17] = rerated(before[17]!, 5, 5);
		const second = layout.place(after, box, RADIUS);

		expect(second).not.toBe(first);
		const moved = second.find((mark) => mark.row === after[17])!;
		const { x, y } = { x: 540, y: 60 }; // frequency 5, severity 5 on this box
		expect(Math.hypot(moved.x - x, moved.y - y)).toBeLessThan(60);
		const unchanged = first.filter((mark) => mark.row !== before[17]);
		expect(second.filter((mark) => mark !== moved)).toEqual(unchanged);
		for (const mark of unchanged) expect(second).toContain(mark);
		expectApart(second);
	});

	it('keeps the marks in ranked order after a move', () => {
		const layout = new MatrixLayout();
		const before = rows(100);
		layout.place(before, box, RADIUS);
		const after = [...before];
		after[3] = rerated(before[3]!, 1, 1);
		after[60] = rerated(before[60]!, 5, 4);
		const marks = layout.place(after, box, RADIUS);
		expect(marks.map((m) => m.row)).toEqual([...after].sort(byPriority));
		expect(marks).toHaveLength(100);
	});

	it('gives the same array while nothing changed', () => {
		const layout = new MatrixLayout();
		const before = rows(20);
		const first = layout.place(before, box, RADIUS);
		expect(layout.place([...before], box, RADIUS)).toBe(first);
	});

	it('places every mark afresh for other rows, a new size, or many changes at once', () => {
		const layout = new MatrixLayout();
		const before = rows(50);
		const first = layout.place(before, box, RADIUS);

		const fewer = layout.place(before.slice(1), box, RADIUS);
		expect(fewer).toHaveLength(49);
		expect(fewer.some((mark) => first.includes(mark))).toBe(false);

		layout.place(before, box, RADIUS);
		const wider = layout.place(before, { ...box, right: 900 }, RADIUS);
		expect(wider.some((mark) => first.includes(mark))).toBe(false);

		const manyRerated = before.map((r) => rerated(r, 2, 2));
		const fresh = new MatrixLayout().place(manyRerated, { ...box, right: 900 }, RADIUS);
		expect(layout.place(manyRerated, { ...box, right: 900 }, RADIUS)).toEqual(fresh);
	});

	it('lays out afresh when another frustration stands in a row’s place, and past eight moves', () => {
		const layout = new MatrixLayout();
		const before = rows(30);
		const first = layout.place(before, box, RADIUS);
		// The same number of rows, one swapped for another (a different filter, say).
		const other = [...before];
		other[4] = row({ frequency: 2, severity: 2 });
		const swapped = layout.place(other, box, RADIUS);
		expect(swapped).toEqual(new MatrixLayout().place(other, box, RADIUS));
		expect(swapped.some((mark) => first.includes(mark))).toBe(false);

		const eight = other.map((r, i) => (i < 8 ? rerated(r, 5, 5) : r));
		const moved = layout.place(eight, box, RADIUS);
		expect(moved.filter((mark) => swapped.includes(mark))).toHaveLength(22);
		const nine = eight.map((r, i) => (i >= 10 && i < 19 ? rerated(r, 1, 1) : r));
		expect(layout.place(nine, box, RADIUS).some((mark) => moved.includes(mark))).toBe(false);
	});

	it('keeps the spot of a row changed without a new rating, and lays out afresh for a new radius', () => {
		const layout = new MatrixLayout();
		const before = rows(40);
		const first = layout.place(before, box, RADIUS);
		const renamed = [...before];
		renamed[9] = { ...before[9]!, stageName: 'Buying' };
		const second = layout.place(renamed, box, RADIUS);
		const was = first.find((mark) => mark.row === before[9])!;
		const is = second.find((mark) => mark.row === renamed[9])!;
		expect([is.x, is.y]).toEqual([was.x, was.y]);

		const smaller = layout.place(renamed, box, RADIUS - 1);
		expect(smaller.every((mark) => mark.r === RADIUS - 1)).toBe(true);
		expect(smaller).toEqual(new MatrixLayout().place(renamed, box, RADIUS - 1));
	});

	it('moves a re-rated mark from the rows chartData patched as it would from rows it compares', () => {
		const doc = airlineJourney();
		const before = chartData(doc).frustrations;
		const layout = new MatrixLayout();
		const first = layout.place(before, box, RADIUS);
		const frustrations = [...doc.frustrations];
		const was = frustrations[1]!;
		frustrations[1] = { ...was, frequency: 5, severity: was.severity === 5 ? 1 : 5 };
		const after = chartData({ ...doc, frustrations }).frustrations;

		const told = layout.place(after, box, RADIUS);
		const compared = new MatrixLayout();
		compared.place(before, box, RADIUS);
		expect(told).toEqual(compared.place([...after], box, RADIUS));
		expect(told.map((mark) => mark.row)).toEqual([...after].sort(byPriority));
		expect(told.filter((mark) => first.includes(mark))).toHaveLength(before.length - 1);
	});

	it('finds each mark after a move from where it was, where looking through all finds it', () => {
		const layout = new MatrixLayout();
		const before = rows(300);
		const first = layout.place(before, box, RADIUS);
		const after = [...before];
		after[7] = rerated(before[7]!, 5, 5);
		after[250] = rerated(before[250]!, 1, 1);
		const second = layout.place(after, box, RADIUS);
		first.forEach((mark, index) => {
			const found = indexOfKey(second, mark.key, { marks: first, index });
			expect(found).toBe(second.findIndex((m) => m.key === mark.key));
		});
	});
});
