import { describe, expect, it } from 'vitest';
import { backupReminder, BACKUP_EVERY } from '$lib/app/backup-reminder';
import { isQuotaError } from '$lib/storage/quota';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 1_800_000_000_000;
const untouched = { createdAt: NOW - 30 * DAY, updatedAt: NOW - 30 * DAY };
const editedAt = (at: number) => ({ createdAt: NOW - 60 * DAY, updatedAt: at });

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
