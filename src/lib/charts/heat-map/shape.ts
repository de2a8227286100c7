/**
 * Journey heat map: touch points in cycle order (columns, grouped under their stages) by
 * segments (rows, after an "all" row); each cell sums the priority of its frustrations.
 * A cell with no frustration stays empty (count 0), distinct from a low total.
 */
import { byPriority, type ChartFrustration, type CycleTouchPoint } from '../rows';

export const ALL_SEGMENTS = 'all';

export interface HeatRow {
	/** A segment id, or ALL_SEGMENTS. */
	key: string;
	label: string;
}

export interface HeatCell {
	row: HeatRow;
	column: CycleTouchPoint;
	total: number;
	count: number;
	/** The cell's highest-priority frustration, which Enter opens. */
	top: ChartFrustration | null;
}

export interface StageSpan {
	stageId: string;
	name: string;
	/** Index of its first column, and how many columns it spans. */
	start: number;
	count: number;
}

export interface HeatMap {
	columns: CycleTouchPoint[];
	stages: StageSpan[];
	rows: HeatRow[];
	/** cells[row][column]. */
	cells: HeatCell[][];
	max: number;
}

/**
 * `rows` are the frustrations after the view's filters. With one segment chosen, its row
 * alone is shown (the "all" row would repeat it); with a stage chosen, that stage's columns.
 */
export function heatMap(
	touchPoints: readonly CycleTouchPoint[],
	frustrations: readonly ChartFrustration[],
	segments: readonly { id: string; name: string }[],
	options: { allLabel: string; segment: string | null; stage: string | null }
): HeatMap {
	const columns = touchPoints.filter((tp) => !options.stage || tp.stage.id === options.stage);
	const rows: HeatRow[] = options.segment
		? segments.filter((s) => s.id === options.segment).map((s) => ({ key: s.id, label: s.name }))
		: [
				{ key: ALL_SEGMENTS, label: options.allLabel },
				...segments.map((s) => ({ key: s.id, label: s.name }))
			];
	// One pass over the frustrations, each adding to its column's cell in every row it
	// belongs to: looking each cell's frustrations up again per segment row cost most of the
	// view's opening at 50,000 frustrations.
	const columnOf = new Map(columns.map((column, index) => [column.touchPoint.id, index]));
	const rowOf = new Map(rows.map((row, index) => [row.key, index]));
	const all = rowOf.get(ALL_SEGMENTS);
	const segmentRows = rows.flatMap((row, index) => (row.key === ALL_SEGMENTS ? [] : [index]));
	const cells: HeatCell[][] = rows.map((row) =>
		columns.map((column) => ({ row, column, total: 0, count: 0, top: null }))
	);
	const add = (cell: HeatCell, f: ChartFrustration) => {
		cell.total += f.score;
		cell.count++;
		// The first by priority, as sorting would give: sorting each of 3,000 cells after
		// every edit took most of the chart's time at 5,000 frustrations.
		if (!cell.top || byPriority(f, cell.top) < 0) cell.top = f;
	};
	for (const f of frustrations) {
		const c = columnOf.get(f.touchPointId);
		if (c === undefined) continue;
		if (all !== undefined) add(cells[all]![c]!, f);
		// Untagged, it affects every segment (see affectsSegment); a tag named twice counts once.
		if (f.segmentIds.length === 0) {
			for (const r of segmentRows) add(cells[r]![c]!, f);
			continue;
		}
		f.segmentIds.forEach((segmentId, i) => {
			const r = rowOf.get(segmentId);
			if (r !== undefined && f.segmentIds.indexOf(segmentId) === i) {
				add(cells[r]![c]!, f);
			}
		});
	}
	let max = 0;
	for (const row of cells) for (const cell of row) max = Math.max(max, cell.total);
	const stages: StageSpan[] = [];
	columns.forEach((column, index) => {
		const last = stages[stages.length - 1];
		if (last && last.stageId === column.stage.id) last.count++;
		else stages.push({ stageId: column.stage.id, name: column.stage.name, start: index, count: 1 });
	});
	return { columns, stages, rows, cells, max };
}
