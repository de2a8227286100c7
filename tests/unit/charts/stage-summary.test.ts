import { describe, expect, it } from 'vitest';
import { stackedSegments, stageSummary } from '$lib/charts/stage-summary/shape';
import type { Stage } from '$lib/domain/schema';
import { row } from './rows';

const stage = (id: string): Stage => ({ id, name: id, order: 0, risk: 'lost-sale', updatedAt: 0 });

describe('stage summary', () => {
	const stages = [stage('purchase'), stage('usage')];
	const rows = [
		row({ stageId: 'purchase', frequency: 5, severity: 5 }),
		row({ stageId: 'purchase', frequency: 5, severity: 4 }),
		row({ stageId: 'purchase', frequency: 1, severity: 1 }),
		row({ stageId: 'purchase', frequency: 5, severity: 5, status: 'fixed' }),
		row({ stageId: 'usage', frequency: 3, severity: 4, status: 'fix-planned' })
	];

	it('counts open frustrations per stage and band', () => {
		const summary = stageSummary(stages, rows);
		expect(summary.map((s) => [s.stage.id, s.counts, s.total])).toEqual([
			['purchase', { critical: 2, high: 0, medium: 0, low: 1 }, 3],
			['usage', { critical: 0, high: 0, medium: 0, low: 0 }, 0]
		]);
	});

	it('stacks the bands critical first', () => {
		const pieces = stackedSegments(stageSummary(stages, rows)).filter(
			(p) => p.stageId === 'purchase' && p.to > p.from
		);
		expect(pieces).toEqual([
			{ stageId: 'purchase', band: 'critical', from: 0, to: 2 },
			{ stageId: 'purchase', band: 'low', from: 2, to: 3 }
		]);
	});
});
