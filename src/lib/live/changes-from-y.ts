/**
 * What others changed, read from a live session's Y.Doc against what this browser stores: the
 * changes that bring storage up to Y for the records a transaction touched, and the records Y
 * holds more of than a write just stored (someone's edit of other fields meanwhile, a removal
 * elsewhere), to be read back in.
 */
import type * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import type { Collection } from '$lib/domain/format';
import type { ItemOf } from '$lib/domain/records';
import type { Journey } from '$lib/domain/schema';
import type { TouchpointDatabase } from '$lib/storage/db';
import {
	JOURNEY,
	readJourney,
	readRecord,
	sameContent,
	type DropLog,
	type RecordName
} from './records-in-y';

/** The changes to store for the records of `pending` (by name, their ids) as Y holds them. */
export async function changesFromY(
	ydoc: Y.Doc,
	pending: Map<RecordName, Set<string>>,
	journeyId: string,
	db: TouchpointDatabase,
	log: DropLog
): Promise<Change[]> {
	const changes: Change[] = [];
	for (const [name, ids] of pending) {
		if (name === JOURNEY) {
			const stored = await db.journeys.get(journeyId);
			if (!stored) continue;
			const y = readJourney(ydoc, stored, log);
			if (y && !sameContent(y, stored)) {
				const after: Journey = { ...y, updatedAt: Math.max(y.updatedAt, stored.updatedAt) };
				changes.push({ collection: JOURNEY, before: stored, after });
			}
			continue;
		}
		const table = db[name] as TouchpointDatabase['stages'];
		const list = [...ids];
		const records = await table.bulkGet(list);
		list.forEach((id, index) => {
			const record = records[index];
			// Another journey's record under that id: not this session's to touch.
			if (record && record.journeyId !== journeyId) return;
			const { journeyId: _journeyId, ...stored } = (record ?? {}) as Record<string, unknown>;
			const here = record ? (stored as ItemOf<Collection>) : undefined;
			const y = readRecord(ydoc, name, id, here, log);
			if (!y) return;
			if (y.removed) {
				if (here) changes.push({ collection: name, before: here, after: null } as Change);
				return;
			}
			if (!here) {
				changes.push({ collection: name, before: null, after: y.item } as Change);
				return;
			}
			// Only a later time: taken too, so both sides store the same record.
			if (sameContent(y.item, here) && y.item.updatedAt <= here.updatedAt) return;
			const after = {
				...inOrderOf(y.item, here),
				updatedAt: Math.max(y.item.updatedAt, here.updatedAt)
			};
			changes.push({ collection: name, before: here, after } as Change);
		});
	}
	return changes;
}

/** The records of `write` (just stored here) that Y holds differently. */
export function moreInY(ydoc: Y.Doc, write: Change[], log: DropLog): [RecordName, string][] {
	const more: [RecordName, string][] = [];
	for (const c of write) {
		if (!c.after) continue;
		const name: RecordName = c.collection;
		const id = c.collection === JOURNEY ? '' : c.after.id;
		const y =
			c.collection === JOURNEY
				? readJourney(ydoc, c.after, log)
				: readRecord(ydoc, c.collection, id, c.after as ItemOf<Collection>, log);
		const differs =
			y && ('removed' in y ? y.removed || !sameContent(y.item, c.after) : !sameContent(y, c.after));
		if (differs) more.push([name, id]);
	}
	return more;
}

/** A record read from Y with its ratings in the order stored here (new ones after). */
function inOrderOf<T extends ItemOf<Collection>>(item: T, here: T): T {
	if (!('ratings' in item) || !('ratings' in here)) return item;
	const order = new Map(here.ratings.map((r, i) => [r.participantId, i]));
	const at = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER;
	const ratings = [...item.ratings].sort((a, b) => at(a.participantId) - at(b.participantId));
	return { ...item, ratings };
}
