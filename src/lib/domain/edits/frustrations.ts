/**
 * Adding and removing frustrations. A new one gets its defaults from the schema, so a field
 * added there needs no change here; ratings are in participants.ts.
 */
import { frustration as frustrationSchema, type JourneyDocument } from '../schema';
import { newId } from '../ids';
import type { Edit } from './change';
import { change, childOrder, findItem, removals } from './operations';

export function addFrustration(
	doc: JourneyDocument,
	touchPointId: string,
	text: string,
	id: string = newId()
): Edit {
	const order = childOrder(doc, 'frustrations', touchPointId);
	// Not rated until someone rates it: a default in the middle of the scales would read as
	// a rating nobody gave, and rank among the real ones.
	const after = frustrationSchema.parse({
		id,
		updatedAt: 0,
		touchPointId,
		text,
		order,
		frequency: null,
		severity: null
	});
	return { label: 'add frustration', changes: [change('frustrations', null, after)] };
}

export function removeFrustration(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'frustrations', id);
	if (!item) return undefined;
	return { label: 'remove frustration', changes: removals('frustrations', [item]) };
}
