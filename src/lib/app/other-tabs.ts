/**
 * Another tab on the same journey: the edits it stores show here as they land (a short
 * toast says so, at most every five seconds), and a journey it replaced or deleted as a
 * whole is read again.
 */
import { t } from '$lib/i18n/index.svelte';
import { listen } from '$lib/storage/tab-sync';
import type { JourneyEditor } from './journey-editor.svelte';
import { toasts } from './toasts.svelte';

let toldAt = 0;

/** Listens until the returned function is called. `readAgain` rebuilds the view from storage. */
export function followOtherTabs(
	journeyId: string | undefined,
	editor: JourneyEditor | undefined,
	readAgain: () => Promise<void>
): () => void {
	return listen(async (message) => {
		if (message.journeyId !== journeyId) return;
		if (message.kind === 'reload') {
			await editor?.flush();
			await readAgain();
			// What was typed while the journey was read again went to this editor, after the
			// read: store it, and read again with it, or the view would show it missing.
			if (editor && !editor.saved) {
				await editor.flush();
				await readAgain();
			}
		} else if (editor?.receive(message.changes, message.commit) && Date.now() - toldAt > 5_000) {
			toldAt = Date.now();
			toasts.show({ message: t().changedInAnotherTab }, 4_000);
		}
	});
}
