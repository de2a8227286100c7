import { describe, expect, it } from 'vitest';
import { ALL_SEGMENTS, heatMap } from '$lib/charts/heat-map/shape';
import { affectsSegment } from '$lib/charts/filters';
import { byPriority, type CycleTouchPoint } from '$lib/charts/rows';
import type { Stage, TouchPoint } from '$lib/domain/schema';
import { row } from './rows';

const stage = (id: string): Stage => ({ id, name: id, order: 0, risk: 'lost-sale', updatedAt: 0 });
const touchPoint = (id: string, stageId: string, cycleNumber: number): CycleTouchPoint => ({
	touchPoint: { id, name: id, stageId } as TouchPoint,
	cycleNumber,
	stage: stage(stageId),
	stageIndex: 0
});
const columns = [
	touchPoint('planning', 'purchase', 1),
	touchPoint('placement', 'purchase', 2),
	touchPoint('delivery', 'usage', 3)
];
const segments = [
	{ id: 'business', name: 'Business' },
	{ id: 'leisure', name: 'Leisure' }
];
const options = { allLabel: 'All', segment: null, stage: null };

describe('journey heat map', () => {
	const frustrations = [
		row({ touchPointId: 'planning', frequency: 4, severity: 5, segmentIds: ['business'] }),
		row({ touchPointId: 'planning', frequency: 2, severity: 3, segmentIds: ['leisure'] }),
		row({ touchPointId: 'delivery', frequency: 3, severity: 3, segmentIds: [] })
	];
	const heat = heatMap(columns, frustrations, segments, options);

	it('has a row for all segments, then one per segment, and touch points in cycle order', () => {
		expect(heat.rows.map((r) => r.key)).toEqual([ALL_SEGMENTS, 'business', 'leisure']);
		expect(heat.columns.map((c) => c.touchPoint.id)).toEqual(['planning', 'placement', 'delivery']);
	});

	it('sums the priority of the frustrations in each cell', () => {
		const totals = heat.cells.map((cells) => cells.map((c) => c.total));
		expect(totals).toEqual([
			[26, 0, 9],
			[20, 0, 9],
			[6, 0, 9]
		]);
		expect(heat.max).toBe(26);
	});

	it('leaves a cell with no frustration empty, not merely low', () => {
		expect(heat.cells[0]![1]).toMatchObject({ count: 0, total: 0, top: null });
		expect(heat.cells[1]![0]).toMatchObject({ count: 1 });
	});

	it('points each cell at its highest-priority frustration', () => {
		expect(heat.cells[0]![0]!.top!.id).toBe(frustrations[0]!.id);
		// Among equal priorities, the first on the map, wherever it is in the list.
		const tied = [
			row({ touchPointId: 'placement', frequency: 3, severity: 4, mapOrder: 9 }),
			row({ touchPointId: 'placement', frequency: 4, severity: 3, mapOrder: 2 }),
			row({ touchPointId: 'placement', frequency: 2, severity: 2, mapOrder: 1 }),
			row({ touchPointId: 'placement', frequency: 4, severity: 3, mapOrder: 5 })
		];
		const top = heatMap(columns, tied, segments, options).cells[0]![1]!.top!;
		expect(top).toBe([...tied].sort(byPriority)[0]);
		expect(top.mapOrder).toBe(9);
	});

	it('groups columns under their stages', () => {
		expect(heat.stages).toEqual([
			{ stageId: 'purchase', name: 'purchase', start: 0, count: 2 },
			{ stageId: 'usage', name: 'usage', start: 2, count: 1 }
		]);
	});

	it('shows only the chosen segment and stage', () => {
		const one = heatMap(columns, frustrations, segments, {
			...options,
			segment: 'leisure',
			stage: 'purchase'
		});
		expect(one.rows.map((r) => r.key)).toEqual(['leisure']);
		expect(one.columns).toHaveLength(2);
	});

	it('counts a frustration once in a segment its tags name twice', () => {
		const twice = [row({ touchPointId: 'planning', segmentIds: ['business', 'business'] })];
		const cells = heatMap(columns, twice, segments, options).cells;
		expect(cells.map((r) => r[0]!.count)).toEqual([1, 1, 0]);
	});

	it('gives every cell what its own touch point and segment hold, at any mix of tags', () => {
		// A fixed spread of tags (none, one, both, an unknown one), checked cell by cell
		// against the definition: the rows of that touch point that affect that segment.
		const tags = [[], ['business'], ['leisure'], ['business', 'leisure'], ['gone']];
		const many = Array.from({ length: 60 }, (_, i) =>
			row({
				touchPointId: columns[i % 3]!.touchPoint.id,
				frequency: (i % 5) + 1,
				severity: ((i * 7) % 5) + 1,
				segmentIds: tags[(i * 3) % tags.length]!
			})
		);
		const heat = heatMap(columns, many, segments, options);
		heat.rows.forEach((heatRow, r) =>
			columns.forEach((column, c) => {
				const own = many.filter(
					(f) =>
						f.touchPointId === column.touchPoint.id &&
						(heatRow.key === ALL_SEGMENTS || affectsSegment(f, heatRow.key))
				);
				const cell = heat.cells[r]![c]!;
				expect(cell.count).toBe(own.length);
				expect(cell.total).toBe(own.reduce((sum, f) => sum + f.score, 0));
				expect(cell.top).toBe([...own].sort(byPriority)[0] ?? null);
			})
		);
	});
});
