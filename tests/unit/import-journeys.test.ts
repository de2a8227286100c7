import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupReminder, FROM_FILES, type ArrivedFromFiles } from '$lib/app/backup-reminder';
import { importDocument, importFiles, undoImport, type Decision } from '$lib/app/import-journeys';
import { withNewIds } from '$lib/domain/duplicate';
import { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { updateItem } from '$lib/domain/edits/operations';
import { collections, LIMITS } from '$lib/domain/format';
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { en } from '$lib/i18n/en';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { backupFileOf, journeyFileOf } from '$lib/io/journey-file';
import { database } from '$lib/storage/db';
import { readJourney } from '$lib/storage/journey-snapshot';
import { getJourney, listJourneys, saveJourney } from '$lib/storage/journeys';
import { getSetting } from '$lib/storage/settings';
import { getSnapshot, listSnapshots, SNAPSHOTS_KEPT } from '$lib/storage/snapshots';
import { expectCopyUnderNewIds } from './copy-check';
import { airlineJourney, sequentialIds, workshopJourney } from './fixtures';

const options = (decision: Decision) => ({
	decide: async () => decision,
	copyName: (name: string) => `${name} (copy)`,
	now: () => 50_000
});

afterEach(async () => {
	await database().delete();
	await database().open();
});

describe('importing a journey', () => {
	it('creates a journey that is not here yet, and Undo import removes it', async () => {
		const doc = airlineJourney();
		const imported = await importDocument(doc, options('replace'));
		expect(imported.action).toBe('created');
		expect(await getJourney(doc.journey.id)).toEqual(doc);
		await undoImport([imported]);
		expect(await getJourney(doc.journey.id)).toBeUndefined();
	});

	it('keeps a created journey as one value soon after, holding what its records hold', async () => {
		const doc = airlineJourney();
		await importDocument(doc, options('replace'));
		await vi.waitFor(async () => {
			const read = (await readJourney(doc.journey.id, database()))!;
			expect(read.version, 'read from the snapshot').toBeUndefined();
			expect(read.doc).toEqual(await getJourney(doc.journey.id));
		}, 5_000);
	});

	it('replaces a journey after a snapshot, and Undo import puts the old one back', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const theirs = structuredClone(ours);
		theirs.journey = { ...theirs.journey, name: 'Their airline', updatedAt: 9_000 };
		theirs.frustrations.splice(0, 3);
		const imported = await importDocument(theirs, options('replace'));
		expect(imported).toMatchObject({ action: 'replaced', snapshotId: expect.any(Number) });
		expect(await getJourney(ours.journey.id)).toEqual(theirs);
		expect(await listSnapshots(ours.journey.id)).toMatchObject([
			{ reason: 'replace', journeyName: ours.journey.name }
		]);
		await undoImport([imported]);
		expect(await getJourney(ours.journey.id)).toEqual(ours);
	});

	it('keeps both, the copy under new ids and a new name', async () => {
		const doc = workshopJourney();
		await saveJourney(doc);
		const imported = await importDocument(doc, options('copy'));
		expect(imported.action).toBe('copied');
		expect(await getJourney(doc.journey.id)).toEqual(doc);
		const copy = (await getJourney(imported.id))!;
		expectCopyUnderNewIds(doc, copy);
		expect(copy.journey).toMatchObject({ name: `${doc.journey.name} (copy)`, createdAt: 50_000 });
		const names = (await listJourneys()).map((s) => s.journey.name).sort();
		expect(names).toEqual([doc.journey.name, `${doc.journey.name} (copy)`]);
	});

	it('merges, with a summary, and skips when asked', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const theirs = structuredClone(ours);
		theirs.frustrations[0] = { ...theirs.frustrations[0]!, severity: 1, updatedAt: 9_000 };
		const merged = await importDocument(theirs, options('merge'));
		expect(merged.summary?.frustrations).toEqual({
			added: 0,
			updated: 1,
			kept: ours.frustrations.length - 1
		});
		expect((await getJourney(ours.journey.id))!.frustrations[0]!.severity).toBe(1);
		expect((await importDocument(theirs, options('skip'))).action).toBe('skipped');
	});

	it('keeps only the newest snapshots of a journey', async () => {
		const doc = airlineJourney();
		await saveJourney(doc);
		for (let i = 0; i < SNAPSHOTS_KEPT + 3; i++) {
			await importDocument(doc, { ...options('replace'), now: () => 1_000 + i });
		}
		const snapshots = await listSnapshots(doc.journey.id);
		expect(snapshots).toHaveLength(SNAPSHOTS_KEPT);
		expect(snapshots[0]!.createdAt).toBe(1_000 + SNAPSHOTS_KEPT + 2);
	});

	it('reads every file before writing any, and imports the good ones of a batch', async () => {
		const doc = airlineJourney();
		await saveJourney(doc);
		const events: string[] = [];
		const good = new File([JSON.stringify(journeyFileOf(doc, 1))], 'good.journey.json');
		const bad = new File(['{"format": "touchpoint-journey", "formatVer'], 'bad.journey.json');
		const outcomes = await importFiles([good, bad], {
			...options('replace'),
			decide: async () => {
				events.push('decide');
				return 'replace';
			},
			onProgress: (file, fraction) => {
				if (fraction === 1) events.push(`read ${file}`);
			}
		});
		expect(events).toEqual(['read good.journey.json', 'read bad.journey.json', 'decide']);
		expect(outcomes).toMatchObject([
			{ file: 'good.journey.json', ok: true, journeys: [{ action: 'replaced' }] },
			{ file: 'bad.journey.json', ok: false, problem: { kind: 'truncated' } }
		]);
	});
});

