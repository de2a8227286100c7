/**
 * Restoring a version from the history, as the person sees it: the map shows the version
 * (one undo step, through ./journeys.ts), other tabs hear of it as of any edit, and a toast
 * offers to take it back.
 */
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { t } from '$lib/i18n/index.svelte';
import type { JourneyEditor } from './journey-editor.svelte';
import { restoreVersion as restore, undoRestore, type SnapshotSummary } from './journeys';
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
	let restored;
	try {
		restored = await restore(editor, version.id);
	} catch (error) {
		console.warn('Could not restore a version', error);
		toasts.show({ message: t().versionUnreadable, tone: 'error' });
		return;
	}
	if (toMap) await goto(resolve('/journeys/[id]', { id: version.journeyId }));
	toasts.show({
		message: t().versionRestored(versionName(version)),
		action:
			restored.edit === undefined
				? undefined
				: {
						label: t().undo,
						run: async () => {
							const outcome = await undoRestore(editor, restored);
							toasts.show(
								outcome === 'replaced'
									? { message: t().versionRestoreNotUndoable, tone: 'error' }
									: {
											message:
												outcome === 'undone and kept'
													? t().versionRestoreUndoneKept
													: t().versionRestoreUndone
										}
							);
						}
					}
	});
}
