import { describe, expect, it } from 'vitest';
import { MatrixLayout } from '$lib/charts/priority-matrix/layout';
import { bandAreas, ratingScales } from '$lib/charts/priority-matrix/shape';
import { priorityBand } from '$lib/domain/scoring';
import { row } from './rows';

const box = { left: 0, right: 500, top: 0, bottom: 500 };
const matrixMarks = (...args: Parameters<MatrixLayout['place']>) =>
	new MatrixLayout().place(...args);

describe('priority matrix', () => {
	it('places a mark at its frequency across and its severity up', () => {
		const { x, y } = ratingScales(box);
		const [mark] = matrixMarks([row({ frequency: 4, severity: 2 })], box, 6);
		expect(mark!.x).toBeCloseTo(x(4));
		expect(mark!.y).toBeCloseTo(y(2));
		expect(x(1)).toBeLessThan(x(5));
		expect(y(1)).toBeGreaterThan(y(5));
	});

	it('places a mean rating between the scale points', () => {
		const { x } = ratingScales(box);
		const [mark] = matrixMarks([row({ frequency: 3.5, severity: 3 })], box, 6);
		expect(mark!.x).toBeCloseTo((x(3) + x(4)) / 2);
	});

	it('gives marks in ranked order, the highest priority on its true spot', () => {
		const low = row({ frequency: 3, severity: 3, mapOrder: 1 });
		const high = row({ frequency: 3, severity: 3, mapOrder: 0, status: 'fixed' });
		const marks = matrixMarks([low, high], box, 6);
		expect(marks[0]!.row.id).toBe(high.id);
		expect(marks[1]!.x !== marks[0]!.x || marks[1]!.y !== marks[0]!.y).toBe(true);
	});

	it('shades each band where frequency × severity falls in it', () => {
		for (const { band, points } of bandAreas(16)) {
			for (const [f, s0, s1] of points) {
				expect(s0).toBeLessThanOrEqual(s1);
				if (s1 - s0 > 0.05) expect(priorityBand(f * ((s0 + s1) / 2))).toBe(band);
			}
		}
	});
});
