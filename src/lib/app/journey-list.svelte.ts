/**
 * What the journey list shows, as live state: every journey's summary and the dates the
 * backup reminder counts from, read again whenever any tab writes. Kept free of zod, so a
 * first visit to the list downloads little; writes load ./journeys.ts when asked for.
 */
import { listJourneys, type JourneySummary } from '$lib/storage/journey-store';
import { live } from '$lib/storage/live.svelte';
import { getSetting, setSetting } from '$lib/storage/settings';
import {
	FROM_FILES,
	LAST_BACKUP,
	REMINDER_DISMISSED,
	type ArrivedFromFiles
} from './backup-reminder';

export type { JourneySummary };

/** Every journey, most recently edited first. Call while a component initialises. */
export function liveJourneyList() {
	return live(
		() => null,
		() => listJourneys()
	);
}

/** When this browser last backed up, last put the reminder off, and what came from files. */
export function liveBackupDates() {
	return live(
		() => null,
		async () => ({
			lastBackupAt: await getSetting<number>(LAST_BACKUP),
			dismissedAt: await getSetting<number>(REMINDER_DISMISSED),
			fromFiles: (await getSetting<ArrivedFromFiles>(FROM_FILES)) ?? {}
		})
	);
}

export function dismissBackupReminder(now = Date.now()): Promise<void> {
	return setSetting(REMINDER_DISMISSED, now);
}
