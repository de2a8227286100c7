import { describe, expect, it } from 'vitest';
import { mapLayout } from '$lib/domain/map-layout';
import { journeyDocument } from '$lib/domain/schema';
import { airlineJourney, orderCycleJourney } from './fixtures';

describe('a journey from the order-cycle template', () => {
	const doc = orderCycleJourney('Mattresses');

	it('is a valid document with the given name', () => {
		expect(journeyDocument.safeParse(doc).success).toBe(true);
		expect(doc.journey.name).toBe('Mattresses');
		expect(doc.journey.templateId).toBe('order-cycle');
	});

	it('has the three stages in order, each with its four default steps', () => {
		const stages = mapLayout(doc);
		expect(stages.map((s) => s.stage.name)).toEqual(['Purchase', 'Usage', 'Replacement']);
		expect(stages.map((s) => s.steps.length)).toEqual([4, 4, 4]);
		expect(stages[0]!.steps.map((s) => s.name)).toEqual([
			'Gather information',
			'Prioritise needs',
			'Evaluate alternatives',
			'Place order and pay'
		]);
	});

	it('has the twelve order-cycle touch points in cycle order, each on its default stage', () => {
		const stages = mapLayout(doc);
		const byStage = stages.map((s) => s.touchPoints.map((t) => t.touchPoint.name));
		expect(byStage).toEqual([
			[
				'Order planning',
				'Order development',
				'Order evaluation',
				'Order placement',
				'Order entry',
				'Order processing'
			],
			[
				'Order delivery',
				'Customer invoice',
				'After-sale service',
				'Product use',
				'Product problem'
			],
			['Returns and claims']
		]);
		const numbers = stages.flatMap((s) => s.touchPoints.map((t) => t.cycleNumber));
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('shows each touch point’s typical frustration as its prompt', () => {
		const delivery = doc.touchPoints.find((t) => t.name === 'Order delivery');
		expect(delivery?.prompt).toBe('The product arrives late, damaged or wrong.');
		expect(doc.touchPoints.every((t) => t.prompt.length > 0)).toBe(true);
	});

	it('marks purchase as risking a lost sale and later stages a lost repurchase', () => {
		expect(doc.stages.map((s) => s.risk)).toEqual([
			'lost-sale',
			'lost-repurchase',
			'lost-repurchase'
		]);
	});

	it('comes in Bahasa Indonesia when created in that language', () => {
		const id = orderCycleJourney('Kasur', 'id');
		expect(id.stages.map((s) => s.name)).toEqual(['Pembelian', 'Penggunaan', 'Penggantian']);
		expect(id.touchPoints[0]!.name).toBe('Perencanaan pesanan');
		expect(id.journey.locale).toBe('id');
	});

	it('gives every item a distinct id', () => {
		const ids = [doc.journey, ...doc.stages, ...doc.steps, ...doc.touchPoints].map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});

describe('the airline example', () => {
	for (const locale of ['en', 'id'] as const) {
		it(`is a complete, valid map in ${locale}`, () => {
			const doc = airlineJourney(locale);
			const parsed = journeyDocument.safeParse(doc);
			expect(parsed.error?.issues ?? []).toEqual([]);
			expect(doc.stages).toHaveLength(3);
			expect(doc.touchPoints).toHaveLength(12);
			expect(doc.segments).toHaveLength(3);
			expect(doc.frustrations.length).toBeGreaterThanOrEqual(15);
			for (const segment of doc.segments) {
				for (const element of ['product', 'price', 'promotion', 'place'] as const) {
					expect(segment.marketingMix[element].text.length).toBeGreaterThan(0);
				}
			}
		});
	}

	it('has frustrations in every priority band', () => {
		const bands = new Set(
			mapLayout(airlineJourney()).flatMap((s) =>
				s.touchPoints.flatMap((t) => t.frustrations.map((f) => f.band))
			)
		);
		expect([...bands].sort()).toEqual(['critical', 'high', 'low', 'medium']);
	});
});
