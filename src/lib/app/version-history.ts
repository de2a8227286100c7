/**
 * Restoring a version from the history, with its Undo: the journey is replaced (the state
 * it replaces is kept in the history), every view of it is read again (other tabs hear of it
 * through saveJourney's announcement), and a toast offers to take it back.
 */
import { goto, invalidateAll } from '$app/navigation';
import { resolve } from '$app/paths';
import { t } from '$lib/i18n/index.svelte';
import { restoreCheckpoint, undoRestore, type SnapshotSummary } from '$lib/storage/snapshots';
import type { JourneyEditor } from './journey-editor.svelte';
import { toasts } from './toasts.svelte';

/** What a version is called in the list, the banner and the toasts. */
export function versionName(version: Pick<SnapshotSummary, 'label' | 'journeyName'>) {
	return version.label ?? version.journeyName;
}

export async function restoreVersion(
	editor: JourneyEditor,
	version: SnapshotSummary,
	{ toMap = false } = {}
): Promise<void> {
	// Edits still queued belong to the state being replaced: store them so it is kept whole.
	await editor.flush();
	let undoId: number | undefined;
	try {
		({ undoId } = await restoreCheckpoint(version.id));
	} catch (error) {
		console.warn('Could not restore a version', error);
		toasts.show({ message: t().versionUnreadable, tone: 'error' });
		return;
	}
	const journeyId = version.journeyId;
	if (toMap) await goto(resolve('/journeys/[id]', { id: journeyId }), { invalidateAll: true });
	else await invalidateAll();
	toasts.show({
		message: t().versionRestored(versionName(version)),
		action:
			undoId === undefined
				? undefined
				: {
						label: t().undo,
						run: async () => {
							await undoRestore(undoId);
							await invalidateAll();
							toasts.show({ message: t().versionRestoreUndone });
						}
					}
	});
}
