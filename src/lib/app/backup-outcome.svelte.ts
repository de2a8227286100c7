/**
 * Backup all, from the list's button or the reminder, and what the page says when its file
 * would not restore whole: shown until dismissed or until a backup reads back whole.
 */
import type { BackupResult } from './exports';

export const backupOutcome = $state<{ incomplete?: BackupResult }>({});

export async function backUpAll(): Promise<BackupResult> {
	// The exports and the reader download with the first backup, not with the journey list.
	const result = await (await import('./exports')).backupAll();
	backupOutcome.incomplete = result.problem || result.damaged.length > 0 ? result : undefined;
	return result;
}
