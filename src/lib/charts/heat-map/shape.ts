/**
 * Journey heat map: touch points in cycle order (columns, grouped under their stages) by
 * segments (rows, after an "all" row); each cell sums the priority of its frustrations.
 * A cell with no frustration stays empty (count 0), distinct from a low total.
 */
import { affectsSegment } from '../filters';
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
	const byTouchPoint = new Map<string, ChartFrustration[]>();
	for (const f of frustrations) {
		const list = byTouchPoint.get(f.touchPointId);
		if (list) list.push(f);
		else byTouchPoint.set(f.touchPointId, [f]);
	}
	let max = 0;
	const cells = rows.map((row) =>
		columns.map((column) => {
			let total = 0;
			let count = 0;
			let top: ChartFrustration | null = null;
			for (const f of byTouchPoint.get(column.touchPoint.id) ?? []) {
				if (row.key !== ALL_SEGMENTS && !affectsSegment(f, row.key)) continue;
				total += f.score;
				count++;
				// The first by priority, as sorting would give: sorting each of 3,000 cells
				// after every edit took most of the chart's time at 5,000 frustrations.
				if (!top || byPriority(f, top) < 0) top = f;
			}
			max = Math.max(max, total);
			return { row, column, total, count, top };
		})
	);
	const stages: StageSpan[] = [];
	columns.forEach((column, index) => {
		const last = stages[stages.length - 1];
		if (last && last.stageId === column.stage.id) last.count++;
		else stages.push({ stageId: column.stage.id, name: column.stage.name, start: index, count: 1 });
	});
	return { columns, stages, rows, cells, max };
}
