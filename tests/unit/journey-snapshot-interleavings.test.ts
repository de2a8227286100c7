/**
 * Two tabs on one database, reading the journey (its snapshot stored later, as after a paint,
 * or taken again as edits settle) between every kind of write: what a read returns is always
 * what the records hold.
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { stamp } from '$lib/domain/edits/change';
import { updateItem } from '$lib/domain/edits/operations';
import type { JourneyDocument } from '$lib/domain/schema';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import {
	readJourney,
	readStale,
	storeSnapshot,
	type ReadJourney
} from '$lib/storage/journey-snapshot';
import { deleteJourney, getJourney, renameJourney, saveJourney } from '$lib/storage/journeys';
import { replaceWithSnapshot, saveCheckpoint, restoreSnapshot } from '$lib/storage/snapshots';
import { airlineJourney } from './fixtures';

const op = fc.oneof(
	fc.record({ kind: fc.constant('read' as const), tab: fc.nat(1) }),
	fc.record({ kind: fc.constant('read' as const), tab: fc.nat(1) }),
	fc.record({ kind: fc.constant('store' as const) }),
	fc.record({ kind: fc.constant('store' as const) }),
	// Edits settled in a tab: it reads the records again, to store them as the snapshot later.
	fc.record({ kind: fc.constant('settled' as const), tab: fc.nat(1) }),
	fc.record({ kind: fc.constant('edit' as const), tab: fc.nat(1), i: fc.nat(5) }),
	fc.record({ kind: fc.constant('closing' as const), tab: fc.nat(1), i: fc.nat(5) }),
	fc.record({ kind: fc.constant('replace' as const), i: fc.nat(5) }),
	fc.record({ kind: fc.constant('rename' as const) }),
	fc.record({ kind: fc.constant('deleteUndo' as const) }),
	fc.record({ kind: fc.constant('checkpointRestore' as const), i: fc.nat(5) })
);

it('a journey read from its snapshot always equals its records, whatever the interleaving', async () => {
	let n = 0;
	await fc.assert(
		fc.asyncProperty(fc.array(op, { maxLength: 25 }), async (ops) => {
			const name = `test-${crypto.randomUUID()}`;
			const tabs = [new TouchpointDatabase(name), new TouchpointDatabase(name)];
			await tabs[0]!.open();
			await tabs[1]!.open();
			const doc: JourneyDocument = airlineJourney();
			const id = doc.journey.id;
			await saveJourney(doc, tabs[0]);
			const pending: [ReadJourney, TouchpointDatabase][] = [];
			let now = 2_000;
			const current = async () => (await getJourney(id, tabs[0]))!;
			try {
				for (const o of ops) {
					now += 1;
					const text = `t${++n}`;
					const db = tabs['tab' in o ? o.tab : 0]!;
					const cur = await current();
					const f = cur.frustrations[('i' in o ? o.i : 0) % cur.frustrations.length]!;
					if (o.kind === 'read') {
						const r = await readJourney(id, db);
						if (r) pending.push([r, db]);
					} else if (o.kind === 'store') {
						const p = pending.shift();
						if (p) await storeSnapshot(p[0], p[1]);
					} else if (o.kind === 'settled') {
						const r = await readStale(id, db);
						if (r) pending.push([r, db]);
					} else if (o.kind === 'edit') {
						const e = updateItem(cur, 'frustrations', f.id, { text })!;
						await persistChanges(id, stamp(e.changes, now), now, db);
					} else if (o.kind === 'closing') {
						const e = updateItem(cur, 'frustrations', f.id, { text })!;
						await persistChangesNow(cur.journey, stamp(e.changes, now), now, db);
					} else if (o.kind === 'replace') {
						const next = structuredClone(cur);
						next.frustrations[o.i % next.frustrations.length]!.text = text;
						await replaceWithSnapshot(next, 'replace', tabs[0], cur.journey.updatedAt);
					} else if (o.kind === 'rename') {
						await renameJourney(id, text, tabs[1], cur.journey.updatedAt);
					} else if (o.kind === 'deleteUndo') {
						const gone = (await deleteJourney(id, tabs[0]))!;
						await saveJourney(gone, tabs[1]);
					} else {
						const cp = await saveCheckpoint(id, text, tabs[0], now);
						const e = updateItem(cur, 'frustrations', f.id, { text: text + 'x' })!;
						await persistChanges(id, stamp(e.changes, now), now, tabs[1]);
						await restoreSnapshot(cp, tabs[0], now);
					}
					for (const t of tabs) {
						expect((await readJourney(id, t))!.doc, JSON.stringify(o)).toEqual(await current());
					}
				}
			} finally {
				await checkpointsSettled();
				tabs[1]!.close();
				await tabs[0]!.delete();
			}
		}),
		{ numRuns: 40 }
	);
}, 120_000);
