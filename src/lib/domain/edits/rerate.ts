/**
 * Re-rating a frustration from a chart (a mark moved on the priority matrix). A frustration
 * that participants rated in a workshop sits at the means of their ratings, which one move
 * cannot honestly change, so the edit is refused and says why.
 */
import type { Frustration, JourneyDocument } from '../schema';
import { raterCount } from '../scoring';
import type { Edit } from './change';
import { findItem, updateItem } from './operations';

/** Where a mark was moved to: a move always gives both measures. */
export type Ratings = { frequency: number; severity: number };

export type Rerating =
	| { kind: 'edit'; edit: Edit; frustration: Frustration; to: Ratings }
	| { kind: 'unchanged' }
	| { kind: 'rated in workshop'; frustration: Frustration; raters: number }
	| { kind: 'missing' };

/** A rating kept on its 1..5 scale: a move past the edge stays at the edge. */
export const clampRating = (value: number) => Math.max(1, Math.min(5, Math.round(value)));

export function rerate(doc: JourneyDocument, frustrationId: string, to: Ratings): Rerating {
	const frustration = findItem(doc, 'frustrations', frustrationId);
	if (!frustration) return { kind: 'missing' };
	const raters = raterCount(frustration);
	if (raters > 0) return { kind: 'rated in workshop', frustration, raters };
	const next = { frequency: clampRating(to.frequency), severity: clampRating(to.severity) };
	if (next.frequency === frustration.frequency && next.severity === frustration.severity) {
		return { kind: 'unchanged' };
	}
	const edit = updateItem(doc, 'frustrations', frustrationId, next);
	if (!edit) return { kind: 'missing' };
	// Each move is its own undo step (no coalescing, unlike typing), named like a rating.
	return { kind: 'edit', edit: { label: 'rate', changes: edit.changes }, frustration, to: next };
}
