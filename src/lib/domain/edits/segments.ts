/**
 * Adding and removing customer segments. A new one gets its defaults from the schema, so a
 * field added there needs no change here.
 */
import { segment as segmentSchema, type JourneyDocument } from '../schema';
import { newId } from '../ids';
import type { Change, Edit } from './change';
import { change, childOrder, findItem, removals } from './operations';

export function addSegment(
	doc: JourneyDocument,
	name: string,
	kind: 'B2C' | 'B2B' = 'B2C',
	id: string = newId()
): Edit {
	const element = { text: '', emphasis: 3 };
	const after = segmentSchema.parse({
		id,
		updatedAt: 0,
		name,
		kind,
		order: childOrder(doc, 'segments'),
		marketingMix: { product: element, price: element, promotion: element, place: element }
	});
	return { label: 'add segment', changes: [change('segments', null, after)] };
}

/** A segment goes, and so do the tags and emotions that refer to it. */
export function removeSegment(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'segments', id);
	if (!item) return undefined;
	const untagged: Change[] = [];
	for (const t of doc.touchPoints) {
		if (!t.segmentIds.includes(id) && !(id in t.emotions)) continue;
		const { [id]: _removed, ...emotions } = t.emotions;
		untagged.push(
			change('touchPoints', t, {
				...t,
				segmentIds: t.segmentIds.filter((s) => s !== id),
				emotions
			})
		);
	}
	for (const f of doc.frustrations) {
		if (!f.segmentIds.includes(id)) continue;
		untagged.push(
			change('frustrations', f, { ...f, segmentIds: f.segmentIds.filter((s) => s !== id) })
		);
	}
	return { label: 'remove segment', changes: [...untagged, ...removals('segments', [item])] };
}