/** Ids of their own for each copy of a map, the same on every run. */
function idsWith(variant: string) {
	const next = sequentialIds();
	return () => next().replace('-8000-', `-${variant}000-`);
}

describe('restoring a backup', () => {
	it('takes it journey by journey: the healthy ones come back, the damaged one is named and nothing of it is written', async () => {
		const docs = [
			airlineJourney(),
			withNewIds(airlineJourney(), { name: 'Damaged map', now: 2_000 }, idsWith('9')),
			withNewIds(airlineJourney(), { name: 'Third map', now: 2_000 }, idsWith('a'))
		];
		const file = JSON.parse(JSON.stringify(backupFileOf(docs, 5_000)));
		file.journeys[1].frustrations[0].touchPointId = '00000000-0000-4000-8000-0000000fffff';
		const [outcome] = await importFiles(
			[new File([JSON.stringify(file)], 'touchpoint-backup.json')],
			{ ...options('replace'), reason: 'restore' }
		);
		expect(outcome).toMatchObject({
			ok: true,
			journeys: [
				{ id: docs[0]!.journey.id, action: 'created' },
				{ id: docs[2]!.journey.id, action: 'created' }
			],
			damaged: [
				{
					index: 1,
					name: 'Damaged map',
					issues: [{ path: 'frustrations[0].touchPointId', rule: 'missing-reference' }]
				}
			]
		});
		expect(await getJourney(docs[0]!.journey.id)).toEqual(docs[0]);
		expect(await getJourney(docs[2]!.journey.id)).toEqual(docs[2]);
		const damagedId = docs[1]!.journey.id;
		expect(await getJourney(damagedId)).toBeUndefined();
		for (const name of collections) {
			expect(await database()[name].where('journeyId').equals(damagedId).count(), name).toBe(0);
		}
	});
});

/** An edit made after the import, as in any tab: stored through the journey's editor. */
async function editFirstFrustration(doc: JourneyDocument, text: string) {
	const editor = new JourneyEditor(doc);
	editor.apply(updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { text }));
	await editor.flush();
	await checkpointsSettled();
}

describe('Undo import', () => {
	it('removes the journeys the import added, but keeps and names one edited since', async () => {
		const untouched = airlineJourney();
		const edited = withNewIds(airlineJourney(), { name: 'Edited since', now: 1_000 });
		const here = withNewIds(airlineJourney(), { name: 'Already here', now: 1_000 });
		await saveJourney(here);
		const copySource = structuredClone(here);
		const imports = [
			await importDocument(untouched, options('replace')),
			await importDocument(edited, options('replace')),
			await importDocument(copySource, options('copy'))
		];
		expect(imports.map((j) => j.action)).toEqual(['created', 'created', 'copied']);
		await editFirstFrustration((await getJourney(edited.journey.id))!, 'Added after the import');

		const undone = await undoImport(imports);
		expect(undone).toEqual({
			removed: [untouched.journey.name, 'Already here (copy)'],
			putBack: [],
			editedSince: [edited.journey.name],
			notPutBack: []
		});
		expect(await getJourney(untouched.journey.id)).toBeUndefined();
		expect(await getJourney(imports[2]!.id)).toBeUndefined();
		const kept = (await getJourney(edited.journey.id))!;
		expect(kept.frustrations[0]!.text).toBe('Added after the import');
		expect(await getJourney(here.journey.id)).toEqual(here);
		expect(en.importUndone(undone, 'import')).toBe(
			`Import undone. Removed “${untouched.journey.name}”, “Already here (copy)”. Kept “${edited.journey.name}”: edited since the import, so not removed.`
		);
	});

	it('puts a replaced journey back and keeps what it held since as a version', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const theirs = structuredClone(ours);
		theirs.journey = { ...theirs.journey, name: 'Their airline', updatedAt: 9_000 };
		const imported = await importDocument(theirs, options('replace'));
		await editFirstFrustration((await getJourney(ours.journey.id))!, 'Typed after the import');

		const undone = await undoImport([imported]);
		expect(undone).toEqual({
			removed: [],
			putBack: [{ name: ours.journey.name, keptSince: true }],
			editedSince: [],
			notPutBack: []
		});
		expect(await getJourney(ours.journey.id)).toEqual(ours);
		const versions = await listSnapshots(ours.journey.id);
		const since = versions.find((v) => v.reason === 'restore')!;
		const held = (await getSnapshot(since.id))!.document;
		expect(held.journey.name).toBe('Their airline');
		expect(held.frustrations[0]!.text).toBe('Typed after the import');
		expect(en.importUndone(undone, 'restore')).toBe(
			`Restore undone. “${ours.journey.name}” is back as before the restore; what it held since is kept in its version history.`
		);
	});

	it('leaves a journey as it is, and says so, when its version from before is gone', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const theirs = structuredClone(ours);
		theirs.journey = { ...theirs.journey, name: 'Their airline', updatedAt: 9_000 };
		const imported = await importDocument(theirs, options('replace'));
		await database().snapshots.delete(imported.snapshotId!);

		expect(await undoImport([imported])).toMatchObject({ notPutBack: ['Their airline'] });
		expect((await getJourney(ours.journey.id))!.journey.name).toBe('Their airline');
	});
});

