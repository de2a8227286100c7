/**
 * Writes an edit's record changes in one transaction: each record put or deleted, the
 * journey's `updatedAt` bumped. Every record written is validated first, so a bad edit
 * stores nothing. Once stored, the other tabs are told, and an automatic checkpoint is
 * taken when the last is an hour old.
 */
import { firstInvalid, type Change } from '$lib/domain/edits/change';
import { checkpointAfterEdit } from './auto-checkpoint';
import { database, type TouchpointDatabase } from './db';
import { announce } from './tab-sync';
import { ValidationError } from './validation';

export async function persistChanges(
	journeyId: string,
	changes: Change[],
	now: number,
	db: TouchpointDatabase = database()
): Promise<void> {
	const invalid = firstInvalid(changes);
	if (invalid) {
		throw new ValidationError([
			{ code: 'custom', path: [], message: invalid.message, input: null }
		]);
	}
	await db.transaction('rw', db.journeyTables, async () => {
		let journeyTouched = false;
		for (const c of changes) {
			if (c.collection === 'journey') {
				await db.journeys.put({ ...c.after, updatedAt: now });
				journeyTouched = true;
				continue;
			}
			const table = db[c.collection] as TouchpointDatabase['stages'];
			if (c.after) await table.put({ ...c.after, journeyId } as never);
			else await table.delete(c.before!.id);
		}
		if (!journeyTouched) await db.journeys.update(journeyId, { updatedAt: now });
	});
	checkpointAfterEdit(journeyId, changes, now, db);
	announce({ kind: 'changes', journeyId, changes });
}
