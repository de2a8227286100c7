/**
 * Automatic checkpoints: when an edit is stored and the journey's newest automatic
 * checkpoint is an hour old or more (or there is none), the journey as it was just before
 * that edit is kept, so the history holds how each working session found the map.
 *
 * Off the edit's path: the edit is stored and announced first; the check is a lookup in
 * memory until the hour is up, and the whole-document read and write happen after, at most
 * once an hour per journey.
 */
import { Dexie } from 'dexie';
import { autoCheckpointDue } from '$lib/domain/checkpoints';
import { applyChanges, invert, type Change } from '$lib/domain/edits/change';
import type { TouchpointDatabase } from './db';
import { warnUnlessClosed } from './background-failure';
import { getJourney } from './journeys';
import { addSnapshot, newestAutoAt } from './snapshots';

const checkpointMissed = warnUnlessClosed('Could not take an automatic checkpoint');

/** Per database and journey: when its newest automatic checkpoint was taken, once known. */
const newestKnown = new WeakMap<TouchpointDatabase, Map<string, number>>();
let pending: Promise<void> = Promise.resolve();

/**
 * Called right after `changes` were stored for a journey. Must be called in the same tick,
 * so its read runs before the next edit's write and sees the journey as this edit left it.
 */
export function checkpointAfterEdit(
	journeyId: string,
	changes: Change[],
	now: number,
	db: TouchpointDatabase
): void {
	let known = newestKnown.get(db);
	if (!known) newestKnown.set(db, (known = new Map()));
	const cached = known.get(journeyId);
	if (cached !== undefined && !autoCheckpointDue(cached, now)) return;
	// Not inside the caller's transaction, if any: this one spans other tables.
	const read = Dexie.ignoreTransaction(() =>
		db.transaction('r', [...db.journeyTables, db.snapshots], async () => {
			// Another tab may have taken one since this tab last looked.
			const newest = await newestAutoAt(journeyId, db);
			if (!autoCheckpointDue(newest, now)) return { newest, doc: undefined };
			return { newest, doc: await getJourney(journeyId, db) };
		})
	);
	known.set(journeyId, now);
	const work = read
		.then(async ({ newest, doc }) => {
			if (!doc) {
				if (newest !== undefined) known.set(journeyId, newest);
				return;
			}
			const before = applyChanges(doc, invert({ label: 'edit', changes }).changes);
			await addSnapshot(before, 'auto', db, now);
		})
		.catch((error: unknown) => {
			// A missed checkpoint loses no work: the edit itself is stored.
			known.delete(journeyId);
			checkpointMissed(error);
		});
	pending = pending.then(() => work);
}

/** Resolves when the checkpoints started so far are stored: for tests. */
export function checkpointsSettled(): Promise<void> {
	return pending;
}