describe('journeys that arrive from a file', () => {
	/** The backup reminder as the home page decides it, from what is stored now. */
	async function reminderNow() {
		return backupReminder({
			now: 60_000,
			lastBackupAt: undefined,
			dismissedAt: undefined,
			journeys: (await listJourneys()).map((s) => s.journey),
			fromFiles: (await getSetting<ArrivedFromFiles>(FROM_FILES)) ?? {}
		});
	}

	it('raise no backup reminder, whether created, copied or replacing, until edited here', async () => {
		// Edited where it was made, before its file was written.
		const made = airlineJourney();
		const created = { ...made, journey: { ...made.journey, updatedAt: 2_000 } };
		const replaced = withNewIds(workshopJourney(), { name: 'Workshop', now: 1_000 });
		await saveJourney(replaced);
		replaced.journey = { ...replaced.journey, updatedAt: 3_000 };
		expect(created.journey.updatedAt).toBeGreaterThan(created.journey.createdAt);
		await importDocument(created, options('replace'));
		await importDocument(replaced, options('replace'));
		await importDocument(replaced, options('copy'));
		expect(await listJourneys()).toHaveLength(3);
		expect(await reminderNow()).toBeUndefined();

		const editor = new JourneyEditor((await getJourney(created.journey.id))!);
		editor.apply(
			updateItem(editor.doc, 'frustrations', created.frustrations[0]!.id, { text: 'x' })
		);
		await editor.flush();
		expect(await reminderNow()).toEqual({ kind: 'never' });
	});

	it('are not noted as such when their write fails', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const broken = structuredClone(ours);
		broken.journey = { ...broken.journey, updatedAt: 9_000_000 };
		(broken.frustrations[0] as { severity: number }).severity = 9;
		await expect(importDocument(broken, options('replace'))).rejects.toThrow();
		expect((await getSetting<ArrivedFromFiles>(FROM_FILES)) ?? {}).toEqual({});
	});
});

describe('importing what the file itself makes wrong', () => {
	it('stores no time before 1970 from a file dated earlier, in every collection', async () => {
		const doc = airlineJourney();
		const imported = await importDocument(doc, { ...options('copy'), writtenAt: -1_000 });
		const stored = (await getJourney(imported.id))!;
		expect(journeyDocument.safeParse(stored).success).toBe(true);
		expect(stored.journey.updatedAt).toBe(0);
		for (const collection of collections) {
			for (const item of stored[collection] as { updatedAt: number }[]) {
				expect(item.updatedAt).toBeGreaterThanOrEqual(0);
			}
		}
	});

	it('keeps both under a name that still fits when the journey’s name is as long as allowed', async () => {
		const doc = airlineJourney();
		const long = { ...doc, journey: { ...doc.journey, name: 'N'.repeat(LIMITS.name) } };
		await saveJourney(long);
		const imported = await importDocument(long, options('copy'));
		expect(imported.action).toBe('copied');
		const stored = (await getJourney(imported.id))!;
		expect(stored.journey.name).toHaveLength(LIMITS.name);
		expect(stored.journey.name.endsWith('… (copy)')).toBe(true);
		expect(journeyDocument.safeParse(stored).success).toBe(true);
	});
});
