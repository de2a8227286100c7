/**
 * When to remind the user to back up. A backup is "Backup all" (every journey in one file):
 * exporting one journey does not cover the others. The reminder shows when journeys changed
 * since the last backup and that backup is a week old, or when there was never one and a
 * journey has been edited since it was made (the untouched first-visit example is not worth
 * a reminder). "Not now" hides it for three days. Journeys as they arrived from a file (an
 * import, a restore, a shared link) are not this browser's work to lose: a copy of them is
 * elsewhere already, so they count only once they are edited here.
 */
import type { Journey } from '$lib/domain/schema';

const DAY = 24 * 60 * 60 * 1000;
export const BACKUP_EVERY = 7 * DAY;
export const SNOOZE = 3 * DAY;

export const LAST_BACKUP = 'lastBackupAt';
export const REMINDER_DISMISSED = 'backupReminderDismissedAt';
/** Journey id → its `updatedAt` as stored when it arrived from a file; cleared by a backup. */
export const FROM_FILES = 'journeysFromFiles';

export type ArrivedFromFiles = Record<string, number>;

export type BackupReminder = { kind: 'never' } | { kind: 'since'; days: number };

export interface BackupFacts {
	now: number;
	lastBackupAt: number | undefined;
	dismissedAt: number | undefined;
	journeys: Pick<Journey, 'id' | 'createdAt' | 'updatedAt'>[];
	fromFiles?: ArrivedFromFiles;
}

export function backupReminder({
	now,
	lastBackupAt,
	dismissedAt,
	journeys,
	fromFiles = {}
}: BackupFacts): BackupReminder | undefined {
	if (dismissedAt !== undefined && now - dismissedAt < SNOOZE) return undefined;
	// Own (prototype-free) keys only: an id is text from a file.
	const arrivedAt = (id: string) => (Object.hasOwn(fromFiles, id) ? fromFiles[id]! : -Infinity);
	const editedHere = journeys.filter((j) => j.updatedAt > arrivedAt(j.id));
	if (lastBackupAt === undefined) {
		return editedHere.some((j) => j.updatedAt > j.createdAt) ? { kind: 'never' } : undefined;
	}
	if (now - lastBackupAt < BACKUP_EVERY) return undefined;
	if (!editedHere.some((j) => j.updatedAt > lastBackupAt)) return undefined;
	return { kind: 'since', days: Math.floor((now - lastBackupAt) / DAY) };
}
