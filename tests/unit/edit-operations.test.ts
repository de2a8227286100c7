import { describe, expect, it } from 'vitest';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { applyChanges, type Change } from '$lib/domain/edits/change';
import { addFrustration, removeFrustration } from '$lib/domain/edits/frustrations';
import {
	findItem,
	moveItem,
	shiftItem,
	updateItem,
	updateJourney
} from '$lib/domain/edits/operations';
import { addSegment, removeSegment } from '$lib/domain/edits/segments';
import { addStage, addStep, removeStage, removeStep } from '$lib/domain/edits/stages';
import { addTouchPoint, removeTouchPoint, setEmotion } from '$lib/domain/edits/touch-points';
import { mapLayout } from '$lib/domain/map-layout';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { applyAndCheck } from './edit-check';
import { airlineJourney, orderCycleJourney } from './fixtures';

const NEW_ID = '99999999-0000-4000-8000-000000000001';

/** The ids of the records an edit writes, by collection. */
function written(changes: Change[]) {
	return changes.map((c) => `${c.collection}:${(c.after ?? c.before)!.id}`);
}

const touchPointNames = (doc: JourneyDocument, stage: number) =>
	mapLayout(doc)[stage]!.touchPoints.map((t) => t.touchPoint.name);

describe('the fixtures', () => {
	it('are valid documents already in canonical order', () => {
		for (const doc of [orderCycleJourney(), airlineJourney()]) {
			expect(journeyDocument.safeParse(doc).success).toBe(true);
			expect(inCanonicalOrder(doc)).toEqual(doc);
		}
	});
});

