import { describe, expect, it } from 'vitest';
import { fromRecords, toRecords } from '$lib/domain/records';
import { journeyDocument } from '$lib/domain/schema';
import { airlineJourney, orderCycleJourney } from './fixtures';

describe('converting a document to stored records and back', () => {
	it('tags every record with its journey id', () => {
		const doc = airlineJourney();
		const records = toRecords(doc);
		for (const f of records.frustrations) expect(f.journeyId).toBe(doc.journey.id);
		for (const s of records.segments) expect(s.journeyId).toBe(doc.journey.id);
	});

	it('gives back an equal document, whatever order the records come in', () => {
		const doc = airlineJourney();
		const records = toRecords(doc);
		const shuffled = {
			...records,
			touchPoints: [...records.touchPoints].reverse(),
			stages: [...records.stages].reverse(),
			frustrations: [...records.frustrations].reverse(),
			steps: [...records.steps].reverse()
		};
		const back = fromRecords(shuffled);
		expect(back).toEqual(doc);
	});
});

describe('the document schema', () => {
	it('refuses a frustration rated outside 1 to 5, naming the field', () => {
		const doc = orderCycleJourney();
		const bad = {
			...doc,
			frustrations: [
				{
					id: '10000000-0000-4000-8000-000000000001',
					updatedAt: 1,
					touchPointId: doc.touchPoints[0]!.id,
					text: 'Too slow',
					order: 0,
					frequency: 3,
					severity: 6
				}
			]
		};
		const result = journeyDocument.safeParse(bad);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['frustrations', 0, 'severity']);
	});

	it('refuses an item that points at a stage not in the map', () => {
		const doc = orderCycleJourney();
		const bad = {
			...doc,
			touchPoints: [{ ...doc.touchPoints[0]!, stageId: '10000000-0000-4000-8000-000000000009' }]
		};
		const result = journeyDocument.safeParse(bad);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('touchPoints.0.stageId');
	});

	it('refuses two items with the same id', () => {
		const doc = orderCycleJourney();
		const bad = { ...doc, steps: [...doc.steps, doc.steps[0]!] };
		expect(journeyDocument.safeParse(bad).success).toBe(false);
	});

	it('refuses an empty journey name', () => {
		const doc = orderCycleJourney();
		expect(
			journeyDocument.safeParse({ ...doc, journey: { ...doc.journey, name: '  ' } }).success
		).toBe(false);
	});

	it('fills optional fields with their defaults', () => {
		const doc = orderCycleJourney();
		const { channel: _c, notes: _n, emotions: _e, ...bare } = doc.touchPoints[0]!;
		const parsed = journeyDocument.parse({
			...doc,
			touchPoints: [bare, ...doc.touchPoints.slice(1)]
		});
		expect(parsed.touchPoints[0]).toMatchObject({ channel: null, notes: '', emotions: {} });
	});
});
