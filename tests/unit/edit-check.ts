import { expect } from 'vitest';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { applyChanges, invert, type Edit } from '$lib/domain/edits/change';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';

/**
 * Applies an edit, checks the result is a valid document and that its inverse gives back
 * the original (in canonical order: an undone removal appends the record again), and
 * returns the edited document in canonical order.
 */
export function applyAndCheck(doc: JourneyDocument, edit: Edit | undefined): JourneyDocument {
	expect(edit).toBeDefined();
	const after = applyChanges(doc, edit!.changes);
	const parsed = journeyDocument.safeParse(after);
	expect(parsed.success, parsed.error?.message).toBe(true);
	const restored = applyChanges(after, invert(edit!).changes);
	expect(inCanonicalOrder(restored)).toEqual(doc);
	expect(journeyDocument.safeParse(restored).success).toBe(true);
	return inCanonicalOrder(after);
}
