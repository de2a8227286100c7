/**
 * Adding and removing touch points, and how each segment feels at one. New items get their
 * defaults from the schema, so a field added there needs no change here.
 */
import { touchPoint as touchPointSchema, type JourneyDocument } from '../schema';
import { newId } from '../ids';
import type { Edit } from './change';
import { change, childOrder, findItem, removals } from './operations';

export function addTouchPoint(
	doc: JourneyDocument,
	stageId: string,
	name: string,
	id: string = newId()
): Edit {
	const order = childOrder(doc, 'touchPoints', stageId);
	const after = touchPointSchema.parse({ id, updatedAt: 0, stageId, name, order });
	return { label: 'add touch point', changes: [change('touchPoints', null, after)] };
}

/** A touch point goes with its frustrations. */
export function removeTouchPoint(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'touchPoints', id);
	if (!item) return undefined;
	const frustrations = doc.frustrations.filter((f) => f.touchPointId === id);
	return {
		label: 'remove touch point',
		changes: [...removals('frustrations', frustrations), ...removals('touchPoints', [item])]
	};
}

/** How a segment feels at a touch point; null clears it. */
export function setEmotion(
	doc: JourneyDocument,
	touchPointId: string,
	segmentId: string,
	value: number | null
): Edit | undefined {
	const before = findItem(doc, 'touchPoints', touchPointId);
	if (!before) return undefined;
	const { [segmentId]: _old, ...rest } = before.emotions;
	const emotions = value === null ? rest : { ...rest, [segmentId]: value };
	return {
		label: 'set emotion',
		changes: [change('touchPoints', before, { ...before, emotions })]
	};
}
