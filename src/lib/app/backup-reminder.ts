/**
 * When to remind the user to back up. A backup is "Backup all" (every journey in one file):
 * exporting one journey does not cover the others. The reminder shows when journeys changed
 * since the last backup and that backup is a week old, or when there was never one and a
 * journey has been edited since it was made (the untouched first-visit example is not worth
 * a reminder). "Not now" hides it for three days.
 */
import type { Journey } from '$lib/domain/schema';

const DAY = 24 * 60 * 60 * 1000;
export const BACKUP_EVERY = 7 * DAY;
export const SNOOZE = 3 * DAY;

export const LAST_BACKUP = 'lastBackupAt';
export const REMINDER_DISMISSED = 'backupReminderDismissedAt';

export type BackupReminder = { kind: 'never' } | { kind: 'since'; days: number };

export interface BackupFacts {
	now: number;
	lastBackupAt: number | undefined;
	dismissedAt: number | undefined;
	journeys: Pick<Journey, 'createdAt' | 'updatedAt'>[];
}

export function backupReminder({
	now,
	lastBackupAt,
	dismissedAt,
	journeys
}: BackupFacts): BackupReminder | undefined {
	if (dismissedAt !== undefined && now - dismissedAt < SNOOZE) return undefined;
	if (lastBackupAt === undefined) {
		return journeys.some((j) => j.updatedAt > j.createdAt) ? { kind: 'never' } : undefined;
	}
	if (now - lastBackupAt < BACKUP_EVERY) return undefined;
	if (!journeys.some((j) => j.updatedAt > lastBackupAt)) return undefined;
	return { kind: 'since', days: Math.floor((now - lastBackupAt) / DAY) };
}
