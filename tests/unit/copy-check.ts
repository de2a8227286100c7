/** A check shared by the tests of Duplicate and of "keep both" on import. */
import { expect } from 'vitest';
import { collections } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The ids the document's journey and items carry, in document order. */
function ownIds(doc: JourneyDocument): string[] {
	return [doc.journey.id, ...collections.flatMap((c) => doc[c].map((item) => item.id))];
}

/** Every string value and object key inside `value`, however deep. */
function strings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) strings(v, out);
	else if (value && typeof value === 'object') {
		for (const [k, v] of Object.entries(value)) {
			out.push(k);
			strings(v, out);
		}
	}
	return out;
}

function renamed(value: unknown, rename: (text: string) => string): unknown {
	if (typeof value === 'string') return rename(value);
	if (Array.isArray(value)) return value.map((v) => renamed(v, rename));
	if (value && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [rename(k), renamed(v, rename)])
		);
	}
	return value;
}

/**
 * `copy` is `original` under new ids: every id in it is new and used once, every id-shaped
 * reference in it (stage, touch point, segment, participant, emotion keys, ratings) points at
 * an item of the copy, and mapping the ids back gives the original, name and dates aside.
 */
export function expectCopyUnderNewIds(original: JourneyDocument, copy: JourneyDocument) {
	const oldIds = ownIds(original);
	const newIds = ownIds(copy);
	expect(newIds.filter((id) => oldIds.includes(id))).toEqual([]);
	expect(new Set(newIds).size).toBe(newIds.length);
	const own = new Set(newIds);
	expect(strings(copy).filter((s) => UUID.test(s) && !own.has(s))).toEqual([]);
	const back = new Map(newIds.map((id, i) => [id, oldIds[i]!]));
	const { name, createdAt, updatedAt } = copy.journey;
	expect(renamed(copy, (s) => back.get(s) ?? s)).toEqual({
		...original,
		journey: { ...original.journey, name, createdAt, updatedAt }
	});
}
