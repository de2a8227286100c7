import { describe, expect, it } from 'vitest';
import { backupReminder, BACKUP_EVERY } from '$lib/app/backup-reminder';
import { isQuotaError } from '$lib/storage/quota';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;
const untouched = { id: 'untouched', createdAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY };
const editedAt = (at: number, id = 'edited') => ({ id, createdAt: NOW - 60 * DAY, updatedAt: at });

describe('the backup reminder', () => {
	const facts = {
		now: NOW,
		lastBackupAt: undefined as number | undefined,
		dismissedAt: undefined as number | undefined
	};

	it('stays quiet while nothing was ever edited (the first-visit example), with no backup', () => {
		expect(backupReminder({ ...facts, journeys: [untouched] })).toBeUndefined();
		expect(backupReminder({ ...facts, journeys: [] })).toBeUndefined();
	});

	it('reminds when a journey was edited and there was never a backup', () => {
		expect(backupReminder({ ...facts, journeys: [untouched, editedAt(NOW - DAY)] })).toEqual({
			kind: 'never'
		});
	});

	it('reminds when the last backup is a week old and a journey changed since', () => {
		const lastBackupAt = NOW - 9 * DAY;
		expect(backupReminder({ ...facts, lastBackupAt, journeys: [editedAt(NOW - DAY)] })).toEqual({
			kind: 'since',
			days: 9
		});
	});

	it('stays quiet when the backup is recent, or nothing changed since it', () => {
		const recent = NOW - BACKUP_EVERY + 1;
		expect(
			backupReminder({ ...facts, lastBackupAt: recent, journeys: [editedAt(NOW)] })
		).toBeUndefined();
		const old = NOW - 20 * DAY;
		expect(
			backupReminder({ ...facts, lastBackupAt: old, journeys: [editedAt(old - DAY)] })
		).toBeUndefined();
	});

	it('"Not now" hides it for three days, then it comes back', () => {
		const journeys = [editedAt(NOW - DAY)];
		const remind = (dismissedAt: number) => backupReminder({ ...facts, dismissedAt, journeys });
		// Three days are 259,200,000 ms: hidden until the last millisecond, back on the dot.
		expect(remind(NOW - DAY)).toBeUndefined();
		expect(remind(NOW - 259_199_999)).toBeUndefined();
		expect(remind(NOW - 259_200_000)).toEqual({ kind: 'never' });
	});

	it('reminds exactly a week after the last backup, not a millisecond before', () => {
		const journeys = [editedAt(NOW - DAY)];
		const remind = (lastBackupAt: number) => backupReminder({ ...facts, lastBackupAt, journeys });
		// A week is 604,800,000 ms.
		expect(remind(NOW - 604_799_999)).toBeUndefined();
		expect(remind(NOW - 604_800_000)).toEqual({ kind: 'since', days: 7 });
	});

	it('stays quiet for journeys as they arrived from a file, with no backup or an old one', () => {
		// Edited where they were made, before the file was written: updatedAt > createdAt.
		const imported = editedAt(NOW - 2 * DAY, 'imported');
		const fromFiles = { imported: NOW - 2 * DAY };
		expect(
			backupReminder({ ...facts, journeys: [untouched, imported], fromFiles })
		).toBeUndefined();
		const lastBackupAt = NOW - 30 * DAY;
		expect(
			backupReminder({ ...facts, lastBackupAt, journeys: [imported], fromFiles })
		).toBeUndefined();
	});

	it('reminds once a journey from a file is edited here, by a millisecond', () => {
		const fromFiles = { imported: NOW - 2 * DAY };
		const edited = editedAt(NOW - 2 * DAY + 1, 'imported');
		expect(backupReminder({ ...facts, journeys: [edited], fromFiles })).toEqual({ kind: 'never' });
		const lastBackupAt = NOW - 30 * DAY;
		expect(backupReminder({ ...facts, lastBackupAt, journeys: [edited], fromFiles })).toEqual({
			kind: 'since',
			days: 30
		});
	});

	it('counts only the journey that came from the file as such, not the others', () => {
		const fromFiles = { imported: NOW - 2 * DAY };
		const mine = editedAt(NOW - 3 * DAY, 'mine');
		expect(
			backupReminder({ ...facts, journeys: [editedAt(NOW - 2 * DAY, 'imported'), mine], fromFiles })
		).toEqual({ kind: 'never' });
	});
});

describe('a quota error', () => {
	it('is recognised as thrown by IndexedDB, passed on by Dexie, or wrapped inside another', () => {
		const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		expect(isQuotaError(quota)).toBe(true);
		expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
		expect(isQuotaError({ name: 'BulkError', failures: [quota] })).toBe(true);
		expect(isQuotaError(new Error('Write failed', { cause: quota }))).toBe(true);
		expect(isQuotaError(new Error('Something else'))).toBe(false);
	});

	it('is recognised when the disk itself is full, as Chromium and Firefox report it', () => {
		const chromium = new DOMException(
			'Internal error: FILE_ERROR_NO_SPACE when writing to the backing store.',
			'UnknownError'
		);
		expect(isQuotaError(chromium)).toBe(true);
		expect(isQuotaError({ name: 'UnknownError', inner: chromium })).toBe(true);
		const firefox = new DOMException('NS_ERROR_FILE_NO_DEVICE_SPACE', 'UnknownError');
		expect(isQuotaError({ name: 'AbortError', inner: firefox })).toBe(true);
		expect(isQuotaError(new DOMException('Internal error.', 'UnknownError'))).toBe(false);
		expect(isQuotaError(undefined)).toBe(false);
	});
});