describe('adding an item', () => {
	it('adds a stage after the others, at risk of a lost repurchase', () => {
		const doc = orderCycleJourney();
		const edit = addStage(doc, 'Loyalty', NEW_ID);
		expect(edit.label).toBe('add stage');
		expect(edit.changes).toEqual([
			{
				collection: 'stages',
				before: null,
				after: { id: NEW_ID, updatedAt: 0, name: 'Loyalty', order: 3, risk: 'lost-repurchase' }
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(after.stages.map((s) => s.name)).toEqual([
			'Purchase',
			'Usage',
			'Replacement',
			'Loyalty'
		]);
		expect(mapLayout(after)[3]).toMatchObject({ steps: [], touchPoints: [] });
	});

	it('makes the first stage of an empty map a purchase stage at order 0', () => {
		const doc = { ...orderCycleJourney(), stages: [], steps: [], touchPoints: [] };
		const edit = addStage(doc, 'Purchase', NEW_ID);
		expect(edit.changes[0]!.after).toMatchObject({ order: 0, risk: 'lost-sale' });
		applyAndCheck(doc, edit);
	});

	it('gives a new stage a fresh id when none is passed', () => {
		const doc = orderCycleJourney();
		const a = addStage(doc, 'A').changes[0]!.after!;
		const b = addStage(doc, 'B').changes[0]!.after!;
		expect(a.id).not.toBe(b.id);
		expect(doc.stages.some((s) => s.id === a.id)).toBe(false);
	});

	it('adds a step at the end of its stage', () => {
		const doc = orderCycleJourney();
		const usage = doc.stages[1]!;
		const edit = addStep(doc, usage.id, 'Train the staff', NEW_ID);
		expect(edit.label).toBe('add step');
		expect(edit.changes).toEqual([
			{
				collection: 'steps',
				before: null,
				after: {
					id: NEW_ID,
					updatedAt: 0,
					stageId: usage.id,
					name: 'Train the staff',
					order: 4
				}
			}
		]);
		const after = applyAndCheck(doc, edit);
		const steps = mapLayout(after)[1]!.steps;
		expect(steps).toHaveLength(5);
		expect(steps.at(-1)!.id).toBe(NEW_ID);
	});

	it('adds a touch point with the schema defaults at the end of its stage', () => {
		const doc = orderCycleJourney();
		const replacement = doc.stages[2]!;
		const edit = addTouchPoint(doc, replacement.id, 'Trade-in offer', NEW_ID);
		expect(edit.label).toBe('add touch point');
		expect(edit.changes).toEqual([
			{
				collection: 'touchPoints',
				before: null,
				after: {
					id: NEW_ID,
					updatedAt: 0,
					stageId: replacement.id,
					name: 'Trade-in offer',
					order: 1,
					prompt: '',
					channel: null,
					ownerTeam: '',
					mode: 'reactive',
					public: false,
					notes: '',
					segmentIds: [],
					emotions: {}
				}
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(touchPointNames(after, 2)).toEqual(['Returns and claims', 'Trade-in offer']);
		expect(mapLayout(after)[2]!.touchPoints.at(-1)!.cycleNumber).toBe(13);
	});

	it('adds a frustration not rated yet, with the schema defaults, after its siblings', () => {
		const doc = airlineJourney();
		const touchPoint = doc.touchPoints[6]!;
		const siblings = doc.frustrations.filter((f) => f.touchPointId === touchPoint.id);
		expect(siblings.length).toBeGreaterThan(1);
		const edit = addFrustration(doc, touchPoint.id, 'The gate changes without notice', NEW_ID);
		expect(edit.label).toBe('add frustration');
		expect(edit.changes).toEqual([
			{
				collection: 'frustrations',
				before: null,
				after: {
					id: NEW_ID,
					updatedAt: 0,
					touchPointId: touchPoint.id,
					text: 'The gate changes without notice',
					order: Math.max(...siblings.map((f) => f.order)) + 1,
					frequency: null,
					severity: null,
					ratings: [],
					evidence: null,
					source: '',
					status: 'open',
					fix: '',
					effort: null,
					owner: '',
					segmentIds: [],
					quality: null
				}
			}
		]);
		const after = applyAndCheck(doc, edit);
		const view = mapLayout(after)
			.flatMap((s) => s.touchPoints)
			.find((t) => t.touchPoint.id === touchPoint.id)!;
		expect(view.frustrations.map((f) => f.frustration.id)).toEqual([
			...siblings.map((f) => f.id),
			NEW_ID
		]);
	});

	it('adds the first frustration of a touch point at order 0', () => {
		const doc = orderCycleJourney();
		const edit = addFrustration(doc, doc.touchPoints[0]!.id, 'Nobody knows we exist', NEW_ID);
		expect(edit.changes[0]!.after).toMatchObject({ order: 0 });
		const after = applyAndCheck(doc, edit);
		expect(after.frustrations).toHaveLength(1);
	});

	it('adds a segment with an empty marketing mix after the others', () => {
		const doc = airlineJourney();
		const edit = addSegment(doc, 'Cargo shippers', 'B2B', NEW_ID);
		expect(edit.label).toBe('add segment');
		const element = { text: '', emphasis: 3 };
		expect(edit.changes).toEqual([
			{
				collection: 'segments',
				before: null,
				after: {
					id: NEW_ID,
					updatedAt: 0,
					name: 'Cargo shippers',
					order: 3,
					kind: 'B2B',
					needs: '',
					size: '',
					marketingMix: { product: element, price: element, promotion: element, place: element }
				}
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(after.segments.at(-1)!.id).toBe(NEW_ID);
	});

	it('adds a consumer segment by default, the first one at order 0', () => {
		const doc = orderCycleJourney();
		const edit = addSegment(doc, 'Households', undefined, NEW_ID);
		expect(edit.changes[0]!.after).toMatchObject({ kind: 'B2C', order: 0 });
		applyAndCheck(doc, edit);
	});

	it('refuses a new item whose name is empty', () => {
		const doc = orderCycleJourney();
		expect(() => addStage(doc, '   ')).toThrow();
		expect(() => addTouchPoint(doc, doc.stages[0]!.id, '')).toThrow();
		expect(() => addFrustration(doc, doc.touchPoints[0]!.id, ' ')).toThrow();
	});
});

describe('updating an item', () => {
	it('changes the given fields of one record, keeping the rest', () => {
		const doc = airlineJourney();
		const target = doc.frustrations[4]!;
		const edit = updateItem(doc, 'frustrations', target.id, { severity: 5, fix: 'Call back' });
		expect(edit).toMatchObject({ label: 'edit' });
		expect(edit!.changes).toEqual([
			{
				collection: 'frustrations',
				before: target,
				after: { ...target, severity: 5, fix: 'Call back' }
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(findItem(after, 'frustrations', target.id)).toMatchObject({
			severity: 5,
			fix: 'Call back'
		});
	});

	it('keys the edit by collection, item and the sorted field names', () => {
		const doc = airlineJourney();
		const [a, b] = [doc.frustrations[0]!, doc.frustrations[1]!];
		expect(updateItem(doc, 'frustrations', a.id, { text: 'x' })!.coalesceKey).toBe(
			`frustrations:${a.id}:text`
		);
		const both = updateItem(doc, 'frustrations', a.id, { text: 'x', fix: 'y' })!.coalesceKey;
		expect(both).toBe(`frustrations:${a.id}:fix,text`);
		expect(updateItem(doc, 'frustrations', a.id, { fix: 'y', text: 'x' })!.coalesceKey).toBe(both);
		expect(updateItem(doc, 'frustrations', b.id, { text: 'x' })!.coalesceKey).not.toBe(
			updateItem(doc, 'frustrations', a.id, { text: 'x' })!.coalesceKey
		);
		expect(updateItem(doc, 'frustrations', a.id, { fix: 'x' })!.coalesceKey).not.toBe(
			updateItem(doc, 'frustrations', a.id, { text: 'x' })!.coalesceKey
		);
	});

	it('updates items of every collection', () => {
		const doc = airlineJourney();
		applyAndCheck(doc, updateItem(doc, 'stages', doc.stages[0]!.id, { name: 'Buying' }));
		applyAndCheck(doc, updateItem(doc, 'steps', doc.steps[3]!.id, { name: 'Pay' }));
		applyAndCheck(
			doc,
			updateItem(doc, 'touchPoints', doc.touchPoints[2]!.id, {
				channel: 'website',
				public: true
			})
		);
		applyAndCheck(doc, updateItem(doc, 'segments', doc.segments[1]!.id, { size: 'large' }));
	});

	it('returns nothing for an item that is not in the map', () => {
		expect(updateItem(orderCycleJourney(), 'stages', NEW_ID, { name: 'x' })).toBeUndefined();
	});

	it('edits the journey itself, keyed by the fields', () => {
		const doc = orderCycleJourney();
		const edit = updateJourney(doc, { description: 'New words' });
		expect(edit).toMatchObject({ label: 'edit journey', coalesceKey: 'journey:description' });
		expect(edit.changes).toEqual([
			{
				collection: 'journey',
				before: doc.journey,
				after: { ...doc.journey, description: 'New words' }
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(after.journey.description).toBe('New words');
	});
});

describe('moving an item', () => {
	it('moves a touch point within its stage by writing one record', () => {
		const doc = orderCycleJourney();
		const purchase = mapLayout(doc)[0]!.touchPoints.map((t) => t.touchPoint);
		const last = purchase.at(-1)!;
		const edit = moveItem(doc, 'touchPoints', last.id, { index: 1 });
		expect(edit?.label).toBe('move');
		expect(edit!.changes).toEqual([
			{ collection: 'touchPoints', before: last, after: { ...last, order: 0.5 } }
		]);
		const after = applyAndCheck(doc, edit);
		const names = purchase.map((t) => t.name);
		expect(touchPointNames(after, 0)).toEqual([names[0], names[5], ...names.slice(1, 5)]);
		expect(after.touchPoints.map((t) => t.name).slice(0, 3)).toEqual([
			names[0],
			names[5],
			names[1]
		]);
	});

	it('moves a touch point to the start and to the end of its stage', () => {
		const doc = orderCycleJourney();
		const purchase = mapLayout(doc)[0]!.touchPoints.map((t) => t.touchPoint);
		const names = purchase.map((t) => t.name);
		const toStart = applyAndCheck(doc, moveItem(doc, 'touchPoints', purchase[3]!.id, { index: 0 }));
		expect(touchPointNames(toStart, 0)).toEqual([names[3], ...names.filter((_, i) => i !== 3)]);
		const toEnd = applyAndCheck(doc, moveItem(doc, 'touchPoints', purchase[1]!.id, { index: 5 }));
		expect(touchPointNames(toEnd, 0)).toEqual([...names.filter((_, i) => i !== 1), names[1]]);
	});

	it('moves a touch point to another stage at the requested index, with its frustrations', () => {
		const doc = airlineJourney();
		const [purchase, usage] = mapLayout(doc);
		const moving = purchase!.touchPoints[1]!.touchPoint;
		const frustrationIds = purchase!.touchPoints[1]!.frustrations.map((f) => f.frustration.id);
		const edit = moveItem(doc, 'touchPoints', moving.id, {
			parentId: usage!.stage.id,
			index: 2
		});
		expect(edit!.changes).toEqual([
			{
				collection: 'touchPoints',
				before: moving,
				after: { ...moving, stageId: usage!.stage.id, order: 1.5 }
			}
		]);
		const after = applyAndCheck(doc, edit);
		const layout = mapLayout(after);
		expect(layout[0]!.touchPoints).toHaveLength(purchase!.touchPoints.length - 1);
		const moved = layout[1]!.touchPoints[2]!;
		expect(moved.touchPoint.id).toBe(moving.id);
		expect(moved.frustrations.map((f) => f.frustration.id)).toEqual(frustrationIds);
		expect(moved.frustrations[0]!.risk).toBe('lost-repurchase');
		expect(layout.flatMap((s) => s.touchPoints.map((t) => t.cycleNumber))).toEqual(
			doc.touchPoints.map((_, i) => i + 1)
		);
		expect(after.touchPoints.filter((t) => t.stageId === usage!.stage.id)[2]!.id).toBe(moving.id);
	});

	it('moves a step into another stage and a frustration to another touch point', () => {
		const doc = airlineJourney();
		const step = doc.steps[0]!;
		const replacement = doc.stages[2]!;
		const stepEdit = moveItem(doc, 'steps', step.id, { parentId: replacement.id, index: 0 });
		expect(stepEdit!.changes).toHaveLength(1);
		const afterStep = applyAndCheck(doc, stepEdit);
		expect(mapLayout(afterStep)[2]!.steps[0]!.id).toBe(step.id);

		const frustration = doc.frustrations[0]!;
		const target = doc.touchPoints[5]!;
		const edit = moveItem(doc, 'frustrations', frustration.id, { parentId: target.id, index: 1 });
		expect(edit!.changes).toHaveLength(1);
		const after = applyAndCheck(doc, edit);
		const view = mapLayout(after)
			.flatMap((s) => s.touchPoints)
			.find((t) => t.touchPoint.id === target.id)!;
		expect(view.frustrations[1]!.frustration.id).toBe(frustration.id);
	});

	it('moves stages and segments among all of them', () => {
		const doc = airlineJourney();
		const replacement = doc.stages[2]!;
		const after = applyAndCheck(doc, moveItem(doc, 'stages', replacement.id, { index: 0 }));
		expect(after.stages.map((s) => s.name)).toEqual(['Replacement', 'Purchase', 'Usage']);
		expect(mapLayout(after)[0]!.stage.id).toBe(replacement.id);

		const first = doc.segments[0]!;
		const edit = moveItem(doc, 'segments', first.id, { index: 2 });
		expect(edit!.changes).toEqual([
			{ collection: 'segments', before: first, after: { ...first, order: 3 } }
		]);
		const moved = applyAndCheck(doc, edit);
		expect(moved.segments.map((s) => s.id)).toEqual([
			doc.segments[1]!.id,
			doc.segments[2]!.id,
			first.id
		]);
	});

	it('renumbers the siblings when the gap between them is exhausted', () => {
		const base = orderCycleJourney();
		const purchase = mapLayout(base)[0]!.touchPoints.map((t) => t.touchPoint);
		const orders = new Map([
			[purchase[0]!.id, 0],
			[purchase[1]!.id, 1e-12]
		]);
		const doc = {
			...base,
			touchPoints: base.touchPoints.map((t) =>
				orders.has(t.id) ? { ...t, order: orders.get(t.id)! } : t
			)
		};
		const moving = purchase[5]!;
		const edit = moveItem(doc, 'touchPoints', moving.id, { index: 1 });
		expect(edit!.changes).toHaveLength(purchase.length);
		expect(edit!.changes.every((c) => c.collection === 'touchPoints')).toBe(true);
		const after = applyAndCheck(doc, edit);
		const expected = [purchase[0]!, moving, ...purchase.slice(1, 5)];
		expect(touchPointNames(after, 0)).toEqual(expected.map((t) => t.name));
		expect(mapLayout(after)[0]!.touchPoints.map((t) => t.touchPoint.order)).toEqual([
			0, 1, 2, 3, 4, 5
		]);
		// The other stages are not written.
		expect(written(edit!.changes).sort()).toEqual(
			purchase.map((t) => `touchPoints:${t.id}`).sort()
		);
	});

	it('renumbers the target stage when a touch point moves into an exhausted gap there', () => {
		const base = orderCycleJourney();
		const [purchase, usage] = mapLayout(base).map((s) => s.touchPoints.map((t) => t.touchPoint));
		const crowded = new Map([
			[usage![0]!.id, 0],
			[usage![1]!.id, 1e-12]
		]);
		const doc = {
			...base,
			touchPoints: base.touchPoints.map((t) =>
				crowded.has(t.id) ? { ...t, order: crowded.get(t.id)! } : t
			)
		};
		const moving = purchase![2]!;
		const edit = moveItem(doc, 'touchPoints', moving.id, {
			parentId: base.stages[1]!.id,
			index: 1
		});
		expect(edit!.changes).toHaveLength(usage!.length + 1);
		const after = applyAndCheck(doc, edit);
		expect(touchPointNames(after, 1)).toEqual(
			[usage![0]!, moving, ...usage!.slice(1)].map((t) => t.name)
		);
		expect(findItem(after, 'touchPoints', moving.id)!.stageId).toBe(base.stages[1]!.id);
	});

	it('returns nothing when the item would stay where it is', () => {
		const doc = orderCycleJourney();
		const third = mapLayout(doc)[0]!.touchPoints[2]!.touchPoint;
		expect(moveItem(doc, 'touchPoints', third.id, { index: 2 })).toBeUndefined();
	});

	it('returns nothing for an item that is not in the map', () => {
		expect(moveItem(orderCycleJourney(), 'steps', NEW_ID, { index: 0 })).toBeUndefined();
	});
});

describe('shifting an item one place', () => {
	it('shifts a touch point down and up within its stage', () => {
		const doc = orderCycleJourney();
		const names = touchPointNames(doc, 0);
		const second = mapLayout(doc)[0]!.touchPoints[1]!.touchPoint;

		const down = shiftItem(doc, 'touchPoints', second.id, 1);
		expect(down!.changes).toHaveLength(1);
		expect(touchPointNames(applyAndCheck(doc, down), 0)).toEqual([
			names[0],
			names[2],
			names[1],
			...names.slice(3)
		]);

		const up = shiftItem(doc, 'touchPoints', second.id, -1);
		expect(up!.changes).toHaveLength(1);
		expect(touchPointNames(applyAndCheck(doc, up), 0)).toEqual([
			names[1],
			names[0],
			...names.slice(2)
		]);
	});

	it('does nothing at either end of the siblings', () => {
		const doc = orderCycleJourney();
		const purchase = mapLayout(doc)[0]!.touchPoints.map((t) => t.touchPoint);
		expect(shiftItem(doc, 'touchPoints', purchase[0]!.id, -1)).toBeUndefined();
		expect(shiftItem(doc, 'touchPoints', purchase.at(-1)!.id, 1)).toBeUndefined();
		// The last touch point of the purchase stage does not spill into the next stage.
		expect(shiftItem(doc, 'stages', doc.stages[0]!.id, -1)).toBeUndefined();
		expect(shiftItem(doc, 'stages', doc.stages[2]!.id, 1)).toBeUndefined();
		const only = mapLayout(doc)[2]!.touchPoints[0]!.touchPoint;
		expect(shiftItem(doc, 'touchPoints', only.id, 1)).toBeUndefined();
		expect(shiftItem(doc, 'touchPoints', only.id, -1)).toBeUndefined();
		expect(shiftItem(doc, 'touchPoints', NEW_ID, 1)).toBeUndefined();
	});

	it('shifts stages, steps, frustrations and segments', () => {
		const doc = airlineJourney();
		const stages = applyAndCheck(doc, shiftItem(doc, 'stages', doc.stages[1]!.id, 1));
		expect(stages.stages.map((s) => s.name)).toEqual(['Purchase', 'Replacement', 'Usage']);

		const steps = applyAndCheck(doc, shiftItem(doc, 'steps', doc.steps[3]!.id, -1));
		expect(mapLayout(steps)[0]!.steps.map((s) => s.id)).toEqual(
			[0, 1, 3, 2].map((i) => doc.steps[i]!.id)
		);

		const [a, b] = doc.frustrations;
		const frustrations = applyAndCheck(doc, shiftItem(doc, 'frustrations', a!.id, 1));
		expect(frustrations.frustrations.slice(0, 2).map((f) => f.id)).toEqual([b!.id, a!.id]);

		const segments = applyAndCheck(doc, shiftItem(doc, 'segments', doc.segments[2]!.id, -1));
		expect(segments.segments.map((s) => s.id)).toEqual([0, 2, 1].map((i) => doc.segments[i]!.id));
	});
});

describe('removing an item', () => {
	it('removes a frustration and nothing else', () => {
		const doc = airlineJourney();
		const target = doc.frustrations[3]!;
		const edit = removeFrustration(doc, target.id);
		expect(edit).toMatchObject({ label: 'remove frustration' });
		expect(edit!.changes).toEqual([{ collection: 'frustrations', before: target, after: null }]);
		const after = applyAndCheck(doc, edit);
		expect(after.frustrations).toHaveLength(doc.frustrations.length - 1);
		expect(findItem(after, 'frustrations', target.id)).toBeUndefined();
	});

	it('removes a step and nothing else', () => {
		const doc = orderCycleJourney();
		const edit = removeStep(doc, doc.steps[5]!.id);
		expect(edit!.changes).toEqual([{ collection: 'steps', before: doc.steps[5], after: null }]);
		expect(applyAndCheck(doc, edit).steps).toHaveLength(doc.steps.length - 1);
	});

	it('removes a touch point with its frustrations', () => {
		const doc = airlineJourney();
		const target = doc.touchPoints.find(
			(t) => doc.frustrations.filter((f) => f.touchPointId === t.id).length >= 3
		)!;
		const own = doc.frustrations.filter((f) => f.touchPointId === target.id);
		const edit = removeTouchPoint(doc, target.id);
		expect(edit).toMatchObject({ label: 'remove touch point' });
		expect(edit!.changes.every((c) => c.after === null)).toBe(true);
		expect(written(edit!.changes).sort()).toEqual(
			[`touchPoints:${target.id}`, ...own.map((f) => `frustrations:${f.id}`)].sort()
		);
		const after = applyAndCheck(doc, edit);
		expect(findItem(after, 'touchPoints', target.id)).toBeUndefined();
		expect(after.frustrations.some((f) => f.touchPointId === target.id)).toBe(false);
		expect(after.frustrations).toHaveLength(doc.frustrations.length - own.length);
	});

	it('removes a stage with its steps, touch points and their frustrations', () => {
		const doc = airlineJourney();
		const usage = doc.stages[1]!;
		const touchPoints = doc.touchPoints.filter((t) => t.stageId === usage.id);
		const ids = new Set(touchPoints.map((t) => t.id));
		const frustrations = doc.frustrations.filter((f) => ids.has(f.touchPointId));
		const steps = doc.steps.filter((s) => s.stageId === usage.id);
		expect(frustrations.length).toBeGreaterThan(0);
		const edit = removeStage(doc, usage.id);
		expect(edit).toMatchObject({ label: 'remove stage' });
		expect(written(edit!.changes).sort()).toEqual(
			[
				`stages:${usage.id}`,
				...steps.map((s) => `steps:${s.id}`),
				...touchPoints.map((t) => `touchPoints:${t.id}`),
				...frustrations.map((f) => `frustrations:${f.id}`)
			].sort()
		);
		const after = applyAndCheck(doc, edit);
		expect(after.stages.map((s) => s.name)).toEqual(['Purchase', 'Replacement']);
		expect(after.steps).toHaveLength(doc.steps.length - steps.length);
		expect(after.touchPoints).toHaveLength(doc.touchPoints.length - touchPoints.length);
		expect(after.frustrations).toHaveLength(doc.frustrations.length - frustrations.length);
		expect(after.segments).toEqual(doc.segments);
	});

	it('removes a segment and every tag and emotion that refers to it', () => {
		const doc = airlineJourney();
		const segment = doc.segments[0]!;
		const tagged = doc.touchPoints.filter(
			(t) => t.segmentIds.includes(segment.id) || segment.id in t.emotions
		);
		const taggedFrustrations = doc.frustrations.filter((f) => f.segmentIds.includes(segment.id));
		expect(tagged.length).toBeGreaterThan(0);
		expect(taggedFrustrations.length).toBeGreaterThan(0);
		const edit = removeSegment(doc, segment.id);
		expect(edit).toMatchObject({ label: 'remove segment' });
		expect(edit!.changes).toHaveLength(tagged.length + taggedFrustrations.length + 1);
		const after = applyAndCheck(doc, edit);
		expect(after.segments.map((s) => s.id)).not.toContain(segment.id);
		for (const t of after.touchPoints) {
			expect(t.segmentIds).not.toContain(segment.id);
			expect(Object.keys(t.emotions)).not.toContain(segment.id);
		}
		for (const f of after.frustrations) expect(f.segmentIds).not.toContain(segment.id);
		// The other segments keep their tags and emotions.
		const other = doc.segments[1]!.id;
		expect(after.touchPoints.map((t) => t.emotions[other])).toEqual(
			doc.touchPoints.map((t) => t.emotions[other])
		);
		expect(after.frustrations.map((f) => f.segmentIds.includes(other))).toEqual(
			doc.frustrations.map((f) => f.segmentIds.includes(other))
		);
	});

	it('removes a segment nothing refers to by writing one record', () => {
		const base = airlineJourney();
		const doc = applyChanges(base, addSegment(base, 'Cargo', 'B2B', NEW_ID).changes);
		const edit = removeSegment(doc, NEW_ID);
		expect(edit!.changes).toEqual([
			{ collection: 'segments', before: findItem(doc, 'segments', NEW_ID), after: null }
		]);
		applyAndCheck(doc, edit);
	});

	it('returns nothing for an item that is not in the map', () => {
		const doc = airlineJourney();
		expect(removeFrustration(doc, NEW_ID)).toBeUndefined();
		expect(removeStep(doc, NEW_ID)).toBeUndefined();
		expect(removeTouchPoint(doc, NEW_ID)).toBeUndefined();
		expect(removeStage(doc, NEW_ID)).toBeUndefined();
		expect(removeSegment(doc, NEW_ID)).toBeUndefined();
	});
});

describe('setting an emotion', () => {
	it('sets how a segment feels at a touch point', () => {
		const doc = airlineJourney();
		const touchPoint = doc.touchPoints[0]!;
		const segment = doc.segments[0]!;
		const edit = setEmotion(doc, touchPoint.id, segment.id, -2);
		expect(edit).toMatchObject({ label: 'set emotion' });
		expect(edit!.changes).toEqual([
			{
				collection: 'touchPoints',
				before: touchPoint,
				after: { ...touchPoint, emotions: { ...touchPoint.emotions, [segment.id]: -2 } }
			}
		]);
		const after = applyAndCheck(doc, edit);
		expect(findItem(after, 'touchPoints', touchPoint.id)!.emotions[segment.id]).toBe(-2);
	});

	it('sets the first emotion of a touch point', () => {
		const base = orderCycleJourney();
		const doc = applyChanges(base, addSegment(base, 'Households', 'B2C', NEW_ID).changes);
		const touchPoint = doc.touchPoints[4]!;
		const after = applyAndCheck(doc, setEmotion(doc, touchPoint.id, NEW_ID, 2));
		expect(findItem(after, 'touchPoints', touchPoint.id)!.emotions).toEqual({ [NEW_ID]: 2 });
	});

	it('clears an emotion with null, keeping the other segments', () => {
		const doc = airlineJourney();
		const touchPoint = doc.touchPoints[1]!;
		const [first, ...rest] = doc.segments;
		expect(first!.id in touchPoint.emotions).toBe(true);
		const after = applyAndCheck(doc, setEmotion(doc, touchPoint.id, first!.id, null));
		const emotions = findItem(after, 'touchPoints', touchPoint.id)!.emotions;
		expect(first!.id in emotions).toBe(false);
		expect(Object.keys(emotions).sort()).toEqual(rest.map((s) => s.id).sort());
	});

	it('returns nothing for a touch point that is not in the map', () => {
		const doc = airlineJourney();
		expect(setEmotion(doc, NEW_ID, doc.segments[0]!.id, 1)).toBeUndefined();
	});
});
