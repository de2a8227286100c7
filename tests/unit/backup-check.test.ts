import { afterEach, describe, expect, it, vi } from 'vitest';
import { LAST_BACKUP } from '$lib/app/backup-reminder';
import { backupAll } from '$lib/app/exports';
import { withNewIds } from '$lib/domain/duplicate';
import { en } from '$lib/i18n/en';
import { id as indonesian } from '$lib/i18n/id';
import { checkBackup } from '$lib/io/backup-check';
import { backupFileOf } from '$lib/io/journey-file';
import { database } from '$lib/storage/db';
import { saveJourney } from '$lib/storage/journeys';
import { getSetting } from '$lib/storage/settings';
import { airlineJourney, sequentialIds } from './fixtures';

const downloaded = vi.hoisted(() => [] as { name: string; content: string }[]);
vi.mock('$lib/app/download', () => ({
	download: (name: string, content: string) => downloaded.push({ name, content })
}));

afterEach(async () => {
	downloaded.length = 0;
	await database().delete();
	await database().open();
});

function idsWith(variant: string) {
	const next = sequentialIds();
	return () => next().replace('-8000-', `-${variant}000-`);
}

const twoMaps = () => [
	airlineJourney(),
	withNewIds(airlineJourney(), { name: 'Second map', now: 2_000 }, idsWith('9'))
];
const MISSING_TOUCH_POINT = '00000000-0000-4000-8000-0000000fffff';

describe('reading a backup back', () => {
	it('finds nothing to say about a backup that gives every journey back', () => {
		const docs = twoMaps();
		expect(checkBackup(docs, JSON.stringify(backupFileOf(docs, 1)))).toEqual({ damaged: [] });
	});

	it('names a journey that would not restore, with why', () => {
		const docs = twoMaps();
		docs[1]!.frustrations[0]!.touchPointId = MISSING_TOUCH_POINT;
		const check = checkBackup(docs, JSON.stringify(backupFileOf(docs, 1)));
		expect(check).toMatchObject({
			damaged: [{ id: docs[1]!.journey.id, name: 'Second map', fault: { kind: 'invalid' } }]
		});
		expect(en.backupFault(check.damaged[0]!.name, check.damaged[0]!.fault)).toBe(
			'“Second map”: frustrations[0].touchPointId refers to a touch point that is not in the file.'
		);
		expect(indonesian.backupFault(check.damaged[0]!.name, check.damaged[0]!.fault)).toBe(
			'“Second map”: frustrations[0].touchPointId merujuk ke titik sentuh yang tidak ada dalam berkas.'
		);
	});

	it('names a journey missing from the file, or read back with other items', () => {
		const docs = twoMaps();
		const fewer = structuredClone(docs);
		fewer[0]!.frustrations.pop();
		const missing = checkBackup(docs, JSON.stringify(backupFileOf(docs.slice(0, 1), 1)));
		expect(missing.damaged).toMatchObject([{ name: 'Second map', fault: { kind: 'missing' } }]);
		const changed = checkBackup(docs, JSON.stringify(backupFileOf(fewer, 1)));
		expect(changed.damaged).toMatchObject([
			{ name: docs[0]!.journey.name, fault: { kind: 'changed' } }
		]);
	});

	it('says why a file that would not read back at all is refused', () => {
		const docs = twoMaps();
		const text = JSON.stringify(backupFileOf(docs, 1));
		expect(checkBackup(docs, text.slice(0, 100))).toEqual({
			problem: { kind: 'truncated' },
			damaged: []
		});
	});
});

describe('Backup all', () => {
	it('counts as the last backup when its file reads back whole', async () => {
		for (const doc of twoMaps()) await saveJourney(doc);
		const result = await backupAll(7_000);
		expect(result).toMatchObject({ journeys: 2, damaged: [] });
		expect(downloaded).toHaveLength(1);
		expect(await getSetting(LAST_BACKUP)).toBe(7_000);
	});

	it('still offers the file but does not count it when a stored journey would not restore', async () => {
		const [airline, second] = twoMaps();
		await saveJourney(airline!);
		await saveJourney(second!);
		// A record left pointing at a touch point that is gone, as today's tabs can leave one.
		const stray = { ...second!.frustrations[0]!, touchPointId: MISSING_TOUCH_POINT };
		await database().frustrations.put({ ...stray, journeyId: second!.journey.id });
		const result = await backupAll(7_000);
		expect(result.problem).toBeUndefined();
		expect(result.damaged).toMatchObject([{ name: 'Second map', fault: { kind: 'invalid' } }]);
		expect(downloaded).toHaveLength(1);
		expect(JSON.parse(downloaded[0]!.content).journeys).toHaveLength(2);
		expect(await getSetting(LAST_BACKUP)).toBeUndefined();
	});
});
