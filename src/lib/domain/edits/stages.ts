/**
 * Adding and removing stages and the steps inside them. New items get their defaults from
 * the schema, so a field added there needs no change here.
 */
import { stage as stageSchema, step as stepSchema, type JourneyDocument } from '../schema';
import { newId } from '../ids';
import type { Edit } from './change';
import { change, childOrder, findItem, removals } from './operations';

export function addStage(doc: JourneyDocument, name: string, id: string = newId()): Edit {
	// A new stage after the purchase stages most likely concerns keeping the customer.
	const risk = doc.stages.length === 0 ? 'lost-sale' : 'lost-repurchase';
	const after = stageSchema.parse({
		id,
		updatedAt: 0,
		name,
		order: childOrder(doc, 'stages'),
		risk
	});
	return { label: 'add stage', changes: [change('stages', null, after)] };
}

export function addStep(
	doc: JourneyDocument,
	stageId: string,
	name: string,
	id: string = newId()
): Edit {
	const order = childOrder(doc, 'steps', stageId);
	const after = stepSchema.parse({ id, updatedAt: 0, stageId, name, order });
	return { label: 'add step', changes: [change('steps', null, after)] };
}

export function removeStep(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'steps', id);
	if (!item) return undefined;
	return { label: 'remove step', changes: removals('steps', [item]) };
}

/** A stage goes with its steps, its touch points and their frustrations. */
export function removeStage(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'stages', id);
	if (!item) return undefined;
	const touchPoints = doc.touchPoints.filter((t) => t.stageId === id);
	const touchPointIds = new Set(touchPoints.map((t) => t.id));
	return {
		label: 'remove stage',
		changes: [
			...removals(
				'frustrations',
				doc.frustrations.filter((f) => touchPointIds.has(f.touchPointId))
			),
			...removals('touchPoints', touchPoints),
			...removals(
				'steps',
				doc.steps.filter((s) => s.stageId === id)
			),
			...removals('stages', [item])
		]
	};
}
